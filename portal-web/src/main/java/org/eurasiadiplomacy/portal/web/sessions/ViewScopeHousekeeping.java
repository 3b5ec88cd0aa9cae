package org.eurasiadiplomacy.portal.web.sessions;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Forgets the CDI view-scope bookkeeping of views that Mojarra has already let go of.
 *
 * <p>Mojarra 4.0 keeps the view maps of a session's last 25 views ({@value #ACTIVE_VIEW_MAPS}) and destroys the
 * {@code @ViewScoped} beans of the one it evicts, but it leaves that view's entry in a second session map
 * ({@value #ACTIVE_VIEW_CONTEXTS}) until the session ends: one entry more for every page a signed-in person
 * opens. The soak (bench/soak.sh) showed each request of a long session getting slower as that map grew. After
 * every render this listener removes the entries whose view map is gone, so the map is never larger than the
 * view maps Mojarra keeps.
 *
 * <p>An entry is only removed when it existed before the live view maps were read: Mojarra registers a view map
 * before it creates the view's entry, so a view registered meanwhile by a concurrent request is never taken for
 * an evicted one.
 */
public class ViewScopeHousekeeping implements PhaseListener {

    static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    static final String ACTIVE_VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        ExternalContext external = event.getFacesContext().getExternalContext();
        if (external.getSession(false) == null) {
            return;
        }
        Map<String, Object> session = external.getSessionMap();
        Object contexts = session.get(ACTIVE_VIEW_CONTEXTS);
        if (forgetEvictedViews(contexts, session.get(ACTIVE_VIEW_MAPS))) {
            // set again so that a distributable session is replicated with the smaller map, as Mojarra does
            session.put(ACTIVE_VIEW_CONTEXTS, contexts);
        }
    }

    /**
     * Removes from {@code contexts} the views missing from {@code viewMaps}; true when something was removed.
     * Without a map of live views (none yet, or renamed by another Mojarra) nothing is removed.
     */
    static boolean forgetEvictedViews(Object contexts, Object viewMaps) {
        if (!(contexts instanceof Map<?, ?> contextsByView) || contextsByView.isEmpty()
                || !(viewMaps instanceof Map<?, ?> live)) {
            return false;
        }
        Set<Object> candidates = new HashSet<>(contextsByView.keySet());
        synchronized (live) { // a synchronized map: its own monitor guards iteration
            candidates.removeAll(live.keySet());
        }
        return contextsByView.keySet().removeAll(candidates);
    }
}
