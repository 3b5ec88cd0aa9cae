package org.eurasiadiplomacy.portal.details;

/** A labelled value of a record; the page finds the label in the bundle under {@code details.field.<name>}. */
public record DetailField(String name, Value value) {
}
