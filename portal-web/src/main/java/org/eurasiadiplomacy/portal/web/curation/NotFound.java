package org.eurasiadiplomacy.portal.web.curation;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Answers an administrator's page whose id names no record with the portal's 404 page (web.xml's error page). */
final class NotFound {

    private NotFound() {
    }

    static void send(FacesContext faces) throws IOException {
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }
}
