package org.taskforce.portal.overview;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.taskforce.portal.training.boundary.SponsorDraft;
import org.taskforce.portal.training.boundary.Sponsors;
import org.taskforce.portal.training.boundary.TopicDraft;
import org.taskforce.portal.training.entity.Sponsor;
import org.taskforce.portal.training.entity.TrainingTopic;
import org.taskforce.portal.web.Messages;

/**
 * Backs {@code /overview/sponsors.xhtml}: the national coordinator's reference lists of training, the sponsors (code,
 * name, whether they approve attendees) and the topics (code, Spanish and English names), each added and changed in
 * a dialog that saves only over the version it was opened with. National coordinators only ({@code PortalPage}).
 */
@ViewScoped
@Named("sponsorsPage")
public class SponsorsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Sponsors sponsors;

    @Inject
    transient Messages messages;

    private List<Sponsor> list = List.of();
    private List<Sponsor> filtered;
    private List<TrainingTopic> topics = List.of();
    private List<TrainingTopic> filteredTopics;

    private SponsorForm form = SponsorForm.empty();
    private TopicForm topicForm = TopicForm.empty();

    @PostConstruct
    void load() {
        list = sponsors.list();
        topics = sponsors.topics();
    }

    public void startNew() {
        form = SponsorForm.empty();
    }

    public void startEdit(Sponsor sponsor) {
        form = SponsorForm.of(sponsor);
    }

    /** Adds or changes the sponsor; on any problem the dialog stays open with what was typed. */
    public void save() {
        SponsorDraft draft = form.toDraft();
        try {
            if (form.isNew()) {
                sponsors.add(draft);
            } else {
                sponsors.change(form.id(), form.version(), draft);
            }
            messages.info("sponsor.saved", draft.name());
        } finally {
            load();
        }
    }

    public void startNewTopic() {
        topicForm = TopicForm.empty();
    }

    public void startEditTopic(TrainingTopic topic) {
        topicForm = TopicForm.of(topic);
    }

    /** Adds or changes the topic; on any problem the dialog stays open with what was typed. */
    public void saveTopic() {
        TopicDraft draft = topicForm.toDraft();
        try {
            if (topicForm.isNew()) {
                sponsors.addTopic(draft);
            } else {
                sponsors.changeTopic(topicForm.id(), topicForm.version(), draft);
            }
            messages.info("topic.saved", draft.nameEs());
        } finally {
            load();
        }
    }

    public SponsorForm getForm() {
        return form;
    }

    public TopicForm getTopicForm() {
        return topicForm;
    }

    public List<Sponsor> getList() {
        return list;
    }

    public List<Sponsor> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Sponsor> filtered) {
        this.filtered = filtered;
    }

    public List<TrainingTopic> getTopics() {
        return topics;
    }

    public List<TrainingTopic> getFilteredTopics() {
        return filteredTopics;
    }

    public void setFilteredTopics(List<TrainingTopic> filteredTopics) {
        this.filteredTopics = filteredTopics;
    }
}
