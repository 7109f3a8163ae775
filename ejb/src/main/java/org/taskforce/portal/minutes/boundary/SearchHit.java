package org.taskforce.portal.minutes.boundary;

import java.time.OffsetDateTime;

/**
 * What a search found: the meeting, where in it ({@code MEETING} for its title, {@code ITEM} for an agenda item and
 * its notes, or the outcome's kind), and a snippet as safe HTML: the text escaped, the matching words in
 * {@code <mark>}.
 */
public record SearchHit(long meetingId, String meetingTitle, OffsetDateTime startsAt, String kind,
        String snippetHtml) {

    /** The bundle key naming where the hit is. */
    public String kindKey() {
        return "minutes.search.kind." + kind;
    }
}
