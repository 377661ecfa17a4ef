/**
 * The collection case, its lifecycle, history and the spine process's adapters. Publishes the case service
 * ({@code CollectionCases}), the case's events and kinds, the work-account steps other features answer, and the
 * process names.
 */
@ApplicationModule(displayName = "Casework", allowedDependencies = {"account", "payment", "platform"})
package org.recourse.casework;

import org.springframework.modulith.ApplicationModule;
