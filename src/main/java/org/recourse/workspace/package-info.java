/**
 * Recourse's own pages, beside Camunda's webapps and signed in with the same users: find any case, work it on one
 * page (the debtor's numbers and addresses, what the guard allows now, the ledger, arrangements, holds, documents,
 * contacts, history, open tasks) and record what a collector learns, each action through the same services and
 * contact guard as the API; and the managers' dashboard of recovery. Publishes nothing; it only uses the features it
 * shows.
 */
@ApplicationModule(displayName = "Workspace", allowedDependencies = {"account", "casework", "complaint", "compliance",
    "correspondence", "negotiation", "payment", "platform", "reporting", "security"})
package org.recourse.workspace;

import org.springframework.modulith.ApplicationModule;
