/**
 * Creditors, debtors and their accounts: the registry other features ask for an account's summary, and the value
 * types of a placement (products, itemization, addresses, phone numbers). Depends on nothing of Recourse.
 */
@ApplicationModule(displayName = "Account", allowedDependencies = {})
package org.recourse.account;

import org.springframework.modulith.ApplicationModule;
