package org.taskforce.portal.overview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.taskforce.portal.training.boundary.NationalCourse;
import org.taskforce.portal.training.boundary.NationalCourses;
import org.taskforce.portal.web.Messages;

/**
 * Backs {@code /overview/courses.xhtml}: the national courses of every task force for national coordinators (host,
 * dates, sponsors, people counts with small counts hidden), and cancelling one. Planning and changing go through the
 * training dialog in its national mode ({@code training.TrainingDialog#startNational}).
 */
@ViewScoped
@Named("nationalCoursesPage")
public class NationalCoursesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NationalCourses courses;

    @Inject
    transient Messages messages;

    private List<NationalCourse> list;
    private List<NationalCourse> filtered;

    public List<NationalCourse> getList() {
        if (list == null) {
            list = courses.list();
        }
        return list;
    }

    /** Cancels the course: its sessions leave the host's calendar; it stays listed as cancelled. */
    public void cancel(NationalCourse course) {
        courses.cancel(course.taskForceId(), course.trainingId(), course.version());
        messages.info("training.national.cancelled", course.title());
        list = null;
    }

    public List<NationalCourse> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<NationalCourse> filtered) {
        this.filtered = filtered;
    }
}
