/**
 * Promises, payment plans, settlements, affordability and the monitoring of plans. Reached through its processes;
 * publishes only how a case's arrangements stand ({@code CaseArrangements}), for the case's page.
 */
@ApplicationModule(displayName = "Negotiation", allowedDependencies = {"account", "casework", "compliance",
    "correspondence", "legal", "payment", "platform"})
package org.recourse.negotiation;

import org.springframework.modulith.ApplicationModule;
