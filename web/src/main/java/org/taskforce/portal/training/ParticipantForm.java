package org.taskforce.portal.training;

import jakarta.validation.constraints.Size;
import org.taskforce.portal.taskforce.entity.AgencyType;
import org.taskforce.portal.training.boundary.ParticipantDraft;
import org.taskforce.portal.training.boundary.ParticipantRow;
import org.taskforce.portal.training.entity.Participant;
import org.taskforce.portal.training.entity.Sex;
import org.taskforce.portal.web.VersionedForm;

/**
 * What the participant dialog edits: a new person or one as the list showed them, with the version it was shown at.
 * The agency is one of the task force's ({@code agencyId}) or, when none is chosen, an outside one by name and type.
 * The text fields carry the participant's column lengths; {@link ParticipantDraft} checks the rest.
 */
public class ParticipantForm extends VersionedForm {

    private static final long serialVersionUID = 1L;

    @Size(max = Participant.NAME_LENGTH)
    private String name;

    private Long agencyId;

    @Size(max = Participant.OUTSIDE_AGENCY_LENGTH)
    private String outsideAgencyName;

    private AgencyType outsideAgencyType;

    @Size(max = Participant.POSITION_LENGTH)
    private String position;

    private Sex sex;

    @Size(max = Participant.EMAIL_LENGTH)
    private String email;

    @Size(max = Participant.ACCOUNT_LENGTH)
    private String account;

    private ParticipantForm(Long id, int version) {
        super(id, version);
    }

    static ParticipantForm empty() {
        return new ParticipantForm(null, 0);
    }

    /** The form of a listed person; their agency is shown as outside when the row holds no agency id. */
    static ParticipantForm of(ParticipantRow row) {
        Long agencyId = row.agencyId();
        ParticipantForm form = new ParticipantForm(row.id(), row.version());
        form.name = row.name();
        form.agencyId = agencyId;
        if (agencyId == null) {
            form.outsideAgencyName = row.agency();
            form.outsideAgencyType = row.agencyType();
        }
        form.position = row.position();
        form.sex = row.sex();
        form.email = row.email();
        form.account = row.account();
        return form;
    }

    ParticipantDraft toDraft() {
        return new ParticipantDraft(name, agencyId, outsideAgencyName, outsideAgencyType, position, sex, email,
                account);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public String getOutsideAgencyName() {
        return outsideAgencyName;
    }

    public void setOutsideAgencyName(String outsideAgencyName) {
        this.outsideAgencyName = outsideAgencyName;
    }

    public AgencyType getOutsideAgencyType() {
        return outsideAgencyType;
    }

    public void setOutsideAgencyType(AgencyType outsideAgencyType) {
        this.outsideAgencyType = outsideAgencyType;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }
}
