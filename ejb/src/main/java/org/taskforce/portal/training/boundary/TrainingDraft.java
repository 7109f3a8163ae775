package org.taskforce.portal.training.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.taskforce.portal.problem.PlainText;
import org.taskforce.portal.training.entity.Training;
import org.taskforce.portal.training.entity.TrainingKind;

/**
 * A training as a coordinator plans it: what it is, its topics and sponsors (ids of the national lists), where and in
 * which language it is given, how many people it takes, the share of hours that completes it, its sessions (one at
 * least; times in {@code zone}) and its trainers (participant ids of the host task force).
 */
public record TrainingDraft(
        @NotBlank @Size(max = Training.TITLE_LENGTH) @PlainText String title,
        @NotNull TrainingKind kind,
        Set<Long> topicIds,
        @NotEmpty Set<Long> sponsorIds,
        @NotBlank @Size(max = Training.LANGUAGE_LENGTH)
        @Pattern(regexp = LANGUAGE_TAG, message = "{training.validation.language}") String language,
        @Size(max = Training.VENUE_LENGTH) @PlainText String venue,
        @Min(1) @Max(MAX_CAPACITY) int capacity,
        @Min(1) @Max(100) int completionPercent,
        @NotEmpty @Size(max = MAX_SESSIONS) List<@NotNull @Valid SessionDraft> sessions,
        Set<Long> trainerIds,
        @NotNull ZoneId zone) {

    /** A BCP 47 language tag as people use them here: es, en, gn, pt, es-PY. */
    public static final String LANGUAGE_TAG = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";
    public static final int MAX_CAPACITY = 10_000;
    public static final int MAX_SESSIONS = 60;

    public TrainingDraft {
        title = title == null ? null : title.strip();
        venue = venue == null || venue.isBlank() ? null : venue.strip();
        language = language == null ? null : language.strip();
        topicIds = topicIds == null ? Set.of() : Set.copyOf(topicIds);
        sponsorIds = sponsorIds == null ? Set.of() : Set.copyOf(sponsorIds);
        trainerIds = trainerIds == null ? Set.of() : Set.copyOf(trainerIds);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }
}
