package org.taskforce.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.adversarial.FacesPostback;
import org.taskforce.portal.client.BrowserlessSession;
import org.taskforce.portal.testsupport.KeycloakConsole;

/**
 * Many people sign in at the same moment through Keycloak's real login form, each with a fresh browser state, again
 * and again; on every request of a short walk through the portal each checks that the portal saw exactly them: their
 * name and subject, their roles, their task forces, the one they work in and whether they coordinate it (the header
 * {@link CallerEcho#HEADER}, which the test stack turns on), and that each page answered as their roles say it must.
 *
 * <p>Before the portal worked round Payara's shared security context (see {@link SessionRolesRestored}), about one
 * sign-in in a hundred saw a request without the person's roles: a liaison sent to "no task force", a member refused
 * their own home page. The people are created for the test, so that no two threads are ever the same person.
 *
 * <p>{@code -Dparallel.sign-ins=N} and {@code -Dparallel.people=N} make the run longer or wider (defaults: 300 sign-ins
 * by 12 people at once).
 */
class ParallelSignInIT {

    private static final String PASSWORD = "race-Identify-2026";
    private static final Pattern CHOICE_BUTTON = Pattern.compile("<button id=\"([^\"]+)\"[^>]*choice-([a-z0-9-]+)");

    private static final String HOME = "/taskforce/home.xhtml";
    private static final String CALENDAR = "/calendar/calendar.xhtml";
    private static final String PEOPLE = "/taskforce/people.xhtml";
    private static final String OVERVIEW = "/overview/task-forces.xhtml";
    private static final String LIAISON = "/liaison/home.xhtml";
    private static final String CHOOSE = "/taskforce/choose.xhtml";
    private static final String NO_TASK_FORCE = "/no-task-force.xhtml";

    private static final String PORTAL_URL = System.getProperty("portal.url", "http://localhost:18080");
    private static final KeycloakConsole CONSOLE =
            new KeycloakConsole(System.getProperty("keycloak.url", "http://localhost:18180"));

    private static final List<Person> PEOPLE_SIGNING_IN = new ArrayList<>();

    /**
     * One kind of person: what Keycloak gives them and where the portal must take them.
     *
     * @param works the task force they work in once landed ({@code ""} for none), choosing it where they have several
     */
    private record Kind(String name, List<String> groups, List<String> roles, Map<String, String> attributes,
            String landing, String works, boolean coordinates) {

        String expectedRoles() {
            return String.join(",", roles.stream().sorted().toList());
        }

        String expectedTaskForces() {
            return String.join(",", groups.stream().filter(g -> !g.endsWith("/coordinators"))
                    .map(g -> g.substring("/task-forces/".length())).sorted().toList());
        }

        /** The status each page of the walk must answer with, once the person works where they should. */
        int status(String page) {
            boolean worker = roles.contains("member") || roles.contains("coordinator");
            return switch (page) {
                case HOME, CALENDAR -> worker ? 200 : 403;
                case PEOPLE -> coordinates ? 200 : 403;
                case OVERVIEW -> roles.contains("national-coordinator") ? 200 : 403;
                default -> throw new IllegalArgumentException(page);
            };
        }
    }

    private record Person(String username, String subject, Kind kind) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("member", List.of("/task-forces/alto-parana"), List.of("member"),
                    Map.of("agency", "policia-nacional"), HOME, "alto-parana", false),
            new Kind("coordinator", List.of("/task-forces/itapua", "/task-forces/itapua/coordinators"),
                    List.of("member"), Map.of("agency", "fiscalia"), HOME, "itapua", true),
            new Kind("two", List.of("/task-forces/alto-parana", "/task-forces/central",
                    "/task-forces/central/coordinators"), List.of("member"), Map.of("agency", "migraciones"),
                    CHOOSE, "central", true),
            new Kind("liaison", List.of(), List.of("liaison"), Map.of("sponsor", "oas"), LIAISON, "", false),
            new Kind("national", List.of(), List.of("national-coordinator"), Map.of("agency", "ministerio-mujer"),
                    OVERVIEW, "", false),
            new Kind("none", List.of(), List.of("member"), Map.of(), NO_TASK_FORCE, "", false));

    @BeforeAll
    static void createPeople() throws Exception {
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        int people = Integer.getInteger("parallel.people", 12);
        for (int i = 0; i < people; i++) {
            Kind kind = KINDS.get(i % KINDS.size());
            String username = "race-" + run + "-" + kind.name() + "-" + i;
            String subject = CONSOLE.createUser(username, PASSWORD, kind.groups(), kind.roles(), kind.attributes());
            PEOPLE_SIGNING_IN.add(new Person(username, subject, withCoordinatorRole(kind)));
        }
    }

    /** The coordinators' subgroup gives the realm role {@code coordinator}: the token carries it. */
    private static Kind withCoordinatorRole(Kind kind) {
        if (kind.groups().stream().noneMatch(g -> g.endsWith("/coordinators"))) {
            return kind;
        }
        List<String> roles = new ArrayList<>(kind.roles());
        roles.add("coordinator");
        return new Kind(kind.name(), kind.groups(), roles, kind.attributes(), kind.landing(), kind.works(),
                kind.coordinates());
    }

    @AfterAll
    static void deletePeople() throws Exception {
        for (Person person : PEOPLE_SIGNING_IN) {
            CONSOLE.deleteUser(person.subject());
        }
    }

    @Test
    void everyRequestOfEveryParallelSignInIsSeenAsExactlyItsOwnPerson() throws Exception {
        int signIns = Integer.getInteger("parallel.sign-ins", 300);
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE_SIGNING_IN.size());
        long started = System.nanoTime();
        try {
            List<Future<?>> walkers = new ArrayList<>();
            for (Person person : PEOPLE_SIGNING_IN) {
                walkers.add(pool.submit(() -> {
                    while (done.getAndIncrement() < signIns) {
                        signInAndWalk(person, wrong, requests);
                    }
                    return null;
                }));
            }
            for (Future<?> walker : walkers) {
                walker.get(15, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.printf("ParallelSignInIT: %d sign-ins by %d people at once, %d requests checked in %d s, %d wrong%n",
                signIns, PEOPLE_SIGNING_IN.size(), requests.get(), seconds, wrong.size());
        assertEquals(List.of(), wrong, () -> wrong.size() + " requests were not seen as their own person");
    }

    private static void signInAndWalk(Person person, List<String> wrong, AtomicInteger requests) throws Exception {
        Kind kind = person.kind();
        BrowserlessSession session = new BrowserlessSession(PORTAL_URL);
        HttpResponse<String> landing = session.signIn(person.username(), PASSWORD);
        requests.incrementAndGet();
        String landed = landing.uri().getPath();
        if (!landed.equals(kind.landing()) || landing.statusCode() != 200) {
            wrong.add(person.username() + " landed on " + landed + " (" + landing.statusCode() + "), not on "
                    + kind.landing() + "; the portal saw " + echo(landing));
            return;
        }
        boolean choosing = kind.landing().equals(CHOOSE);
        check(person, choosing ? "" : kind.works(), landing, wrong);
        if (choosing) {
            HttpResponse<String> chosen = choose(session, landing, kind.works());
            requests.incrementAndGet();
            if (!chosen.uri().getPath().equals(HOME)) {
                wrong.add(person.username() + " chose " + kind.works() + " and landed on " + chosen.uri().getPath()
                        + " (" + chosen.statusCode() + "); the portal saw " + echo(chosen));
                return;
            }
            check(person, kind.works(), chosen, wrong);
        }
        List<String> walk = kind.works().isEmpty() ? List.of(HOME, PEOPLE, OVERVIEW)
                : List.of(HOME, CALENDAR, PEOPLE, OVERVIEW);
        for (String page : walk) {
            HttpResponse<String> answer = session.get(page);
            requests.incrementAndGet();
            if (answer.statusCode() != kind.status(page)) {
                wrong.add(person.username() + " got " + answer.statusCode() + " for " + page + ", not "
                        + kind.status(page) + "; the portal saw " + echo(answer));
            } else if (answer.statusCode() == 200) {
                check(person, kind.works(), answer, wrong);
            }
        }
    }

    /** Compares the echo with what Keycloak issued to the person; {@code works} is where they should be by now. */
    private static void check(Person person, String works, HttpResponse<String> answer, List<String> wrong) {
        Kind kind = person.kind();
        String expected = "user=" + person.username() + "; subject=" + person.subject()
                + "; roles=" + kind.expectedRoles() + "; task-forces=" + kind.expectedTaskForces()
                + "; current=" + works + "; coordinating=" + (kind.coordinates() && !works.isEmpty());
        String seen = echo(answer);
        if (!expected.equals(seen)) {
            wrong.add(person.username() + " on " + answer.uri().getPath() + ": expected [" + expected + "], the portal "
                    + "saw [" + seen + "]");
        }
    }

    /** Presses the button of one task force on the choice page, as the person does. */
    private static HttpResponse<String> choose(BrowserlessSession session, HttpResponse<String> choicePage,
            String slug) throws Exception {
        Matcher button = CHOICE_BUTTON.matcher(choicePage.body());
        while (button.find()) {
            if (button.group(2).equals(slug)) {
                return FacesPostback.submit(session, CHOOSE, "choose", button.group(1), Map.of());
            }
        }
        throw new AssertionError("no button for " + slug + " on the choice page");
    }

    private static String echo(HttpResponse<String> answer) {
        return answer.headers().firstValue(CallerEcho.HEADER).orElse("(no echo)");
    }
}
