package org.eurasiadiplomacy.portal.web.errors;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.eurasiadiplomacy.portal.accounts.NotPermitted;
import org.eurasiadiplomacy.portal.health.DatabaseOutage;
import org.primefaces.csp.CspException;

/**
 * Three failures of the Faces lifecycle get their own friendly answer: an expired (or foreign) view state
 * redirects to /error/expired.xhtml, a service's {@link NotPermitted} becomes a 403 and its page, and a
 * database that cannot be reached ({@link DatabaseOutage}) a 503 and a page that says the portal will be back. They are
 * handled here rather than by web.xml exception-type entries, because PrimeFaces copies those entries, class
 * names and all, into a script on every page. A postback with another view's view state (PrimeFaces finds
 * the posted CSP nonce is not the view's, or the state cannot be restored), or with no CSP nonce at all, is a 400
 * with one log line. Anything else goes on to web.xml's 500 page.
 */
public class FriendlyExceptions extends ExceptionHandlerFactory {

    static final String EXPIRED_PAGE = "/error/expired.xhtml";
    /** How soon a reader (or a crawler) may try again while the database is unreachable. */
    public static final String RETRY_AFTER_SECONDS = "30";

    public FriendlyExceptions(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(FriendlyExceptions.class.getName());
        /** The request parameter in which PrimeFaces posts the view's CSP nonce. */
        private static final String POSTED_NONCE = "primefaces.nonce";

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext() && !context.getExternalContext().isResponseCommitted()) {
                ExceptionQueuedEvent event = events.next();
                Throwable exception = event.getContext().getException();
                if (has(exception, ViewExpiredException.class)) {
                    events.remove();
                    answer(context, external -> external.redirect(external.getRequestContextPath() + EXPIRED_PAGE));
                } else if (has(exception, NotPermitted.class)) {
                    events.remove();
                    answer(context, external -> external.responseSendError(403, null));
                } else if (DatabaseOutage.explains(exception)) {
                    events.remove();
                    answer(context, external -> {
                        external.setResponseHeader("Retry-After", RETRY_AFTER_SECONDS);
                        external.responseSendError(503, null);
                    });
                } else if (has(exception, BadPostback.class)) {
                    events.remove();
                    LOG.warning(() -> "Refused a postback: " + cause(exception, BadPostback.class).getMessage());
                    answer(context, external -> external.responseSendError(400, null));
                } else if (has(exception, CspException.class)) {
                    // PrimeFaces checks the posted CSP nonce against the restored view's: none posted is a
                    // hand-made (or cut-short) form, another is another view's view state; the request is wrong
                    events.remove();
                    boolean posted = context.getExternalContext().getRequestParameterMap().get(POSTED_NONCE) != null;
                    LOG.warning(posted
                            ? "Refused a postback whose view state belongs to another view (its CSP nonce differs)"
                            : "Refused a postback without the view's CSP nonce");
                    answer(context, external -> external.responseSendError(400, null));
                } else if (event.getContext().getPhaseId() == PhaseId.RESTORE_VIEW && context.isPostback()) {
                    // a view state that cannot be restored into this view (another view's, or made up): the
                    // request is wrong, not the portal; one line, no stack trace
                    events.remove();
                    LOG.warning(() -> "Refused a postback whose view state does not fit the view ("
                            + exception.getClass().getSimpleName() + ")");
                    answer(context, external -> external.responseSendError(400, null));
                }
            }
            getWrapped().handle();
        }

        private static Throwable cause(Throwable exception, Class<? extends Throwable> type) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (type.isInstance(cause)) {
                    return cause;
                }
            }
            return exception;
        }

        private static boolean has(Throwable exception, Class<? extends Throwable> type) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (type.isInstance(cause)) {
                    return true;
                }
            }
            return false;
        }

        private static void answer(FacesContext context, Answer answer) {
            try {
                answer.send(context.getExternalContext());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }

    @FunctionalInterface
    private interface Answer {
        void send(ExternalContext external) throws IOException;
    }
}
