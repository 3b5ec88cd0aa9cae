package org.eurasiadiplomacy.portal.accounts;

/**
 * The caller lacks the role a method needs. The URL constraints of web.xml should have stopped the request
 * before; this is the second line, for a postback or a new page that slipped past them.
 */
public class NotPermitted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotPermitted(String needed) {
        super("The caller is not in role " + needed);
    }
}
