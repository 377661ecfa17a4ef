/**
 * The rules every contact passes: the contact guard and contact log, holds, restrictions, the validation and
 * limitation periods, business days. Publishes the guard, the holds service and their value types.
 */
@ApplicationModule(displayName = "Compliance", allowedDependencies = {"account", "casework", "payment", "platform"})
package org.recourse.compliance;

import org.springframework.modulith.ApplicationModule;
