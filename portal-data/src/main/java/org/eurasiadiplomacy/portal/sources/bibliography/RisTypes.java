package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.Optional;
import org.eurasiadiplomacy.portal.sources.SourceType;

/**
 * RIS reference types both ways; the reader also takes the common synonyms of other tools. A thesis or a
 * pamphlet is read as a book, a conference paper as a chapter of its proceedings, a standard or a law as an
 * official document: the portal has no closer type.
 */
final class RisTypes {

    private RisTypes() {
    }

    static String code(SourceType type) {
        return switch (type) {
            case BOOK -> "BOOK";
            case EDITED_BOOK -> "EDBOOK";
            case BOOK_CHAPTER -> "CHAP";
            case JOURNAL_ARTICLE -> "JOUR";
            case MAGAZINE_ARTICLE -> "MGZN";
            case NEWSPAPER_ARTICLE -> "NEWS";
            case WEB_PAGE -> "ELEC";
            case OFFICIAL_DOCUMENT -> "GOVDOC";
            case DATASET -> "DATA";
            case OTHER -> "GEN";
        };
    }

    static Optional<SourceType> sourceType(String code) {
        return Optional.ofNullable(switch (code.strip().toUpperCase(java.util.Locale.ROOT)) {
            // EndNote's and Mendeley's spelled-out names
            case "JOURNAL ARTICLE" -> SourceType.JOURNAL_ARTICLE;
            case "BOOK SECTION", "CONFERENCE PAPER" -> SourceType.BOOK_CHAPTER;
            case "EDITED BOOK", "CONFERENCE PROCEEDINGS" -> SourceType.EDITED_BOOK;
            case "WEB PAGE" -> SourceType.WEB_PAGE;
            case "NEWSPAPER ARTICLE" -> SourceType.NEWSPAPER_ARTICLE;
            case "MAGAZINE ARTICLE" -> SourceType.MAGAZINE_ARTICLE;
            case "REPORT", "GOVERNMENT DOCUMENT", "STANDARD" -> SourceType.OFFICIAL_DOCUMENT;
            case "THESIS" -> SourceType.BOOK;
            case "BOOK", "EBOOK", "THES", "PAMP", "CLSWK" -> SourceType.BOOK;
            case "EDBOOK", "CONF" -> SourceType.EDITED_BOOK;
            case "CHAP", "ECHAP", "CPAPER", "ENCYC", "DICT" -> SourceType.BOOK_CHAPTER;
            case "JOUR", "JFULL", "EJOUR", "INPR", "ABST" -> SourceType.JOURNAL_ARTICLE;
            case "MGZN" -> SourceType.MAGAZINE_ARTICLE;
            case "NEWS" -> SourceType.NEWSPAPER_ARTICLE;
            case "ELEC", "WEB", "BLOG", "ICOMM" -> SourceType.WEB_PAGE;
            case "GOVDOC", "RPRT", "BILL", "STAT", "STAND", "LEGAL", "HEAR", "CASE", "PAT", "UNPB",
                 "MANSCPT" -> SourceType.OFFICIAL_DOCUMENT;
            case "DATA", "DBASE" -> SourceType.DATASET;
            case "GEN", "VIDEO", "MPCT", "SOUND", "MUSIC", "ART", "MAP", "COMP", "ADVS", "SLIDE" -> SourceType.OTHER;
            default -> null;
        });
    }
}
