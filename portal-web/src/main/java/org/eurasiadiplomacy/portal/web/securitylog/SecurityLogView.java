package org.eurasiadiplomacy.portal.web.securitylog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eurasiadiplomacy.portal.securitylog.SecurityLog;
import org.eurasiadiplomacy.portal.securitylog.SecurityLogPage;

/**
 * Backs /admin/security-log.xhtml: one page of the security log, chosen by {@code ?page=} (from 1). Paging is
 * by links, so the page keeps nothing between requests.
 */
@Named
@RequestScoped
public class SecurityLogView {

    @Inject
    SecurityLog log;

    private SecurityLogPage shown;

    public SecurityLogPage getShown() {
        if (shown == null) {
            shown = log.page(requestedPage() - 1);
        }
        return shown;
    }

    /** A number from 1 up; anything else (missing, not a number, absurdly long) is the first page. */
    private static int requestedPage() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("page");
        if (asked == null || !asked.matches("[1-9][0-9]{0,6}")) {
            return 1;
        }
        return Integer.parseInt(asked);
    }
}
