/** Placements one by one and portfolio files. Publishes the intake service and the portfolio imports. */
@ApplicationModule(displayName = "Intake", allowedDependencies = {"account", "casework", "payment", "platform"})
package org.recourse.intake;

import org.springframework.modulith.ApplicationModule;
