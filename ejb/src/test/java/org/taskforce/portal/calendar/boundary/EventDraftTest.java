package org.taskforce.portal.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.calendar.entity.CalendarEvent;
import org.taskforce.portal.calendar.entity.Category;
import org.taskforce.portal.calendar.entity.Visibility;
import org.taskforce.portal.problem.FieldProblem;
import org.taskforce.portal.problem.InputRefusal;

/** What is wrong with an event as entered, each problem naming its field. */
class EventDraftTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static final LocalDateTime NINE = LocalDateTime.of(2026, 12, 1, 9, 0);

    @Test
    void aGoodDraftHasNoProblems() {
        assertEquals(List.of(), problems(draft("Reunión", NINE, NINE.plusHours(1), null)));
    }

    @Test
    void emptyTitleEndBeforeStartAndAnEndlessRepeatAreEachNamed() {
        List<FieldProblem> problems = problems(draft("  ", NINE, NINE.minusHours(1),
                new Recurrence(Frequency.WEEKLY, 1, Set.of(), null, null)));

        assertEquals(List.of("title", "end", "repeatEnd"), problems.stream().map(FieldProblem::field).toList());
        assertEquals(List.of("validation.NotBlank", "calendar.error.endBeforeStart",
                "calendar.error.repeat.unbounded"), problems.stream().map(FieldProblem::messageKey).toList());
    }

    @Test
    void htmlInATextFieldIsRefused() {
        EventDraft draft = new EventDraft("<script>alert(1)</script>", "Ver <a href=x>aquí</a>", "Sala &amp; patio",
                Category.MEETING, Visibility.TASK_FORCE, false, NINE, NINE.plusHours(1), ZoneId.of("UTC"), null,
                null, null);

        assertEquals(List.of("title", "description", "location"),
                problems(draft).stream().map(FieldProblem::field).toList());
        assertEquals(Set.of("validation.PlainText"),
                problems(draft).stream().map(FieldProblem::messageKey).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aRepeatEndingBeforeItStartsOrTooOftenIsRefused() {
        assertEquals("calendar.error.repeat.untilBeforeStart", problems(draft("R", NINE, NINE.plusHours(1),
                new Recurrence(Frequency.DAILY, 1, Set.of(), LocalDate.of(2026, 11, 1), null))).get(0)
                .messageKey());
        FieldProblem tooOften = problems(draft("R", NINE, NINE.plusHours(1),
                new Recurrence(Frequency.DAILY, 1, Set.of(), null, Recurrence.MAX_COUNT + 1))).get(0);
        assertEquals("calendar.error.repeat.count", tooOften.messageKey());
        assertEquals(Recurrence.MAX_COUNT, tooOften.arguments().get(0), "the message says how many at most");
    }

    @Test
    void anAllDayEventMayEndOnItsFirstDay() {
        EventDraft oneDay = new EventDraft("Feriado", null, null, Category.OTHER, Visibility.TASK_FORCE, true,
                NINE.toLocalDate().atStartOfDay(), NINE.toLocalDate().atStartOfDay(), null, null, null, null);

        assertEquals(List.of(), problems(oneDay));
    }

    @Test
    void aTitleLongerThanItsColumnIsRefusedWithTheLimit() {
        FieldProblem tooLong = problems(draft("x".repeat(CalendarEvent.TITLE_LENGTH + 1), NINE, NINE.plusHours(1),
                null)).get(0);

        assertEquals(new FieldProblem("title", "validation.Size", CalendarEvent.TITLE_LENGTH), tooLong);
    }

    private static List<FieldProblem> problems(EventDraft draft) {
        return InputRefusal.problems(VALIDATOR.validate(draft));
    }

    private static EventDraft draft(String title, LocalDateTime start, LocalDateTime end, Recurrence recurrence) {
        return new EventDraft(title, null, null, Category.MEETING, Visibility.TASK_FORCE, false, start, end,
                ZoneId.of("America/Asuncion"), recurrence, null, null);
    }
}
