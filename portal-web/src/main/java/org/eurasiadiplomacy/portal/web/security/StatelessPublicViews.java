package org.eurasiadiplomacy.portal.web.security;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Marks an anonymous reader's public view transient as soon as it is created. The layout's
 * {@code <f:view transient>} does the same, but only when Facelets builds the view during rendering, and
 * PrimeFaces' CSP support runs just before that: it keeps its nonce in the view map of any view not yet
 * transient, which creates an HTTP session for every anonymous GET. Pages that keep state (the login page,
 * staff and admin pages) and every signed-in person's views are left to the layout to decide.
 */
public class StatelessPublicViews extends ViewHandlerWrapper {

    public StatelessPublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        if (view != null && isPublic(view.getViewId()) && context.getExternalContext().getUserPrincipal() == null) {
            view.setTransient(true);
        }
        return view;
    }

    static boolean isPublic(String viewId) {
        return viewId != null && !viewId.equals(PortalAuthentication.LOGIN_PAGE)
                && !viewId.startsWith("/staff/") && !viewId.startsWith("/admin/");
    }
}
