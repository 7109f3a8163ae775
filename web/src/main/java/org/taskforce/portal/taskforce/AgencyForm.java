package org.taskforce.portal.taskforce;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.taskforce.portal.taskforce.boundary.AgencyDraft;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.taskforce.entity.AgencyType;

/**
 * What the agency dialog edits: a new agency, or an existing one as the list showed it, with the version it was shown
 * at, which the service saves over ({@code Agencies.change}) so that a second coordinator's save does not overwrite
 * the first's unseen.
 *
 * <p>The text fields carry the agency's own column lengths: the inputs take their {@code maxlength} from them
 * (PrimeFaces' {@code TRANSFORM_METADATA}). Nothing else is checked here; {@link AgencyDraft} is.
 */
public class AgencyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@code null} for a new agency. */
    private final Long id;
    private final int version;

    @Size(max = Agency.CODE_LENGTH)
    private String code;

    private AgencyType type;

    @Size(max = Agency.NAME_LENGTH)
    private String name;

    private AgencyForm(Long id, int version, String code, AgencyType type, String name) {
        this.id = id;
        this.version = version;
        this.code = code;
        this.type = type;
        this.name = name;
    }

    /** An empty form for a new agency. */
    static AgencyForm empty() {
        return new AgencyForm(null, 0, null, null, null);
    }

    /** The form of an agency as the list shows it. */
    static AgencyForm of(Agency agency) {
        return new AgencyForm(agency.getId(), agency.getVersion(), agency.getCode(), agency.getType(),
                agency.getName());
    }

    AgencyDraft toDraft() {
        return new AgencyDraft(code, type, name);
    }

    public boolean isNew() {
        return id == null;
    }

    Long id() {
        return id;
    }

    /** The version of the agency when the form was opened. */
    int version() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public AgencyType getType() {
        return type;
    }

    public void setType(AgencyType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
