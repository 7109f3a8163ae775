package org.taskforce.portal.taskforce;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.taskforce.portal.calendar.boundary.Occurrence;
import org.taskforce.portal.home.boundary.Home;
import org.taskforce.portal.home.boundary.Homes;
import org.taskforce.portal.minutes.boundary.ActionRow;
import org.taskforce.portal.security.TaskForceChoice;
import org.taskforce.portal.taskforce.boundary.TaskForceHome;
import org.taskforce.portal.web.Messages;

/**
 * Backs {@code /taskforce/home.xhtml}: the current task force, its next events, the person's open actions, its
 * agencies with how many people each, and its members in one table of 20 a page (the landing page of every member's
 * sign-in: it renders one page of people, not all of them).
 */
@ViewScoped
@Named("taskForceHomePage")
public class TaskForceHomePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many of the next events the home shows. */
    private static final int UPCOMING = 5;

    @Inject
    transient TaskForceChoice choice;

    @Inject
    transient Homes homes;

    @Inject
    transient Messages messages;

    private TaskForceHome home;

    private List<Occurrence> upcoming;

    private List<ActionRow> myActions;

    private List<TaskForceHome.Listed> members;

    private List<TaskForceHome.Listed> filtered;

    /** The agencies' shown names in lower case ({@link #agencyName}): a search for one of them is a search by agency. */
    private Set<String> agencyNames = Set.of();

    /** Loads the home of the task force chosen in this session; without one, back to the landing route. */
    public String load() {
        if (choice.current().isEmpty()) {
            return "/index?faces-redirect=true";
        }
        Home read = homes.current(UPCOMING);
        show(read.taskForce());
        upcoming = read.upcoming();
        myActions = read.myActions();
        return null;
    }

    /** Lists the task force's people and agencies. */
    void show(TaskForceHome home) {
        this.home = home;
        members = home.everyone();
        agencyNames = home.agencies().stream().map(agency -> agencyName(agency).toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public TaskForceHome getHome() {
        return home;
    }

    /** The person's own open actions, overdue first (only of meetings they see). */
    public List<ActionRow> getMyActions() {
        return myActions;
    }

    /** Everyone in the task force, agency after agency. */
    public List<TaskForceHome.Listed> getMembers() {
        return members;
    }

    /** The members the table's search left (kept by PrimeFaces between its requests). */
    public List<TaskForceHome.Listed> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<TaskForceHome.Listed> filtered) {
        this.filtered = filtered;
    }

    /**
     * The member table's search: a member matches when their name, e-mail or agency's name holds what was typed
     * (ignoring case). What is exactly an agency's name (what its chip types: "Other agencies" for those the task force
     * does not list) lists that agency's people and no one else's, even where another agency's name holds it
     * ("Fiscalía" and "Fiscalía Regional").
     */
    public boolean matches(Object row, Object search, Locale locale) {
        String wanted = search == null ? "" : search.toString().strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return true;
        }
        TaskForceHome.Listed member = (TaskForceHome.Listed) row;
        String agency = agencyName(member.agency()).toLowerCase(Locale.ROOT);
        if (agencyNames.contains(wanted)) {
            return agency.equals(wanted);
        }
        return contains(member.person().displayName(), wanted)
                || contains(member.person().email(), wanted)
                || agency.contains(wanted);
    }

    /**
     * An agency's name as the page shows it (chip, table, search): the people of agencies the task force does not list
     * are together under "Other agencies".
     */
    public String agencyName(TaskForceHome.AgencyGroup agency) {
        return agency.name() == null ? messages.text("taskforce.home.otherAgencies") : agency.name();
    }

    private static boolean contains(String text, String wanted) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** The next events the person may see. */
    public List<Occurrence> getUpcoming() {
        return upcoming;
    }
}
