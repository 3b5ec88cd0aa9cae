package org.eurasiadiplomacy.portal.sources.bibliography;

import org.eurasiadiplomacy.portal.sources.Source;

/**
 * One entry read from a file: the line it starts on, its key in the file, and the unsaved source.
 *
 * @param languageGuessed the file named no language, so the reader inferred it from the title's script: the
 *        import preview asks a person to confirm it
 */
public record ReadEntry(int line, String key, Source source, boolean languageGuessed) {

    public ReadEntry(int line, String key, Source source) {
        this(line, key, source, false);
    }
}
