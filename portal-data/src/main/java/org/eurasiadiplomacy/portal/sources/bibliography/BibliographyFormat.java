package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.List;
import org.eurasiadiplomacy.portal.sources.Source;

/** The exchange formats, with what a download needs to name and label its file. */
public enum BibliographyFormat {
    BIBTEX("bib", "application/x-bibtex", "BibTeX"),
    RIS("ris", "application/x-research-info-systems", "RIS"),
    CSL_JSON("json", "application/vnd.citationstyles.csl+json", "CSL-JSON");

    private final String extension;
    private final String mediaType;
    private final String label;

    BibliographyFormat(String extension, String mediaType, String label) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.label = label;
    }

    /** The format's own name, the same in every language. */
    public String label() {
        return label;
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

    /** The file's entries, or why there are none: not a text file, or a file of another format. */
    public Reading read(String text) {
        return FormatCheck.read(this, text);
    }
}
