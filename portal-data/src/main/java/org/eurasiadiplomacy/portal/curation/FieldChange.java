package org.eurasiadiplomacy.portal.curation;

import java.io.Serializable;

/** One field of one revision: its form key ({@code name.en}, {@code year}, {@code status}) from what to what. */
public record FieldChange(String key, String from, String to) implements Serializable {
}
