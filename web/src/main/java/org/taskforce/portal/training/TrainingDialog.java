package org.taskforce.portal.training;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.taskforce.portal.calendar.boundary.Calendars;
import org.taskforce.portal.security.PortalPage;
import org.taskforce.portal.training.boundary.ParticipantRow;
import org.taskforce.portal.training.boundary.Participants;
import org.taskforce.portal.training.boundary.Sponsors;
import org.taskforce.portal.training.boundary.TrainingDetails;
import org.taskforce.portal.training.boundary.TrainingDraft;
import org.taskforce.portal.training.boundary.Trainings;
import org.taskforce.portal.training.entity.Sponsor;
import org.taskforce.portal.training.entity.TrainingKind;
import org.taskforce.portal.training.entity.TrainingTopic;
import org.taskforce.portal.web.Messages;

/**
 * Backs the training dialog ({@code /WEB-INF/includes/training-dialog.xhtml}) of the trainings list (plan a new one)
 * and of a training's page (change it): the form, the choices it offers (kinds, the national topics and sponsors, the
 * task force's participants as trainers) and the save, which opens the training's page afresh. Session times are in
 * the person's own time zone, as in the calendar. Coordinators only: the services refuse anyone else.
 */
@ViewScoped
@Named("trainingDialog")
public class TrainingDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Trainings trainings;

    @Inject
    transient Sponsors sponsors;

    @Inject
    transient Participants participants;

    @Inject
    transient Calendars calendars;

    @Inject
    transient Messages messages;

    private TrainingForm form = TrainingForm.empty();
    private List<TrainingTopic> topics = List.of();
    private List<Sponsor> sponsorList = List.of();
    private List<ParticipantRow> people = List.of();

    /** Opens the dialog for a new training. */
    public void startNew() {
        loadChoices();
        form = TrainingForm.empty();
    }

    /** Opens the dialog on a training as its page shows it. */
    public void startEdit(TrainingDetails details) {
        loadChoices();
        form = TrainingForm.of(details, zone());
    }

    /** Plans or changes the training and opens its page; on any problem the dialog stays open with what was typed. */
    public void save() throws IOException {
        TrainingDraft draft = form.toDraft(zone());
        long id;
        if (form.isNew()) {
            id = trainings.plan(draft);
        } else {
            trainings.change(form.id(), form.version(), draft);
            id = form.id();
        }
        messages.info("training.saved", draft.title());
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                + PortalPage.TRAINING.path() + "?id=" + id);
    }

    public void addSession() {
        form.addSession();
    }

    public void removeSession(SessionForm session) {
        form.removeSession(session);
    }

    private void loadChoices() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        topics = sponsors.topics().stream().sorted(Comparator.comparing(topic -> topic.name(locale))).toList();
        sponsorList = sponsors.list();
        people = participants.list();
    }

    private ZoneId zone() {
        return calendars.zone();
    }

    public TrainingForm getForm() {
        return form;
    }

    public List<TrainingKind> getKinds() {
        return List.of(TrainingKind.values());
    }

    public List<TrainingTopic> getTopics() {
        return topics;
    }

    public List<Sponsor> getSponsors() {
        return sponsorList;
    }

    public List<ParticipantRow> getPeople() {
        return people;
    }

    /** The topic's name in the person's language. */
    public String topicName(TrainingTopic topic) {
        return topic.name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
