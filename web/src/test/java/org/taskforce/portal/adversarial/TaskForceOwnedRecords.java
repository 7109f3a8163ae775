package org.taskforce.portal.adversarial;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.taskforce.portal.testsupport.JdbcTaskForce;

/**
 * Every task-force-owned table, with how to plant one of its rows and the ways in specific to it. This is the list
 * the adversarial suite attacks; {@link CrossTaskForceAttackIT#everyTaskForceOwnedTableIsRegistered} fails for a
 * table with a {@code tenant_id} column that is missing here.
 *
 * <p><b>Adding a feature's tables</b> takes one entry per table: a planter that inserts a row (with the marker in a
 * visible text field) inside the victim task force, and the attacks only that record has, such as its own page with an
 * id parameter ({@code Attack.refused("GET …?id=", (attacker, target) -> attacker.get("/x.xhtml?id=" + target.id()))}),
 * the ajax events that carry its id ({@link FacesPostback}), its feed or export URLs. The suite also tries every page
 * with the usual id parameters on every record, so a page added later is attacked without a line here.
 */
final class TaskForceOwnedRecords {

    private TaskForceOwnedRecords() {
    }

    static final List<OwnedRecord> ALL = Stream.concat(Stream.of(
            new OwnedRecord("agency", TaskForceOwnedRecords::agency, List.of(
                    tableSearch("ajax search of the agencies for the agency",
                            "/taskforce/agencies.xhtml", "agencies", "agencies:list"),
                    tableExport("CSV export of the agencies, searching for the agency",
                            "/taskforce/agencies.xhtml", "agencies", "agencies:list"))),
            new OwnedRecord("membership", TaskForceOwnedRecords::membership, List.of(
                    tableSearch("ajax search of the people for the member",
                            "/taskforce/people.xhtml", "people", "people:list"),
                    tableExport("CSV export of the people, searching for the member",
                            "/taskforce/people.xhtml", "people", "people:list"))),
            new OwnedRecord("audit_event", TaskForceOwnedRecords::auditEvent, List.of(
                    tableSearch("ajax search of the audit trail for the record",
                            "/taskforce/audit.xhtml", "audit", "audit:events"),
                    tableExport("CSV export of the audit trail, searching for the record",
                            "/taskforce/audit.xhtml", "audit", "audit:events"))),
            new OwnedRecord("calendar_event", TaskForceOwnedRecords::calendarEvent, List.of(
                    Attack.notShown("ajax eventSelect on the schedule naming the event",
                            (attacker, target) -> FacesPostback.send(attacker, "/calendar/calendar.xhtml", "calendar",
                                    "calendar:schedule", "eventSelect",
                                    Map.of("calendar:schedule_selectedEventId", Long.toString(target.id())))),
                    Attack.notShown("ajax eventMove on the schedule naming the event",
                            (attacker, target) -> FacesPostback.send(attacker, "/calendar/calendar.xhtml", "calendar",
                                    "calendar:schedule", "eventMove", Map.of(
                                            "calendar:schedule_movedEventId", Long.toString(target.id()),
                                            "calendar:schedule_yearDelta", "0", "calendar:schedule_monthDelta", "0",
                                            "calendar:schedule_dayDelta", "1", "calendar:schedule_minuteDelta", "0",
                                            "calendar:schedule_allDay", "false"))),
                    tableSearch("the calendar's agenda, searching for the event",
                            "/calendar/calendar.xhtml", "agenda", "agenda:occurrences"))),
            new OwnedRecord("calendar_attendee", TaskForceOwnedRecords::calendarAttendee, List.of()),
            new OwnedRecord("calendar_occurrence_change", TaskForceOwnedRecords::occurrenceChange, List.of()),
            new OwnedRecord("calendar_subscription", TaskForceOwnedRecords::subscription, List.of(
                    Attack.refused("GET the feed with the subscription's stored hash as the token",
                            (attacker, target) -> attacker.get("/feeds/calendar/" + target.secret() + ".ics")),
                    Attack.refused("GET the feed with the subscription id as the token",
                            (attacker, target) -> attacker.get("/feeds/calendar/" + target.id() + ".ics")))),
            new OwnedRecord("training", TaskForceOwnedRecords::training, List.of(
                    Attack.refused("GET the cascade page of the Train the Trainer course",
                            (attacker, target) -> attacker.get("/training/cascade.xhtml?id=" + target.id())),
                    Attack.refused("GET the attendance and certificates page of the training",
                            (attacker, target) -> attacker.get("/training/attendance.xhtml?id=" + target.id())),
                    Attack.refused("ajax page change of the training's attendance table",
                            (attacker, target) -> FacesPostback.send(attacker,
                                    "/training/attendance.xhtml?id=" + target.id(), "marks", "marks:table", "page",
                                    Map.of("marks:table_pagination", "true", "marks:table_first", "25",
                                            "marks:table_rows", "25", "marks:table_encodeFeature", "true"))),
                    Attack.refused("ajax issue of the training's certificates",
                            (attacker, target) -> FacesPostback.send(attacker,
                                    "/training/attendance.xhtml?id=" + target.id(), "certificates",
                                    "certificates:issue", null, Map.of())),
                    Attack.refused("GET the liaison's page of the training",
                            (attacker, target) -> attacker.get("/liaison/training.xhtml?id=" + target.id())),
                    Attack.refused("ajax search of the liaison's participants of the training",
                            (attacker, target) -> FacesPostback.send(attacker,
                                    "/liaison/training.xhtml?id=" + target.id(), "participants",
                                    "participants:list", "filter", Map.of("participants:list_filtering", "true",
                                            "participants:list_encodeFeature", "true",
                                            "participants:list:globalFilter", target.marker()))))),
            new OwnedRecord("training_topics", TaskForceOwnedRecords::trainingTopic, List.of()),
            new OwnedRecord("training_sponsors", TaskForceOwnedRecords::trainingSponsor, List.of()),
            new OwnedRecord("training_session", TaskForceOwnedRecords::trainingSession, liaisonReports()),
            new OwnedRecord("participant", TaskForceOwnedRecords::participant, List.of()),
            new OwnedRecord("training_trainer", TaskForceOwnedRecords::trainingTrainer, List.of()),
            new OwnedRecord("nomination", TaskForceOwnedRecords::nomination, List.of()),
            new OwnedRecord("nomination_decision", TaskForceOwnedRecords::nominationDecision, List.of()),
            new OwnedRecord("attendance", TaskForceOwnedRecords::attendance, liaisonReports()),
            new OwnedRecord("certificate", TaskForceOwnedRecords::certificate, List.of(
                    Attack.refused("download of the certificate on its training's attendance page",
                            (attacker, target) -> FacesPostback.submit(attacker,
                                    "/training/attendance.xhtml?id=" + target.trainingId(), "certificates",
                                    "certificates:list:0:download", Map.of())),
                    Attack.refused("ajax revocation of the certificate on its training's attendance page",
                            (attacker, target) -> FacesPostback.send(attacker,
                                    "/training/attendance.xhtml?id=" + target.trainingId(), "revoke", "revoke:save",
                                    null, Map.of("revoke:reason", "adversarial"))),
                    Attack.refused("GET the cascade of the certificate's course",
                            (attacker, target) -> attacker.get("/training/cascade.xhtml?id=" + target.trainingId())),
                    Attack.notShown("GET the public verification page of the certificate's code (initials only)",
                            (attacker, target) -> attacker.get("/verify/" + target.secret()))))),
            MinutesRecords.owned(null).stream()).toList();

    /**
     * The liaison's attendance report in its three formats, over the days of the planted sessions (tomorrow): a liaison
     * of another sponsor, and anyone else, must find nothing of the victim's training in it.
     */
    private static List<Attack> liaisonReports() {
        return List.of(LiaisonReports.aroundToday(LiaisonReports.Format.CSV),
                LiaisonReports.aroundToday(LiaisonReports.Format.XLSX),
                LiaisonReports.aroundToday(LiaisonReports.Format.PDF));
    }

    /** An ajax search of a table's search box for the record's marker: the table must not show it. */
    static Attack tableSearch(String name, String page, String form, String table) {
        return Attack.notShown(name, (attacker, target) -> FacesPostback.send(attacker, page, form, table, "filter",
                Map.of(table + "_filtering", "true", table + "_encodeFeature", "true",
                        table + ":globalFilter", target.marker())));
    }

    /** A table's CSV export with its search box holding the record's marker: the file must not hold it. */
    static Attack tableExport(String name, String page, String form, String table) {
        return Attack.notShown(name, (attacker, target) -> FacesPostback.submit(attacker, page, form,
                table + ":exportCsv", Map.of(table + ":globalFilter", target.marker())));
    }

    private static Planted agency(Connection connection, long taskForceId, String marker) throws SQLException {
        return new Planted("agency", insert(connection,
                "insert into agency (tenant_id, code, type, name) values (?, ?, 'NGO', ?) returning id",
                taskForceId, marker, marker), marker);
    }

    /** A person of the victim task force, whose name is the marker (the home page lists members by name). */
    private static Planted membership(Connection connection, long taskForceId, String marker) throws SQLException {
        long member = insert(connection, """
                insert into member_profile (subject, username, display_name, agency_code)
                values (?, ?, ?, 'migraciones') returning id""", UUID.randomUUID().toString(), marker, marker);
        return new Planted("membership", insert(connection,
                "insert into membership (tenant_id, member_id) values (?, ?) returning id", taskForceId, member),
                marker);
    }

    /** An event in the victim task force's audit trail, by an actor whose name is the marker. */
    private static Planted auditEvent(Connection connection, long taskForceId, String marker) throws SQLException {
        return new Planted("audit_event", insert(connection, """
                select audit_append(?, 'adversarial-suite', ?, 'TASK_FORCE_ENTERED', 'TaskForce', 'itapua',
                                    '127.0.0.1', 'ALLOWED')""", taskForceId, marker), marker);
    }

    /** A member of the victim task force, whose display name is the marker. */
    private static long member(Connection connection, long taskForceId, String marker) throws SQLException {
        long member = insert(connection, """
                insert into member_profile (subject, username, display_name, agency_code)
                values (?, ?, ?, 'policia-nacional') returning id""", UUID.randomUUID().toString(), marker, marker);
        insert(connection, "insert into membership (tenant_id, member_id) values (?, ?) returning id", taskForceId,
                member);
        return member;
    }

    /** An event for the whole victim task force tomorrow, titled with the marker (every member would see it). */
    private static Planted calendarEvent(Connection connection, long taskForceId, String marker) throws SQLException {
        return new Planted("calendar_event", event(connection, taskForceId, marker, null), marker);
    }

    private static long event(Connection connection, long taskForceId, String title, String rule)
            throws SQLException {
        long organiser = member(connection, taskForceId, title + "-organiser");
        return insert(connection, """
                insert into calendar_event (tenant_id, uid, title, location, category, visibility, starts_at, ends_at,
                                            time_zone, rrule, organiser_id)
                values (?, ?, ?, ?, 'MEETING', 'TASK_FORCE', now() + interval '1 day', now() + interval '25 hours',
                        'America/Asuncion', ?, ?) returning id""",
                taskForceId, UUID.randomUUID() + "@adversarial", title, title, rule, organiser);
    }

    /** A member listed on a victim event, whose name is the marker. */
    private static Planted calendarAttendee(Connection connection, long taskForceId, String marker)
            throws SQLException {
        long event = event(connection, taskForceId, marker + "-event", null);
        long member = member(connection, taskForceId, marker);
        return new Planted("calendar_attendee", insert(connection,
                "insert into calendar_attendee (tenant_id, event_id, member_id) values (?, ?, ?) returning id",
                taskForceId, event, member), marker);
    }

    /** A moved occurrence of a daily victim series, retitled with the marker. */
    private static Planted occurrenceChange(Connection connection, long taskForceId, String marker)
            throws SQLException {
        long event = event(connection, taskForceId, marker + "-series", "FREQ=DAILY;COUNT=5");
        return new Planted("calendar_occurrence_change", insert(connection, """
                insert into calendar_occurrence_change (tenant_id, event_id, original_start, starts_at, ends_at, title)
                select tenant_id, id, starts_at + interval '1 day', starts_at + interval '1 day 2 hours',
                       ends_at + interval '1 day 2 hours', ? from calendar_event where id = ? returning id""",
                marker, event), marker);
    }

    /** A victim member's live subscription; its secret (for the attacks) is the stored hash, never the token. */
    private static Planted subscription(Connection connection, long taskForceId, String marker) throws SQLException {
        long member = member(connection, taskForceId, marker);
        String hash = sha256(marker);
        return new Planted("calendar_subscription", insert(connection, """
                insert into calendar_subscription (tenant_id, member_id, token_hash) values (?, ?, ?) returning id""",
                taskForceId, member, hash), marker, hash);
    }

    /**
     * A victim training titled with the marker, funded by a sponsor no attacker represents (it approves attendees): the
     * liaison among the attackers represents another sponsor, so anything of it they reach is a leak. A liaison of the
     * funding sponsor sees the training by design (the liaison's start page), which {@code TrainingIT} covers.
     */
    private static Planted training(Connection connection, long taskForceId, String marker) throws SQLException {
        long training = plantTraining(connection, taskForceId, marker, "TRAIN_THE_TRAINER");
        return new Planted("training", training, marker, null, training);
    }

    private static long plantTraining(Connection connection, long taskForceId, String title) throws SQLException {
        return plantTraining(connection, taskForceId, title, "AWARENESS");
    }

    private static long plantTraining(Connection connection, long taskForceId, String title, String kind)
            throws SQLException {
        insert(connection, """
                insert into sponsor (code, name, approves_attendees) values ('VICTIM-SPONSOR', 'Victim sponsor', true)
                on conflict (code) do update set code = excluded.code returning id""");
        long training = insert(connection, """
                insert into training (tenant_id, title, kind, language, venue, capacity, created_by)
                values (?, ?, ?, 'es', ?, 30, 'adversarial-suite') returning id""", taskForceId, title, kind, title);
        insert(connection, """
                insert into training_sponsors (tenant_id, training_id, sponsor_id)
                select ?, ?, id from sponsor where code = 'VICTIM-SPONSOR' returning id""", taskForceId, training);
        return training;
    }

    /** A topic of a victim training titled with the marker (the topic list itself is national). */
    private static Planted trainingTopic(Connection connection, long taskForceId, String marker) throws SQLException {
        long training = plantTraining(connection, taskForceId, marker);
        return new Planted("training_topics", insert(connection, """
                insert into training_topics (tenant_id, training_id, topic_id)
                select ?, ?, id from training_topic order by id limit 1 returning id""", taskForceId, training), marker);
    }

    /** The victim sponsor's funding of a victim training titled with the marker. */
    private static Planted trainingSponsor(Connection connection, long taskForceId, String marker)
            throws SQLException {
        long training = plantTraining(connection, taskForceId, marker);
        return new Planted("training_sponsors", insert(connection,
                "select id from training_sponsors where training_id = ?", training), marker);
    }

    /** A session tomorrow of a victim training titled with the marker. */
    private static Planted trainingSession(Connection connection, long taskForceId, String marker)
            throws SQLException {
        long training = plantTraining(connection, taskForceId, marker);
        return new Planted("training_session", plantSession(connection, taskForceId, training), marker);
    }

    private static long plantSession(Connection connection, long taskForceId, long training) throws SQLException {
        return insert(connection, """
                insert into training_session (tenant_id, training_id, starts_at, ends_at)
                values (?, ?, now() + interval '1 day', now() + interval '1 day 4 hours') returning id""",
                taskForceId, training);
    }

    /** A person the victim task force trains, named with the marker, from an outside agency. */
    private static Planted participant(Connection connection, long taskForceId, String marker) throws SQLException {
        return new Planted("participant", plantParticipant(connection, taskForceId, marker, marker + "@example.org"),
                marker);
    }

    private static long plantParticipant(Connection connection, long taskForceId, String name, String email)
            throws SQLException {
        return insert(connection, """
                insert into participant (tenant_id, name, normalised_name, outside_agency_name, outside_agency_type,
                                         position, sex, email)
                values (?, ?, lower(?), 'Fundación Adversarial', 'NGO', 'Oficial', 'FEMALE', ?) returning id""",
                taskForceId, name, name, email);
    }

    /** A trainer named with the marker of a victim training. */
    private static Planted trainingTrainer(Connection connection, long taskForceId, String marker)
            throws SQLException {
        long training = plantTraining(connection, taskForceId, marker + "-course");
        long person = plantParticipant(connection, taskForceId, marker, null);
        return new Planted("training_trainer", insert(connection, """
                insert into training_trainer (tenant_id, training_id, participant_id) values (?, ?, ?) returning id""",
                taskForceId, training, person), marker);
    }

    private static long plantNomination(Connection connection, long taskForceId, String marker) throws SQLException {
        long training = plantTraining(connection, taskForceId, marker + "-course");
        long person = plantParticipant(connection, taskForceId, marker, null);
        return insert(connection, """
                insert into nomination (tenant_id, training_id, participant_id, state, nominated_by)
                values (?, ?, ?, 'AWAITING_APPROVAL', 'adversarial-suite') returning id""",
                taskForceId, training, person);
    }

    /** A nomination, waiting for the State Department, of a person named with the marker. */
    private static Planted nomination(Connection connection, long taskForceId, String marker) throws SQLException {
        return new Planted("nomination", plantNomination(connection, taskForceId, marker), marker);
    }

    /** The State Department's refusal, with the marker as its reason, of a victim nomination. */
    private static Planted nominationDecision(Connection connection, long taskForceId, String marker)
            throws SQLException {
        long nomination = plantNomination(connection, taskForceId, marker + "-nominee");
        return new Planted("nomination_decision", insert(connection, """
                insert into nomination_decision (tenant_id, nomination_id, sponsor_id, approved, reason, decided_by)
                select ?, ?, id, false, ?, 'adversarial-suite' from sponsor where code = 'VICTIM-SPONSOR' returning id""",
                taskForceId, nomination, marker), marker);
    }

    /**
     * A person named with the marker, confirmed for a victim training and present at its session (what the liaison's
     * attendance report would name, were it the attacker's sponsor's).
     */
    private static Planted attendance(Connection connection, long taskForceId, String marker) throws SQLException {
        long training = plantTraining(connection, taskForceId, marker + "-course");
        long session = plantSession(connection, taskForceId, training);
        long person = plantParticipant(connection, taskForceId, marker, null);
        insert(connection, """
                insert into nomination (tenant_id, training_id, participant_id, state, nominated_by)
                values (?, ?, ?, 'CONFIRMED', 'adversarial-suite') returning id""", taskForceId, training, person);
        return new Planted("attendance", insert(connection, """
                insert into attendance (tenant_id, session_id, participant_id, mark, minutes_attended, recorded_by)
                values (?, ?, ?, 'PRESENT', 240, 'adversarial-suite') returning id""", taskForceId, session, person),
                marker);
    }

    /**
     * A Train the Trainer certificate of a person named with the marker, of a course that has a session, a confirmed
     * nomination and the person's attendance (so its attendance page would list it, with its buttons); its secret
     * is its verification code.
     */
    private static Planted certificate(Connection connection, long taskForceId, String marker) throws SQLException {
        // The public page of a code shows its training's title by design: the course is titled without the marker, so
        // that page leaks only if it shows more of the holder than their initials.
        long training = plantTraining(connection, taskForceId, "Curso " + UUID.randomUUID(), "TRAIN_THE_TRAINER");
        long session = plantSession(connection, taskForceId, training);
        long person = plantParticipant(connection, taskForceId, marker, null);
        insert(connection, """
                insert into nomination (tenant_id, training_id, participant_id, state, nominated_by)
                values (?, ?, ?, 'CONFIRMED', 'adversarial-suite') returning id""", taskForceId, training, person);
        insert(connection, """
                insert into attendance (tenant_id, session_id, participant_id, mark, minutes_attended, recorded_by)
                values (?, ?, ?, 'PRESENT', 240, 'adversarial-suite') returning id""", taskForceId, session, person);
        String code = sha256(marker).substring(0, 43);
        return new Planted("certificate", insert(connection, """
                insert into certificate (tenant_id, training_id, participant_id, code) values (?, ?, ?, ?)
                returning id""", taskForceId, training, person, code), marker, code, training);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs an insert (or a function) that returns the new row's id. */
    static long insert(Connection connection, String sql, Object... parameters) throws SQLException {
        return JdbcTaskForce.returning(connection, sql, parameters);
    }
}
