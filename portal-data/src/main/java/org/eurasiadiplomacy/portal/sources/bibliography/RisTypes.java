package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.Optional;
import org.eurasiadiplomacy.portal.sources.SourceType;

/** RIS reference types both ways; the reader also takes the common synonyms of other tools. */
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
        };
    }

    static Optional<SourceType> sourceType(String code) {
        return Optional.ofNullable(switch (code.strip()) {
            case "BOOK", "EBOOK" -> SourceType.BOOK;
            case "EDBOOK" -> SourceType.EDITED_BOOK;
            case "CHAP", "ECHAP" -> SourceType.BOOK_CHAPTER;
            case "JOUR", "JFULL", "EJOUR" -> SourceType.JOURNAL_ARTICLE;
            case "MGZN" -> SourceType.MAGAZINE_ARTICLE;
            case "NEWS" -> SourceType.NEWSPAPER_ARTICLE;
            case "ELEC", "WEB", "BLOG" -> SourceType.WEB_PAGE;
            case "GOVDOC", "RPRT", "BILL", "STAT" -> SourceType.OFFICIAL_DOCUMENT;
            case "DATA", "DBASE" -> SourceType.DATASET;
            default -> null;
        });
    }
}
