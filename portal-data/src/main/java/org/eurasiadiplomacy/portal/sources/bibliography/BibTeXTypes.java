package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.Locale;
import java.util.Optional;
import org.eurasiadiplomacy.portal.sources.SourceType;

/** Entry types both ways: the BibLaTeX names the writer uses, and the classic BibTeX ones a reader meets. */
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
        };
    }

    static Optional<String> subtype(SourceType type) {
        return switch (type) {
            case MAGAZINE_ARTICLE -> Optional.of("magazine");
            case NEWSPAPER_ARTICLE -> Optional.of("newspaper");
            default -> Optional.empty();
        };
    }

    static String containerField(SourceType type) {
        return type.isContained() ? "journal" : "howpublished";
    }

    /** Empty for entry types the portal has no source type for (theses, manuals …). */
    static Optional<SourceType> sourceType(String entryType, String subtype, boolean editorsOnly, boolean hasUrl) {
        String sub = subtype == null ? "" : subtype.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (entryType.toLowerCase(Locale.ROOT)) {
            case "book", "mvbook" -> editorsOnly ? SourceType.EDITED_BOOK : SourceType.BOOK;
            case "collection", "mvcollection", "proceedings" -> SourceType.EDITED_BOOK;
            case "incollection", "inbook", "inproceedings", "conference" -> SourceType.BOOK_CHAPTER;
            case "article", "periodical" -> switch (sub) {
                case "magazine" -> SourceType.MAGAZINE_ARTICLE;
                case "newspaper" -> SourceType.NEWSPAPER_ARTICLE;
                default -> SourceType.JOURNAL_ARTICLE;
            };
            case "online", "electronic", "www" -> SourceType.WEB_PAGE;
            case "report", "techreport" -> SourceType.OFFICIAL_DOCUMENT;
            case "misc" -> hasUrl ? SourceType.WEB_PAGE : SourceType.OFFICIAL_DOCUMENT;
            case "dataset" -> SourceType.DATASET;
            default -> null;
        });
    }
}
