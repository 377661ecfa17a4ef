/**
 * Legal eligibility, the referral and its approval, the court packet and litigation. Publishes its settings and
 * the recovery they lead a referral to expect; the rest is reached through its process.
 */
@ApplicationModule(displayName = "Legal", allowedDependencies = {"account", "casework", "compliance",
    "correspondence", "payment", "platform", "security"})
package org.recourse.legal;

import org.springframework.modulith.ApplicationModule;
