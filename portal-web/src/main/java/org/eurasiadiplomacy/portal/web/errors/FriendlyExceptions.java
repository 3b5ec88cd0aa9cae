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

/**
 * Two exceptions of the Faces lifecycle get their own friendly answer: an expired (or foreign) view state
 * redirects to /error/expired.xhtml, and a service's {@link NotPermitted} becomes a 403 and its page. They are
 * handled here rather than by web.xml exception-type entries, because PrimeFaces copies those entries, class
 * names and all, into a script on every page. Anything else goes on to web.xml's 500 page.
 */
public class FriendlyExceptions extends ExceptionHandlerFactory {

    static final String EXPIRED_PAGE = "/error/expired.xhtml";

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
