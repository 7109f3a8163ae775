package org.taskforce.portal.training.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The sponsor the signed-in liaison represents, for this request: the {@code sponsor} attribute of their verified
 * token, which the web layer sets here on every signed-in request (never from anything the request sends). The
 * liaison's services ({@link LiaisonDesk}) take the sponsor from here only, so a liaison can never ask for another
 * sponsor's trainings.
 */
@RequestScoped
public class LiaisonSponsor {

    private String code;

    /** Sets the sponsor code from the token (or {@code null} for someone who represents none). */
    public void represent(String sponsorCode) {
        this.code = sponsorCode == null || sponsorCode.isBlank() ? null : sponsorCode;
    }

    public Optional<String> code() {
        return Optional.ofNullable(code);
    }
}
