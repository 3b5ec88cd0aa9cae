package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.Locale;
import java.util.Optional;
import org.eurasiadiplomacy.portal.sources.SourceType;

/**
 * Entry types both ways: the BibLaTeX names the writer uses, and the BibTeX, BibLaTeX and tool-specific ones a
 * reader meets. A thesis or a manual is read as a book (a monograph with an institution as its publisher), a
 * standard, patent or law as an official document; the portal has no closer type for them.
 */
final class BibTeXTypes {

    private BibTeXTypes() {
    }

    static String entryType(SourceType type) {
        return switch (type) {
            case BOOK -> "book";
            case EDITED_BOOK -> "collection";
            case BOOK_CHAPTER -> "incollection";
            case JOURNAL_ARTICLE, MAGAZINE_ARTICLE, NEWSPAPER_ARTICLE -> "article";
            case WEB_PAGE -> "online";
            case OFFICIAL_DOCUMENT -> "report";
            case DATASET -> "dataset";
            case OTHER -> "misc";
        };
    }

    static Optional<String> subtype(SourceType type) {
        return switch (type) {
            case MAGAZINE_ARTICLE -> Optional.of("magazine");
            case NEWSPAPER_ARTICLE -> Optional.of("newspaper");
            // an @misc with a URL reads as a web page; the subtype keeps an "other" with one what it is
            case OTHER -> Optional.of("other");
            default -> Optional.empty();
        };
    }

    static String containerField(SourceType type) {
        return type.isContained() ? "journal" : "howpublished";
    }

    /** Every entry type has a source type: what fits none of the portal's is {@link SourceType#OTHER}. */
    static Optional<SourceType> sourceType(String entryType, String subtype, boolean editorsOnly, boolean hasUrl) {
        String sub = subtype == null ? "" : subtype.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (entryType.toLowerCase(Locale.ROOT)) {
            case "book", "mvbook", "booklet", "manual", "thesis", "phdthesis", "mastersthesis", "bookinbook" ->
                    editorsOnly ? SourceType.EDITED_BOOK : SourceType.BOOK;
            case "collection", "mvcollection", "proceedings", "mvproceedings", "reference", "mvreference" ->
                    SourceType.EDITED_BOOK;
            case "incollection", "inbook", "inproceedings", "conference", "inreference", "suppbook",
                 "suppcollection" -> SourceType.BOOK_CHAPTER;
            case "article", "periodical", "suppperiodical", "review" -> switch (sub) {
                case "magazine" -> SourceType.MAGAZINE_ARTICLE;
                case "newspaper" -> SourceType.NEWSPAPER_ARTICLE;
                default -> SourceType.JOURNAL_ARTICLE;
            };
            case "newspaper" -> SourceType.NEWSPAPER_ARTICLE;
            case "magazine" -> SourceType.MAGAZINE_ARTICLE;
            case "online", "electronic", "www", "webpage" -> SourceType.WEB_PAGE;
            case "report", "techreport", "standard", "patent", "legislation", "legal", "jurisdiction",
                 "unpublished" -> SourceType.OFFICIAL_DOCUMENT;
            case "misc" -> hasUrl && !sub.equals("other") ? SourceType.WEB_PAGE : SourceType.OTHER;
            case "dataset" -> SourceType.DATASET;
            // BibTeX's own styles print an unknown entry type as @misc (their default.type), and citation-js
            // reads one (its tests' @a) as a book: either way an entry, never a refusal
            default -> SourceType.OTHER;
        });
    }
}
