package org.taskforce.portal.training.boundary;

import java.math.BigDecimal;

/**
 * One group of the people of the trainings a sponsor funds, as {@code sponsor_training_figures} returns it: by agency
 * type ({@code dimension} {@code AGENCY_TYPE}, {@code category} an {@code AgencyType}) or by sex ({@code SEX}, a
 * {@code Sex}). A person counts once per training. Each figure is {@code null} where it would describe fewer than 5
 * people (grant reports take these figures out of the portal).
 */
public record SponsorFigure(String dimension, String category, Long peopleConfirmed, Long peopleAttended,
        Long peopleCompleted, BigDecimal hoursAttended) {

    public static final String AGENCY_TYPE = "AGENCY_TYPE";
    public static final String SEX = "SEX";

    /** The bundle key of the group's name: {@code agency.type.NGO}, {@code participant.sex.FEMALE}. */
    public String categoryKey() {
        return (AGENCY_TYPE.equals(dimension) ? "agency.type." : "participant.sex.") + category;
    }
}
