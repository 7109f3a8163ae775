package org.taskforce.portal.overview;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.taskforce.portal.provisioning.boundary.NewTaskForce;
import org.taskforce.portal.taskforce.entity.TaskForce;

/**
 * What the new task force dialog asks, as typed. The fields carry the task force's own column lengths: the inputs
 * take their {@code maxlength} from them (PrimeFaces' {@code TRANSFORM_METADATA}). Nothing else is checked here;
 * {@link NewTaskForce} is.
 */
public class TaskForceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = TaskForce.SLUG_LENGTH)
    private String slug;

    @Size(max = TaskForce.NAME_LENGTH)
    private String name;

    @Size(max = TaskForce.PLACE_LENGTH)
    private String department;

    @Size(max = TaskForce.PLACE_LENGTH)
    private String city;

    NewTaskForce toDraft() {
        return new NewTaskForce(slug, name, department, city);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }
}
