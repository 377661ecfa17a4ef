package org.recourse.correspondence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a letter is rendered from: one JSON object, stored with the document, whose shape templates/README.md
 * documents. The records below are its parts; a letter's own facts are put beside the common ones by name.
 */
public final class LetterData {

  /** Dates as ISO strings, amounts as plain decimals that read back as BigDecimal with their scale. */
  static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .serializationInclusion(JsonInclude.Include.ALWAYS)
      .build();

  private final Map<String, Object> values = new LinkedHashMap<>();

  LetterData(Letter letter, Collector collector, Party debtor, AccountFacts account) {
    values.put("letter", letter);
    values.put("collector", collector);
    values.put("debtor", debtor);
    values.put("account", account);
  }

  LetterData with(Map<String, ?> facts) {
    facts.forEach(values::put);
    return this;
  }

  /** The JSON stored with the document. */
  String json() {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("letter data cannot be written as JSON", e);
    }
  }

  /** The template's variables, read back from the stored JSON: what is stored is exactly what was rendered. */
  static Map<String, Object> model(String json) {
    try {
      return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("stored letter data cannot be read", e);
    }
  }

  public record Letter(String kind, LocalDate date, String caseNumber, String language) {
  }

  public record Collector(String name, List<String> addressLines, String phone, String hours, String website,
      String email) {
  }

  public record Party(String name, List<String> addressLines) {
  }

  public record AccountFacts(String originalCreditor, String creditorOnItemizationDate, String currentCreditor,
      String accountNumber, String product, BigDecimal balance) {
  }

  public record Itemization(String dateType, LocalDate date, BigDecimal amount, BigDecimal interest, BigDecimal fees,
      BigDecimal paymentsAndCredits, BigDecimal total) {
  }

  public record Validation(LocalDate endDate) {
  }

  public record Promise(BigDecimal amount, LocalDate dueDate) {
  }

  public record ScheduleLine(int number, LocalDate dueDate, BigDecimal amount) {
  }

  public record Plan(BigDecimal total, String frequency, int count, LocalDate firstDueDate, LocalDate lastDueDate,
      List<ScheduleLine> installments) {
  }

  public record Settlement(BigDecimal amount, BigDecimal balance, BigDecimal discount, BigDecimal discountPercent,
      LocalDate expiresOn, List<ScheduleLine> payments) {
  }

  public record InstallmentDue(int number, LocalDate dueDate, BigDecimal amount, BigDecimal paid, BigDecimal due) {
  }

  public record Missed(int number, LocalDate dueDate, BigDecimal amount, BigDecimal paid) {
  }

  public record Demand(BigDecimal balance, LocalDate respondBy) {
  }

  public record Resolution(boolean settled, BigDecimal amountPaid, LocalDate paidOn) {
  }

  public record Dispute(LocalDate receivedOn, Boolean withinValidationPeriod) {
  }

  public record ChargeOff(LocalDate date, BigDecimal balance) {
  }

  public record LastPayment(LocalDate date, BigDecimal amount) {
  }

  public record Cease(LocalDate receivedOn, boolean refusalToPay) {
  }

  public record OriginalCreditor(String name, List<String> addressLines) {
  }

  /** The statutory notice of a time-barred debt, where the debtor's state requires it (e.g. Cal. Civ. Code 1788.14(d)). */
  public record TimeBarred(String state, LocalDate expiredOn) {
  }

  public record Request(LocalDate receivedOn) {
  }
}
