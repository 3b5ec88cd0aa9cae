package org.eurasiadiplomacy.portal.catalog;

/** A query a reader asked for that the catalog cannot answer, naming the parameter at fault. */
public class InvalidQueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public InvalidQueryException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    /** The query parameter at fault, as the reader wrote it: {@code country}, {@code sort}, {@code limit} … */
    public String getParameter() {
        return parameter;
    }
}
