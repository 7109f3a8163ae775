package org.taskforce.portal.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every page of the portal, with who may open it and, for the pages the navigation shows, the bundle key of its link:
 * the one place a page is declared. {@link SignInFilter} lets a signed-in person open a page only as its
 * {@link Access} says and answers 404 for a page that is not here; the header's navigation ({@link Navigation}) lists
 * the pages a person may open; {@code RoleMatrixIT} opens every page as every role and fails for a page file that is
 * not declared here.
 *
 * <p>{@code web.xml} only asks for a sign-in on everything but the public pages (it names them too, and
 * {@code RoleMatrixIT} checks that it names exactly the {@link Access#PUBLIC} ones). The services check roles again
 * ({@code @RolesAllowed}, {@code @TaskForceBound}, {@code @CoordinatorsOnly}), whatever page calls them.
 */
public enum PortalPage {

    START("/index.xhtml", Access.SIGNED_IN),
    NO_TASK_FORCE("/no-task-force.xhtml", Access.SIGNED_IN),
    SIGNED_OUT("/signed-out.xhtml", Access.PUBLIC),
    ERROR("/error.xhtml", Access.PUBLIC),
    /** A certificate's public verification, reached as {@code /verify/<code>} (training.VerifyServlet). */
    VERIFY_CERTIFICATE("/verify.xhtml", Access.PUBLIC),

    CHOOSE_TASK_FORCE("/taskforce/choose.xhtml", Access.TASK_FORCE_WORKER),
    TASK_FORCE_HOME("/taskforce/home.xhtml", Access.TASK_FORCE, "nav.taskForceHome"),
    CALENDAR("/calendar/calendar.xhtml", Access.TASK_FORCE, "nav.calendar"),
    CALENDAR_IMPORT("/calendar/import.xhtml", Access.TASK_FORCE),
    CALENDAR_SUBSCRIPTION("/calendar/subscription.xhtml", Access.TASK_FORCE),
    TRAININGS("/training/trainings.xhtml", Access.TASK_FORCE, "nav.trainings"),
    TRAINING("/training/training.xhtml", Access.TASK_FORCE),
    TRAINING_ATTENDANCE("/training/attendance.xhtml", Access.COORDINATORS),
    MY_TRAININGS("/training/mine.xhtml", Access.TASK_FORCE, "nav.myTrainings"),
    /** A Train the Trainer course's cascade: its trainers and their replications in any task force. */
    TRAINING_CASCADE("/training/cascade.xhtml", Access.TASK_FORCE),
    MEETINGS("/minutes/meetings.xhtml", Access.TASK_FORCE, "nav.meetings"),
    MEETING("/minutes/meeting.xhtml", Access.TASK_FORCE),
    ACTIONS("/minutes/actions.xhtml", Access.TASK_FORCE, "nav.actions"),
    MINUTES_SEARCH("/minutes/search.xhtml", Access.TASK_FORCE, "nav.minutesSearch"),

    PEOPLE("/taskforce/people.xhtml", Access.COORDINATORS, "nav.people"),
    AGENCIES("/taskforce/agencies.xhtml", Access.COORDINATORS, "nav.agencies"),
    AUDIT_TRAIL("/taskforce/audit.xhtml", Access.COORDINATORS, "nav.audit"),
    PARTICIPANTS("/training/participants.xhtml", Access.COORDINATORS, "nav.participants"),

    TASK_FORCES("/overview/task-forces.xhtml", Access.NATIONAL_COORDINATORS, "nav.taskForces"),
    SPONSORS("/overview/sponsors.xhtml", Access.NATIONAL_COORDINATORS, "nav.sponsors"),
    NATIONAL_COURSES("/overview/courses.xhtml", Access.NATIONAL_COORDINATORS, "nav.nationalCourses"),

    LIAISON_HOME("/liaison/home.xhtml", Access.LIAISONS, "nav.liaison"),
    /** One training of the liaison's sponsor, with its participants by name (liaison.LiaisonTraining). */
    LIAISON_TRAINING("/liaison/training.xhtml", Access.LIAISONS),

    /** The load benchmark's floor: the layout with nothing read for it (docs/benchmarks/load). Linked from nowhere. */
    BENCHMARK_FLOOR("/benchmark/floor.xhtml", Access.SIGNED_IN);

    /** Who may open a page. */
    public enum Access {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Anyone signed in. */
        SIGNED_IN,
        /** Anyone who may work in a task force (realm role member or coordinator), whether they chose one yet. */
        TASK_FORCE_WORKER,
        /** Who works in the task force they chose; without one chosen, the page sends them to choose. */
        TASK_FORCE,
        /** The coordinators of the task force they work in (coordinating another one is not enough). */
        COORDINATORS,
        /** National coordinators. */
        NATIONAL_COORDINATORS,
        /** Embassy and sponsor liaisons. */
        LIAISONS
    }

    private final String path;
    private final Access access;
    private final String navigationKey;

    PortalPage(String path, Access access) {
        this(path, access, null);
    }

    PortalPage(String path, Access access, String navigationKey) {
        this.path = path;
        this.access = access;
        this.navigationKey = navigationKey;
    }

    /** The page's path from the web root, as the servlet path of a request for it: {@code /calendar/calendar.xhtml}. */
    public String path() {
        return path;
    }

    /** The Faces outcome that opens the page: its path without {@code .xhtml}. */
    public String outcome() {
        return path.substring(0, path.length() - ".xhtml".length());
    }

    public Access access() {
        return access;
    }

    /** The bundle key of the page's link in the header's navigation, if it has one. */
    public Optional<String> navigationKey() {
        return Optional.ofNullable(navigationKey);
    }

    /** The page a request's servlet path names, if it is one of the portal's pages. */
    public static Optional<PortalPage> of(String servletPath) {
        return Arrays.stream(values()).filter(page -> page.path.equals(servletPath)).findFirst();
    }

    /** The pages with a link in the navigation, in the order of the navigation. */
    public static List<PortalPage> navigation() {
        return Arrays.stream(values()).filter(page -> page.navigationKey != null).toList();
    }
}
