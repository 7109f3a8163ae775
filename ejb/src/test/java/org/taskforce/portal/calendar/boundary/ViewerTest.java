package org.taskforce.portal.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.calendar.entity.CalendarEvent;
import org.taskforce.portal.calendar.entity.Category;
import org.taskforce.portal.calendar.entity.Visibility;
import org.taskforce.portal.taskforce.entity.MemberProfile;

/** Who sees and who changes an event. */
class ViewerTest {

    private static final ZoneId ZONE = ZoneId.of("America/Asuncion");

    private final MemberProfile organiser = member(1, "fiscalia");
    private final MemberProfile listed = member(2, "policia-nacional");
    private final MemberProfile colleague = member(3, "fiscalia");
    private final MemberProfile other = member(4, "ong-luna-nueva");

    @Test
    void everyMemberSeesATaskForceEventButOnlyItsOrganiserOrACoordinatorChangesIt() {
        CalendarEvent meeting = event(Category.MEETING, Visibility.TASK_FORCE);

        assertTrue(viewer(other, false).sees(meeting));
        assertFalse(viewer(other, false).mayChange(meeting));
        assertTrue(viewer(other, true).mayChange(meeting));
        assertTrue(viewer(organiser, false).mayChange(meeting));
    }

    @Test
    void anAgencyEventIsSeenByTheOrganisersAgencyOnly() {
        CalendarEvent internal = event(Category.MEETING, Visibility.AGENCY);

        assertTrue(viewer(colleague, false).sees(internal));
        assertFalse(viewer(other, false).sees(internal));
        assertFalse(viewer(other, true).sees(internal), "not even a coordinator of another agency");
        assertFalse(viewer(other, true).mayChange(internal));
    }

    @Test
    void anOperationIsSeenOnlyByItsOrganiserAndThePeopleListed() {
        CalendarEvent raid = event(Category.OPERATION, Visibility.TASK_FORCE);
        raid.list(List.of(listed));

        assertTrue(viewer(listed, false).sees(raid));
        assertTrue(viewer(organiser, false).sees(raid));
        assertFalse(viewer(colleague, false).sees(raid), "the organiser's agency is not enough");
        assertFalse(viewer(other, true).sees(raid), "nor is being a coordinator");
    }

    @Test
    void anOperationIsAlwaysListedWhateverTheDraftSays() {
        EventDraft draft = new EventDraft("Rescate", null, null, Category.OPERATION, Visibility.TASK_FORCE, false,
                null, null, ZONE, null, null, null);

        assertTrue(draft.visibility() == Visibility.LISTED);
    }

    private CalendarEvent event(Category category, Visibility visibility) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        CalendarEvent event = new CalendarEvent("uid@test", organiser, now);
        // As the service writes it: an operation is listed, an agency event carries the organiser's agency.
        Visibility written = category == Category.OPERATION ? Visibility.LISTED : visibility;
        event.describe("Event", null, null, category, written,
                written == Visibility.AGENCY ? organiser.getAgencyCode() : null);
        event.schedule(false, now, now.plusHours(1), ZONE, null);
        return event;
    }

    private static Viewer viewer(MemberProfile member, boolean coordinator) {
        return Viewers.of(member, coordinator);
    }

    private static MemberProfile member(long id, String agency) {
        MemberProfile member = new MemberProfile("subject-" + id);
        member.refresh("user" + id, "User " + id, null, agency, OffsetDateTime.now(ZoneOffset.UTC));
        try {
            Field field = MemberProfile.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(member, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return member;
    }
}
