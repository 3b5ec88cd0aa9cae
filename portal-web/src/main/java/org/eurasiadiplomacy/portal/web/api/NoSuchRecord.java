package org.eurasiadiplomacy.portal.web.api;

/** A collection or a published record that does not exist; answered with 404. */
class NoSuchRecord extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NoSuchRecord(String detail) {
        super(detail);
    }
}
