/**
 * Placements one by one and portfolio files, each account with its case and its validation notice. Publishes the
 * intake service and the portfolio imports.
 */
@ApplicationModule(displayName = "Intake",
    allowedDependencies = {"account", "casework", "correspondence", "payment", "platform"})
package org.recourse.intake;

import org.springframework.modulith.ApplicationModule;
