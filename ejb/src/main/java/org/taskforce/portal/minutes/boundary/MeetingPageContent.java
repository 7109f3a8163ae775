package org.taskforce.portal.minutes.boundary;

import java.util.List;

/**
 * What a meeting's page shows when it opens, read in one transaction ({@link Meetings#open}): the minutes, their
 * comments and approved versions, and for those who write them or coordinate, the task force's members and agencies
 * to choose owners from (empty for the others).
 */
public record MeetingPageContent(MeetingDetails details, List<CommentRow> comments, List<VersionRow> versions,
        List<MemberChoice> members, List<AgencyChoice> agencies) {

    public MeetingPageContent {
        comments = List.copyOf(comments);
        versions = List.copyOf(versions);
        members = List.copyOf(members);
        agencies = List.copyOf(agencies);
    }
}
