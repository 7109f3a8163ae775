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

    private AgencyForm form = AgencyForm.empty();

    @PostConstruct
    void load() {
        list = agencies.list();
    }

    public void startNew() {
        form = AgencyForm.empty();
    }

    /** Opens the agency as the list shows it, with the version it has there. */
    public void startEdit(Agency agency) {
        form = AgencyForm.of(agency);
    }

    /**
     * Adds or changes the agency; on any problem the dialog stays open with what was typed. A change is saved only
     * over the version the dialog was opened with.
     */
    public void save() {
        AgencyDraft draft = form.toDraft();
        try {
            if (form.isNew()) {
                agencies.add(draft);
            } else {
                agencies.change(form.id(), form.version(), draft);
            }
            messages.info("agency.saved", draft.name());
        } finally {
            load(); // as it is now, whether this save went through or not
        }
    }

    public List<AgencyType> getTypes() {
        return List.of(AgencyType.values());
    }

    public AgencyForm getForm() {
        return form;
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
}
