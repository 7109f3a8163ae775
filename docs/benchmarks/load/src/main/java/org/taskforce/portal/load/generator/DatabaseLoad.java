package org.taskforce.portal.load.generator;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.taskforce.portal.load.generator.Population.Person;
import org.taskforce.portal.load.generator.Population.Role;
import org.taskforce.portal.load.generator.Population.TaskForce;

/**
 * Fills a database whose schema Flyway has just made (as the portal makes it) with a population's records, through
 * COPY, as the PostgreSQL superuser with {@code session_replication_role = replica}: the portal's triggers (the audit
 * of each write, which would append one event at a time) and foreign-key checks are off for the load, and the audit
 * trail is written directly with the hashes the database would have computed ({@link AuditChain}). Row-level security
 * does not apply to a superuser. Every id is assigned here, and the sequences are moved past them at the end, where
 * the sums that triggers keep (each person's minutes per training, V17) are counted once.
 *
 * <p>Per task force and year of history (scale 1 has 90 task-force years): ≈ 410 one-off events and 10 series (weekly
 * or monthly) with moved and cancelled occurrences, attendees on most events, 40 trainings with 1–5 sessions (each a
 * calendar event), topics, sponsors, 15–30 nominations, attendance of every past session and certificates, 150 new
 * participants; 12 plenary meetings and 108 working-group meetings with their minutes (attendance, agenda, notes,
 * outcomes, actions reviewed at the next plenary, comments, approved revisions); and the audit trail: one event per
 * record written, some changes, sign-ins and task-force entries.
 */
final class DatabaseLoad {

    private static final ZoneId ZONE = ZoneId.of("America/Asuncion");
    /** The people of each task force's large training (fewer where the task force has fewer participants). */
    static final int LARGE_TRAINING = 200;
    private static final String[] CATEGORIES = {"MEETING", "MEETING", "MEETING", "MEETING", "MEETING", "OUTREACH",
        "OUTREACH", "OTHER", "OTHER", "OPERATION"};
    private static final String[] MEETING_TITLES = {"Reunión de coordinación", "Mesa técnica de casos",
        "Reunión con la Fiscalía", "Planificación de campaña", "Revisión de derivaciones", "Reunión de red local",
        "Visita interinstitucional", "Taller de protocolos", "Seguimiento de acuerdos", "Reunión de la mesa"};
    private static final String[] OUTREACH_TITLES = {"Charla en colegio", "Stand en feria", "Campaña en terminal",
        "Difusión radial", "Charla en parroquia", "Capacitación comunitaria"};
    private static final String[] PLACES = {"Gobernación", "Fiscalía Regional", "Municipalidad", "Centro Regional",
        "Sede de la Policía", "Salón parroquial", "Terminal de ómnibus", "Virtual"};
    private static final String[] TRAINING_TITLES = {"Identificación de víctimas", "Trata laboral en la frontera",
        "Entrevista a víctimas", "Protocolo de asistencia", "Servidumbre doméstica", "Explotación sexual infantil",
        "Formación de formadores", "Derechos de las víctimas", "Investigación financiera", "Trabajo en red"};
    private static final String[] KINDS = {"AWARENESS", "AWARENESS", "AWARENESS", "AWARENESS", "SPECIALISED",
        "SPECIALISED", "SPECIALISED", "TRAIN_THE_TRAINER", "REPLICATION", "REPLICATION"};
    private static final String[] SEXES = {"FEMALE", "FEMALE", "FEMALE", "MALE", "MALE", "OTHER", "NOT_STATED"};
    private static final String[] POSITIONS = {"Agente", "Fiscal asistente", "Inspectora", "Psicóloga",
        "Trabajador social", "Docente", "Oficial", "Coordinadora", "Abogado", "Promotora"};
    private static final String[] OUTSIDE_AGENCIES = {"Escuela Básica N.º 12", "Hospital Regional",
        "Cooperativa local", "Radio comunitaria", "Universidad Nacional"};
    private static final int TOPICS = 8;
    /** Working-group meetings per month beside the plenary: ten times the monthly minutes, for the search. */
    private static final int WORKING_GROUPS = 9;
    /** The items of each task force's large draft (issue 16: opening it, saving an item's notes, its PDF). */
    static final int LARGE_MEETING = 20;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final String[] ITEM_TITLES = {"Casos del mes", "Derivaciones al albergue",
        "Capacitaciones y campañas", "Trata laboral en estancias y obrajes", "Niños en situación de calle",
        "Informe de la Fiscalía", "Informe de la Policía Nacional", "Protocolo de primera respuesta",
        "Servidumbre doméstica: alertas recibidas", "Mendicidad forzada con niños", "Presupuesto y logística",
        "Frontera y terminales de ómnibus", "Restitución de derechos", "Varios"};
    private static final String[] SENTENCES = {
        "La Fiscalía informa dos casos nuevos de trata con fines de explotación laboral.",
        "Se coordinó con el Ministerio de la Mujer el traslado de las víctimas al albergue.",
        "La Policía Nacional reporta controles en la terminal de ómnibus durante el feriado.",
        "Se detectaron niños pidiendo limosna en los semáforos del centro, acompañados por adultos.",
        "El Ministerio de Trabajo realizó inspecciones en tres estancias de la zona.",
        "La fundación presentó el informe de asistencia psicológica del mes.",
        "Se revisó el protocolo de entrevista a víctimas para evitar la revictimización.",
        "Migraciones señaló un aumento de pasos irregulares en la frontera.",
        "La parroquia ofreció su salón para la campaña de sensibilización.",
        "Se recordó que los nombres de las víctimas no se registran en actas: solo códigos de caso.",
        "El equipo de salud del hospital regional participará en la próxima capacitación.",
        "Se acordó reforzar la difusión radial en guaraní y castellano."};
    private static final String[] INFORMATION = {"La Fiscalía informa casos nuevos en investigación.",
        "Migraciones presenta las cifras de la frontera del mes.", "El albergue tiene plazas disponibles.",
        "La campaña en colegios llegó a 600 estudiantes."};
    private static final String[] DECISIONS = {"Las derivaciones al albergue se coordinan por el Ministerio de la Mujer.",
        "La mesa adopta el protocolo de primera respuesta revisado.",
        "Las inspecciones laborales se harán junto con la Fiscalía.",
        "Los niños en situación de calle se derivan a la Consejería de la Niñez."};
    private static final String[] ACTIONS = {"Enviar el informe mensual de capacitaciones a la mesa",
        "Visitar el albergue con el Ministerio de la Mujer", "Actualizar el directorio de contactos de la red",
        "Preparar la charla para transportistas en la terminal", "Solicitar datos de inspecciones laborales",
        "Coordinar la entrevista de la víctima con la Fiscalía"};
    private static final String[] REVIEW_NOTES = {"Falta la respuesta de la Gobernación.",
        "Se reprograma para el mes próximo.", "Ya no es necesario: lo hace otra institución.",
        "En curso, con avance parcial."};
    private static final String[] COMMENTS = {"Falta mencionar a la Consejería de la Niñez en el punto 2.",
        "De acuerdo con el acta.", "Corregir la fecha de la próxima inspección.", "Agregar a Migraciones como presente."};
    private static final String[] GUESTS = {"Lic. Teresa Galeano", "Dr. Pablo Ferreira", "Hna. Graciela Rolón",
        "Abg. Miguel Espínola"};

    private final Scale scale;
    private final Population population;
    private final Map<String, CopyTable> tables = new LinkedHashMap<>();
    private final AuditChain outside = new AuditChain(0);
    private final List<String[]> accounts = new ArrayList<>();
    private final MessageDigest sha256;
    private CopyManager copier;
    private long auditId = 1;

    // Next ids of the tables whose rows several task forces write.
    private long eventId = 1;
    private long attendeeId = 1;
    private long changeId = 1;
    private long subscriptionId = 1;
    private long membershipId = 1;
    private long trainingId = 1;
    private long topicsId = 1;
    private long sponsorsId = 1;
    private long sessionId = 1;
    private long participantId = 1;
    private long certificateId = 1;
    private long trainerId = 1;
    private long nominationId = 1;
    private long decisionId = 1;
    private long attendanceId = 1;
    private long meetingId = 1;
    private long meetingAgencyId = 1;
    private long meetingAttendeeId = 1;
    private long meetingGuestId = 1;
    private long agendaItemId = 1;
    private long outcomeId = 1;
    private long actionId = 1;
    private long actionReviewId = 1;
    private long minutesCommentId = 1;
    private long minutesVersionId = 1;

    DatabaseLoad(Scale scale) {
        this.scale = scale;
        this.population = new Population(scale);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        table("task_force", "id, slug, name, department, city, created_at");
        table("agency", "id, tenant_id, code, type, name");
        table("member_profile", "id, subject, username, display_name, email, agency_code, language, last_sign_in_at");
        table("membership", "id, tenant_id, member_id");
        table("sponsor", "id, code, name, approves_attendees");
        table("calendar_event", "id, tenant_id, uid, title, description, location, category, visibility, "
                + "agency_code, all_day, starts_at, ends_at, time_zone, rrule, reminder_minutes, sequence, "
                + "organiser_id, created_at, updated_at, version, last_ends_at");
        table("calendar_attendee", "id, tenant_id, event_id, member_id");
        table("calendar_occurrence_change", "id, tenant_id, event_id, original_start, cancelled, starts_at, ends_at, "
                + "title, location");
        table("calendar_subscription", "id, tenant_id, member_id, token_hash, created_at, last_used_at");
        table("training", "id, tenant_id, title, kind, language, venue, capacity, completion_percent, national, "
                + "created_by, created_at, cancelled_at");
        table("training_topics", "id, tenant_id, training_id, topic_id");
        table("training_sponsors", "id, tenant_id, training_id, sponsor_id");
        table("training_session", "id, tenant_id, training_id, starts_at, ends_at, calendar_event_id");
        table("participant", "id, tenant_id, name, normalised_name, agency_id, outside_agency_name, "
                + "outside_agency_type, position, sex, email, account, created_at");
        table("certificate", "id, tenant_id, training_id, participant_id, code, issued_at, revoked_at, revoked_reason");
        table("training_trainer", "id, tenant_id, training_id, participant_id, trainer_certificate_id");
        table("nomination", "id, tenant_id, training_id, participant_id, state, nominated_by, nominated_at");
        table("nomination_decision", "id, tenant_id, nomination_id, sponsor_id, approved, reason, decided_by, "
                + "decided_at");
        table("attendance", "id, tenant_id, session_id, participant_id, mark, minutes_attended, recorded_by, "
                + "recorded_at");
        table("meeting", "id, tenant_id, title, location, starts_at, ends_at, calendar_event_id, minute_taker_id, "
                + "visibility, state, revision, created_by, created_at, updated_by, updated_at, version");
        table("meeting_agency", "id, tenant_id, meeting_id, agency_code");
        table("meeting_attendee", "id, tenant_id, meeting_id, member_id, presence, agency_code");
        table("meeting_guest", "id, tenant_id, meeting_id, name, agency_name");
        table("agenda_item", "id, tenant_id, meeting_id, position, title, presenter, planned_minutes, notes, "
                + "updated_by, updated_at, version");
        table("outcome", "id, tenant_id, item_id, position, kind, text, created_by, created_at");
        table("meeting_action", "id, tenant_id, outcome_id, meeting_id, owner_member_id, owner_agency_code, due_on, "
                + "state, closed_at, version");
        table("action_review", "id, tenant_id, action_id, meeting_id, state, note, reviewed_by, reviewed_at");
        table("minutes_comment", "id, tenant_id, meeting_id, item_id, revision, kind, text, author_member_id, author, "
                + "created_at");
        table("minutes_version", "id, tenant_id, meeting_id, revision, content, approved_by, approved_at");
        table("audit_event", "id, chain, tenant_id, occurred_at, actor, actor_name, action, record_type, record_id, "
                + "address, outcome, previous_hash, hash");
        table("audit_chain_head", "chain, last_id, last_hash");
    }

    private void table(String name, String columns) {
        tables.put(name, new CopyTable(name, columns));
    }

    private void row(String table, Object... values) throws SQLException, IOException {
        tables.get(table).row(copier, values);
    }

    /** Loads everything; returns the rows written per table. */
    Map<String, Long> load(String url, String user, Path accountsFile) throws SQLException, IOException {
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            copier = db.unwrap(PGConnection.class).getCopyAPI();
            try (Statement sql = db.createStatement()) {
                sql.execute("set session_replication_role = replica");
                sql.execute("set synchronous_commit = off");
                try (ResultSet rows = sql.executeQuery("select count(*) from task_force")) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        throw new IllegalStateException("the database already has task forces: generate into a "
                                + "new database (harness.sh drops and creates it)");
                    }
                }
            }
            db.setAutoCommit(false);
            sponsors();
            for (TaskForce tf : population.taskForces()) {
                taskForce(tf);
            }
            for (Person person : population.others()) {
                profile(person, null);
                accounts.add(new String[] {person.username(), person.role().name(), "", "", person.sponsor() == null
                        ? "" : person.sponsor(), "", ""});
            }
            auditId = outside.write(copier, tables.get("audit_event"), tables.get("audit_chain_head"), auditId);
            for (CopyTable table : tables.values()) {
                table.flush(copier);
            }
            db.commit();
            db.setAutoCommit(true);
            try (Statement sql = db.createStatement()) {
                for (String table : tables.keySet()) {
                    if (!table.equals("audit_chain_head")) {
                        sql.execute("select setval(pg_get_serial_sequence('public." + table + "', 'id'), "
                                + "(select coalesce(max(id), 0) + 1 from " + table + "), false)");
                    }
                }
                // Derived data that triggers keep, and COPY in replica mode did not: counted once here.
                sql.execute("select training_attendance_rebuild()");
                // A database that grew over years has been vacuumed by autovacuum all along: its visibility map lets
                // PostgreSQL answer counts from an index alone. Rows just COPYed have none until autovacuum comes
                // round (minutes later, under load), so without this the benchmark measured seq scans no real
                // deployment would run (a task force's audit count: 520 ms against 41 ms at scale 3).
                sql.execute("vacuum (analyze)");
            }
        }
        writeAccounts(accountsFile);
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.values().forEach(table -> counts.put(table.table(), table.sent()));
        return counts;
    }

    private void sponsors() throws SQLException, IOException {
        long id = 1;
        for (String[] sponsor : Population.SPONSORS) {
            row("sponsor", id++, sponsor[0], sponsor[1], Boolean.parseBoolean(sponsor[2]));
        }
    }

    private void profile(Person person, OffsetDateTime lastSignIn) throws SQLException, IOException {
        row("member_profile", person.id(), person.subject(), person.username(), person.displayName(), person.email(),
                person.agencyCode(), "es", lastSignIn);
    }

    // --- one task force ---

    private final class Context {
        final TaskForce tf;
        final SplittableRandom random;
        final AuditChain audit;
        final OffsetDateTime first;
        final OffsetDateTime anchor;
        final OffsetDateTime last;
        final List<Long> participants = new ArrayList<>();
        final List<Long> trainerCertificates = new ArrayList<>();

        Context(TaskForce tf) {
            this.tf = tf;
            this.random = new SplittableRandom(scale.seed() * 1_000 + tf.index());
            this.audit = new AuditChain(tf.id());
            this.first = scale.firstDay().atStartOfDay(ZONE).toOffsetDateTime();
            this.anchor = scale.anchor().atStartOfDay(ZONE).toOffsetDateTime();
            this.last = scale.lastDay().atStartOfDay(ZONE).toOffsetDateTime();
        }

        Person anyone() {
            return tf.people().get(random.nextInt(tf.people().size()));
        }

        Person coordinator() {
            return tf.people().get(random.nextInt(Population.COORDINATORS_PER_TASK_FORCE));
        }

        String address() {
            return "10.15." + tf.index() + "." + (1 + random.nextInt(254));
        }

        /** A moment between the first day and the last, uniformly. */
        OffsetDateTime moment() {
            long seconds = Duration.between(first, last).toSeconds();
            return first.plusSeconds(random.nextLong(seconds));
        }

        /** A working day's time, on the day of {@code day}, from 07:00 to 18:00 on the quarter hour. */
        OffsetDateTime workingTime(OffsetDateTime day) {
            LocalDate date = day.atZoneSameInstant(ZONE).toLocalDate();
            while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                date = date.plusDays(1);
            }
            return date.atTime(LocalTime.of(7 + random.nextInt(11), 15 * random.nextInt(4)))
                    .atZone(ZONE).toOffsetDateTime();
        }

        /** A moment shortly before {@code at}: when a record about it was written. */
        OffsetDateTime before(OffsetDateTime at) {
            OffsetDateTime written = at.minusMinutes(60 + random.nextLong(60L * 24 * 20));
            OffsetDateTime latest = anchor.minusMinutes(1 + random.nextInt(600));
            return written.isAfter(latest) ? latest.minusMinutes(random.nextInt(60 * 24 * 10)) : written;
        }

        void created(OffsetDateTime at, Person who, String table, long id) {
            audit.add(at, who.subject(), who.displayName(), "RECORD_CREATED", table, Long.toString(id), address());
        }

        void changed(OffsetDateTime at, Person who, String table, long id) {
            audit.add(at, who.subject(), who.displayName(), "RECORD_CHANGED", table, Long.toString(id), address());
        }
    }

    private void taskForce(TaskForce tf) throws SQLException, IOException {
        Context c = new Context(tf);
        Person founder = tf.people().get(0);
        row("task_force", tf.id(), tf.slug(), tf.name(), tf.department(), tf.city(), c.first.minusDays(30));
        for (Population.Agency agency : tf.agencies()) {
            row("agency", agency.id(), tf.id(), agency.code(), agency.type(), agency.name());
            c.created(c.first.minusDays(29), founder, "agency", agency.id());
        }
        for (Person person : tf.people()) {
            profile(person, person.signsIn() ? null : c.anchor.minusHours(c.random.nextInt(24 * 60)));
            row("membership", membershipId, tf.id(), person.id());
            c.created(c.first.minusDays(28).plusMinutes(c.random.nextInt(60 * 24 * 20)), founder, "membership",
                    membershipId++);
            if (c.random.nextInt(2) == 0) {
                OffsetDateTime since = c.first.plusSeconds(c.random.nextLong(
                        Math.max(1, Duration.between(c.first, c.anchor).toSeconds())));
                row("calendar_subscription", subscriptionId, tf.id(), person.id(), token(), since,
                        c.anchor.minusHours(c.random.nextInt(24 * 7)));
                c.created(since, person, "calendar_subscription", subscriptionId++);
            }
        }
        double years = Duration.between(c.first, c.last).toDays() / 365.0;
        int oneOff = (int) Math.round(410 * years);
        for (int i = 0; i < oneOff; i++) {
            oneOffEvent(c);
        }
        int series = (int) Math.max(1, Math.round(10 * years));
        for (int i = 0; i < series; i++) {
            seriesOfEvents(c);
        }
        int participants = (int) Math.max(40, Math.round(150 * years));
        for (int i = 0; i < participants; i++) {
            participant(c);
        }
        int trainings = (int) Math.max(3, Math.round(40 * years));
        long firstTraining = trainingId;
        for (int i = 0; i < trainings; i++) {
            training(c, i == 0);
        }
        long largeMeeting = minutes(c);
        // Sign-ins and task force entries of the people, spread over the history.
        double share = tf.people().size() / 200.0;
        int entries = (int) Math.round(8_700 * years * share);
        for (int i = 0; i < entries; i++) {
            Person who = c.anyone();
            OffsetDateTime at = c.workingTime(c.moment());
            if (at.isAfter(c.anchor)) {
                at = at.minusDays(Duration.between(c.anchor, c.last).toDays() + 1);
            }
            c.audit.add(at, who.subject(), who.displayName(), "TASK_FORCE_ENTERED", "TaskForce", tf.slug(),
                    c.address());
            if (i % 2 == 0) {
                outside.add(at.minusSeconds(5 + c.random.nextInt(50)), who.subject(), who.displayName(), "SIGN_IN",
                        null, null, c.address());
            }
        }
        auditId = c.audit.write(copier, tables.get("audit_event"), tables.get("audit_chain_head"), auditId);
        for (int p = 0; p < tf.people().size(); p++) {
            Person person = tf.people().get(p);
            if (person.signsIn()) {
                accounts.add(new String[] {person.username(), person.role().name(), tf.slug(),
                        Long.toString(firstTraining), "", Long.toString(largeMeeting), Integer.toString(p)});
            }
        }
    }

    /** The SHA-256 of a subscription's secret token, as the portal stores it (no feed can be derived from it). */
    private String token() {
        byte[] secret = ("carga-" + scale.seed() + "-" + subscriptionId).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(sha256.digest(secret));
    }

    private void oneOffEvent(Context c) throws SQLException, IOException {
        String category = CATEGORIES[c.random.nextInt(CATEGORIES.length)];
        OffsetDateTime start = c.workingTime(c.moment());
        boolean allDay = !category.equals("OPERATION") && c.random.nextInt(20) == 0;
        OffsetDateTime end;
        if (allDay) {
            start = start.atZoneSameInstant(ZONE).toLocalDate().atStartOfDay(ZONE).toOffsetDateTime();
            end = start.plusDays(1 + c.random.nextInt(2));
        } else {
            end = start.plusMinutes(30 * (1 + c.random.nextInt(6)));
        }
        String title = switch (category) {
            case "OUTREACH" -> OUTREACH_TITLES[c.random.nextInt(OUTREACH_TITLES.length)];
            case "OPERATION" -> "Operativo " + (char) ('A' + c.random.nextInt(26)) + "-" + c.random.nextInt(1000);
            default -> MEETING_TITLES[c.random.nextInt(MEETING_TITLES.length)];
        };
        event(c, category, title, start, end, allDay, null, end);
    }

    private void seriesOfEvents(Context c) throws SQLException, IOException {
        OffsetDateTime start = c.workingTime(c.moment());
        boolean weekly = c.random.nextInt(4) != 0;
        int count = weekly ? 8 + c.random.nextInt(45) : 6 + c.random.nextInt(19);
        String day = start.atZoneSameInstant(ZONE).getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                .substring(0, 2).toUpperCase(Locale.ROOT);
        String rrule = weekly ? "FREQ=WEEKLY;BYDAY=" + day + ";COUNT=" + count : "FREQ=MONTHLY;COUNT=" + count;
        OffsetDateTime end = start.plusMinutes(60 + 30 * c.random.nextInt(3));
        // The end of the last occurrence, as the portal keeps it (CalendarEvent.lastEndsAt): the changes below move an
        // occurrence by a day at most.
        ZonedDateTime lastStart = weekly ? start.atZoneSameInstant(ZONE).plusWeeks(count - 1L)
                : start.atZoneSameInstant(ZONE).plusMonths(count - 1L);
        OffsetDateTime lastEnd = lastStart.plus(Duration.between(start, end)).plusDays(1).toOffsetDateTime();
        long id = event(c, "MEETING", MEETING_TITLES[c.random.nextInt(MEETING_TITLES.length)] + " (periódica)",
                start, end, false, rrule, lastEnd);
        int changes = c.random.nextInt(Math.min(7, count));
        Set<Long> changed = new HashSet<>();
        for (int i = 0; i < changes; i++) {
            long k = c.random.nextInt(count);
            if (!changed.add(k)) {
                continue;
            }
            OffsetDateTime original = weekly ? start.atZoneSameInstant(ZONE).plusWeeks(k).toOffsetDateTime()
                    : start.atZoneSameInstant(ZONE).plusMonths(k).toOffsetDateTime();
            boolean cancelled = c.random.nextInt(5) < 2;
            OffsetDateTime moved = original.plusHours(c.random.nextInt(2) == 0 ? 24 : 2);
            row("calendar_occurrence_change", changeId, c.tf.id(), id, original, cancelled,
                    cancelled ? null : moved, cancelled ? null : moved.plus(Duration.between(start, end)),
                    null, cancelled ? null : PLACES[c.random.nextInt(PLACES.length)]);
            c.created(c.before(original), c.coordinator(), "calendar_occurrence_change", changeId++);
        }
    }

    /**
     * One calendar event with its attendees, audit and changes, its last occurrence ending at {@code lastEnd}; returns
     * its id.
     */
    private long event(Context c, String category, String title, OffsetDateTime start, OffsetDateTime end,
            boolean allDay, String rrule, OffsetDateTime lastEnd) throws SQLException, IOException {
        long id = eventId++;
        Person organiser = c.anyone();
        String visibility;
        String agencyCode = null;
        if (category.equals("OPERATION")) {
            visibility = "LISTED";
        } else if (category.equals("TRAINING")) {
            visibility = "TASK_FORCE";
        } else {
            int v = c.random.nextInt(20);
            visibility = v < 14 ? "TASK_FORCE" : v < 17 ? "AGENCY" : "LISTED";
            if (visibility.equals("AGENCY")) {
                agencyCode = organiser.agencyCode();
            }
        }
        OffsetDateTime written = c.before(start);
        int edits = c.random.nextInt(10) < 3 ? 1 + c.random.nextInt(2) : 0;
        OffsetDateTime updated = edits == 0 ? written : written.plusHours(1 + c.random.nextInt(48));
        if (updated.isAfter(c.anchor)) {
            updated = written;
        }
        String location = PLACES[c.random.nextInt(PLACES.length)] + ", " + c.tf.city();
        row("calendar_event", id, c.tf.id(), "carga-" + id + "@" + c.tf.slug(), title,
                c.random.nextInt(3) == 0 ? "Orden del día: seguimiento de casos y acuerdos pendientes." : null,
                location, category, visibility, agencyCode, allDay, start, end, "America/Asuncion", rrule,
                c.random.nextInt(3) == 0 ? "30" : c.random.nextInt(4) == 0 ? "1440,30" : null, edits, organiser.id(),
                written, updated, edits, lastEnd);
        c.created(written, organiser, "calendar_event", id);
        for (int e = 0; e < edits; e++) {
            c.changed(written.plusMinutes(30 + 60L * e), organiser, "calendar_event", id);
        }
        boolean listed = visibility.equals("LISTED");
        int attendees = listed ? 3 + c.random.nextInt(6)
                : !category.equals("TRAINING") && c.random.nextInt(10) < 6 ? 2 + c.random.nextInt(7) : 0;
        int from = c.random.nextInt(c.tf.people().size());
        for (int a = 0; a < attendees; a++) {
            Person attendee = c.tf.people().get((from + a) % c.tf.people().size());
            if (attendee.id() == organiser.id()) {
                continue;
            }
            row("calendar_attendee", attendeeId, c.tf.id(), id, attendee.id());
            c.created(written, organiser, "calendar_attendee", attendeeId++);
        }
        return id;
    }

    private void participant(Context c) throws SQLException, IOException {
        String first = c.anyone().firstName();
        String name = first + " " + c.anyone().lastName();
        boolean ours = c.random.nextInt(5) != 0;
        Population.Agency agency = c.tf.agencies().get(c.random.nextInt(c.tf.agencies().size()));
        OffsetDateTime created = c.before(c.moment());
        long id = participantId++;
        row("participant", id, c.tf.id(), name, normalised(name), ours ? agency.id() : null,
                ours ? null : OUTSIDE_AGENCIES[c.random.nextInt(OUTSIDE_AGENCIES.length)], ours ? null : "OTHER",
                POSITIONS[c.random.nextInt(POSITIONS.length)], SEXES[c.random.nextInt(SEXES.length)],
                c.random.nextInt(3) == 0 ? null : "participante" + id + "@correo.example", null, created);
        c.created(created, c.coordinator(), "participant", id);
        c.participants.add(id);
    }

    private static String normalised(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").trim();
    }

    /**
     * One training with everything it has. The first of each task force is always a recent one that was held, and
     * large: 5 sessions of 4 hours and up to {@link #LARGE_TRAINING} people confirmed (issue 14's performance figures:
     * the coordinators of the load test open, save and import its attendance).
     */
    private void training(Context c, boolean recentAndHeld) throws SQLException, IOException {
        long id = trainingId++;
        Person coordinator = c.coordinator();
        String kind = recentAndHeld ? "SPECIALISED" : KINDS[c.random.nextInt(KINDS.length)];
        OffsetDateTime firstSession = recentAndHeld
                ? c.workingTime(c.anchor.minusDays(10)).withHour(9).withMinute(0)
                : c.workingTime(c.moment()).withHour(c.random.nextInt(2) == 0 ? 9 : 14).withMinute(0);
        OffsetDateTime created = c.before(firstSession).minusDays(20);
        boolean cancelled = !recentAndHeld && c.random.nextInt(33) == 0;
        String title = TRAINING_TITLES[c.random.nextInt(TRAINING_TITLES.length)]
                + (kind.equals("REPLICATION") ? " (réplica)" : "") + " – " + c.tf.department();
        int completion = 80;
        row("training", id, c.tf.id(), title, kind, c.random.nextInt(10) == 0 ? "gn" : "es",
                PLACES[c.random.nextInt(PLACES.length)] + ", " + c.tf.city(), recentAndHeld ? LARGE_TRAINING : 40,
                completion, false,
                coordinator.displayName(), created, cancelled ? created.plusDays(3) : null);
        c.created(created, coordinator, "training", id);
        int topics = 1 + c.random.nextInt(3);
        int topic0 = c.random.nextInt(TOPICS);
        for (int t = 0; t < topics; t++) {
            row("training_topics", topicsId, c.tf.id(), id, 1 + (topic0 + t) % TOPICS);
            c.created(created, coordinator, "training_topics", topicsId++);
        }
        boolean approved = false;
        int sponsorCount = c.random.nextInt(10) < 7 ? 1 + c.random.nextInt(2) : 0;
        int sponsor0 = c.random.nextInt(Population.SPONSORS.length);
        for (int s = 0; s < sponsorCount; s++) {
            int sponsor = (sponsor0 + s) % Population.SPONSORS.length;
            approved |= Boolean.parseBoolean(Population.SPONSORS[sponsor][2]);
            row("training_sponsors", sponsorsId, c.tf.id(), id, sponsor + 1);
            c.created(created, coordinator, "training_sponsors", sponsorsId++);
        }
        // Sessions: consecutive days, each one event of the calendar.
        int sessions = recentAndHeld ? 5 : 1 + c.random.nextInt(5);
        int hours = recentAndHeld ? 4 : 3 + c.random.nextInt(2);
        List<long[]> sessionIds = new ArrayList<>(); // id, minutes, past (1/0)
        OffsetDateTime day = firstSession;
        for (int s = 0; s < sessions; s++) {
            OffsetDateTime end = day.plusHours(hours);
            long event = event(c, "TRAINING", title, day, end, false, null, end);
            long session = sessionId++;
            row("training_session", session, c.tf.id(), id, day, end, event);
            c.created(created.plusMinutes(5), coordinator, "training_session", session);
            sessionIds.add(new long[] {session, hours * 60L, end.isBefore(c.anchor) ? 1 : 0});
            day = c.workingTime(day.plusDays(1)).withHour(day.getHour()).withMinute(0);
        }
        boolean held = !cancelled && sessionIds.stream().allMatch(s -> s[2] == 1);
        // Trainers: one or two people of the pool; a replication's trainer shows a trainer's certificate.
        int trainers = 1 + c.random.nextInt(2);
        int pool = c.participants.size();
        int start = c.random.nextInt(pool);
        for (int t = 0; t < trainers; t++) {
            Long certificate = kind.equals("REPLICATION") && !c.trainerCertificates.isEmpty()
                    ? c.trainerCertificates.get(c.random.nextInt(c.trainerCertificates.size())) : null;
            row("training_trainer", trainerId, c.tf.id(), id, c.participants.get((start + pool - 1 - t) % pool),
                    certificate);
            c.created(created.plusMinutes(10), coordinator, "training_trainer", trainerId++);
        }
        // Nominations, decisions, attendance, certificates.
        int nominees = Math.min(pool - trainers, recentAndHeld ? LARGE_TRAINING : 15 + c.random.nextInt(16));
        for (int n = 0; n < nominees; n++) {
            long participant = c.participants.get((start + n) % pool);
            String state;
            int roll = c.random.nextInt(20);
            if (recentAndHeld) {
                state = "CONFIRMED";
            } else if (held || cancelled) {
                state = roll < 16 ? "CONFIRMED" : roll < 17 ? "DECLINED" : roll < 19 ? "WITHDRAWN" : "NOMINATED";
            } else {
                state = roll < 8 ? "CONFIRMED" : roll < 14 ? (approved ? "AWAITING_APPROVAL" : "NOMINATED")
                        : roll < 15 ? "WITHDRAWN" : "NOMINATED";
            }
            if (state.equals("DECLINED") && !approved) {
                state = "WITHDRAWN";
            }
            OffsetDateTime nominated = created.plusHours(1 + c.random.nextInt(24 * 10));
            long nomination = nominationId++;
            Person nominator = c.coordinator();
            row("nomination", nomination, c.tf.id(), id, participant, state, nominator.displayName(), nominated);
            c.created(nominated, nominator, "nomination", nomination);
            if (!state.equals("NOMINATED")) {
                c.changed(nominated.plusHours(2), nominator, "nomination", nomination);
            }
            if (approved && (state.equals("CONFIRMED") || state.equals("DECLINED"))) {
                boolean yes = state.equals("CONFIRMED");
                Person liaison = population.others().get(0);
                row("nomination_decision", decisionId, c.tf.id(), nomination, 1, yes,
                        yes ? null : "Cupo completo para esta institución.", liaison.displayName(),
                        nominated.plusHours(1));
                c.audit.add(nominated.plusHours(1), liaison.subject(), liaison.displayName(), "RECORD_CREATED",
                        "nomination_decision", Long.toString(decisionId++), "10.99.0.1");
            }
            if (!state.equals("CONFIRMED")) {
                continue;
            }
            long minutes = 0;
            long total = 0;
            for (long[] session : sessionIds) {
                total += session[1];
                if (session[2] == 0 || cancelled) {
                    continue;
                }
                int r = c.random.nextInt(50);
                String mark = r < 40 ? "PRESENT" : r < 44 ? "LATE" : r < 46 ? "LEFT_EARLY" : r < 49 ? "ABSENT"
                        : "EXCUSED";
                long attended = switch (mark) {
                    case "PRESENT" -> session[1];
                    case "LATE", "LEFT_EARLY" -> session[1] - 30 - 15 * c.random.nextInt(4);
                    default -> 0;
                };
                minutes += attended;
                row("attendance", attendanceId, c.tf.id(), session[0], participant, mark, attended,
                        coordinator.displayName(), c.anchor.minusDays(1));
                c.created(c.anchor.minusDays(1).minusMinutes(c.random.nextInt(600)), coordinator, "attendance",
                        attendanceId++);
            }
            if (held && minutes * 100 >= total * completion) {
                boolean revoked = c.random.nextInt(100) == 0;
                OffsetDateTime issued = c.anchor.minusHours(12);
                row("certificate", certificateId, c.tf.id(), id, participant, certificateCode(), issued,
                        revoked ? issued.plusHours(1) : null, revoked ? "Emitido por error." : null);
                c.created(issued, coordinator, "certificate", certificateId);
                if (kind.equals("TRAIN_THE_TRAINER") && !revoked) {
                    c.trainerCertificates.add(certificateId);
                }
                certificateId++;
            }
        }
    }

    // --- minutes ---

    /** An action whose state is known only when the generation reaches its last review: written at the end. */
    private static final class ActionRow {
        final long id;
        final long outcomeId;
        final long meetingId;
        final Long ownerMember;
        final String ownerAgency;
        final LocalDate dueOn;
        String state = "OPEN";
        OffsetDateTime closedAt;
        int version;

        ActionRow(long id, long outcomeId, long meetingId, Long ownerMember, String ownerAgency, LocalDate dueOn) {
            this.id = id;
            this.outcomeId = outcomeId;
            this.meetingId = meetingId;
            this.ownerMember = ownerMember;
            this.ownerAgency = ownerAgency;
            this.dueOn = dueOn;
        }
    }

    /**
     * A task force's meetings over its history (issue 16): each month a plenary on the 10th (5 to 8 items, every
     * open action reviewed: done, dropped with a reason or kept open with a note) and {@link #WORKING_GROUPS} working-
     * group meetings (2 to 4 items, one in ten restricted to two agencies), so that the search runs over ten times the
     * monthly minutes. Older minutes are approved (with the text of their revision), last month's circulated with
     * comments; and the large draft of this week ({@link #LARGE_MEETING} items), which the load test's coordinators
     * write notes in and print. Returns the large draft's id.
     */
    private long minutes(Context c) throws SQLException, IOException {
        List<ActionRow> open = new ArrayList<>();
        List<ActionRow> actions = new ArrayList<>();
        LocalDate month = c.first.atZoneSameInstant(ZONE).toLocalDate().withDayOfMonth(1);
        LocalDate thisMonth = c.anchor.atZoneSameInstant(ZONE).toLocalDate().withDayOfMonth(1);
        for (; month.isBefore(thisMonth); month = month.plusMonths(1)) {
            OffsetDateTime plenary = c.workingTime(month.plusDays(9).atStartOfDay(ZONE).toOffsetDateTime())
                    .withHour(9).withMinute(0);
            List<OffsetDateTime> starts = new ArrayList<>();
            for (int g = 0; g < WORKING_GROUPS; g++) {
                starts.add(c.workingTime(month.plusDays(c.random.nextInt(month.lengthOfMonth()))
                        .atStartOfDay(ZONE).toOffsetDateTime()));
            }
            starts.add(plenary);
            starts.sort(null);
            for (OffsetDateTime start : starts) {
                boolean isPlenary = start == plenary;
                meeting(c, start, isPlenary, isPlenary ? 5 + c.random.nextInt(4) : 2 + c.random.nextInt(3),
                        !isPlenary && c.random.nextInt(10) == 0, open, actions);
            }
        }
        OffsetDateTime draft = c.workingTime(c.anchor.minusDays(3)).withHour(9).withMinute(0);
        long large = meeting(c, draft, true, LARGE_MEETING, false, open, actions);
        for (ActionRow action : actions) {
            row("meeting_action", action.id, c.tf.id(), action.outcomeId, action.meetingId, action.ownerMember,
                    action.ownerAgency, action.dueOn, action.state, action.closedAt, action.version);
        }
        return large;
    }

    /** One meeting with its calendar event, attendance, agenda, outcomes, reviews, comments and versions. */
    private long meeting(Context c, OffsetDateTime start, boolean plenary, int items, boolean restricted,
            List<ActionRow> open, List<ActionRow> actions) throws SQLException, IOException {
        long id = meetingId++;
        OffsetDateTime end = start.plusMinutes(plenary ? 120 : 60 + 30 * c.random.nextInt(2));
        long daysAgo = Duration.between(start, c.anchor).toDays();
        String state = daysAgo > 45 ? "APPROVED" : daysAgo > 7 ? "CIRCULATED" : "DRAFT";
        int revision = state.equals("APPROVED") && c.random.nextInt(20) == 0 ? 2 : 1;
        Person taker = c.coordinator();
        String title = plenary ? "Mesa ordinaria " + start.atZoneSameInstant(ZONE).format(MONTH)
                : MEETING_TITLES[c.random.nextInt(MEETING_TITLES.length)];
        String location = PLACES[c.random.nextInt(PLACES.length)] + ", " + c.tf.city();
        List<String> agencies = new ArrayList<>();
        if (restricted) {
            int first = c.random.nextInt(c.tf.agencies().size());
            agencies.add(c.tf.agencies().get(first).code());
            agencies.add(c.tf.agencies().get((first + 1) % c.tf.agencies().size()).code());
        }
        long event = event(c, restricted ? "OPERATION" : "MEETING", title, start, end, false, null, end);
        OffsetDateTime written = c.before(start).plusDays(1);
        OffsetDateTime updated = state.equals("DRAFT") ? written : end.plusDays(2);
        if (updated.isAfter(c.anchor)) {
            updated = c.anchor.minusHours(1);
        }
        row("meeting", id, c.tf.id(), title, location, start, end, event, taker.id(),
                restricted ? "AGENCIES" : "TASK_FORCE", state, revision, taker.displayName(), written,
                taker.displayName(), updated, state.equals("DRAFT") ? 0 : 1 + revision);
        c.created(written, taker, "meeting", id);
        for (String agency : agencies) {
            row("meeting_agency", meetingAgencyId, c.tf.id(), id, agency);
            c.created(written, taker, "meeting_agency", meetingAgencyId++);
        }
        // Attendance: people of the task force (of the listed agencies for a restricted meeting).
        List<Person> present = new ArrayList<>();
        int expected = plenary ? 12 + c.random.nextInt(9) : 4 + c.random.nextInt(5);
        int from = c.random.nextInt(c.tf.people().size());
        for (int k = 0; k < c.tf.people().size() && present.size() < expected; k++) {
            Person person = c.tf.people().get((from + k) % c.tf.people().size());
            if (restricted && !agencies.contains(person.agencyCode()) && person.id() != taker.id()) {
                continue;
            }
            boolean apologised = c.random.nextInt(8) == 0 && person.id() != taker.id();
            row("meeting_attendee", meetingAttendeeId, c.tf.id(), id, person.id(),
                    apologised ? "APOLOGISED" : "PRESENT", person.agencyCode());
            c.created(written, taker, "meeting_attendee", meetingAttendeeId++);
            if (!apologised) {
                present.add(person);
            }
        }
        if (present.isEmpty()) {
            present.add(taker);
        }
        if (plenary && c.random.nextInt(2) == 0) {
            row("meeting_guest", meetingGuestId, c.tf.id(), id, GUESTS[c.random.nextInt(GUESTS.length)],
                    OUTSIDE_AGENCIES[c.random.nextInt(OUTSIDE_AGENCIES.length)]);
            c.created(written, taker, "meeting_guest", meetingGuestId++);
        }
        // The agenda, its notes and outcomes.
        StringBuilder text = new StringBuilder("# ").append(title).append('\n');
        List<Long> itemIds = new ArrayList<>();
        int item0 = c.random.nextInt(ITEM_TITLES.length);
        for (int position = 1; position <= items; position++) {
            long item = agendaItemId++;
            itemIds.add(item);
            String itemTitle = ITEM_TITLES[(item0 + position) % ITEM_TITLES.length];
            String notes = state.equals("DRAFT") && position > 3 ? null
                    : items == LARGE_MEETING ? everySentence(position - 1, 3) : notes(c);
            row("agenda_item", item, c.tf.id(), id, position, itemTitle,
                    c.tf.agencies().get(c.random.nextInt(c.tf.agencies().size())).name(), 10 + 5 * c.random.nextInt(7),
                    notes, taker.displayName(), updated, notes == null ? 0 : 1);
            c.created(written, taker, "agenda_item", item);
            text.append('\n').append(position).append(". ").append(itemTitle).append('\n');
            int outcomes = notes == null ? 0 : 1 + c.random.nextInt(3);
            for (int k = 1; k <= outcomes; k++) {
                int roll = c.random.nextInt(20);
                String kind = roll < 8 ? "INFORMATION" : roll < 15 ? "DECISION" : "ACTION";
                String[] pool = kind.equals("INFORMATION") ? INFORMATION : kind.equals("DECISION") ? DECISIONS
                        : ACTIONS;
                String outcomeText = pool[c.random.nextInt(pool.length)];
                long outcome = outcomeId++;
                row("outcome", outcome, c.tf.id(), item, k, kind, outcomeText, taker.displayName(), end);
                c.created(end.isAfter(c.anchor) ? written : end, taker, "outcome", outcome);
                text.append("   ").append(kind).append(": ").append(outcomeText).append('\n');
                if (kind.equals("ACTION")) {
                    boolean member = c.random.nextInt(10) < 6;
                    Person owner = present.get(c.random.nextInt(present.size()));
                    ActionRow action = new ActionRow(actionId++, outcome, id, member ? owner.id() : null,
                            member ? null : c.tf.agencies().get(c.random.nextInt(c.tf.agencies().size())).code(),
                            start.atZoneSameInstant(ZONE).toLocalDate().plusDays(7 + c.random.nextInt(39)));
                    actions.add(action);
                    c.created(end.isAfter(c.anchor) ? written : end, taker, "meeting_action", action.id);
                    if (!restricted) {
                        open.add(action);
                    }
                }
            }
        }
        // A plenary reviews every open action of earlier meetings.
        if (plenary) {
            for (ActionRow action : List.copyOf(open)) {
                if (action.meetingId == id) {
                    continue;
                }
                int roll = c.random.nextInt(20);
                String outcome = roll < 11 ? "DONE" : roll < 13 ? "DROPPED" : "OPEN";
                OffsetDateTime at = start.plusMinutes(30);
                row("action_review", actionReviewId, c.tf.id(), action.id, id, outcome,
                        outcome.equals("DONE") ? null : REVIEW_NOTES[c.random.nextInt(REVIEW_NOTES.length)],
                        taker.displayName(), at);
                c.created(at.isAfter(c.anchor) ? written : at, taker, "action_review", actionReviewId++);
                action.version++;
                if (!outcome.equals("OPEN")) {
                    action.state = outcome;
                    action.closedAt = at;
                    open.remove(action);
                }
            }
        }
        // Review: comments on circulated and approved minutes; the text of each approved revision.
        if (!state.equals("DRAFT")) {
            int comments = c.random.nextInt(3);
            for (int k = 0; k < comments; k++) {
                Person author = present.get(c.random.nextInt(present.size()));
                OffsetDateTime at = end.plusDays(1).plusHours(c.random.nextInt(48));
                row("minutes_comment", minutesCommentId, c.tf.id(), id,
                        c.random.nextInt(2) == 0 ? itemIds.get(c.random.nextInt(itemIds.size())) : null, 1,
                        c.random.nextInt(4) == 0 ? "CORRECTION" : "COMMENT", COMMENTS[c.random.nextInt(COMMENTS.length)],
                        author.id(), author.displayName(), at.isAfter(c.anchor) ? c.anchor.minusHours(2) : at);
                c.created(at.isAfter(c.anchor) ? written : at, author, "minutes_comment", minutesCommentId++);
            }
        }
        if (state.equals("APPROVED")) {
            for (int r = 1; r <= revision; r++) {
                OffsetDateTime at = end.plusDays(10 + 20L * r);
                row("minutes_version", minutesVersionId, c.tf.id(), id, r, text.toString(), taker.displayName(), at);
                c.created(at, taker, "minutes_version", minutesVersionId++);
            }
        }
        return id;
    }

    /** Discussion notes as the portal's sanitiser keeps them: a heading, a paragraph and a list, 300 to 900 chars. */
    /**
     * The notes of the large draft's first items: part {@code part} of {@code parts} of every sentence, so that each
     * task force's minutes hold every word the load test searches for at any scale (at 0.01 the large draft is its only
     * meeting, and a word the random notes left out made the smoke run's search find nothing).
     */
    private static String everySentence(int part, int parts) {
        StringBuilder html = new StringBuilder("<h3>Resumen</h3><p>");
        for (int k = part; k < SENTENCES.length; k += parts) {
            html.append(k == part ? "" : " ").append(SENTENCES[k]);
        }
        return html.append("</p>").toString();
    }

    private static String notes(Context c) {
        StringBuilder html = new StringBuilder("<h3>Resumen</h3><p>");
        int sentences = 2 + c.random.nextInt(4);
        for (int k = 0; k < sentences; k++) {
            html.append(k == 0 ? "" : " ").append(SENTENCES[c.random.nextInt(SENTENCES.length)]);
        }
        html.append("</p><ul>");
        for (int k = 0; k < 2 + c.random.nextInt(2); k++) {
            html.append("<li>").append(SENTENCES[c.random.nextInt(SENTENCES.length)]).append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private String certificateCode() {
        byte[] random = new byte[18];
        new SplittableRandom(certificateId * 7919 + scale.seed()).nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /**
     * The accounts that sign in during the load test, for the Gatling feeder: username, role, task force slug, the id
     * of the task force's large training, held (coordinators open and import its attendance), sponsor, the id of the
     * task force's large draft minutes, and the person's slot (their place in the task force: which item of those
     * minutes a coordinator writes notes in).
     */
    private void writeAccounts(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.println("username,password,role,taskForce,training,sponsor,meeting,slot");
            for (String[] account : accounts) {
                out.println(account[0] + "," + Population.PASSWORD + "," + account[1] + "," + account[2] + ","
                        + account[3] + "," + account[4] + "," + account[5] + "," + account[6]);
            }
        }
    }
}
