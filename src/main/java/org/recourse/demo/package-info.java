/** The demo's users, creditors and portfolio, loaded on the {@code demo} profile through the features' services. */
@ApplicationModule(displayName = "Demo")
package org.recourse.demo;

import org.springframework.modulith.ApplicationModule;
