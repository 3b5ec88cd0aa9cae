package org.eurasiadiplomacy.portal.web.errors;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.eurasiadiplomacy.portal.accounts.NotPermitted;
import org.eurasiadiplomacy.portal.health.DatabaseOutage;

/**
 * Three failures of the Faces lifecycle get their own friendly answer: an expired (or foreign) view state
 * redirects to /error/expired.xhtml, a service's {@link NotPermitted} becomes a 403 and its page, and a
 * database that cannot be reached ({@link DatabaseOutage}) a 503 and a page that says the portal will be back. They are
 * handled here rather than by web.xml exception-type entries, because PrimeFaces copies those entries, class
 * names and all, into a script on every page. Anything else goes on to web.xml's 500 page.
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

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext() && !context.getExternalContext().isResponseCommitted()) {
                Throwable exception = events.next().getContext().getException();
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
                }
            }
            getWrapped().handle();
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
