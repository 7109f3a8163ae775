package org.taskforce.portal.training.control;

/** One person on a printed sign-in sheet: the number they are imported by, their name and agency. */
public record SheetLine(long participantId, String name, String agency) {
}
