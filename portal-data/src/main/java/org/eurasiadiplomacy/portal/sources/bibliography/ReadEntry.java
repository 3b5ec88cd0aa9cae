package org.eurasiadiplomacy.portal.sources.bibliography;

import org.eurasiadiplomacy.portal.sources.Source;

/** One entry read from a file: the line it starts on, its key in the file, and the unsaved source. */
public record ReadEntry(int line, String key, Source source) {
}
