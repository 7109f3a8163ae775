package org.taskforce.portal.minutes.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.taskforce.portal.database.OptimisticLocking;
import org.taskforce.portal.minutes.control.LineDiff;
import org.taskforce.portal.minutes.control.MinutesQueries;
import org.taskforce.portal.minutes.control.MinutesReader;
import org.taskforce.portal.minutes.control.MinutesText;
import org.taskforce.portal.minutes.entity.AgendaItem;
import org.taskforce.portal.minutes.entity.Meeting;
import org.taskforce.portal.minutes.entity.MinutesComment;
import org.taskforce.portal.minutes.entity.MinutesState;
import org.taskforce.portal.minutes.entity.MinutesVersion;
import org.taskforce.portal.problem.ConflictException;
import org.taskforce.portal.problem.FieldProblem;
import org.taskforce.portal.problem.InvalidException;
import org.taskforce.portal.problem.NotAllowedException;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.tenancy.CoordinatorsOnly;
import org.taskforce.portal.tenancy.TaskForceBound;

/**
 * The review of a meeting's minutes after they leave the draft: the attendees (and the minute taker and coordinators)
 * comment or propose corrections while they are circulated; approved minutes are final, and a correction after
 * approval opens the next revision, while every approved revision stays readable as it was approved and can be
 * compared with the one after it. Only for people who see the meeting ({@link MinutesQueries#SEEN}).
 */
@Stateless
@TaskForceBound
public class MinutesReview {

    @PersistenceContext
    EntityManager em;

    @Inject
    MinutesReader reader;

    /** Adds a comment or a proposed correction to circulated minutes; only their attendees and writers. */
    public long comment(long meetingId, @NotNull @Valid CommentDraft draft) {
        Meeting meeting = find(meetingId);
        if (meeting.getState() != MinutesState.CIRCULATED) {
            throw new ConflictException("Meeting " + meetingId + " is " + meeting.getState(),
                    "minutes.error.notCirculatedForComment");
        }
        boolean attended = meeting.getAttendees().stream()
                .anyMatch(attendee -> Objects.equals(attendee.getMember().getId(), reader.memberId()));
        if (!attended && !reader.isWriter(meeting)) {
            throw new NotAllowedException("Not an attendee of meeting " + meetingId, "minutes.error.notAttendee");
        }
        AgendaItem item = null;
        if (draft.itemId() != null) {
            item = meeting.getItems().stream().filter(i -> i.getId().equals(draft.itemId())).findFirst()
                    .orElseThrow(() -> new InvalidException(new FieldProblem("itemId", "minutes.error.notAnItem")));
        }
        MemberProfile author = em.find(MemberProfile.class, reader.memberId());
        MinutesComment comment = new MinutesComment(meeting, item, draft.kind(), draft.text(), author, now());
        em.persist(comment);
        em.flush();
        return comment.getId();
    }

    /** The comments on a meeting's minutes, the oldest first. */
    public List<CommentRow> comments(long meetingId) {
        Meeting meeting = find(meetingId);
        return em.createQuery("select c from MinutesComment c left join fetch c.item where c.meeting = :meeting"
                        + " order by c.createdAt, c.id", MinutesComment.class)
                .setParameter("meeting", meeting).getResultStream()
                .map(c -> new CommentRow(c.getId(), c.getRevision(), c.getKind(),
                        c.getItem() == null ? null : c.getItem().getTitle(), c.getText(), c.getAuthor(),
                        c.getCreatedAt()))
                .toList();
    }

    /**
     * Opens the next revision of approved minutes for a correction: they are a draft again, and the approved text
     * stays as it was. Draft or circulated minutes are refused (there is nothing approved to correct).
     */
    @CoordinatorsOnly
    public void correct(long meetingId, int openedVersion) {
        Meeting meeting = find(meetingId);
        if (meeting.getState() != MinutesState.APPROVED) {
            throw new ConflictException("Meeting " + meetingId + " is " + meeting.getState(),
                    "minutes.error.notApproved");
        }
        OptimisticLocking.edit(em, meeting, openedVersion, "minutes.error.changedMeanwhile", changed -> {
            changed.startRevision();
            changed.touched(reader.name(), now());
        });
    }

    /** The approved revisions of a meeting's minutes, the first first. */
    public List<VersionRow> versions(long meetingId) {
        return stored(find(meetingId)).stream()
                .map(v -> new VersionRow(v.getRevision(), v.getApprovedBy(), v.getApprovedAt())).toList();
    }

    /** The text of an approved revision, as it was approved. */
    public String text(long meetingId, int revision) {
        return stored(find(meetingId)).stream().filter(v -> v.getRevision() == revision).findFirst()
                .map(MinutesVersion::getContent)
                .orElseThrow(() -> new MeetingNotFoundException("revision " + revision + " of meeting", meetingId));
    }

    /**
     * What changed from an approved revision to the next one: the next approved revision, or the minutes as they are
     * now while it is being written.
     */
    public List<LineDiff.Line> difference(long meetingId, int revision) {
        Meeting meeting = find(meetingId);
        List<MinutesVersion> versions = stored(meeting);
        String before = versions.stream().filter(v -> v.getRevision() == revision).findFirst()
                .map(MinutesVersion::getContent)
                .orElseThrow(() -> new MeetingNotFoundException("revision " + revision + " of meeting", meetingId));
        String after = versions.stream().filter(v -> v.getRevision() == revision + 1).findFirst()
                .map(MinutesVersion::getContent)
                .orElseGet(() -> MinutesText.of(meeting, MinutesQueries.agencyNames(em),
                        ZoneId.of(MemberProfile.DEFAULT_TIME_ZONE)));
        return LineDiff.between(before, after);
    }

    private List<MinutesVersion> stored(Meeting meeting) {
        return em.createQuery("select v from MinutesVersion v where v.meeting = :meeting order by v.revision",
                MinutesVersion.class).setParameter("meeting", meeting).getResultList();
    }

    private Meeting find(long id) {
        return MinutesQueries.meeting(em, id, reader.agency())
                .orElseThrow(() -> new MeetingNotFoundException("meeting", id));
    }


    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
