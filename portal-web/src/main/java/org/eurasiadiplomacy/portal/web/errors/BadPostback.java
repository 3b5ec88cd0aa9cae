package org.eurasiadiplomacy.portal.web.errors;

/**
 * A postback that cannot belong to the page it was sent to (its view state is another view's, so the page's
 * view-scoped bean was never opened): {@link FriendlyExceptions} answers it with 400 and one log line.
 */
public class BadPostback extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadPostback(String why) {
        super(why, null, false, false);
    }
}
