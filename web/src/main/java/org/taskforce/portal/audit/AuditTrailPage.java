package org.taskforce.portal.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.taskforce.portal.audit.boundary.AuditNames;
import org.taskforce.portal.audit.boundary.AuditSearch;
import org.taskforce.portal.audit.boundary.AuditTrail;
import org.taskforce.portal.audit.boundary.AuditVerification;
import org.taskforce.portal.audit.entity.AuditEvent;
import org.taskforce.portal.web.Messages;
import org.taskforce.portal.web.RecentYears;

/**
 * Backs {@code /taskforce/audit.xhtml}: the current task force's audit trail, newest first, paged on the server and
 * searchable by person or action, with a check of its hash chain (which always walks the whole chain). It shows this
 * year and the last unless the reader asks for earlier years too ({@link RecentYears}), so that what the page costs
 * is the same at five years of history as at fifteen; the list, searched or not, pages through the newest
 * {@link AuditTrail#SEARCH_COUNT_LIMIT} events of that period, and the CSV export has every one of them. People are
 * shown by their names and records by what they are ("Institución: Policía Nacional"), as {@link AuditTrail#names}
 * gives them for the page shown; a record deleted since, or one the reader may not see (an operation they are not
 * listed on), says so instead. Coordinators only ({@code PortalPage.AUDIT_TRAIL}).
 */
@ViewScoped
@Named("auditTrailPage")
public class AuditTrailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditTrail auditTrail;

    @Inject
    transient Messages messages;

    private final LazyDataModel<AuditEvent> events = new Events();

    private AuditVerification verification;

    private AuditNames names = new AuditNames(Map.of(), Map.of());

    private boolean moreThanShown;

    private final RecentYears period = new RecentYears();

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    /**
     * Whether the search matches more events than its pages reach ({@link AuditTrail#SEARCH_COUNT_LIMIT}, the newest):
     * the page says so and asks for a narrower search; the export still has them all.
     */
    public boolean isMoreThanShown() {
        return moreThanShown;
    }

    /** The period the list shows: this year and the last, or earlier years too (its checkbox). */
    public RecentYears getPeriod() {
        return period;
    }

    public int getSearchLimit() {
        return AuditTrail.SEARCH_COUNT_LIMIT;
    }

    public AuditVerification getVerification() {
        return verification;
    }

    /** Who acted: the person's name, as every other page shows it. */
    public String who(AuditEvent event) {
        return names.actor(event);
    }

    /** What the event concerns: the kind of record and its name, or that it is deleted or not shown; empty for none. */
    public String record(AuditEvent event) {
        if (event.getRecordType() == null) {
            return "";
        }
        String kind = messages.textOr("audit.record." + event.getRecordType(), event.getRecordType());
        String name = names.record(event);
        return kind + ": " + (name == null ? messages.text("audit.record.unnamed") : name);
    }

    /** Walks the chain and says whether it is intact, or where it was tampered with. */
    public void verify() {
        verification = auditTrail.verifyCurrentTaskForce();
        if (verification.intact()) {
            messages.info("audit.verify.intact", verification.checked());
        } else {
            messages.error("audit.verify.broken", verification.brokenAt(), verification.checked());
        }
    }

    /**
     * The events, a page at a time; the global filter searches people and actions. A search's count reads the ids of
     * its newest matches ({@link AuditTrail#matching}), and its page takes its share of them: one reading of the trail
     * for both (the table asks for the count, then the page, in the same request).
     */
    private final class Events extends LazyDataModel<AuditEvent> {

        private static final long serialVersionUID = 1L;

        /** The search {@link #matched} is for, and the ids of its newest matches; not kept past the request's use. */
        private transient AuditSearch matchedFor;
        private transient List<Long> matched;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            AuditSearch search = search(filters);
            long count;
            if (!search.hasText()) {
                matchedFor = null;
                count = auditTrail.count(search);
            } else {
                matched = auditTrail.matching(search);
                matchedFor = search;
                count = matched.size();
            }
            moreThanShown = count > AuditTrail.SEARCH_COUNT_LIMIT;
            return Math.toIntExact(Math.min(count, AuditTrail.SEARCH_COUNT_LIMIT));
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sort,
                Map<String, FilterMeta> filters) {
            AuditSearch search = search(filters);
            List<AuditEvent> page = search.equals(matchedFor) && first < matched.size()
                    ? auditTrail.events(matched.subList(first, Math.min(first + pageSize, matched.size())))
                    : auditTrail.page(first, pageSize, search);
            names = auditTrail.names(page);
            return page;
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.getId());
        }

        /** What the reader asks for: what they typed in the search field, over the years they chose. */
        private AuditSearch search(Map<String, FilterMeta> filters) {
            FilterMeta global = filters.get(FilterMeta.GLOBAL_FILTER_KEY);
            String typed = global == null || global.getFilterValue() == null ? "" : global.getFilterValue().toString();
            return new AuditSearch(typed.isBlank() ? null : typed, period.since());
        }
    }
}
