package org.taskforce.portal.minutes;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.taskforce.portal.calendar.boundary.Calendars;
import org.taskforce.portal.minutes.boundary.AgencyChoice;
import org.taskforce.portal.minutes.boundary.MeetingDetails;
import org.taskforce.portal.minutes.boundary.Meetings;
import org.taskforce.portal.minutes.boundary.MemberChoice;
import org.taskforce.portal.minutes.entity.MeetingVisibility;
import org.taskforce.portal.security.PortalPage;
import org.taskforce.portal.web.Messages;

/**
 * Backs the meeting dialog ({@code /WEB-INF/includes/meeting-dialog.xhtml}) of the meetings list (hold a new meeting,
 * which goes into the calendar too) and of a meeting's page (change its header over the version the page showed). The
 * save opens the meeting's page afresh; on any problem the dialog stays open with what was typed. Times are in the
 * person's own zone, as in the calendar.
 */
@ViewScoped
@Named("meetingDialog")
public class MeetingDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Meetings meetings;

    @Inject
    transient Calendars calendars;

    @Inject
    transient Messages messages;

    private MeetingForm form;
    private List<MemberChoice> members = List.of();
    private List<AgencyChoice> agencies = List.of();

    public void startNew() {
        loadChoices();
        form = MeetingForm.empty(zone());
    }

    public void startEdit(MeetingDetails details) {
        loadChoices();
        form = MeetingForm.of(details, zone());
    }

    public void save() throws IOException {
        long id;
        if (form.isNew()) {
            id = meetings.create(form.toDraft(zone()));
            messages.info("minutes.created", form.getTitle());
        } else {
            meetings.describe(form.id(), form.version(), form.toDraft(zone()));
            id = form.id();
            messages.info("minutes.saved");
        }
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                + PortalPage.MEETING.path() + "?id=" + id);
    }

    private void loadChoices() {
        members = meetings.members();
        agencies = meetings.agencies();
    }

    private ZoneId zone() {
        return calendars.zone();
    }

    public MeetingForm getForm() {
        return form;
    }

    public List<MemberChoice> getMembers() {
        return members;
    }

    public List<AgencyChoice> getAgencies() {
        return agencies;
    }

    public List<MeetingVisibility> getVisibilities() {
        return List.of(MeetingVisibility.values());
    }
}
