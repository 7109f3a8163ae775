package org.taskforce.portal.taskforce;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.taskforce.portal.taskforce.boundary.Agencies;
import org.taskforce.portal.taskforce.boundary.AgencyDraft;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.taskforce.entity.AgencyType;
import org.taskforce.portal.web.Messages;

/**
 * Backs {@code /taskforce/agencies.xhtml}: a coordinator's list of their task force's agencies, with adding one and
 * renaming one or changing its type (the code stays: people's accounts hold it). Coordinators only (web.xml).
 */
@ViewScoped
@Named("agenciesPage")
public class AgenciesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Agencies agencies;

    @Inject
    transient Messages messages;

    private List<Agency> list = List.of();
    private List<Agency> filtered;

    /** The id of the agency being changed, {@code null} while adding one. */
    private Long editing;
    private String code;
    private AgencyType type;
    private String name;

    @PostConstruct
    void load() {
        list = agencies.list();
    }

    public void startNew() {
        editing = null;
        code = null;
        type = null;
        name = null;
    }

    public void startEdit(Agency agency) {
        editing = agency.getId();
        code = agency.getCode();
        type = agency.getType();
        name = agency.getName();
    }

    /** Adds or changes the agency; on any problem the dialog stays open with what was typed. */
    public void save() {
        AgencyDraft draft = new AgencyDraft(code, type, name);
        try {
            if (editing == null) {
                agencies.add(draft);
            } else {
                agencies.change(editing, draft);
            }
            messages.info("agency.saved", draft.name());
        } finally {
            load(); // as it is now, whether this save went through or not
        }
    }

    public List<AgencyType> getTypes() {
        return List.of(AgencyType.values());
    }

    public boolean isNew() {
        return editing == null;
    }

    public List<Agency> getList() {
        return list;
    }

    public List<Agency> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Agency> filtered) {
        this.filtered = filtered;
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
