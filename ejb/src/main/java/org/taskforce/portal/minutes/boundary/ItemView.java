package org.taskforce.portal.minutes.boundary;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An agenda item as the meeting's page shows it, with the version its forms save over.
 *
 * @param notes the sanitised HTML of the discussion notes, or {@code null}
 */
public record ItemView(long id, int version, int position, String title, String presenter, Integer plannedMinutes,
        String notes, String updatedBy, OffsetDateTime updatedAt, List<OutcomeView> outcomes) {

    public ItemView {
        outcomes = List.copyOf(outcomes);
    }
}
