package org.taskforce.portal.training.boundary;

import java.time.OffsetDateTime;

/**
 * A national course as {@code national_courses()} returns it to a national coordinator: where it is hosted, when, who
 * funds it, and how many people it has. Counts only; a count between 1 and 4 is {@code null} ("fewer than 5").
 *
 * @param nominated nominations taking a place (neither declined nor withdrawn)
 * @param confirmed nominations confirmed
 * @param completed confirmed people who attended enough to complete it
 * @param version the training's version, which a change or cancel from the list is made over
 */
public record NationalCourse(long trainingId, long taskForceId, String taskForceName, String title, String kind,
        int capacity, OffsetDateTime firstStart, OffsetDateTime lastEnd, boolean cancelled, String sponsors,
        Long nominated, Long confirmed, Long completed, int version) {
}
