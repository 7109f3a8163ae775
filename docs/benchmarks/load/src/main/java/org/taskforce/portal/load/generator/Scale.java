package org.taskforce.portal.load.generator;

import java.time.LocalDate;

/**
 * How much data a run generates. Scale 1 is the national deployment of issue 15: 18 task forces of 200 people over 5
 * years, about 2.5 million rows. The factor stretches the history (5 years × factor), which is what makes each task
 * force's screens heavier; below 0.1 it also shrinks the number of task forces and people, so that the smoke run
 * (0.01) stays small enough for every build.
 *
 * @param factor the scale factor (0.01, 0.1, 1, 3…)
 * @param seed the random seed: the same seed, factor and anchor give the same rows, ids and hashes
 * @param anchor the day the history ends (plus three months of planned events and trainings after it)
 */
public record Scale(double factor, long seed, LocalDate anchor) {

    public Scale {
        if (!(factor > 0) || factor > 100) {
            throw new IllegalArgumentException("scale must be in (0, 100]: " + factor);
        }
    }

    /** 18 from scale 0.1 on; fewer below (2 at 0.01). */
    public int taskForces() {
        return (int) Math.max(2, Math.round(18 * Math.min(1, factor * 10)));
    }

    /** 200 from scale 0.1 on; fewer below (20 at 0.01). */
    public int peoplePerTaskForce() {
        return (int) Math.max(10, Math.round(200 * Math.min(1, factor * 10)));
    }

    /** The years of history of every task force: 5 at scale 1. */
    public double years() {
        return 5 * factor;
    }

    /** The first day of the history. */
    public LocalDate firstDay() {
        return anchor.minusDays(Math.max(1, Math.round(years() * 365)));
    }

    /** The last day with planned events and trainings. */
    public LocalDate lastDay() {
        return anchor.plusDays(90);
    }
}
