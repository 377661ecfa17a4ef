package org.recourse.complaint;

import java.time.LocalDate;

/**
 * A complaint as received: how, about what, the debtor's words in short, a regulator's reference when it came
 * through one, the day it was received (today when null) and who answers it (the case's collector, or the person
 * recording it, when null).
 */
public record NewComplaint(ComplaintChannel receivedVia, ComplaintCategory category, String summary,
    String regulatorReference, LocalDate receivedOn, String assignee) {
}
