/**
 * Promises, payment plans, settlements, affordability and the monitoring of plans. Reached through its processes
 * only; nothing else depends on it.
 */
@ApplicationModule(displayName = "Negotiation", allowedDependencies = {"account", "casework", "compliance",
    "correspondence", "legal", "payment", "platform"})
package org.recourse.negotiation;

import org.springframework.modulith.ApplicationModule;
