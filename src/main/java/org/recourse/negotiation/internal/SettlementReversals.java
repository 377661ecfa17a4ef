package org.recourse.negotiation.internal;

import org.recourse.negotiation.internal.ArrangementMonitoring;
import org.recourse.payment.PaymentReversed;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Hears of reversed payments in the reversal's transaction: a settlement kept with that payment is kept no more.
 * It runs before the case hears of it, so that a reopened case owes what the settlement had written off.
 */
@Component
public class SettlementReversals {

  private final ArrangementMonitoring monitoring;

  SettlementReversals(ArrangementMonitoring monitoring) {
    this.monitoring = monitoring;
  }

  @EventListener
  @Order(0)
  void paymentReversed(PaymentReversed reversal) {
    monitoring.paymentReversed(reversal.accountId(), reversal.reference(), reversal.actor());
  }
}
