/**
 * What every feature stands on: money, the staff's time format, problem details, task refusals, the engine's
 * configuration, node leases and the machinery that works a file through ({@code FileRuns}, {@code CsvFiles}).
 * Depends on nothing of Recourse.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = {})
package org.recourse.platform;

import org.springframework.modulith.ApplicationModule;
