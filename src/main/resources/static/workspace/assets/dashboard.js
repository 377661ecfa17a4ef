// Draws each figure's chart with Chart.js from the series the page carries (the same the PDF report draws).
(function () {
  const palette = ['#0b5cad', '#d9822b', '#1b6e3a', '#a3261b', '#6b4fa0', '#3a8fb7', '#8a6d1f', '#4f5b6b'];
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    const spec = JSON.parse(canvas.dataset.chart);
    const scale = spec.percent ? 100 : 1;
    new Chart(canvas, {
      type: spec.kind,
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (series, i) {
          return {
            label: series.name,
            data: series.values.map(function (v) { return v === null ? null : Number(v) * scale; }),
            borderColor: palette[i % palette.length],
            backgroundColor: palette[i % palette.length],
            spanGaps: false
          };
        })
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          x: { title: { display: true, text: spec.labelAxis } },
          y: {
            beginAtZero: true,
            title: { display: true, text: spec.valueAxis + (spec.percent ? ' (%)' : '') },
            ticks: spec.percent ? { callback: function (value) { return value + '%'; } } : {}
          }
        },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  });
})();
