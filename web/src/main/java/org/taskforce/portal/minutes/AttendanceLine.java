package org.taskforce.portal.minutes;

import java.io.Serializable;
import org.taskforce.portal.minutes.entity.Presence;

/** A member on the meeting page's attendance list, whose presence the minute taker sets. */
public class AttendanceLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long memberId;
    private final String name;
    private final String agencyCode;
    private Presence presence;

    public AttendanceLine(long memberId, String name, String agencyCode, Presence presence) {
        this.memberId = memberId;
        this.name = name;
        this.agencyCode = agencyCode;
        this.presence = presence;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getName() {
        return name;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public Presence getPresence() {
        return presence;
    }

    public void setPresence(Presence presence) {
        this.presence = presence;
    }
}
