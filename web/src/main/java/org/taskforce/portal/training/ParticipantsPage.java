package org.taskforce.portal.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.taskforce.portal.taskforce.boundary.Agencies;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.taskforce.entity.AgencyType;
import org.taskforce.portal.training.boundary.ParticipantDraft;
import org.taskforce.portal.training.boundary.ParticipantRow;
import org.taskforce.portal.training.boundary.Participants;
import org.taskforce.portal.training.entity.Sex;
import org.taskforce.portal.web.Messages;

/**
 * Backs {@code /training/participants.xhtml}: the people the task force trains, added and changed by its
 * coordinators. Adding a person first shows the likely duplicates (same e-mail, or same name and agency, accents and
 * case ignored): the coordinator adds them anyway only once they said it is someone else. Two records of one person
 * are merged from the list: the record opened is merged into the one chosen to keep.
 */
@ViewScoped
@Named("participantsPage")
public class ParticipantsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Participants participants;

    @Inject
    transient Agencies agencies;

    @Inject
    transient Messages messages;

    private List<ParticipantRow> list = List.of();
    private List<ParticipantRow> filtered;
    private List<Agency> agencyList = List.of();

    private ParticipantForm form = ParticipantForm.empty();
    /** The likely duplicates of the person being added, shown before they are added. */
    private List<ParticipantRow> duplicates = List.of();
    private boolean confirmedDistinct;

    /** The record being merged away, and the one of its duplicates chosen to keep. */
    private ParticipantRow merging;
    private List<ParticipantRow> mergeCandidates = List.of();
    private Long keep;

    @PostConstruct
    void load() {
        list = participants.list();
        agencyList = agencies.list();
    }

    public void startNew() {
        form = ParticipantForm.empty();
        duplicates = List.of();
        confirmedDistinct = false;
    }

    public void startEdit(ParticipantRow row) {
        form = ParticipantForm.of(row);
        duplicates = List.of();
        confirmedDistinct = true;
    }

    /**
     * Adds or changes the person. A new person with likely duplicates is not added yet: the dialog shows them, and a
     * second save ("someone else: add") adds them.
     */
    public void save() {
        ParticipantDraft draft = form.toDraft();
        try {
            if (form.isNew()) {
                if (!confirmedDistinct) {
                    duplicates = participants.duplicates(draft, null);
                    if (!duplicates.isEmpty()) {
                        confirmedDistinct = true;
                        messages.error("participant.duplicatesFound", duplicates.size());
                        return;
                    }
                }
                participants.add(draft);
            } else {
                participants.change(form.id(), form.version(), draft);
            }
            duplicates = List.of();
            messages.info("participant.saved", draft.name());
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } finally {
            load();
        }
    }

    /** Opens the merge dialog on a record: its likely duplicates are the records it can be merged into. */
    public void startMerge(ParticipantRow row) {
        merging = row;
        keep = null;
        ParticipantForm of = ParticipantForm.of(row);
        mergeCandidates = participants.duplicates(of.toDraft(), row.id());
    }

    /** Merges the opened record into the one chosen to keep. */
    public void merge() {
        try {
            if (keep == null) {
                messages.error("participant.error.chooseKept");
                return;
            }
            participants.merge(keep, merging.id());
            messages.info("participant.merged", merging.name());
            mergeCandidates = List.of();
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } finally {
            load();
        }
    }

    public List<AgencyType> getAgencyTypes() {
        return List.of(AgencyType.values());
    }

    public List<Sex> getSexes() {
        return List.of(Sex.values());
    }

    public List<Agency> getAgencies() {
        return agencyList;
    }

    public ParticipantForm getForm() {
        return form;
    }

    public List<ParticipantRow> getDuplicates() {
        return duplicates;
    }

    public List<ParticipantRow> getList() {
        return list;
    }

    public List<ParticipantRow> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<ParticipantRow> filtered) {
        this.filtered = filtered;
    }

    public ParticipantRow getMerging() {
        return merging;
    }

    public List<ParticipantRow> getMergeCandidates() {
        return mergeCandidates;
    }

    public Long getKeep() {
        return keep;
    }

    public void setKeep(Long keep) {
        this.keep = keep;
    }
}
