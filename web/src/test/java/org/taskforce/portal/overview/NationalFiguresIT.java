package org.taskforce.portal.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.taskforce.portal.minutes.boundary.ItemDraft;
import org.taskforce.portal.minutes.boundary.MeetingDraft;
import org.taskforce.portal.minutes.boundary.Meetings;
import org.taskforce.portal.minutes.boundary.MinutesFigure;
import org.taskforce.portal.minutes.boundary.OutcomeDraft;
import org.taskforce.portal.minutes.entity.MeetingVisibility;
import org.taskforce.portal.minutes.entity.OutcomeKind;
import org.taskforce.portal.overview.boundary.NationalFigures;
import org.taskforce.portal.taskforce.entity.AgencyType;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.testsupport.As;
import org.taskforce.portal.testsupport.CalendarPeople;
import org.taskforce.portal.testsupport.CalendarPeople.Person;
import org.taskforce.portal.testsupport.TestData;

/**
 * The national overview's figures are counted once for everyone and kept for a few minutes: a meeting held meanwhile
 * shows after "count again", not before. (Who may read them: {@code ServiceRolesIT}, national coordinators only.)
 */
@ExtendWith(ArquillianExtension.class)
class NationalFiguresIT {

    private static final ZoneId ASUNCION = ZoneId.of("America/Asuncion");

    @Inject
    NationalFigures figures;

    @Inject
    Meetings meetings;

    @Inject
    As as;

    @Inject
    CalendarPeople people;

    @Inject
    TestData testData;

    @Test
    void keptFiguresAreShownUntilCountedAgainAndTheNewCountHasWhatHappenedMeanwhile() {
        NationalFigures.Counted before = as.nationalCoordinator(() -> figures.current());

        TaskForce taskForce = people.taskForce("cifras-guardadas");
        testData.agency(taskForce, "fiscalia", AgencyType.PROSECUTOR, "Fiscalía");
        Person prosecutor = people.member(taskForce, "fiscalia");
        people.act(prosecutor);
        LocalDateTime lastWeek = LocalDateTime.now(ASUNCION).minusDays(7).withHour(9).withMinute(0);
        long meeting = meetings.create(new MeetingDraft("Mesa de cifras", "Encarnación", lastWeek,
                lastWeek.plusHours(2), ASUNCION, null, MeetingVisibility.TASK_FORCE, Set.of()));
        meetings.addOutcome(meetings.addItem(meeting, new ItemDraft("Casos", null, null)),
                new OutcomeDraft(OutcomeKind.DECISION, "Se acuerda", null, null, null));

        NationalFigures.Counted kept = as.nationalCoordinator(() -> figures.current());
        assertSame(before, kept, "counted moments ago: the same figures, not counted again");
        assertTrue(months(kept, taskForce).isEmpty(), () -> "the meeting is newer than the count: " + kept);

        NationalFigures.Counted again = as.nationalCoordinator(() -> figures.recount());
        assertFalse(again.countedAt().isBefore(before.countedAt()));
        List<MinutesFigure> months = months(again, taskForce);
        assertEquals(1, months.size(), months::toString);
        assertEquals(List.of(1L, 1L), List.of(months.get(0).meetingsHeld(), months.get(0).decisions()));
        assertSame(again, as.nationalCoordinator(() -> figures.current()), "the new count is kept for everyone");
    }

    private static List<MinutesFigure> months(NationalFigures.Counted counted, TaskForce taskForce) {
        return counted.minutesByMonth().stream().filter(row -> row.taskForceName().equals(taskForce.getName()))
                .toList();
    }
}
