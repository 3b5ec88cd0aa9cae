package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.List;
import org.eurasiadiplomacy.portal.sources.Source;

/** The exchange formats, with what a download needs to name and label its file. */
public enum BibliographyFormat {
    BIBTEX("bib", "application/x-bibtex"),
    RIS("ris", "application/x-research-info-systems"),
    CSL_JSON("json", "application/vnd.citationstyles.csl+json");

    private final String extension;
    private final String mediaType;

    BibliographyFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The sources, and the book of every chapter among them, in this format. */
    public String write(List<Source> sources) {
        ExportSet set = ExportSet.of(sources);
        return switch (this) {
            case BIBTEX -> BibTeXWriter.write(set);
            case RIS -> RisWriter.write(set);
            case CSL_JSON -> CslJsonWriter.write(set);
        };
    }

    public Reading read(String text) {
        return switch (this) {
            case BIBTEX -> BibTeXReader.read(text);
            case RIS -> RisReader.read(text);
            case CSL_JSON -> CslJsonReader.read(text);
        };
    }
}
