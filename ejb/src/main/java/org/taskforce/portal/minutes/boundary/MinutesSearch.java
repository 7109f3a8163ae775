package org.taskforce.portal.minutes.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.taskforce.portal.database.RecordQuery;
import org.taskforce.portal.minutes.control.MinutesReader;
import org.taskforce.portal.minutes.control.RichText;
import org.taskforce.portal.tenancy.TaskForceBound;

/**
 * Full-text search over the task force's minutes: meeting titles, agenda items with their notes, and outcomes, in
 * Spanish and English with accents ignored ({@code V15_3__minutes_search.sql}), ranked, with the matching words
 * marked in a snippet. Only meetings the person sees are searched: the SQL carries the same rule as every query of the
 * minutes ({@code MinutesQueries.SEEN}), and row-level security keeps it to the task force.
 */
@Stateless
@TaskForceBound
public class MinutesSearch {

    /** The most hits one search shows, the best first. */
    public static final int MAX_HITS = 100;

    /** What marks a matching word in a snippet before it is escaped: characters nobody types in minutes. */
    private static final String START = "\u27E6";
    private static final String STOP = "\u27E7";

    private static final String SEEN = "(m.visibility = 'TASK_FORCE' or exists (select 1 from meeting_agency s"
            + " where s.meeting_id = m.id and s.agency_code = ?2))";

    /** The hits, best first: what RecordQuery selects {@link Row}'s columns from. */
    private static final String HITS = """
            (select hits.meeting_id, hits.meeting_title, hits.starts_at, hits.kind,
                    ts_headline('public.portal_es', hits.body, q,
                                'StartSel=⟦, StopSel=⟧, MaxWords=25, MinWords=8, MaxFragments=2') as snippet,
                    ts_rank(hits.doc, q) as rank
               from (select m.id as meeting_id, m.title as meeting_title, m.starts_at, 'MEETING' as kind,
                            m.title as body, m.search_vector as doc
                       from meeting m where %1$s
                     union all
                     select m.id, m.title, m.starts_at, 'ITEM',
                            i.title || ' · ' || regexp_replace(coalesce(i.notes, ''), '<[^>]*>', ' ', 'g'),
                            i.search_vector
                       from agenda_item i join meeting m on m.id = i.meeting_id where %1$s
                     union all
                     select m.id, m.title, m.starts_at, o.kind, o.text, o.search_vector
                       from outcome o join agenda_item i on i.id = o.item_id join meeting m on m.id = i.meeting_id
                      where %1$s) hits, minutes_search_query(?1) q
              where hits.doc @@ q and hits.starts_at >= ?3 and hits.starts_at < ?4
                and (?5 = '' or hits.kind = ?5)
                and (?6 = '' or exists (select 1 from meeting_attendee a where a.meeting_id = hits.meeting_id
                                                                            and a.agency_code = ?6)
                             or exists (select 1 from meeting_action x where x.meeting_id = hits.meeting_id
                                                                         and x.owner_agency_code = ?6))
              order by rank desc, hits.starts_at desc, hits.meeting_id
              limit %2$d) found
            order by rank desc, starts_at desc, meeting_id""";

    @PersistenceContext
    EntityManager em;

    @Inject
    MinutesReader reader;

    /** A row as the query returns it: {@code snippet} still carries the raw marks. */
    private record Row(long meetingId, String meetingTitle, OffsetDateTime startsAt, String kind, String snippet) {
    }

    /** The best hits first (at most {@value #MAX_HITS}). */
    public List<SearchHit> search(@NotNull @Valid SearchQuery query) {
        String from = HITS.formatted(SEEN, MAX_HITS);
        OffsetDateTime since = query.from() == null ? OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                : startOf(query.from());
        OffsetDateTime until = query.to() == null ? OffsetDateTime.of(9999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                : startOf(query.to().plusDays(1));
        return RecordQuery.of(em, Row.class, from)
                .parameter(1, query.words())
                .parameter(2, reader.agency())
                .parameter(3, since)
                .parameter(4, until)
                .parameter(5, query.kind() == null ? "" : query.kind().name())
                .parameter(6, query.agencyCode() == null ? "" : query.agencyCode())
                .list().stream()
                .map(row -> new SearchHit(row.meetingId(), row.meetingTitle(), row.startsAt(), row.kind(),
                        marked(row.snippet())))
                .toList();
    }

    /** The snippet as safe HTML: entities of the stored notes read as text, everything escaped, marks as mark. */
    static String marked(String snippet) {
        String text = RichText.plain(snippet == null ? "" : snippet);
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
        return escaped.replace(START, "<mark>").replace(STOP, "</mark>");
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(reader.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
