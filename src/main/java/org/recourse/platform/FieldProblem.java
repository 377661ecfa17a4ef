package org.recourse.platform;

/** What is wrong with one field of an input: the field's path ({@code debtor.phones[0].number}) and why. */
public record FieldProblem(String field, String message) {
}
