package org.taskforce.portal.minutes;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.taskforce.portal.minutes.boundary.AgencyChoice;
import org.taskforce.portal.minutes.boundary.Meetings;
import org.taskforce.portal.minutes.boundary.MinutesSearch;
import org.taskforce.portal.minutes.boundary.SearchHit;
import org.taskforce.portal.minutes.boundary.SearchQuery;
import org.taskforce.portal.minutes.entity.OutcomeKind;
import org.taskforce.portal.web.RecentYears;

/**
 * Backs {@code /minutes/search.xhtml}: full-text search over the minutes the person sees, in Spanish and English with
 * accents ignored, filtered by dates, agency and kind of outcome; each hit links to its meeting, its snippet marks the
 * words found (HTML the service escaped). "From" opens on 1 January of last year ({@link RecentYears}), which the
 * person clears to search every year: a ranked search ranks every match, and words common in minutes match more every
 * year (load benchmark, issue 15).
 */
@ViewScoped
@Named("minutesSearchPage")
public class SearchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MinutesSearch minutesSearch;

    @Inject
    transient Meetings meetings;

    @Size(max = SearchQuery.MAX_WORDS)
    private String words;

    private LocalDate from;
    private LocalDate to;
    private String agencyCode;
    private OutcomeKind kind;
    private List<SearchHit> hits;
    private List<AgencyChoice> agencies = List.of();

    @PostConstruct
    void load() {
        agencies = meetings.agencies();
        from = RecentYears.firstDay();
    }

    public void search() {
        hits = minutesSearch.search(new SearchQuery(words, from, to, agencyCode, kind));
    }

    /** Whether a search was made (to tell "nothing found" from "nothing asked"). */
    public boolean isSearched() {
        return hits != null;
    }

    public List<SearchHit> getHits() {
        return hits == null ? List.of() : hits;
    }

    public List<AgencyChoice> getAgencies() {
        return agencies;
    }

    public List<OutcomeKind> getKinds() {
        return List.of(OutcomeKind.values());
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public void setKind(OutcomeKind kind) {
        this.kind = kind;
    }
}
