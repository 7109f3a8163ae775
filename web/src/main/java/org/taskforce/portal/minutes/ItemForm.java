package org.taskforce.portal.minutes;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.taskforce.portal.minutes.boundary.ItemDraft;
import org.taskforce.portal.minutes.entity.AgendaItem;

/** A new agenda item, as the meeting page's form takes it. */
public class ItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = AgendaItem.TITLE_LENGTH)
    private String title;

    @Size(max = AgendaItem.PRESENTER_LENGTH)
    private String presenter;

    private Integer plannedMinutes;

    public ItemDraft toDraft() {
        return new ItemDraft(title, presenter, plannedMinutes);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPresenter() {
        return presenter;
    }

    public void setPresenter(String presenter) {
        this.presenter = presenter;
    }

    public Integer getPlannedMinutes() {
        return plannedMinutes;
    }

    public void setPlannedMinutes(Integer plannedMinutes) {
        this.plannedMinutes = plannedMinutes;
    }
}
