package org.eurasiadiplomacy.portal.web.accounts;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import org.eurasiadiplomacy.portal.accounts.AccountRefused;
import org.eurasiadiplomacy.portal.accounts.PasswordProblem;
import org.eurasiadiplomacy.portal.web.i18n.EnumLabels;

/** Faces messages in the reader's language, from the interface bundle ({@code msg}); the staff pages use it too. */
public final class Messages {

    private Messages() {
    }

    public static String text(FacesContext context, String key, Object... arguments) {
        String pattern = context.getApplication().getResourceBundle(context, "msg").getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale())
                .format(arguments);
    }

    public static void info(FacesContext context, String key, Object... arguments) {
        add(context, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(FacesContext context, String key, Object... arguments) {
        add(context, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** One message for the refusal, and one per password rule broken. */
    static void refused(FacesContext context, AccountRefused refused) {
        error(context, "accounts.refusal." + refused.getReason().name());
        for (PasswordProblem problem : refused.getProblems()) {
            error(context, EnumLabels.key(problem));
        }
    }

    private static void add(FacesContext context, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(context, key, arguments);
        context.addMessage(null, new FacesMessage(severity, text, text));
    }
}
