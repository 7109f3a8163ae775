package org.taskforce.portal.taskforce;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.taskforce.portal.provisioning.boundary.Delivery;
import org.taskforce.portal.taskforce.entity.MemberProfile;

/**
 * What a dialog asks about a person to invite or appoint: e-mail address and name, as typed (the services' records
 * trim and check them), and how a new account's person gets in where there is a choice
 * ({@link org.taskforce.portal.web.Deliveries}). Shared by the coordinators' invitation and the national
 * coordination's appointment. The text fields carry the lengths the portal keeps and asks Keycloak for: the inputs
 * take their {@code maxlength} from them (PrimeFaces' {@code TRANSFORM_METADATA}).
 */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = MemberProfile.EMAIL_LENGTH)
    private String email;

    @Size(max = MemberProfile.NAME_PART_LENGTH)
    private String firstName;

    @Size(max = MemberProfile.NAME_PART_LENGTH)
    private String lastName;

    private Delivery delivery = Delivery.ONE_TIME_PASSWORD;

    /** Empties the form for the next person, who gets in by the given way unless another is chosen. */
    public void clear(Delivery preferred) {
        email = null;
        firstName = null;
        lastName = null;
        delivery = preferred;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public void setDelivery(Delivery delivery) {
        this.delivery = delivery;
    }
}
