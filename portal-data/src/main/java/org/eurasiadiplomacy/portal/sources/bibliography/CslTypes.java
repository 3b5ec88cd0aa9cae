package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.Optional;
import org.eurasiadiplomacy.portal.sources.SourceType;

/** CSL item types both ways, and the names of the portal's {@code custom} keys. */
final class CslTypes {

    static final String PORTAL_TYPE = "portal-type";
    static final String TITLE_EN = "title-en";
    static final String ET_AL = "et-al";
    static final String PARENT = "parent";

    private CslTypes() {
    }

    static String cslType(SourceType type) {
        return switch (type) {
            case BOOK, EDITED_BOOK -> "book";
            case BOOK_CHAPTER -> "chapter";
            case JOURNAL_ARTICLE -> "article-journal";
            case MAGAZINE_ARTICLE -> "article-magazine";
            case NEWSPAPER_ARTICLE -> "article-newspaper";
            case WEB_PAGE -> "webpage";
            case OFFICIAL_DOCUMENT -> "report";
            case DATASET -> "dataset";
            case OTHER -> "document";
        };
    }

    static Optional<SourceType> sourceType(String cslType, boolean editorsOnly) {
        return Optional.ofNullable(switch (cslType) {
            case "book", "thesis", "manuscript", "pamphlet", "classic" ->
                    editorsOnly ? SourceType.EDITED_BOOK : SourceType.BOOK;
            case "chapter", "paper-conference", "entry-encyclopedia", "entry-dictionary", "entry" ->
                    SourceType.BOOK_CHAPTER;
            case "article-journal", "article" -> SourceType.JOURNAL_ARTICLE;
            case "article-magazine" -> SourceType.MAGAZINE_ARTICLE;
            case "article-newspaper" -> SourceType.NEWSPAPER_ARTICLE;
            case "webpage", "post", "post-weblog" -> SourceType.WEB_PAGE;
            case "report", "legislation", "regulation", "treaty", "standard", "bill", "legal_case",
                 "patent", "hearing" -> SourceType.OFFICIAL_DOCUMENT;
            case "dataset" -> SourceType.DATASET;
            case "document", "motion_picture", "broadcast", "video", "song", "graphic", "map", "software",
                 "performance", "interview", "personal_communication", "speech", "event" -> SourceType.OTHER;
            default -> null;
        });
    }
}
