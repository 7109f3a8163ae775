package org.taskforce.portal.minutes.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.taskforce.portal.minutes.entity.AgendaItem;
import org.taskforce.portal.problem.PlainText;

/** An agenda item as it is planned: its title, who presents it, and how many minutes it should take. */
public record ItemDraft(@NotBlank @Size(max = AgendaItem.TITLE_LENGTH) @PlainText String title,
        @Size(max = AgendaItem.PRESENTER_LENGTH) @PlainText String presenter,
        @Min(1) @Max(AgendaItem.MAX_PLANNED_MINUTES) Integer plannedMinutes) {

    public ItemDraft {
        title = title == null ? null : title.strip();
        presenter = presenter == null || presenter.isBlank() ? null : presenter.strip();
    }
}
