package org.recourse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void amounts_read_as_people_write_them_in_their_currency() {
    assertThat(Money.format(new BigDecimal("2385"), USD)).isEqualTo("$2,385.00");
    assertThat(Money.format(new BigDecimal("12.505"), EUR)).isEqualTo("€12.51");
    assertThat(Money.format(new BigDecimal("-40.00"), USD)).isEqualTo("-$40.00");
    assertThat(Money.usd(new BigDecimal("0.004"))).isEqualTo("$0.00");
  }

  @Test
  void formats_shared_by_many_threads_give_each_its_own_amount() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> checks = IntStream.range(0, 2_000).mapToObj(i -> threads.submit(() -> {
        Currency currency = i % 2 == 0 ? USD : EUR;
        String expected = (currency == USD ? "$" : "€") + i + ".00";
        return expected.equals(Money.format(BigDecimal.valueOf(i), currency).replace(",", ""));
      })).toList();
      for (Future<Boolean> check : checks) {
        assertThat(check.get()).isTrue();
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
