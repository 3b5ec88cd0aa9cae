package org.eurasiadiplomacy.portal.web.details;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.eurasiadiplomacy.portal.accounts.Role;
import org.eurasiadiplomacy.portal.details.RecordDetail;
import org.eurasiadiplomacy.portal.details.RecordDetails;
import org.eurasiadiplomacy.portal.kinds.ListPage;
import org.eurasiadiplomacy.portal.kinds.RecordKind;

/**
 * Backs every detail page (/person.xhtml?id=N and its siblings): the page's name says the kind, the id parameter
 * the record. An unknown, unpublished or trashed id, or one of another kind, answers 404 before anything renders,
 * except that an administrator gets a clearly marked preview of a draft. Request scope: readers cost no session.
 */
@Named
@RequestScoped
public class DetailPage {

    @Inject
    RecordDetails details;

    @Inject
    HttpServletRequest request;

    private Optional<RecordDetail> detail;
    private boolean preview;

    public RecordDetail getDetail() {
        return find().orElse(null);
    }

    public String getNav() {
        // the menu entry of the page that lists the kind
        return find().flatMap(d -> d.kind().listPage()).map(ListPage::name).orElse("");
    }

    /** preRenderView: a missing record is a 404 with the portal's error page, not an empty page. */
    public void load() throws IOException {
        if (find().isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            external.responseSendError(404, null);
            faces.responseComplete();
        }
    }

    /** Whether this is an administrator's preview of a record the public does not see (a draft). */
    public boolean isPreview() {
        find();
        return preview;
    }

    private Optional<RecordDetail> find() {
        if (detail == null) {
            detail = kind().flatMap(kind -> id().flatMap(id -> details.find(kind, id)));
            // only a signed-in administrator is asked about: a reader's request reads no session
            if (detail.isEmpty() && request.getUserPrincipal() != null && request.isUserInRole(Role.ADMIN.name())) {
                detail = kind().flatMap(kind -> id().flatMap(id -> details.preview(kind, id)));
                preview = detail.isPresent();
            }
        }
        return detail;
    }

    private Optional<RecordKind> kind() {
        String path = request.getServletPath();
        String page = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.xhtml$", "");
        return RecordKind.ofPage(page).filter(RecordKind::hasDetailTemplate);
    }

    private Optional<Long> id() {
        try {
            return Optional.ofNullable(request.getParameter("id")).map(String::strip).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
