package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.List;
import java.util.Optional;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.sources.Source;

/**
 * One entry read from a file: the line it starts on, its key in the file, and the unsaved source. Beside it,
 * what the source cannot hold yet: whether its language is a guess from the title's script (for the preview
 * to ask a person), the access date, and each contributor's family and given parts.
 */
public record ReadEntry(int line, String key, Source source, boolean languageGuessed, PartialDate accessed,
                        List<NameParts> nameParts) {

    public ReadEntry {
        nameParts = List.copyOf(nameParts);
    }

    public Optional<PartialDate> accessDate() {
        return Optional.ofNullable(accessed);
    }
}
