/**
 * The managers' figures of recovery: liquidation, aging and roll rates, right-party contact, promises, plans,
 * settlements, the legal pipeline, complaints and each collector against a monthly target. Every figure is computed
 * when asked from the ledger, the contact log, the arrangements, the referrals and the complaint log, never kept by
 * hand, and carries its definition. The ledger's figures are computed in the JVM from each node's copy of the
 * ledger ({@code LedgerBook}), brought up to what the reader's transaction sees every time it is read. Publishes
 * the figures as tables (with their charts), their CSV, the monthly report's PDF and the collectors' targets.
 */
@ApplicationModule(displayName = "Reporting",
    allowedDependencies = {"account", "complaint", "correspondence", "platform"})
package org.recourse.reporting;

import org.springframework.modulith.ApplicationModule;
