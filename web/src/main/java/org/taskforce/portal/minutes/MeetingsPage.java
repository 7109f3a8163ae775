package org.taskforce.portal.minutes;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.taskforce.portal.minutes.boundary.MeetingRow;
import org.taskforce.portal.minutes.boundary.Meetings;

/**
 * Backs {@code /minutes/meetings.xhtml}: the meetings the person sees (search, sort, paging, CSV), each linking to its
 * minutes; a new meeting is held in the meeting dialog ({@link MeetingDialog}).
 */
@ViewScoped
@Named("meetingsPage")
public class MeetingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Meetings meetings;

    private List<MeetingRow> list = List.of();
    private List<MeetingRow> filtered;

    @PostConstruct
    void load() {
        list = meetings.list();
    }

    public List<MeetingRow> getList() {
        return list;
    }

    public List<MeetingRow> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<MeetingRow> filtered) {
        this.filtered = filtered;
    }
}
