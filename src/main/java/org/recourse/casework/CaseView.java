package org.recourse.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A case as the API shows it: the case, its account and debtor, where its processes stand, and its history. */
public record CaseView(
    String caseNumber,
    CaseStatus status,
    String segment,
    Integer priority,
    String queue,
    String assignedCollector,
    int contactAttempts,
    Instant openedAt,
    Instant closedAt,
    CloseReason closeReason,
    BigDecimal balance,
    AccountView account,
    DebtorView debtor,
    List<ActivityView> currentActivities,
    List<TaskView> openTasks,
    List<EventView> history) {

  public record AccountView(String creditorCode, String accountNumber, String originalCreditor,
      String currentCreditor, String product, String currency, String itemizationDateType, LocalDate itemizationDate,
      BigDecimal itemizationAmount, LocalDate chargeOffDate, BigDecimal chargeOffBalance, LocalDate lastPaymentDate,
      BigDecimal lastPaymentAmount, LocalDate delinquencyDate, Instant placedAt) {
  }

  public record DebtorView(String name, String state, String preferredLanguage, String mailingAddress,
      List<String> phones, List<String> emails) {
  }

  /** An activity a process of the case is in, or waiting to start (an asynchronous step queued for a worker). */
  public record ActivityView(String process, String activityId, String activityName, String activityType,
      boolean queued) {
  }

  public record TaskView(String id, String name, String assignee, Instant created, Instant due) {
  }

  public record EventView(Instant occurredAt, String actor, CaseEventKind kind, String detail) {
  }

  /** One line of a case list. */
  public record Summary(String caseNumber, CaseStatus status, String segment, Integer priority, String queue,
      String assignedCollector, Instant openedAt, CloseReason closeReason) {

    public static Summary of(CollectionCase c) {
      return new Summary(c.getCaseNumber(), c.getStatus(), c.getSegment(), c.getPriority(), c.getQueue(),
          c.getAssignedCollector(), c.getOpenedAt(), c.getCloseReason());
    }
  }
}
