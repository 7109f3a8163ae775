package org.taskforce.portal.taskforce;

import java.io.Serializable;

/**
 * What a dialog asks about a person to invite or appoint: e-mail address and name, as typed (the services' records
 * trim and check them). Shared by the coordinators' invitation and the national coordination's appointment.
 */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String email;
    private String firstName;
    private String lastName;

    /** Empties the form for the next person. */
    public void clear() {
        email = null;
        firstName = null;
        lastName = null;
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
}
