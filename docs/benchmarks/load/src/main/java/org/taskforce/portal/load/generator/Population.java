package org.taskforce.portal.load.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Who exists at a scale: the task forces, their agencies and people, the sponsors, the liaisons and the national
 * coordinators. Computed from the seed alone, so that the database load and the Keycloak accounts (two steps, two
 * processes) agree on every id, username and group without passing anything between them.
 *
 * <p>In each task force the first three people coordinate it and the next eight are plain members who sign in during
 * the load test; in the first task force three more sign in only for the floor pages and three only for Keycloak's
 * own form; the others exist (in the database and in Keycloak, as the people page lists them) but never sign in.
 * Every virtual user needs an account of its own: Keycloak refuses a sign-in while another one of the same account
 * is under way (LOGIN_ERROR {@code user_temporarily_disabled}, with the realm's brute-force protection on).
 */
public final class Population {

    /** The password of every account that signs in during the load test (meets the realm's password policy). */
    public static final String PASSWORD = "load-Benchmark-2026";

    static final int COORDINATORS_PER_TASK_FORCE = 3;
    static final int SIGNING_IN_MEMBERS_PER_TASK_FORCE = 8;
    /** Accounts of the first task force kept for the floor scenarios, so that no one else signs in with them. */
    static final int FLOOR_ACCOUNTS = 3;
    static final int LIAISONS_PER_SPONSOR = 3;
    static final int NATIONAL_COORDINATORS = 12;

    /** Paraguay's departments (and the capital), each a task force's region. */
    private static final String[][] REGIONS = {
        {"Concepción", "Concepción"}, {"San Pedro", "San Pedro del Ycuamandiyú"}, {"Cordillera", "Caacupé"},
        {"Guairá", "Villarrica"}, {"Caaguazú", "Coronel Oviedo"}, {"Caazapá", "Caazapá"}, {"Itapúa", "Encarnación"},
        {"Misiones", "San Juan Bautista"}, {"Paraguarí", "Paraguarí"}, {"Alto Paraná", "Ciudad del Este"},
        {"Central", "Areguá"}, {"Ñeembucú", "Pilar"}, {"Amambay", "Pedro Juan Caballero"},
        {"Canindeyú", "Salto del Guairá"}, {"Presidente Hayes", "Villa Hayes"}, {"Boquerón", "Filadelfia"},
        {"Alto Paraguay", "Fuerte Olimpo"}, {"Asunción", "Asunción"}};

    /** Agencies a task force may have: code, type, name. */
    private static final String[][] AGENCIES = {
        {"policia-nacional", "NATIONAL_POLICE", "Policía Nacional – División de Trata de Personas"},
        {"fiscalia", "PROSECUTOR", "Unidad Fiscal Especializada en Trata de Personas"},
        {"migraciones", "MIGRATION", "Dirección General de Migraciones"},
        {"ministerio-trabajo", "LABOUR", "Ministerio de Trabajo – Inspección"},
        {"ministerio-mujer", "WOMEN_MINISTRY", "Ministerio de la Mujer – Centro Regional"},
        {"ministerio-ninez", "CHILDREN_MINISTRY", "Ministerio de la Niñez y la Adolescencia"},
        {"codeni", "VICTIM_SERVICES", "Consejería Municipal por los Derechos del Niño"},
        {"ong-luna-nueva", "NGO", "Fundación Luna Nueva"},
        {"pastoral-social", "FAITH_BASED", "Pastoral Social Diocesana"},
        {"defensoria", "OTHER", "Defensoría Pública"},
        {"salud-publica", "OTHER", "Ministerio de Salud – Región Sanitaria"},
        {"ong-callescuela", "NGO", "Callescuela"}};

    /** Sponsors: code, name, approves attendees. */
    static final String[][] SPONSORS = {
        {"US-STATE", "U.S. Department of State", "true"}, {"OAS", "Organización de los Estados Americanos", "false"},
        {"UNODC", "Oficina de las Naciones Unidas contra la Droga y el Delito", "false"},
        {"IOM", "Organización Internacional para las Migraciones", "false"},
        {"MIN-MUJER", "Ministerio de la Mujer", "false"}};

    private static final String[] FIRST = {"Ana", "María", "Carlos", "José", "Lucía", "Jorge", "Rosa", "Hugo",
        "Marta", "Diego", "Sofía", "Pablo", "Nadia", "Juan", "Laura", "Miguel", "Carmen", "Luis", "Elena", "Pedro",
        "Patricia", "Ramón", "Gloria", "Víctor", "Teresa", "Óscar", "Beatriz", "Julio", "Silvia", "Andrés", "Mirna",
        "Derlis", "Nélida", "Arnaldo", "Zunilda", "Celso", "Liz", "Osvaldo", "Perla", "Édgar"};
    private static final String[] LAST = {"Benítez", "Rojas", "Ortiz", "Acosta", "Giménez", "Vera", "Duarte",
        "Franco", "Caballero", "Ríos", "Sosa", "González", "Martínez", "López", "Villalba", "Ayala", "Báez", "Cáceres",
        "Núñez", "Ramírez", "Fernández", "Aquino", "Insfrán", "Cabrera", "Galeano", "Paredes", "Escobar", "Ledesma",
        "Benegas", "Chamorro", "Fretes", "Recalde", "Samaniego", "Talavera", "Zárate", "Brítez", "Ocampo", "Alonso"};

    public record TaskForce(int index, long id, String slug, String name, String department, String city,
            List<Agency> agencies, List<Person> people) {
    }

    public record Agency(long id, String code, String type, String name) {
    }

    /** A person with an account; {@code taskForce} is -1 for liaisons and national coordinators. */
    public record Person(long id, String subject, String username, String firstName, String lastName,
            String agencyCode, int taskForce, Role role, String sponsor) {

        public String displayName() {
            return firstName + " " + lastName;
        }

        public String email() {
            return username + "@load.taskforce.example";
        }

        /** Whether the person signs in during the load test (and so has a password). */
        public boolean signsIn() {
            return role != Role.PERSON;
        }
    }

    /**
     * What a person does in the load test. PERSON: exists, never signs in. FLOOR, KEYCLOAK_FLOOR and SIGN_IN_FLOOR:
     * members of the first task force who sign in for the floor scenarios only (the floor pages, Keycloak's own form,
     * the portal's sign-in again and again).
     */
    public enum Role { COORDINATOR, MEMBER, FLOOR, KEYCLOAK_FLOOR, SIGN_IN_FLOOR, PERSON, LIAISON, NATIONAL }

    private final List<TaskForce> taskForces = new ArrayList<>();
    private final List<Person> others = new ArrayList<>();

    public Population(Scale scale) {
        SplittableRandom random = new SplittableRandom(scale.seed());
        long agencyId = 1;
        long personId = 1;
        for (int t = 0; t < scale.taskForces(); t++) {
            String[] region = REGIONS[t % REGIONS.length];
            String slug = String.format(Locale.ROOT, "carga-%02d", t + 1);
            List<Agency> agencies = new ArrayList<>();
            int agencyCount = 6 + random.nextInt(7); // 6 to 12
            for (int a = 0; a < agencyCount; a++) {
                String[] agency = AGENCIES[a];
                agencies.add(new Agency(agencyId++, agency[0], agency[1], agency[2] + " – " + region[0]));
            }
            List<Person> people = new ArrayList<>();
            for (int p = 0; p < scale.peoplePerTaskForce(); p++) {
                int members = COORDINATORS_PER_TASK_FORCE + SIGNING_IN_MEMBERS_PER_TASK_FORCE;
                Role role = p < COORDINATORS_PER_TASK_FORCE ? Role.COORDINATOR
                        : p < members ? Role.MEMBER
                        : t == 0 && p < members + FLOOR_ACCOUNTS ? Role.FLOOR
                        : t == 0 && p < members + 2 * FLOOR_ACCOUNTS ? Role.KEYCLOAK_FLOOR
                        : t == 0 && p < members + 3 * FLOOR_ACCOUNTS ? Role.SIGN_IN_FLOOR
                        : Role.PERSON;
                String username = String.format(Locale.ROOT, "carga%02d.%s%03d", t + 1,
                        role == Role.COORDINATOR ? "coord" : "p", p + 1);
                people.add(new Person(personId, subject(personId), username, pick(random, FIRST),
                        pick(random, LAST) + " " + pick(random, LAST),
                        agencies.get(random.nextInt(agencies.size())).code(), t, role, null));
                personId++;
            }
            taskForces.add(new TaskForce(t, t + 1, slug, "Mesa Regional " + region[0] + " (carga)", region[0],
                    region[1], agencies, people));
        }
        for (int l = 1; l <= LIAISONS_PER_SPONSOR; l++) {
            for (String[] sponsor : SPONSORS) {
                String username = "carga.enlace" + l + "." + sponsor[0].toLowerCase(Locale.ROOT);
                others.add(new Person(personId, subject(personId), username, pick(random, FIRST), pick(random, LAST),
                        null, -1, Role.LIAISON, sponsor[0]));
                personId++;
            }
        }
        for (int n = 1; n <= NATIONAL_COORDINATORS; n++) {
            others.add(new Person(personId, subject(personId), "carga.nacional" + n, pick(random, FIRST),
                    pick(random, LAST), "ministerio-mujer", -1, Role.NATIONAL, null));
            personId++;
        }
    }

    /** The Keycloak user id of a person, and the {@code subject} of their member profile. */
    static String subject(long personId) {
        return String.format(Locale.ROOT, "15000000-0000-4000-8000-%012d", personId);
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    public List<TaskForce> taskForces() {
        return taskForces;
    }

    /** Liaisons and national coordinators. */
    public List<Person> others() {
        return others;
    }

    public List<Person> everyone() {
        List<Person> all = new ArrayList<>();
        taskForces.forEach(tf -> all.addAll(tf.people()));
        all.addAll(others);
        return all;
    }
}
