package org.taskforce.portal.minutes;

import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.taskforce.portal.minutes.boundary.MeetingDetails;
import org.taskforce.portal.minutes.boundary.MeetingDraft;
import org.taskforce.portal.minutes.entity.Meeting;
import org.taskforce.portal.minutes.entity.MeetingVisibility;
import org.taskforce.portal.web.VersionedForm;

/** What the meeting dialog edits: a new meeting, or a meeting's header over the version it was opened at. */
public class MeetingForm extends VersionedForm {

    private static final long serialVersionUID = 1L;

    @Size(max = Meeting.TITLE_LENGTH)
    private String title;

    @Size(max = Meeting.LOCATION_LENGTH)
    private String location;

    private LocalDateTime start;
    private LocalDateTime end;
    private Long minuteTakerId;
    private MeetingVisibility visibility = MeetingVisibility.TASK_FORCE;
    private List<String> agencyCodes = List.of();

    private MeetingForm(Long id, int version) {
        super(id, version);
    }

    /** A new meeting, next hour, for two hours. */
    public static MeetingForm empty(ZoneId zone) {
        MeetingForm form = new MeetingForm(null, 0);
        form.start = LocalDateTime.now(zone).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        form.end = form.start.plusHours(2);
        return form;
    }

    /** The header of a meeting as its page shows it. */
    public static MeetingForm of(MeetingDetails details, ZoneId zone) {
        MeetingForm form = new MeetingForm(details.id(), details.version());
        form.title = details.title();
        form.location = details.location();
        form.start = details.startsAt().atZoneSameInstant(zone).toLocalDateTime();
        form.end = details.endsAt().atZoneSameInstant(zone).toLocalDateTime();
        form.minuteTakerId = details.minuteTakerId();
        form.visibility = details.visibility();
        form.agencyCodes = List.copyOf(details.agencyCodes());
        return form;
    }

    public MeetingDraft toDraft(ZoneId zone) {
        return new MeetingDraft(title, location, start, end, zone, minuteTakerId, visibility,
                agencyCodes == null ? Set.of() : Set.copyOf(agencyCodes));
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public Long getMinuteTakerId() {
        return minuteTakerId;
    }

    public void setMinuteTakerId(Long minuteTakerId) {
        this.minuteTakerId = minuteTakerId;
    }

    public MeetingVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(MeetingVisibility visibility) {
        this.visibility = visibility;
    }

    public List<String> getAgencyCodes() {
        return agencyCodes;
    }

    public void setAgencyCodes(List<String> agencyCodes) {
        this.agencyCodes = agencyCodes;
    }
}
