/**
 * The debtor's own door: a self-service portal in English and Spanish. The debtor signs in with the reference of a
 * letter and a fact on file (or follows the signed link of an e-mail), sees their own case only, and acts on it
 * through the same processes, services and contact guard as a collector: the balance and its itemization, the
 * validation notice and every letter; a dispute or a request for the original creditor; stopping contact or choosing
 * its channel, time and language; a promise, a plan checked against their income and expenditure, a settlement
 * request, the answer to a written offer; a payment through the payment processor. Publishes nothing.
 */
@ApplicationModule(displayName = "Debtor portal", allowedDependencies = {"account", "casework", "compliance",
    "correspondence", "negotiation", "payment", "platform"})
package org.recourse.portal;

import org.springframework.modulith.ApplicationModule;
