package org.taskforce.portal.calendar;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.taskforce.portal.calendar.boundary.EventDraft;
import org.taskforce.portal.calendar.boundary.Frequency;
import org.taskforce.portal.calendar.boundary.Recurrence;
import org.taskforce.portal.calendar.entity.CalendarEvent;
import org.taskforce.portal.calendar.entity.Category;
import org.taskforce.portal.calendar.entity.Visibility;

/**
 * What the event dialog edits: the fields of an {@link EventDraft}, as the components bind them. Nothing is checked
 * here; the service says what is wrong ({@code EventDraft.problems()}) and the dialog keeps what was typed. The text
 * fields carry the event's column lengths, from which the inputs take their {@code maxlength} (PrimeFaces'
 * {@code TRANSFORM_METADATA}).
 */
public class EventForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a series ends, as the dialog offers it. */
    public enum RepeatEnd { UNTIL, COUNT }

    @Size(max = CalendarEvent.TITLE_LENGTH)
    private String title;

    @Size(max = CalendarEvent.DESCRIPTION_LENGTH)
    private String description;

    @Size(max = CalendarEvent.LOCATION_LENGTH)
    private String location;

    private Category category = Category.MEETING;
    private Visibility visibility = Visibility.TASK_FORCE;
    private boolean allDay;
    private LocalDateTime start;
    private LocalDateTime end;
    private String zone;
    private Frequency repeat;
    private int interval = 1;
    private DayOfWeek[] days = {};
    private RepeatEnd repeatEnd;
    private LocalDate until;
    private Integer count;
    private Long[] attendeeIds = {};
    private Integer[] reminders = {};

    /** A new event at the given start, an hour long, in the given zone. */
    static EventForm startingAt(LocalDateTime start, ZoneId zone) {
        EventForm form = new EventForm();
        form.start = start;
        form.end = start.plusHours(1);
        form.zone = zone.getId();
        return form;
    }

    /** The form of an existing event, showing the occurrence chosen (its own start and end). */
    static EventForm of(EventDraft draft, LocalDateTime occurrenceStart, LocalDateTime occurrenceEnd) {
        EventForm form = new EventForm();
        form.title = draft.title();
        form.description = draft.description();
        form.location = draft.location();
        form.category = draft.category();
        form.visibility = draft.visibility();
        form.allDay = draft.allDay();
        form.start = occurrenceStart;
        form.end = occurrenceEnd;
        form.zone = draft.zone().getId();
        Recurrence recurrence = draft.recurrence();
        if (recurrence != null) {
            form.repeat = recurrence.frequency();
            form.interval = recurrence.interval();
            form.days = recurrence.days().toArray(DayOfWeek[]::new);
            form.repeatEnd = recurrence.count() != null ? RepeatEnd.COUNT : RepeatEnd.UNTIL;
            form.until = recurrence.until();
            form.count = recurrence.count();
        }
        form.attendeeIds = draft.attendeeIds().toArray(Long[]::new);
        form.reminders = draft.reminderMinutes().toArray(Integer[]::new);
        return form;
    }

    /** The draft the form describes; {@code seriesStartDate} moves it to the series' first day (for ALL). */
    EventDraft toDraft(LocalDate seriesStartDate) {
        LocalDateTime begins = start;
        LocalDateTime ends = end;
        if (seriesStartDate != null && start != null && end != null) {
            Duration length = Duration.between(start, end);
            begins = seriesStartDate.atTime(start.toLocalTime());
            ends = begins.plus(length);
        }
        Recurrence recurrence = repeat == null ? null : new Recurrence(repeat, interval,
                days.length == 0 ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(List.of(days)),
                repeatEnd == RepeatEnd.UNTIL ? until : null, repeatEnd == RepeatEnd.COUNT ? count : null);
        return new EventDraft(title, description, location, category, visibility, allDay,
                allDay && begins != null ? begins.toLocalDate().atStartOfDay() : begins,
                allDay && ends != null ? ends.toLocalDate().atStartOfDay() : ends,
                zone == null ? null : ZoneId.of(zone), recurrence, new HashSet<>(List.of(attendeeIds)),
                List.of(reminders));
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public boolean isAllDay() {
        return allDay;
    }

    public void setAllDay(boolean allDay) {
        this.allDay = allDay;
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

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public Frequency getRepeat() {
        return repeat;
    }

    public void setRepeat(Frequency repeat) {
        this.repeat = repeat;
    }

    public int getInterval() {
        return interval;
    }

    public void setInterval(int interval) {
        this.interval = interval;
    }

    public DayOfWeek[] getDays() {
        return days.clone();
    }

    public void setDays(DayOfWeek[] days) {
        this.days = days == null ? new DayOfWeek[0] : days.clone();
    }

    public RepeatEnd getRepeatEnd() {
        return repeatEnd;
    }

    public void setRepeatEnd(RepeatEnd repeatEnd) {
        this.repeatEnd = repeatEnd;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public Long[] getAttendeeIds() {
        return attendeeIds.clone();
    }

    public void setAttendeeIds(Long[] attendeeIds) {
        this.attendeeIds = attendeeIds == null ? new Long[0] : attendeeIds.clone();
    }

    public Integer[] getReminders() {
        return reminders.clone();
    }

    public void setReminders(Integer[] reminders) {
        this.reminders = reminders == null ? new Integer[0] : reminders.clone();
    }
}
