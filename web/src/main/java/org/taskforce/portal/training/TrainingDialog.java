package org.taskforce.portal.training;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.calendar.boundary.Calendars;
import org.taskforce.portal.security.PortalPage;
import org.taskforce.portal.taskforce.boundary.Members;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.training.boundary.CertifiedTrainerDraft;
import org.taskforce.portal.training.boundary.NationalCourse;
import org.taskforce.portal.training.boundary.NationalCourses;
import org.taskforce.portal.training.boundary.ParticipantRow;
import org.taskforce.portal.training.boundary.Participants;
import org.taskforce.portal.training.boundary.Sponsors;
import org.taskforce.portal.training.boundary.TrainerCertificate;
import org.taskforce.portal.training.boundary.TrainingDetails;
import org.taskforce.portal.training.boundary.TrainingDraft;
import org.taskforce.portal.training.boundary.Trainings;
import org.taskforce.portal.training.entity.Sponsor;
import org.taskforce.portal.training.entity.TrainingKind;
import org.taskforce.portal.training.entity.TrainingTopic;
import org.taskforce.portal.web.Messages;
import org.taskforce.portal.web.UserLanguage;

/**
 * Backs the training dialog ({@code /WEB-INF/includes/training-dialog.xhtml}) of the trainings list (plan a new one)
 * and of a training's page (change it): the form, the choices it offers (kinds, the national topics and sponsors, the
 * task force's participants as trainers) and the save, which opens the training's page afresh. Session times are in
 * the person's own time zone, as in the calendar. Coordinators only: the services refuse anyone else.
 *
 * <p>On the national courses page the same dialog plans or changes a national course for a national coordinator
 * ({@link #startNational}, {@link #startNationalEdit}): it then also asks for the host task force, offers the host's
 * participants as trainers, goes through {@link NationalCourses}, and returns to the national courses page.
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

    @Inject
    transient NationalCourses nationalCourses;

    @Inject
    transient Members members;

    @Inject
    transient CurrentActor actor;

    private TrainingForm form = TrainingForm.empty();
    private boolean national;
    private Long hostId;
    private List<TaskForce> hosts = List.of();
    private List<TrainingTopic> topics = List.of();
    private List<Sponsor> sponsorList = List.of();
    private List<ParticipantRow> people = List.of();

    /** Opens the dialog for a new training. */
    public void startNew() {
        loadChoices();
        form = TrainingForm.empty();
    }

    /** Opens the dialog for a new national course; its host is chosen in it. */
    public void startNational() {
        national = true;
        hostId = null;
        hosts = nationalCourses.hosts();
        loadChoices();
        form = TrainingForm.empty();
    }

    /** Opens the dialog on a national course, for a national coordinator. */
    public void startNationalEdit(NationalCourse course) {
        national = true;
        hostId = course.taskForceId();
        hosts = nationalCourses.hosts();
        loadChoices();
        form = TrainingForm.of(nationalCourses.details(hostId, course.trainingId()), List.of(), zone());
    }

    /** The national coordinator chose another host: its participants are the trainers to choose from. */
    public void hostChanged() {
        form.setTrainerIds(new ArrayList<>());
        people = hostPeople();
    }

    /** The host's participants, none before a host is chosen. */
    private List<ParticipantRow> hostPeople() {
        return hostId == null ? List.of() : nationalCourses.people(hostId);
    }

    /** Opens the dialog on a training as its page shows it. */
    public void startEdit(TrainingDetails details) {
        loadChoices();
        form = TrainingForm.of(details, trainings.certifiedTrainers(details.training().getId()), zone());
    }

    /** Plans or changes the training and opens its page; on any problem the dialog stays open with what was typed. */
    public void save() throws IOException {
        TrainingDraft draft = form.toDraft(zone());
        long id;
        if (national && form.isNew()) {
            id = nationalCourses.plan(hostId, draft);
        } else if (national) {
            nationalCourses.change(hostId, form.id(), form.version(), draft);
            id = form.id();
        } else if (form.isNew()) {
            id = trainings.plan(draft, form.certifiedDrafts());
        } else {
            trainings.change(form.id(), form.version(), draft, form.certifiedDrafts());
            id = form.id();
        }
        messages.info("training.saved", draft.title());
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                + (national ? PortalPage.NATIONAL_COURSES.path() : PortalPage.TRAINING.path() + "?id=" + id));
    }

    /**
     * Adds the trainer of the code (and name) typed, once the service found that the code certifies a trainer; a
     * refused code or name is said on its field and nothing is added.
     */
    public void addCertifiedTrainer() {
        String code = form.getTrainerCode();
        String name = form.getTrainerName();
        TrainerCertificate certificate = trainings.certifiedTrainer(CertifiedTrainerDraft.byCode(code, name));
        form.addCertified(CertifiedTrainerForm.added(certificate, code, name));
    }

    public void removeCertifiedTrainer(CertifiedTrainerForm trainer) {
        form.removeCertified(trainer);
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
        people = national ? hostPeople() : participants.list();
    }

    /** The person's own time zone: a national coordinator's from their profile (they have no task force calendar). */
    private ZoneId zone() {
        if (!national) {
            return calendars.zone();
        }
        return members.find(actor.require().subject()).map(MemberProfile::getZone).orElse(UserLanguage.DEFAULT_ZONE);
    }

    public TrainingForm getForm() {
        return form;
    }

    /** Whether the dialog plans or changes a national course (it then asks for the host). */
    public boolean isNational() {
        return national;
    }

    public Long getHostId() {
        return hostId;
    }

    public void setHostId(Long hostId) {
        this.hostId = hostId;
    }

    /** The task forces that may host a national course. */
    public List<TaskForce> getHosts() {
        return hosts;
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
