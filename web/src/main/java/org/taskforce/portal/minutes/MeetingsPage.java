package org.taskforce.portal.minutes;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.taskforce.portal.minutes.boundary.MeetingRow;
import org.taskforce.portal.minutes.boundary.Meetings;
import org.taskforce.portal.web.RecentYears;

/**
 * Backs {@code /minutes/meetings.xhtml}: the meetings the person sees (search, sort, paging, CSV), of this year and
 * the last unless they ask for earlier years ({@link RecentYears}), each linking to its minutes; a new meeting is held
 * in the meeting dialog ({@link MeetingDialog}).
 */
@ViewScoped
@Named("meetingsPage")
public class MeetingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Meetings meetings;

    private List<MeetingRow> list = List.of();
    private List<MeetingRow> filtered;
    private final RecentYears period = new RecentYears();

    /**
     * Reads the meetings: of this year and the last (planned ones included), or of every year. When the view opens,
     * and again when the person ticks or unticks "earlier years too".
     */
    @PostConstruct
    public void loadMeetings() {
        list = meetings.list(period.since());
        filtered = null;
    }

    /** The period the list shows: this year and the last, or earlier years too (its checkbox). */
    public RecentYears getPeriod() {
        return period;
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
