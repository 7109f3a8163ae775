package org.taskforce.portal.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;
import org.taskforce.portal.calendar.boundary.Calendars;
import org.taskforce.portal.calendar.boundary.ChangeScope;
import org.taskforce.portal.calendar.boundary.EventDetails;
import org.taskforce.portal.calendar.boundary.Frequency;
import org.taskforce.portal.calendar.boundary.MemberOption;
import org.taskforce.portal.calendar.boundary.Occurrence;
import org.taskforce.portal.calendar.entity.Category;
import org.taskforce.portal.calendar.entity.Visibility;
import org.taskforce.portal.minutes.boundary.Meetings;
import org.taskforce.portal.security.PortalPage;
import org.taskforce.portal.web.Messages;

/**
 * Backs {@code /calendar/calendar.xhtml}: the task force's schedule in the person's own zone (month, week, day and
 * list views, filtered by category), the event dialog to add, change, move and cancel events and occurrences, and
 * the same occurrences as a plain table for keyboard and screen-reader use.
 *
 * <p>Everything shown comes from {@link Calendars}, which decides who sees what; the page never holds an event it
 * was not given. An occurrence is picked from what the service returned for this view (the schedule's model, the
 * table's rows), never built from a request parameter, and the service checks it again.
 */
@ViewScoped
@Named("calendarPage")
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The reminders the dialog offers, in minutes before. */
    private static final List<Integer> REMINDERS = List.of(10, 30, 60, 1440, 2880);

    @Inject
    transient Meetings meetings;

    @Inject
    transient Calendars calendars;

    @Inject
    transient Messages messages;

    private final ScheduleModel model = new Occurrences();
    private Category[] categories = Category.values();
    private String zone;
    private List<MemberOption> members;
    private List<Occurrence> agenda;

    private EventForm form;
    private EventDetails details;
    private Occurrence chosen;
    private ChangeScope scope = ChangeScope.THIS;

    @PostConstruct
    void init() {
        zone = calendars.zone().getId();
    }

    // --- the schedule ---

    /** The occurrences of the range FullCalendar shows, as schedule events whose data is the occurrence. */
    private final class Occurrences extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            for (Occurrence occurrence : occurrences(start.atZone(zoneId()), end.atZone(zoneId()))) {
                addEvent(DefaultScheduleEvent.<Occurrence>builder()
                        .id(occurrence.key())
                        .title(occurrence.title())
                        .startDate(occurrence.start().toLocalDateTime())
                        .endDate(occurrence.end().toLocalDateTime())
                        .allDay(occurrence.allDay())
                        .styleClass("category-" + occurrence.category().name().toLowerCase(Locale.ROOT))
                        .editable(occurrence.editable())
                        .resizable(false)
                        .data(occurrence)
                        .build());
            }
        }

        /**
         * An id this view was not given (a stale tab, or a forged request) is a stand-in without an occurrence, which
         * the listeners answer with "that event is gone": PrimeFaces would otherwise fail on a missing moved event.
         */
        @Override
        public ScheduleEvent<?> getEvent(String id) {
            ScheduleEvent<?> event = super.getEvent(id);
            if (event != null) {
                return event;
            }
            LocalDateTime now = LocalDateTime.now(zoneId());
            return DefaultScheduleEvent.<Occurrence>builder().id(id).startDate(now).endDate(now).build();
        }
    }

    public ScheduleModel getModel() {
        return model;
    }

    /** The next 30 days as a table: the same occurrences, for keyboards and screen readers. */
    public List<Occurrence> getAgenda() {
        if (agenda == null) {
            ZonedDateTime today = LocalDate.now(zoneId()).atStartOfDay(zoneId());
            agenda = occurrences(today, today.plusDays(30));
        }
        return agenda;
    }

    /** The occurrences of the ticked categories; none ticked shows none (the service reads "none" as "all"). */
    private List<Occurrence> occurrences(ZonedDateTime from, ZonedDateTime to) {
        return categories.length == 0 ? List.of() : calendars.occurrences(from, to, Set.of(categories));
    }

    /** After the filter or the zone changed: the schedule reloads itself; the table is read again. */
    public void refresh() {
        agenda = null;
    }

    /** Saves the person's own time zone and shows the calendar in it. */
    public void changeZone() {
        calendars.changeZone(zoneId());
        refresh();
        messages.info("calendar.zone.changed", zone);
    }

    // --- the dialog ---

    /** A click on an empty day or time: a new event there (at 09:00 when a whole day was clicked). */
    public void onDateSelect(SelectEvent<LocalDateTime> selected) {
        LocalDateTime start = selected.getObject();
        if (start.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            start = start.withHour(9);
        }
        newEvent(start);
    }

    /** The "new event" button: the next full hour. */
    public void newEvent() {
        newEvent(LocalDateTime.now(zoneId()).withMinute(0).withSecond(0).withNano(0).plusHours(1));
    }

    private void newEvent(LocalDateTime start) {
        form = EventForm.startingAt(start, zoneId());
        details = null;
        chosen = null;
        scope = ChangeScope.ALL;
    }

    /** A click on an occurrence in the schedule. */
    public void onEventSelect(SelectEvent<ScheduleEvent<Occurrence>> selected) {
        if (selected.getObject() == null || selected.getObject().getData() == null) {
            messages.error("calendar.error.gone"); // not an occurrence this view was given
            return;
        }
        open(selected.getObject().getData());
    }

    /** Opens the dialog on an occurrence (from the schedule or the table). */
    public void open(Occurrence occurrence) {
        details = calendars.event(occurrence.eventId());
        chosen = occurrence;
        ZoneId eventZone = details.draft().zone();
        form = EventForm.of(details.draft(), occurrence.start().withZoneSameInstant(eventZone).toLocalDateTime(),
                occurrence.allDay() ? occurrence.end().withZoneSameInstant(eventZone).toLocalDateTime().minusDays(1)
                        : occurrence.end().withZoneSameInstant(eventZone).toLocalDateTime());
        scope = occurrence.recurring() ? ChangeScope.THIS : ChangeScope.ALL;
    }

    /** Saves the dialog: a new event, or the change of the chosen occurrence, the following ones or all. */
    public void save() {
        if (form == null) {
            nothingOpen(); // a save that no opened dialog sent
            return;
        }
        if (details == null) {
            calendars.create(form.toDraft(null));
            messages.info("calendar.saved", form.getTitle());
        } else {
            boolean wholeSeries = chosen.recurring() && scope == ChangeScope.ALL;
            calendars.change(details.id(), chosen.originalStart(),
                    form.toDraft(wholeSeries ? details.draft().start().toLocalDate() : null), scope);
            messages.info("calendar.changed", form.getTitle());
        }
        refresh();
    }

    /** Cancels the chosen occurrence, the following ones, or deletes the event (after the confirmation). */
    public void cancel() {
        if (details == null) {
            nothingOpen(); // a cancellation that no opened event sent
            return;
        }
        calendars.cancel(details.id(), chosen.originalStart(), scope);
        messages.info(scope == ChangeScope.THIS && chosen.recurring() ? "calendar.cancelled" : "calendar.deleted",
                details.draft().title());
        refresh();
    }

    /**
     * The "Minutes" action of an opened event: the minutes of the chosen occurrence, held now if they are not yet
     * ({@code Meetings.fromEvent}), opened on their page.
     */
    public void minutes() throws IOException {
        if (details == null || chosen == null) {
            nothingOpen();
            return;
        }
        long meeting = meetings.fromEvent(details.id(),
                chosen.originalStart() != null ? chosen.originalStart() : chosen.recurring() ? chosen.start() : null);
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                + PortalPage.MEETING.path() + "?id=" + meeting);
    }

    private void nothingOpen() {
        messages.error("calendar.error.nothingOpen");
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Drag and drop: moves that one occurrence (a series keeps its other occurrences), or the single event. */
    public void onEventMove(ScheduleEntryMoveEvent moved) {
        @SuppressWarnings("unchecked")
        Occurrence occurrence = ((ScheduleEvent<Occurrence>) moved.getScheduleEvent()).getData();
        if (occurrence == null) {
            messages.error("calendar.error.gone"); // not an occurrence this view was given
            refresh();
            return;
        }
        try {
            calendars.move(occurrence.eventId(), occurrence.originalStart(), moved.getDeltaAsDuration(),
                    occurrence.recurring() ? ChangeScope.THIS : ChangeScope.ALL);
            messages.info(occurrence.recurring() ? "calendar.movedOne" : "calendar.moved", occurrence.title());
        } finally {
            refresh(); // the schedule shows what is, whether the move went through or not
        }
    }

    // --- choices ---

    public List<Category> getAllCategories() {
        return List.of(Category.values());
    }

    public List<Visibility> getVisibilities() {
        return List.of(Visibility.values());
    }

    public List<Frequency> getFrequencies() {
        return List.of(Frequency.values());
    }

    public List<DayOfWeek> getWeekDays() {
        return List.of(DayOfWeek.values());
    }

    public List<Integer> getReminderChoices() {
        return REMINDERS;
    }

    public List<EventForm.RepeatEnd> getRepeatEnds() {
        return List.of(EventForm.RepeatEnd.values());
    }

    public List<ChangeScope> getScopes() {
        return List.of(ChangeScope.values());
    }

    public Set<String> getZones() {
        Set<String> zones = new TreeSet<>();
        ZoneId.getAvailableZoneIds().stream().filter(id -> id.startsWith("America/") || id.startsWith("Europe/")
                || id.equals("UTC")).forEach(zones::add);
        return zones;
    }

    public List<MemberOption> getMembers() {
        if (members == null) {
            members = calendars.members();
        }
        return members;
    }

    // --- state ---

    public boolean isNew() {
        return details == null;
    }

    public boolean isEditable() {
        return details == null || details.editable();
    }

    public boolean isRecurring() {
        return chosen != null && chosen.recurring();
    }

    public EventDetails getDetails() {
        return details;
    }

    public EventForm getForm() {
        return form;
    }

    public ChangeScope getScope() {
        return scope;
    }

    public void setScope(ChangeScope scope) {
        this.scope = scope == null ? ChangeScope.THIS : scope;
    }

    public Category[] getCategories() {
        return categories.clone();
    }

    /** The categories shown. */
    public void setCategories(Category[] categories) {
        this.categories = categories == null ? new Category[0] : categories.clone();
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = ZoneId.getAvailableZoneIds().contains(zone) ? zone : this.zone;
    }

    private ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    /** Category → colour classes: used by the legend and the filter. */
    public String styleOf(Category category) {
        return "category-" + category.name().toLowerCase(Locale.ROOT);
    }
}
