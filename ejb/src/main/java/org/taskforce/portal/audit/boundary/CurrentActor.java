package org.taskforce.portal.audit.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Who the current request acts for. The web layer sets it on every signed-in request, from the verified token; the
 * task force interceptor ({@code TaskForceIsolation}) hands it to the database with the task force, where the audit
 * trigger of every task-force-owned table records it with each row written. Without an actor, such a write fails.
 */
@RequestScoped
public class CurrentActor {

    private Actor actor;

    /** Acts for the given actor for the rest of this request. */
    public void act(Actor actor) {
        this.actor = actor;
    }

    public Optional<Actor> get() {
        return Optional.ofNullable(actor);
    }

    /** Who acts, where someone must (a write, an audit event). */
    public Actor require() {
        return get().orElseThrow(() -> new IllegalStateException("nobody is acting in this request"));
    }
}
