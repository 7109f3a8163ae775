package org.taskforce.portal.adversarial;

import static org.taskforce.portal.adversarial.TaskForceOwnedRecords.insert;
import static org.taskforce.portal.adversarial.TaskForceOwnedRecords.tableExport;
import static org.taskforce.portal.adversarial.TaskForceOwnedRecords.tableSearch;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The minutes' tables as the adversarial suite attacks them: how to plant each (a meeting, its agency list, an
 * attendee, a guest, an agenda item, an outcome, an action, an action's review, a comment, an approved revision), and
 * the ways in each has (the
 * meeting's page by id, the meetings list's search and CSV export, the Actions page's search and export for every
 * filter). The same records are planted twice: in another task force for {@link CrossTaskForceAttackIT} (seen by the
 * whole of that task force), and as a meeting restricted to an agency none of the attackers belongs to inside their
 * own task force for {@link RestrictedMinutesAttackIT}.
 */
final class MinutesRecords {

    /** An agency of Alto Paraná whose people are not among the attackers (Lucía Giménez's is Itapúa's). */
    static final String NOBODYS_AGENCY = "migraciones";

    private static final List<String> FILTERS = List.of("MINE", "MY_AGENCY", "OVERDUE", "ALL");

    private static final String ACTIONS = "/minutes/actions.xhtml";

    private static final String SEARCH = "/minutes/search.xhtml";

    private MinutesRecords() {
    }

    /**
     * The minutes' records; {@code restrictedTo} {@code null} plants meetings of the whole task force, an agency code
     * plants meetings only that agency sees.
     */
    static List<OwnedRecord> owned(String restrictedTo) {
        return List.of(
                new OwnedRecord("meeting", (c, tf, marker) -> new Planted("meeting",
                        meeting(c, tf, marker, restrictedTo), marker), List.of(
                        Attack.refused("GET the meeting's page by id",
                                (attacker, target) -> attacker.get("/minutes/meeting.xhtml?id=" + target.id())),
                        tableSearch("ajax search of the meetings for the meeting",
                                "/minutes/meetings.xhtml", "meetings", "meetings:list"),
                        tableExport("CSV export of the meetings, searching for the meeting",
                                "/minutes/meetings.xhtml", "meetings", "meetings:list"),
                        Attack.notShown("ajax 'earlier years too' of the meetings (every year read again)",
                                (attacker, target) -> FacesPostback.send(attacker, "/minutes/meetings.xhtml",
                                        "meetings", "meetings:list:earlierYears", "valueChange",
                                        Map.of("meetings:list:earlierYears_input", "on"))),
                        Attack.notShown("the home page (own open actions)",
                                (attacker, target) -> attacker.get("/taskforce/home.xhtml")),
                        search())),
                new OwnedRecord("meeting_agency", (c, tf, marker) -> {
                    long meeting = meeting(c, tf, marker, restrictedTo == null ? marker : restrictedTo);
                    return new Planted("meeting_agency", insert(c,
                            "select id from meeting_agency where meeting_id = ? order by id limit 1", meeting),
                            marker);
                }, List.of()),
                new OwnedRecord("meeting_attendee", (c, tf, marker) -> {
                    // Who attended is the secret of a restricted meeting, not the person: the meeting is the marker.
                    long meeting = meeting(c, tf, marker, restrictedTo);
                    long member = member(c, tf, restrictedTo);
                    return new Planted("meeting_attendee", insert(c, """
                            insert into meeting_attendee (tenant_id, meeting_id, member_id, presence, agency_code)
                            values (?, ?, ?, 'PRESENT', ?) returning id""", tf, meeting, member,
                            restrictedTo == null ? "policia-nacional" : restrictedTo), marker);
                }, List.of()),
                new OwnedRecord("meeting_guest", (c, tf, marker) -> {
                    long meeting = meeting(c, tf, marker + "-meeting", restrictedTo);
                    return new Planted("meeting_guest", insert(c, """
                            insert into meeting_guest (tenant_id, meeting_id, name, agency_name)
                            values (?, ?, ?, ?) returning id""", tf, meeting, marker, marker), marker);
                }, List.of()),
                new OwnedRecord("agenda_item", (c, tf, marker) -> new Planted("agenda_item",
                        item(c, tf, meeting(c, tf, marker + "-meeting", restrictedTo), marker), marker),
                        List.of(search())),
                new OwnedRecord("outcome", (c, tf, marker) -> {
                    long item = item(c, tf, meeting(c, tf, marker + "-meeting", restrictedTo), marker + "-item");
                    return new Planted("outcome", outcome(c, tf, item, "DECISION", marker), marker);
                }, List.of(search())),
                new OwnedRecord("meeting_action", (c, tf, marker) -> new Planted("meeting_action",
                        action(c, tf, marker, restrictedTo), marker), actionsPage()),
                new OwnedRecord("action_review", (c, tf, marker) -> {
                    long action = action(c, tf, marker + "-action", restrictedTo);
                    long later = meeting(c, tf, marker + "-later", restrictedTo);
                    return new Planted("action_review", insert(c, """
                            insert into action_review (tenant_id, action_id, meeting_id, state, note, reviewed_by)
                            values (?, ?, ?, 'OPEN', ?, 'adversarial-suite') returning id""", tf, action, later,
                            marker), marker);
                }, actionsPage()),
                new OwnedRecord("minutes_comment", (c, tf, marker) -> {
                    long meeting = meeting(c, tf, marker + "-meeting", restrictedTo);
                    long author = member(c, tf, restrictedTo);
                    return new Planted("minutes_comment", insert(c, """
                            insert into minutes_comment (tenant_id, meeting_id, revision, kind, text, author_member_id,
                                                         author)
                            values (?, ?, 1, 'CORRECTION', ?, ?, ?) returning id""", tf, meeting, marker, author,
                            marker), marker);
                }, List.of()),
                new OwnedRecord("minutes_version", (c, tf, marker) -> {
                    long meeting = meeting(c, tf, marker + "-meeting", restrictedTo);
                    return new Planted("minutes_version", insert(c, """
                            insert into minutes_version (tenant_id, meeting_id, revision, content, approved_by)
                            values (?, ?, 1, ?, 'adversarial-suite') returning id""", tf, meeting,
                            "# " + marker + "\nDECISION: " + marker), marker);
                }, List.of()));
    }

    /**
     * The full-text search of the minutes for the record: for the last part of its marker (the search finds the parts
     * of a hyphenated word), so that the page's echo of what was typed is not taken for a hit showing the marker.
     */
    static Attack search() {
        return Attack.notShown("the minutes' full-text search for the marker", (attacker, target) ->
                FacesPostback.sendFrom(attacker.get(SEARCH), attacker, SEARCH, "search", "search:find",
                        // Its random part only: the page shows what was typed, and the whole marker would be a leak.
                        Map.of("search:words", target.marker().substring(target.marker().lastIndexOf('-') + 1),
                                // as the page's button asks: the hits are drawn outside the form
                                "jakarta.faces.partial.render", "search results")));
    }

    /**
     * The Actions page with each filter chosen (in the same view), then its search for the action's marker; and its
     * CSV export (a fresh view: the person's own actions).
     */
    private static List<Attack> actionsPage() {
        List<Attack> attacks = new ArrayList<>(FILTERS.stream().map(filter -> Attack.notShown(
                "the Actions page (" + filter + "), searching for the action", (attacker, target) -> {
                    HttpResponse<String> opened = attacker.get(ACTIONS);
                    HttpResponse<String> chosen = FacesPostback.followUp(opened, attacker, ACTIONS, "filter",
                            "filter:show", "change", Map.of("filter:show", filter));
                    if (chosen.body() != null && chosen.body().contains(target.marker())) {
                        return chosen;
                    }
                    return FacesPostback.followUp(opened, attacker, ACTIONS, "actions", "actions:list", "filter",
                            Map.of("actions:list_filtering", "true", "actions:list_encodeFeature", "true",
                                    "actions:list:globalFilter", target.marker()));
                })).toList());
        attacks.add(tableExport("CSV export of the Actions page, searching for the action", ACTIONS, "actions",
                "actions:list"));
        return attacks;
    }

    /**
     * A meeting last week titled with the marker, taken by a member of the agency it is restricted to (or of the
     * police), seen by the whole task force or only by {@code restrictedTo}.
     */
    static long meeting(Connection c, long tf, String title, String restrictedTo) throws SQLException {
        long taker = member(c, tf, restrictedTo);
        long meeting = insert(c, """
                insert into meeting (tenant_id, title, location, starts_at, ends_at, minute_taker_id, visibility,
                                     created_by, updated_by)
                values (?, ?, ?, now() - interval '7 days', now() - interval '7 days' + interval '2 hours', ?, ?,
                        'adversarial-suite', 'adversarial-suite') returning id""",
                tf, title, title, taker, restrictedTo == null ? "TASK_FORCE" : "AGENCIES");
        if (restrictedTo != null) {
            insert(c, "insert into meeting_agency (tenant_id, meeting_id, agency_code) values (?, ?, ?) returning id",
                    tf, meeting, restrictedTo);
        }
        return meeting;
    }

    /**
     * A member of the task force, of the agency or of the police, named apart from any marker: the task force's pages
     * (its home page, the audit trail) name its people to everyone in it, whatever meetings they attended.
     */
    private static long member(Connection c, long tf, String agency) throws SQLException {
        String name = "adv-person-" + UUID.randomUUID().toString().substring(0, 8);
        long member = insert(c, """
                insert into member_profile (subject, username, display_name, agency_code)
                values (?, ?, ?, ?) returning id""", UUID.randomUUID().toString(), name, name,
                agency == null ? "policia-nacional" : agency);
        insert(c, "insert into membership (tenant_id, member_id) values (?, ?) returning id", tf, member);
        return member;
    }

    private static long item(Connection c, long tf, long meeting, String title) throws SQLException {
        return insert(c, """
                insert into agenda_item (tenant_id, meeting_id, position, title, presenter, notes, updated_by)
                values (?, ?, 1, ?, ?, ?, 'adversarial-suite') returning id""", tf, meeting, title, title,
                "<p>" + title + "</p>");
    }

    private static long outcome(Connection c, long tf, long item, String kind, String text) throws SQLException {
        return insert(c, """
                insert into outcome (tenant_id, item_id, position, kind, text, created_by)
                values (?, ?, 1, ?, ?, 'adversarial-suite') returning id""", tf, item, kind, text);
    }

    /**
     * An open, overdue action whose text is the marker, owned by the agency of each attacker at once is impossible:
     * it is owned by the police (Ana Benítez's agency) in another task force, and by the restricted agency inside
     * the attackers' own.
     */
    private static long action(Connection c, long tf, String marker, String restrictedTo) throws SQLException {
        long meeting = meeting(c, tf, marker + "-meeting", restrictedTo);
        long item = item(c, tf, meeting, marker + "-item");
        long outcome = outcome(c, tf, item, "ACTION", marker);
        return insert(c, """
                insert into meeting_action (tenant_id, outcome_id, meeting_id, owner_agency_code, due_on)
                values (?, ?, ?, ?, current_date - 1) returning id""", tf, outcome, meeting,
                restrictedTo == null ? "policia-nacional" : restrictedTo);
    }
}
