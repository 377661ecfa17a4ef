/** Users, groups, their rights in the engine and their Tasklist filters; publishes the group names. */
@ApplicationModule(displayName = "Security", allowedDependencies = "platform")
package org.recourse.security;

import org.springframework.modulith.ApplicationModule;
