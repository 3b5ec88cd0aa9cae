package org.eurasiadiplomacy.portal.sources.bibliography;

import org.eurasiadiplomacy.portal.sources.Source;

/**
 * One entry read from a file: the line it starts on, its key in the file, the unsaved source, and whether its
 * language is a guess from the title's script ({@link Languages}) for the preview to ask a person to confirm.
 */
public record ReadEntry(int line, String key, Source source, boolean languageGuessed) {
}
