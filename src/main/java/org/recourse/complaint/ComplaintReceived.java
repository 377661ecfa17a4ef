package org.recourse.complaint;

import java.time.Instant;

/** A complaint recorded, to be answered by its assignee before {@code dueAt}. */
public record ComplaintReceived(long complaintId, String caseNumber, String assignee, Instant dueAt) {
}
