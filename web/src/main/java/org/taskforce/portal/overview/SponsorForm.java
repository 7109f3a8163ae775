package org.taskforce.portal.overview;

import jakarta.validation.constraints.Size;
import org.taskforce.portal.training.boundary.SponsorDraft;
import org.taskforce.portal.training.entity.Sponsor;
import org.taskforce.portal.web.VersionedForm;

/**
 * What the sponsor dialog edits: a new sponsor, or an existing one as the list showed it, with the version it was
 * shown at ({@code Sponsors.change} saves only over it). The text fields carry the sponsor's column lengths, which
 * the inputs take as their {@code maxlength}; {@link SponsorDraft} checks the rest.
 */
public class SponsorForm extends VersionedForm {

    private static final long serialVersionUID = 1L;

    @Size(max = Sponsor.CODE_LENGTH)
    private String code;

    @Size(max = Sponsor.NAME_LENGTH)
    private String name;

    private boolean approvesAttendees;

    private SponsorForm(Long id, int version, String code, String name, boolean approvesAttendees) {
        super(id, version);
        this.code = code;
        this.name = name;
        this.approvesAttendees = approvesAttendees;
    }

    static SponsorForm empty() {
        return new SponsorForm(null, 0, null, null, false);
    }

    static SponsorForm of(Sponsor sponsor) {
        return new SponsorForm(sponsor.getId(), sponsor.getVersion(), sponsor.getCode(), sponsor.getName(),
                sponsor.approvesAttendees());
    }

    SponsorDraft toDraft() {
        return new SponsorDraft(code, name, approvesAttendees);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isApprovesAttendees() {
        return approvesAttendees;
    }

    public void setApprovesAttendees(boolean approvesAttendees) {
        this.approvesAttendees = approvesAttendees;
    }
}
