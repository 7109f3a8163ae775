package org.taskforce.portal.minutes;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.taskforce.portal.minutes.boundary.AgencyChoice;
import org.taskforce.portal.minutes.boundary.AttendanceDraft;
import org.taskforce.portal.minutes.boundary.CommentRow;
import org.taskforce.portal.minutes.boundary.ItemView;
import org.taskforce.portal.minutes.boundary.MeetingDetails;
import org.taskforce.portal.minutes.boundary.MeetingPageContent;
import org.taskforce.portal.minutes.boundary.Meetings;
import org.taskforce.portal.minutes.boundary.MemberChoice;
import org.taskforce.portal.minutes.boundary.MinutesReview;
import org.taskforce.portal.minutes.boundary.OpenAction;
import org.taskforce.portal.minutes.boundary.OutcomeView;
import org.taskforce.portal.minutes.boundary.VersionRow;
import org.taskforce.portal.minutes.control.LineDiff;
import org.taskforce.portal.minutes.entity.ActionState;
import org.taskforce.portal.minutes.entity.CommentKind;
import org.taskforce.portal.minutes.entity.OutcomeKind;
import org.taskforce.portal.minutes.entity.Presence;
import org.taskforce.portal.security.PortalPage;
import org.taskforce.portal.web.Messages;

/**
 * Backs {@code /minutes/meeting.xhtml?id=…}: one meeting's minutes. Everyone who sees the meeting reads them; its
 * minute taker and the coordinators write them while they are a draft: the header, the attendance (members present or
 * apologised, guests), the agenda (add, move, remove items), each item's notes (rich text, sanitised by the service),
 * its outcomes, and what this meeting says of the open actions of earlier ones. One item's notes are written at a
 * time, in a dialog ({@link #editNotes}); a save refused because someone else saved first keeps what the person typed
 * (the notes stay in the dialog, and in the page for the next opening). The header is changed in
 * {@link MeetingDialog}. Another task force's id, or a
 * restricted meeting of other agencies, is answered as not found.
 */
@ViewScoped
@Named("meetingPage")
public class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Meetings meetings;

    @Inject
    transient Messages messages;

    private long id;
    private MeetingDetails details;
    private List<MemberChoice> members = List.of();
    private List<AgencyChoice> agencies = List.of();
    private List<AttendanceLine> attendance = new ArrayList<>();
    private List<GuestForm> guests = new ArrayList<>();
    private Long addAttendeeId;
    private GuestForm guest = new GuestForm();
    private ItemForm item = new ItemForm();
    /** What each item's notes editor holds: the saved notes, or what the writer typed and has not saved yet. */
    private final Map<Long, String> notes = new HashMap<>();
    private ItemView editing;
    private OutcomeForm outcome;
    private ReviewForm review;
    private List<CommentRow> comments = List.of();
    private List<VersionRow> versions = List.of();
    private CommentForm comment = new CommentForm();
    private Integer shownRevision;
    private String shownText;
    private List<LineDiff.Line> difference = List.of();

    @Inject
    transient MinutesReview minutesReview;

    /**
     * Reads the meeting of the {@code id} parameter (the view action, on the first request of the view), in one
     * transaction: the minutes, their comments and versions, and for those who write the task force's members and
     * agencies to choose from.
     */
    public void load() {
        MeetingPageContent content = meetings.open(id);
        comments = content.comments();
        versions = content.versions();
        members = content.members();
        agencies = content.agencies();
        show(content.details());
    }

    /** Reads the minutes themselves (header, attendance, agenda, outcomes, open actions) into the page's fields. */
    private void readMinutes() {
        show(meetings.details(id));
    }

    /** Puts minutes read into the page's fields: the notes' editors, the attendance form, the guests. */
    private void show(MeetingDetails read) {
        details = read;
        notes.clear();
        details.items().forEach(i -> notes.put(i.id(), i.notes()));
        attendance = details.attendees().stream()
                .map(a -> new AttendanceLine(a.memberId(), a.name(), a.agencyCode(), a.presence()))
                .collect(Collectors.toCollection(ArrayList::new));
        guests = details.guests().stream().map(g -> {
            GuestForm line = new GuestForm();
            line.setName(g.name());
            line.setAgencyName(g.agencyName());
            return line;
        }).collect(Collectors.toCollection(ArrayList::new));
    }

    /**
     * Reads the minutes again after a save of notes or attendance, keeping the notes typed but not saved in the other
     * items. The comments, versions, members and agencies stay as read: neither save changes them, and the ajax answer
     * draws only what changed, the attendance or the item (the minutes' other changes open the page afresh,
     * {@link #again()}).
     */
    private void reload() {
        Map<Long, String> typed = new HashMap<>(notes);
        Map<Long, String> saved = details.items().stream().filter(i -> i.notes() != null)
                .collect(Collectors.toMap(ItemView::id, ItemView::notes));
        readMinutes();
        typed.forEach((itemId, text) -> {
            if (notes.containsKey(itemId) && text != null && !text.equals(saved.get(itemId))) {
                notes.put(itemId, text);
            }
        });
    }

    /** Opens the meeting's page afresh (after a change of its agenda, outcomes or state), keeping the messages. */
    private void again() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                + PortalPage.MEETING.path() + "?id=" + id);
    }

    // --- the state of the minutes (the header is changed in MeetingDialog) ---

    public void circulate() throws IOException {
        meetings.circulate(id, details.version());
        messages.info("minutes.circulated");
        again();
    }

    public void approve() throws IOException {
        meetings.approve(id, details.version());
        messages.info("minutes.approved");
        again();
    }

    public void reopen() throws IOException {
        meetings.reopen(id, details.version());
        messages.info("minutes.reopened");
        again();
    }

    /** Opens the next revision of approved minutes for a correction (a coordinator). */
    public void correct() throws IOException {
        minutesReview.correct(id, details.version());
        messages.info("minutes.corrected", details.revision() + 1);
        again();
    }

    /** The minutes as a PDF, in the page's language. */
    public StreamedContent pdf() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        byte[] pdf = meetings.pdf(id, ResourceBundle.getBundle(Messages.BUNDLE, locale), locale);
        return DefaultStreamedContent.builder().contentType("application/pdf").name("acta-" + id + ".pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    /** The question before a correction, naming the revision it opens. */
    public String correctQuestion() {
        return messages.text("minutes.correct.confirm", details.revision() + 1);
    }

    // --- comments and revisions ---

    public void addComment() throws IOException {
        minutesReview.comment(id, comment.toDraft());
        messages.info("minutes.comment.saved");
        again();
    }

    /** Shows an approved revision's text and what changed after it. */
    public void show(VersionRow version) {
        shownRevision = version.revision();
        shownText = minutesReview.text(id, version.revision());
        difference = minutesReview.difference(id, version.revision());
    }

    // --- attendance ---

    public void addAttendee() {
        if (addAttendeeId == null || attendance.stream().anyMatch(a -> a.getMemberId() == addAttendeeId)) {
            return;
        }
        members.stream().filter(m -> m.id() == addAttendeeId).findFirst().ifPresent(m ->
                attendance.add(new AttendanceLine(m.id(), m.name(), m.agencyCode(), Presence.PRESENT)));
        addAttendeeId = null;
    }

    public void removeAttendee(AttendanceLine line) {
        attendance.remove(line);
    }

    public void addGuest() {
        if (guest.getName() != null && !guest.getName().isBlank()) {
            guests.add(guest);
        }
        guest = new GuestForm();
    }

    public void removeGuest(GuestForm line) {
        guests.remove(line);
    }

    public void saveAttendance() {
        meetings.attendance(id, details.version(), new AttendanceDraft(
                attendance.stream().map(a -> new AttendanceDraft.Attendee(a.getMemberId(), a.getPresence())).toList(),
                guests.stream().map(g -> new AttendanceDraft.Guest(g.getName(), g.getAgencyName())).toList()));
        messages.info("minutes.saved");
        reload();
    }

    // --- the agenda ---

    public void addItem() throws IOException {
        meetings.addItem(id, item.toDraft());
        item = new ItemForm();
        again();
    }

    public void moveItem(ItemView agendaItem, int step) throws IOException {
        meetings.moveItem(agendaItem.id(), step);
        again();
    }

    public void removeItem(ItemView agendaItem) throws IOException {
        meetings.removeItem(agendaItem.id());
        again();
    }

    /**
     * Opens one item's notes in the notes dialog: what is saved, or what the writer typed and did not save yet (a
     * refused save, or a dialog closed without saving).
     */
    public void editNotes(ItemView agendaItem) {
        editing = agendaItem;
    }

    /**
     * Saves the notes of the item open in the dialog over the version the page shows, then reads the minutes again
     * (the page redraws that item only). Refused, what was typed stays in the dialog.
     */
    public void saveNotes() {
        if (editing == null) {
            return;
        }
        meetings.writeNotes(editing.id(), editing.version(), notes.get(editing.id()));
        messages.info("minutes.notes.saved", editing.title());
        notes.remove(editing.id());
        editing = null;
        reload();
    }

    /** The agenda item whose notes the dialog holds, or {@code null}. */
    public ItemView getEditing() {
        return editing;
    }

    public void startOutcome(ItemView agendaItem) {
        outcome = new OutcomeForm(agendaItem.id(), agendaItem.title());
    }

    public void addOutcome() throws IOException {
        meetings.addOutcome(outcome.itemId(), outcome.toDraft());
        messages.info("minutes.saved");
        again();
    }

    public void removeOutcome(OutcomeView view) throws IOException {
        meetings.removeOutcome(view.id());
        again();
    }

    // --- open actions of earlier meetings ---

    public void startReview(OpenAction open) {
        review = new ReviewForm(open.action().id(), open.action().what());
    }

    public void saveReview() throws IOException {
        meetings.review(id, review.actionId(), review.toDraft());
        messages.info("minutes.review.saved", review.getWhat());
        again();
    }

    /** The names of a restricted meeting's agencies, for its header. */
    public String agencyNames() {
        Map<String, String> names = meetings.agencies().stream()
                .collect(Collectors.toMap(AgencyChoice::code, AgencyChoice::name));
        return details.agencyCodes().stream().map(code -> names.getOrDefault(code, code))
                .collect(Collectors.joining(", "));
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public MeetingDetails getDetails() {
        return details;
    }

    public List<CommentRow> getComments() {
        return comments;
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public CommentForm getComment() {
        return comment;
    }

    public List<CommentKind> getCommentKinds() {
        return List.of(CommentKind.values());
    }

    public Integer getShownRevision() {
        return shownRevision;
    }

    public String getShownText() {
        return shownText;
    }

    public List<LineDiff.Line> getDifference() {
        return difference;
    }

    public List<MemberChoice> getMembers() {
        return members;
    }

    public List<AgencyChoice> getAgencies() {
        return agencies;
    }

    public List<AttendanceLine> getAttendance() {
        return attendance;
    }

    public List<GuestForm> getGuests() {
        return guests;
    }

    public Long getAddAttendeeId() {
        return addAttendeeId;
    }

    public void setAddAttendeeId(Long addAttendeeId) {
        this.addAttendeeId = addAttendeeId;
    }

    public GuestForm getGuest() {
        return guest;
    }

    public ItemForm getItem() {
        return item;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public OutcomeForm getOutcome() {
        return outcome;
    }

    public ReviewForm getReview() {
        return review;
    }

    public List<Presence> getPresences() {
        return List.of(Presence.values());
    }

    public List<OutcomeKind> getOutcomeKinds() {
        return List.of(OutcomeKind.values());
    }

    public List<ActionState> getReviewStates() {
        return List.of(ActionState.values());
    }
}
