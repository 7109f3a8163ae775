package org.taskforce.portal.minutes;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.taskforce.portal.minutes.boundary.ActionFilter;
import org.taskforce.portal.minutes.boundary.ActionRow;
import org.taskforce.portal.minutes.boundary.Actions;

/**
 * Backs {@code /minutes/actions.xhtml}: the actions of the meetings the person sees, theirs, their agency's, the
 * overdue ones or all (search, sort by meeting or due date, paging, CSV).
 */
@ViewScoped
@Named("actionsPage")
public class ActionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Actions actions;

    private ActionFilter filter = ActionFilter.MINE;
    private List<ActionRow> list = List.of();
    private List<ActionRow> filtered;

    @PostConstruct
    void load() {
        list = actions.list(filter);
        filtered = null;
    }

    /** Lists what the chosen filter asks for. */
    public void show() {
        load();
    }

    public List<ActionFilter> getFilters() {
        return List.of(ActionFilter.values());
    }

    public ActionFilter getFilter() {
        return filter;
    }

    public void setFilter(ActionFilter filter) {
        this.filter = filter == null ? ActionFilter.MINE : filter;
    }

    public List<ActionRow> getList() {
        return list;
    }

    public List<ActionRow> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<ActionRow> filtered) {
        this.filtered = filtered;
    }
}
