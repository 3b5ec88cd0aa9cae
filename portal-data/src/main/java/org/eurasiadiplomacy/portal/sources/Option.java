package org.eurasiadiplomacy.portal.sources;

import java.io.Serializable;

/** A choice in a form's list: a book for a chapter, a note for an assignment. */
public record Option(long id, String label) implements Serializable {
}
