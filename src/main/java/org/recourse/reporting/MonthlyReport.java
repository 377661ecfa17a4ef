package org.recourse.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.RangeType;
import org.jfree.data.category.DefaultCategoryDataset;
import org.recourse.account.Language;
import org.recourse.correspondence.DocumentRenderer;
import org.springframework.stereotype.Service;

/**
 * The monthly management report: every figure of the dashboard with its definition, its chart (drawn by
 * JFreeChart from the same series the dashboard's charts draw) and its table, as one PDF/A document.
 */
@Service
public class MonthlyReport {

  private static final String TEMPLATE = "reports/monthly.en";
  private static final String STYLESHEET = "reports/report.css";
  private static final Color[] PALETTE = {new Color(0x0b5cad), new Color(0xd9822b), new Color(0x1b6e3a),
      new Color(0xa3261b), new Color(0x6b4fa0), new Color(0x3a8fb7), new Color(0x8a6d1f), new Color(0x4f5b6b)};

  private final RecoveryFigures figures;
  private final DocumentRenderer renderer;

  MonthlyReport(RecoveryFigures figures, DocumentRenderer renderer) {
    this.figures = figures;
    this.renderer = renderer;
  }

  public byte[] pdf(ReportScope scope) {
    List<Map<String, Object>> parts = new ArrayList<>();
    for (FigureTable figure : figures.all(scope)) {
      Map<String, Object> part = new LinkedHashMap<>();
      part.put("title", figure.title());
      part.put("definition", figure.definition());
      part.put("columns", figure.columns());
      part.put("numeric", FigureCells.numeric(figure));
      part.put("rows", figure.rows().stream().map(row -> row.stream().map(FigureCells::text).toList()).toList());
      part.put("chart", figure.chart() == null || figure.chart().labels().isEmpty() ? null : png(figure.chart()));
      parts.add(part);
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("title", "Monthly management report, " + scope.month());
    data.put("lead", (scope.creditor() == null ? "All creditors" : "Creditor " + scope.creditor())
        + ". Balances and outcomes as of " + scope.asOf() + "; the month's activity from " + scope.month().atDay(1)
        + ". Every figure is computed from the ledger, the contact log, the arrangements and the referrals.");
    data.put("figures", parts);
    String html = renderer.html(TEMPLATE, Language.EN, Currency.getInstance("USD"), data);
    return renderer.pdf(html, STYLESHEET).content();
  }

  /** The chart as a PNG data URI, twice the size it is shown at so that it prints sharp. */
  static String png(FigureTable.Chart spec) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (FigureTable.Series series : spec.series()) {
      for (int i = 0; i < spec.labels().size() && i < series.values().size(); i++) {
        BigDecimal value = series.values().get(i);
        data.addValue(value == null ? null : spec.percent() ? value.movePointRight(2) : value, series.name(),
            spec.labels().get(i));
      }
    }
    String axis = spec.valueAxis() + (spec.percent() ? " (%)" : "");
    JFreeChart chart = "line".equals(spec.kind())
        ? ChartFactory.createLineChart(null, spec.labelAxis(), axis, data, PlotOrientation.VERTICAL, true, false, false)
        : ChartFactory.createBarChart(null, spec.labelAxis(), axis, data, PlotOrientation.VERTICAL, true, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xd5dbe3));
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    plot.getDomainAxis().setTickLabelFont(font);
    plot.getRangeAxis().setTickLabelFont(font);
    plot.getRangeAxis().setLabelFont(font);
    plot.getDomainAxis().setLabelFont(font);
    chart.getLegend().setItemFont(font);
    if (spec.labels().size() > 8) {
      plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    NumberAxis values = (NumberAxis) plot.getRangeAxis();
    // Rates and amounts here are never below zero; a chart of nothing yet still gets a readable scale.
    values.setRangeType(RangeType.POSITIVE);
    values.setAutoRangeMinimumSize(spec.percent() ? 10 : 1);
    if (spec.percent()) {
      values.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // whole percents, each once
      values.setNumberFormatOverride(new DecimalFormat("0'%'"));
    }
    if (plot.getRenderer() instanceof LineAndShapeRenderer line) {
      for (int s = 0; s < spec.series().size(); s++) {
        line.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
        line.setSeriesStroke(s, new BasicStroke(3f));
        line.setSeriesShapesVisible(s, true);
        line.setSeriesShape(s, new Ellipse2D.Double(-6, -6, 12, 12)); // a cohort of one month is a point: seen
      }
    } else if (plot.getRenderer() instanceof BarRenderer bars) {
      bars.setBarPainter(new StandardBarPainter());
      bars.setShadowVisible(false);
      for (int s = 0; s < spec.series().size(); s++) {
        bars.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
      }
    }
    try {
      byte[] png = ChartUtils.encodeAsPNG(chart.createBufferedImage(1920, 640));
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    } catch (IOException e) {
      throw new UncheckedIOException("The chart could not be drawn", e);
    }
  }
}
