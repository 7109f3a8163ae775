package org.taskforce.portal.training;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.taskforce.portal.training.boundary.CertifiedTrainerDraft;
import org.taskforce.portal.training.boundary.CertifiedTrainerRow;
import org.taskforce.portal.training.boundary.TrainingDetails;
import org.taskforce.portal.training.boundary.TrainingDraft;
import org.taskforce.portal.training.entity.Certificate;
import org.taskforce.portal.training.entity.Participant;
import org.taskforce.portal.training.entity.Sponsor;
import org.taskforce.portal.training.entity.Training;
import org.taskforce.portal.training.entity.TrainingKind;
import org.taskforce.portal.training.entity.TrainingTopic;
import org.taskforce.portal.web.VersionedForm;

/**
 * What the training dialog edits: a new training, or an existing one with the version it was shown at (the service
 * saves only over it), its sessions as rows of a day and two times, its topics, sponsors and trainers by id (and, for
 * a replication, the trainers named by their Train the Trainer certificates, with the fields to add one). The text
 * fields carry the training's column lengths, which the inputs take as their {@code maxlength}; {@link TrainingDraft}
 * checks the rest.
 */
public class TrainingForm extends VersionedForm {

    private static final long serialVersionUID = 1L;

    @Size(max = Training.TITLE_LENGTH)
    private String title;

    private TrainingKind kind;

    @Size(max = Training.LANGUAGE_LENGTH)
    private String language = "es";

    @Size(max = Training.VENUE_LENGTH)
    private String venue;

    private Integer capacity;

    private Integer completionPercent = Training.DEFAULT_COMPLETION_PERCENT;

    private List<Long> topicIds = new ArrayList<>();
    private List<Long> sponsorIds = new ArrayList<>();
    private List<Long> trainerIds = new ArrayList<>();
    private final List<SessionForm> sessions = new ArrayList<>();
    private final List<CertifiedTrainerForm> certifiedTrainers = new ArrayList<>();

    @Size(max = Certificate.CODE_LENGTH)
    private String trainerCode;

    @Size(max = Participant.NAME_LENGTH)
    private String trainerName;

    private TrainingForm(Long id, int version) {
        super(id, version);
    }

    /** A new training with one session to fill in. */
    static TrainingForm empty() {
        TrainingForm form = new TrainingForm(null, 0);
        form.addSession();
        return form;
    }

    /**
     * The form of a training as its page shows it, its session times in the person's zone; the trainers recorded with
     * their certificate are kept apart from the others.
     */
    static TrainingForm of(TrainingDetails details, List<CertifiedTrainerRow> certified, ZoneId zone) {
        Training training = details.training();
        TrainingForm form = new TrainingForm(training.getId(), training.getVersion());
        form.title = training.getTitle();
        form.kind = training.getKind();
        form.language = training.getLanguage();
        form.venue = training.getVenue();
        form.capacity = training.getCapacity();
        form.completionPercent = training.getCompletionPercent();
        form.topicIds = new ArrayList<>(training.getTopics().stream().map(TrainingTopic::getId).toList());
        form.sponsorIds = new ArrayList<>(training.getSponsors().stream().map(Sponsor::getId).toList());
        List<Long> certifiedIds = certified.stream().map(CertifiedTrainerRow::participantId).toList();
        form.trainerIds = new ArrayList<>(details.trainers().stream().map(Participant::getId)
                .filter(id -> !certifiedIds.contains(id)).toList());
        certified.forEach(row -> form.certifiedTrainers.add(CertifiedTrainerForm.of(row)));
        details.sessions().forEach(session -> form.sessions.add(new SessionForm(session.getId(),
                session.getStartsAt().atZoneSameInstant(zone).toLocalDate(),
                session.getStartsAt().atZoneSameInstant(zone).toLocalTime(),
                session.getEndsAt().atZoneSameInstant(zone).toLocalTime())));
        return form;
    }

    /** The trainers named by their certificates, for a replication only (any other kind has none). */
    List<CertifiedTrainerDraft> certifiedDrafts() {
        return kind == TrainingKind.REPLICATION
                ? certifiedTrainers.stream().map(CertifiedTrainerForm::toDraft).toList() : List.of();
    }

    /** Adds a trainer the service checked by their certificate, once; empties the fields they were typed in. */
    void addCertified(CertifiedTrainerForm trainer) {
        if (certifiedTrainers.stream().noneMatch(known -> known.getCertificateId() == trainer.getCertificateId())) {
            certifiedTrainers.add(trainer);
        }
        trainerCode = null;
        trainerName = null;
    }

    public void removeCertified(CertifiedTrainerForm trainer) {
        certifiedTrainers.remove(trainer);
    }

    public List<CertifiedTrainerForm> getCertifiedTrainers() {
        return certifiedTrainers;
    }

    public String getTrainerCode() {
        return trainerCode;
    }

    public void setTrainerCode(String trainerCode) {
        this.trainerCode = trainerCode;
    }

    public String getTrainerName() {
        return trainerName;
    }

    public void setTrainerName(String trainerName) {
        this.trainerName = trainerName;
    }

    TrainingDraft toDraft(ZoneId zone) {
        return new TrainingDraft(title, kind, Set.copyOf(topicIds), Set.copyOf(sponsorIds), language, venue,
                capacity == null ? 0 : capacity, completionPercent == null ? 0 : completionPercent,
                sessions.stream().map(SessionForm::toDraft).toList(), Set.copyOf(trainerIds), zone);
    }

    /** Adds a session row: the day after the last one, at its times (09:00 to 13:00 for the first). */
    public void addSession() {
        if (sessions.isEmpty()) {
            sessions.add(new SessionForm(null, null, LocalTime.of(9, 0), LocalTime.of(13, 0)));
        } else {
            SessionForm last = sessions.get(sessions.size() - 1);
            LocalDate next = last.getDate() == null ? null : last.getDate().plusDays(1);
            sessions.add(new SessionForm(null, next, last.getStart(), last.getEnd()));
        }
    }

    public void removeSession(SessionForm session) {
        sessions.remove(session);
    }

    public List<SessionForm> getSessions() {
        return sessions;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public TrainingKind getKind() {
        return kind;
    }

    public void setKind(TrainingKind kind) {
        this.kind = kind;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getCompletionPercent() {
        return completionPercent;
    }

    public void setCompletionPercent(Integer completionPercent) {
        this.completionPercent = completionPercent;
    }

    public List<Long> getTopicIds() {
        return topicIds;
    }

    public void setTopicIds(List<Long> topicIds) {
        this.topicIds = topicIds;
    }

    public List<Long> getSponsorIds() {
        return sponsorIds;
    }

    public void setSponsorIds(List<Long> sponsorIds) {
        this.sponsorIds = sponsorIds;
    }

    public List<Long> getTrainerIds() {
        return trainerIds;
    }

    public void setTrainerIds(List<Long> trainerIds) {
        this.trainerIds = trainerIds;
    }
}
