package org.taskforce.portal.minutes;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.taskforce.portal.minutes.entity.MeetingGuest;

/** A guest being added to a meeting's attendance. */
public class GuestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = MeetingGuest.NAME_LENGTH)
    private String name;

    @Size(max = MeetingGuest.AGENCY_LENGTH)
    private String agencyName;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public void setAgencyName(String agencyName) {
        this.agencyName = agencyName;
    }
}
