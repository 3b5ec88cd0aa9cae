package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a file is before a reader tries it: not text at all (a PDF, a Word file, an image), or, when the chosen
 * reader finds nothing in it, which of the three formats it looks like, so the page can say "this looks like
 * RIS" instead of "not readable". Looks at the first 64 KiB only, so the answer costs nothing on a large file.
 */
final class FormatCheck {

    private static final int SAMPLE = 64 * 1024;
    private static final Pattern BIBTEX = Pattern.compile("(?m)^\\s*@\\s*[A-Za-z]+\\s*[{(]");
    private static final Pattern RIS = Pattern.compile("(?m)^TY\\s{1,2}-");
    /**
     * Web of Science's "plain text" export (FN/VR header, two-letter tags and a space, "ER" and "EF"), or its
     * tab-delimited one (a header row of those tags). Both look like RIS at a glance, but are not.
     */
    private static final Pattern WEB_OF_SCIENCE = Pattern.compile(
            "^(?:FN [^\\r\\n]*\\R(?:VR [^\\r\\n]*\\R)?PT |PT\\tAU\\t)");
    static final String WEB_OF_SCIENCE_NAME = "Web of Science (plain text / tab-delimited)";
    private static final Pattern JSON = Pattern.compile("^\\s*[\\[{]\\s*[\"{\\]}]");

    private FormatCheck() {
    }

    /** A NUL, or more than one control character in a hundred: no bibliography text looks like that. */
    static boolean isBinary(String text) {
        String sample = sample(text);
        long control = sample.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0xFFFD)
                .count();
        return sample.indexOf('\0') >= 0 || control * 100 > sample.length();
    }

    /** The format the text looks like, judged by how each format starts its entries. */
    static Optional<BibliographyFormat> looksLike(String text) {
        String sample = sample(text);
        if (JSON.matcher(sample).find()) {
            return Optional.of(BibliographyFormat.CSL_JSON);
        }
        if (RIS.matcher(sample).find()) {
            return Optional.of(BibliographyFormat.RIS);
        }
        if (BIBTEX.matcher(sample).find()) {
            return Optional.of(BibliographyFormat.BIBTEX);
        }
        return Optional.empty();
    }

    /** Reads with the chosen format, unless the file is no text, or another format's and none of the chosen. */
    static Reading read(BibliographyFormat chosen, String text) {
        if (isBinary(text)) {
            return new Reading(List.of(), List.of(new EntryProblem(1, null, EntryProblem.Kind.NOT_TEXT, "")));
        }
        Reading reading = switch (chosen) {
            case BIBTEX -> BibTeXReader.read(text);
            case RIS -> RisReader.read(text);
            case CSL_JSON -> CslJsonReader.read(text);
        };
        if (reading.entries().isEmpty() && WEB_OF_SCIENCE.matcher(sample(text)).find()) {
            return new Reading(List.of(), List.of(new EntryProblem(1, null, EntryProblem.Kind.UNREAD_FORMAT,
                    WEB_OF_SCIENCE_NAME)));
        }
        Optional<BibliographyFormat> other = looksLike(text).filter(format -> format != chosen);
        if (reading.entries().isEmpty() && other.isPresent()) {
            return new Reading(List.of(), List.of(new EntryProblem(1, null, EntryProblem.Kind.OTHER_FORMAT,
                    other.get().label())));
        }
        return reading;
    }

    private static String sample(String text) {
        String start = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return start.length() > SAMPLE ? start.substring(0, SAMPLE) : start;
    }
}
