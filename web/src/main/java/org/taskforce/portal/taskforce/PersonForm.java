package org.taskforce.portal.taskforce;

import java.io.Serializable;
import org.taskforce.portal.provisioning.boundary.Delivery;

/**
 * What a dialog asks about a person to invite or appoint: e-mail address and name, as typed (the services' records
 * trim and check them), and how a new account's person gets in where there is a choice
 * ({@link org.taskforce.portal.web.Deliveries}). Shared by the coordinators' invitation and the national
 * coordination's appointment.
 */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String email;
    private String firstName;
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
