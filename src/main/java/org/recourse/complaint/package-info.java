/**
 * A debtor's complaints: recorded with how they came and what they are about, assigned, answered within the period
 * the settings give (15 days by default) and escalated to the managers when late, each carried by the complaint
 * process. Publishes the {@code Complaints} service and the complaint record.
 */
@ApplicationModule(displayName = "Complaint", allowedDependencies = {"casework", "platform"})
package org.recourse.complaint;

import org.springframework.modulith.ApplicationModule;
