/**
 * The ledger by parts, payments (one by one and in files), reversals and refunds. Publishes the ledger, the posting
 * service, the payment events and the {@code CaseAccounts} port the case feature answers.
 */
@ApplicationModule(displayName = "Payment", allowedDependencies = "platform")
package org.recourse.payment;

import org.springframework.modulith.ApplicationModule;
