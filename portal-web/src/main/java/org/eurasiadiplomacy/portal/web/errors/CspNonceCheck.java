package org.eurasiadiplomacy.portal.web.errors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * Checks a postback's PrimeFaces CSP nonce right after its view is restored, before any value is applied or
 * anything rendered. PrimeFaces checks it only when the response's first script is written: a missing or
 * malformed nonce then broke the page half-way, and every later attempt to render (the error page's too) threw
 * again, so the reader got the 500 page and the log a stack trace. Asking PrimeFaces for the nonce here runs
 * its own check once; a refused nonce is a 400 with one log line.
 */
public class CspNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CspNonceCheck.class.getName());

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getResponseComplete() || context.getViewRoot() == null || !context.isPostback()
                || context.getExceptionHandler().getUnhandledExceptionQueuedEvents().iterator().hasNext()) {
            // not restored (an expired or foreign view state): FriendlyExceptions answers that
            return;
        }
        try {
            PrimeFacesContext.getCspState(context).getNonce();
        } catch (CspException refused) {
            // the reason only (missing, mismatch, invalid): never the posted value
            LOG.warning(() -> "Refused a postback to " + context.getViewRoot().getViewId()
                    + " whose CSP nonce is not its view's (" + refused.getMessage() + ")");
            try {
                context.getExternalContext().responseSendError(400, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the check needs the restored view
    }
}
