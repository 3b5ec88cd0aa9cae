package org.eurasiadiplomacy.portal.catalog;

/** A query a reader asked for that the catalog cannot answer, naming the parameter at fault. */
public class InvalidQueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final int SHOWN_LENGTH = 40;

    private final String parameter;

    public InvalidQueryException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    /**
     * {@code value} in quotation marks, as a message may repeat it: shortened, so that a request of megabytes is
     * not echoed back or written to a log.
     */
    public static String quoted(String value) {
        String shown = value.length() <= SHOWN_LENGTH ? value : value.substring(0, SHOWN_LENGTH) + "…";
        return "\"" + shown + "\"";
    }

    /** The query parameter at fault, as the reader wrote it: {@code country}, {@code sort}, {@code limit} … */
    public String getParameter() {
        return parameter;
    }
}
