package org.eurasiadiplomacy.portal.web.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of the API's answers, for its OpenAPI description only (fields, not records: Payara reads
 * a record's accessors as setters): the records are written from the catalog's
 * listings, and an integration test checks that every schema here names exactly the fields the API returns.
 */
final class ApiSchemas {

    static final String ODA_EXAMPLE = "{\"id\":1600,\"donor\":\"JPN\",\"recipient\":\"KAZ\",\"year\":2010,"
            + "\"amountUsdMillions\":-1.46,\"flow\":\"NET_DISBURSEMENTS\",\"dataset\":\"OECD TABLE2A\","
            + "\"citationIds\":[2142]}";

    private ApiSchemas() {
    }

    /** Payara 6 drops a oneOf of plain classes, so the description names the alternatives instead. */
    @Schema(name = "PublishedRecord", description = "A record of the collection asked for: one of the schemas"
            + " Country, Person, Initiative, Meeting, Visit, Agreement, Exercise, Event, OdaFigure, Source, Citation"
            + " and Note.")
    static final class PublishedRecord {
    }

    @Schema(name = "LocalizedText", description = "A text in Traditional Chinese and English; either may be null.",
            example = "{\"zh\":\"塔什干\",\"en\":\"Tashkent\"}")
    static final class LocalizedText {
        String zh;
        String en;
    }

    @Schema(name = "Country", description = "GET /api/v1/countries: a state, or a union acting as one (the EU).",
            example = "{\"id\":1001,\"code\":\"KAZ\",\"name\":{\"zh\":\"哈薩克\",\"en\":\"Kazakhstan\"},"
                    + "\"region\":\"CENTRAL_ASIA\",\"actorType\":\"STATE\",\"citationIds\":[2109]}")
    static final class Country {
        long id;
        @Schema(description = "ISO 3166-1 alpha-3; the EU is EUU.", pattern = "[A-Z]{3}") String code;
        LocalizedText name;
        @Schema(description = "CENTRAL_ASIA, EAST_ASIA, SOUTH_ASIA, SOUTHEAST_ASIA, OCEANIA, EUROPE, NORTH_AMERICA, "
                + "EURASIA, MIDDLE_EAST or AFRICA")
        String region;
        @Schema(description = "STATE or SUPRANATIONAL") String actorType;
        @Schema(description = "The published citations that support the record.") List<Long> citationIds;
    }

    @Schema(name = "Office", description = "An office a person held, with the years the article gives.")
    static final class Office {
        LocalizedText title;
        Integer yearFrom;
        Integer yearTo;
    }

    @Schema(name = "Person", description = "GET /api/v1/people: a person the article names.",
            example = "{\"id\":1103,\"nameOriginal\":\"川口順子\",\"name\":{\"zh\":\"川口順子\","
                    + "\"en\":\"Kawaguchi Yoriko\"},\"country\":\"JPN\",\"offices\":[{\"title\":{\"zh\":\"外務大臣\","
                    + "\"en\":\"Minister for Foreign Affairs\"},\"yearFrom\":2004,\"yearTo\":2004}],"
                    + "\"citationIds\":[2115]}")
    static final class Person {
        long id;
        @Schema(description = "The name in its own script.") String nameOriginal;
        LocalizedText name;
        @Schema(description = "Alpha-3 code of the person's country.") String country;
        List<Office> offices;
        List<Long> citationIds;
    }

    @Schema(name = "Member", description = "A country's part in an initiative.")
    static final class Member {
        @Schema(description = "Alpha-3 code.") String country;
        @Schema(description = "MEMBER or OBSERVER") String role;
    }

    @Schema(name = "Initiative", description = "GET /api/v1/initiatives: a framework, initiative, organization,"
            + " strategy or doctrine.",
            example = "{\"id\":1207,\"name\":{\"zh\":\"亞非自由走廊\",\"en\":\"Asia-Africa Growth Corridor\"},"
                    + "\"nameOriginal\":null,\"abbreviation\":\"AAGC\",\"kind\":\"CONNECTIVITY\","
                    + "\"proposerCountry\":null,\"proposerPersonId\":null,\"proposerPerson\":null,\"year\":2017,\"month\":null,\"day\":null,"
                    + "\"briRelation\":\"ALTERNATIVE\",\"briRelationText\":{\"zh\":\"…\",\"en\":\"…\"},"
                    + "\"summary\":{\"zh\":\"…\",\"en\":\"…\"},\"members\":[{\"country\":\"IND\",\"role\":\"MEMBER\"},"
                    + "{\"country\":\"JPN\",\"role\":\"MEMBER\"}],\"citationIds\":[2108,2129]}")
    static final class Initiative {
        long id;
        LocalizedText name;
        String nameOriginal;
        String abbreviation;
        @Schema(description = "DIALOGUE, CONNECTIVITY, SECURITY, AID, STRATEGY, DOCTRINE or ORGANIZATION") String kind;
        @Schema(description = "Alpha-3 code of the proposing country.") String proposerCountry;
        @Schema(description = "Id of the proposing person (GET /api/v1/people/{id}).") Long proposerPersonId;
        @Schema(description = "The proposing person's name.") LocalizedText proposerPerson;
        @Schema(description = "When it was proposed, as precisely as the article says.") Integer year;
        Integer month;
        Integer day;
        @Schema(description = "IS_BRI, CHINESE_PRECURSOR, PREDATES_BRI, COUNTERWEIGHT or ALTERNATIVE")
        String briRelation;
        @Schema(description = "How the article relates it to the Belt and Road.") LocalizedText briRelationText;
        LocalizedText summary;
        List<Member> members;
        List<Long> citationIds;
    }

    @Schema(name = "Meeting", description = "GET /api/v1/meetings: a numbered meeting of a framework (Table 1).",
            example = "{\"id\":1302,\"initiativeId\":1200,\"initiative\":{\"zh\":\"中亞 + 日本\","
                    + "\"en\":\"Central Asia plus Japan dialogue\"},\"ordinal\":3,\"year\":2010,\"month\":null,\"day\":null,"
                    + "\"city\":{\"zh\":\"塔什干\",\"en\":\"Tashkent\"},\"country\":\"UZB\","
                    + "\"level\":\"FOREIGN_MINISTERS\",\"citationIds\":[2141]}")
    static final class Meeting {
        long id;
        @Schema(description = "The framework (GET /api/v1/initiatives/{id}).") Long initiativeId;
        @Schema(description = "The framework's name.") LocalizedText initiative;
        int ordinal;
        int year;
        Integer month;
        Integer day;
        LocalizedText city;
        @Schema(description = "Alpha-3 code of the host country.") String country;
        @Schema(description = "FOREIGN_MINISTERS, SUMMIT or FORUM") String level;
        List<Long> citationIds;
    }

    @Schema(name = "Visit", description = "GET /api/v1/visits: a trip by a leader or official.",
            example = "{\"id\":1402,\"personId\":1103,\"person\":{\"zh\":\"川口順子\",\"en\":\"Kawaguchi Yoriko\"},"
                    + "\"personOriginal\":\"川口順子\",\"origin\":\"JPN\",\"destinations\":[\"KAZ\",\"KGZ\",\"TJK\","
                    + "\"UZB\"],\"destinationLabel\":{\"zh\":\"烏茲別克、哈薩克、塔吉克和吉爾吉斯\",\"en\":\"Uzbekistan,"
                    + " Kazakhstan, Tajikistan and Kyrgyzstan\"},\"year\":2004,\"month\":8,\"day\":null,"
                    + "\"officeStatus\":\"SITTING\",\"office\":{\"zh\":\"外務大臣\",\"en\":\"Minister for Foreign"
                    + " Affairs\"},\"purpose\":{\"zh\":\"…\",\"en\":\"…\"},\"outcome\":{\"zh\":\"…\",\"en\":\"…\"},\"citationIds\":[2115,2116]}")
    static final class Visit {
        long id;
        @Schema(description = "The visitor (GET /api/v1/people/{id}).") Long personId;
        @Schema(description = "The visitor's name.") LocalizedText person;
        @Schema(description = "The visitor's name in its original script.") String personOriginal;
        @Schema(description = "Alpha-3 code of the visitor's country.") String origin;
        @Schema(description = "Alpha-3 codes of the countries visited.") List<String> destinations;
        @Schema(description = "The destination as the article words it.") LocalizedText destinationLabel;
        int year;
        Integer month;
        Integer day;
        @Schema(description = "SITTING or FORMER") String officeStatus;
        LocalizedText office;
        LocalizedText purpose;
        LocalizedText outcome;
        List<Long> citationIds;
    }

    @Schema(name = "Agreement", description = "GET /api/v1/agreements: an agreement, joint statement, declaration"
            + " or plan.",
            example = "{\"id\":1500,\"titleOriginal\":\"カザフスタン共和国の独立承認\",\"title\":{\"zh\":\"日本承認哈薩克獨立\","
                    + "\"en\":\"Japan's recognition of Kazakhstan's independence\"},\"year\":1991,\"month\":12,"
                    + "\"day\":null,\"kind\":\"RECOGNITION\",\"initiativeId\":null,\"initiative\":null,\"parties\":[\"JPN\",\"KAZ\"],"
                    + "\"outcome\":{\"zh\":\"日本承認哈薩克獨立。\",\"en\":\"Japan recognised the independence of"
                    + " Kazakhstan.\"},\"citationIds\":[2109]}")
    static final class Agreement {
        long id;
        @Schema(description = "The title in its original script.") String titleOriginal;
        LocalizedText title;
        int year;
        Integer month;
        Integer day;
        @Schema(description = "RECOGNITION, DIPLOMATIC_RELATIONS, JOINT_STATEMENT, AGREEMENT, ACTION_PLAN, MEMORANDUM "
                + "or DECLARATION")
        String kind;
        @Schema(description = "The framework it was made under (GET /api/v1/initiatives/{id}).") Long initiativeId;
        @Schema(description = "That framework's name.") LocalizedText initiative;
        @Schema(description = "Alpha-3 codes of the parties.") List<String> parties;
        LocalizedText outcome;
        List<Long> citationIds;
    }

    @Schema(name = "Exercise", description = "GET /api/v1/exercises: a military exercise or security dialogue.",
            example = "{\"id\":1701,\"name\":{\"zh\":\"環太平洋軍事演習\",\"en\":\"Rim of the Pacific Exercise\"},"
                    + "\"abbreviation\":\"RIMPAC\",\"kind\":\"MILITARY_EXERCISE\",\"year\":null,\"month\":null,"
                    + "\"day\":null,\"summary\":{\"zh\":\"QUAD 成員國之間的共同合作之一。\",\"en\":\"One of the joint"
                    + " activities of the QUAD members.\"},\"participants\":[\"AUS\",\"IND\",\"JPN\",\"USA\"],"
                    + "\"citationIds\":[2133]}")
    static final class Exercise {
        long id;
        LocalizedText name;
        String abbreviation;
        @Schema(description = "NAVAL_EXERCISE, AIR_EXERCISE, MILITARY_EXERCISE or MINISTERIAL_DIALOGUE") String kind;
        @Schema(description = "Null for recurring exercises.") Integer year;
        Integer month;
        Integer day;
        LocalizedText summary;
        @Schema(description = "Alpha-3 codes of the participants.") List<String> participants;
        List<Long> citationIds;
    }

    @Schema(name = "Event", description = "GET /api/v1/events: a dated entry of the timeline.",
            example = "{\"id\":1800,\"year\":1868,\"month\":null,\"day\":null,\"title\":{\"zh\":\"明治維新\","
                    + "\"en\":\"Meiji Restoration\"},\"category\":\"HISTORY\",\"summary\":{\"zh\":\"…\",\"en\":\"…\"},"
                    + "\"countries\":[\"JPN\"],\"citationIds\":[2101]}")
    static final class Event {
        long id;
        int year;
        Integer month;
        Integer day;
        LocalizedText title;
        @Schema(description = "HISTORY, SCHOLARSHIP, DIPLOMACY, ECONOMY, SECURITY, INITIATIVE, TERRITORY or HEALTH")
        String category;
        LocalizedText summary;
        @Schema(description = "Alpha-3 codes of the countries concerned.") List<String> countries;
        List<Long> citationIds;
    }

    @Schema(name = "OdaFigure", description = "GET /api/v1/oda: one value of Table 2, a donor's net ODA to a"
            + " recipient in a year.", example = ODA_EXAMPLE)
    static final class OdaFigure {
        long id;
        @Schema(description = "Alpha-3 code of the donor.") String donor;
        @Schema(description = "Alpha-3 code of the recipient.") String recipient;
        int year;
        @Schema(description = "Millions of US dollars, an exact decimal as printed; negative when repayments exceed "
                + "new disbursements.")
        BigDecimal amountUsdMillions;
        @Schema(description = "NET_DISBURSEMENTS") String flow;
        @Schema(description = "The OECD dataset.") String dataset;
        List<Long> citationIds;
    }

    @Schema(name = "Contributor", description = "A person or body named on a source: a person with family and "
            + "given name in their own script, or a literal name (a body, or a name kept as printed) with both null.")
    static final class Contributor {
        @Schema(description = "As displayed: a literal as written, CJK family-first without a space (武田史郎), "
                + "Latin given-first (Zbigniew Brzezinski).") String name;
        @Schema(description = "The family name; null for a literal name.") String family;
        @Schema(description = "The given name; null for a literal name or a person known by one name.") String given;
        @Schema(description = "AUTHOR, EDITOR or TRANSLATOR") String role;
    }

    @Schema(name = "Source", description = "GET /api/v1/sources: a bibliographic item the article cites.",
            example = "{\"id\":2005,\"type\":\"BOOK\",\"contributors\":[{\"name\":\"Zbigniew Brzezinski\","
                    + "\"family\":null,\"given\":null,\"role\":\"AUTHOR\"},{\"name\":\"林添貴\",\"family\":null,"
                    + "\"given\":null,\"role\":\"TRANSLATOR\"}],\"etAl\":false,"
                    + "\"title\":\"大棋盤：全球戰略大思考\",\"titleEn\":\"The Grand Chessboard (Chinese translation)\","
                    + "\"container\":null,\"parentId\":null,\"publisher\":\"立緒\",\"place\":\"台北\",\"year\":2014,"
                    + "\"month\":null,\"day\":null,\"accessedYear\":null,\"accessedMonth\":null,"
                    + "\"accessedDay\":null,\"volume\":null,\"issue\":null,\"pages\":null,\"url\":null,"
                    + "\"language\":\"zh-TW\",\"citationIds\":[2106]}")
    static final class Source {
        long id;
        @Schema(description = "BOOK, BOOK_CHAPTER, EDITED_BOOK, JOURNAL_ARTICLE, MAGAZINE_ARTICLE, NEWSPAPER_ARTICLE, "
                + "WEB_PAGE, OFFICIAL_DOCUMENT or DATASET")
        String type;
        List<Contributor> contributors;
        @Schema(description = "Printed \"et al.\": the contributors are knowingly incomplete.") boolean etAl;
        @Schema(description = "The title in its original script.") String title;
        String titleEn;
        @Schema(description = "Journal, magazine, newspaper or web site.") String container;
        @Schema(description = "The book a chapter belongs to (GET /api/v1/sources/{id}).") Long parentId;
        String publisher;
        String place;
        Integer year;
        Integer month;
        Integer day;
        @Schema(description = "When the URL was read, as precise as known (web pages, papers, documents).")
        Integer accessedYear;
        Integer accessedMonth;
        Integer accessedDay;
        String volume;
        String issue;
        String pages;
        String url;
        @Schema(description = "BCP 47 tag: zh-TW, zh-CN, ja, en, ru, und …") String language;
        @Schema(description = "The published citations that cite this source.") List<Long> citationIds;
    }

    @Schema(name = "Citation", description = "GET /api/v1/citations: a footnote or table note of the article.",
            example = "{\"id\":2107,\"label\":\"7\",\"footnote\":7,\"kind\":\"FOOTNOTE\",\"ibid\":false,"
                    + "\"sourceIds\":[2006,2007],\"locator\":null,\"printedText\":\"…\",\"citationIds\":[],"
                    + "\"recordIds\":[1006,1007,1008,1113,1201,1212,1409,1813,2221,2241]}")
    static final class Citation {
        long id;
        @Schema(description = "As printed: 1 to 39, 表一, 表二 or *.") String label;
        @Schema(description = "The footnote number, 1 to 39; null for table and author notes.") Integer footnote;
        @Schema(description = "FOOTNOTE, TABLE_NOTE or AUTHOR_NOTE") String kind;
        @Schema(description = "Printed as 同前註 / Ibid.: it repeats the previous footnote's sources.") boolean ibid;
        @Schema(description = "The sources it cites, in printed order.") List<Long> sourceIds;
        @Schema(description = "Where in the source, such as a page.") String locator;
        @Schema(description = "The note exactly as printed.") String printedText;
        @Schema(description = "Citations that support the citation itself; empty in the article's data.")
        List<Long> citationIds;
        @Schema(description = "The published records this citation supports.") List<Long> recordIds;
    }

    @Schema(name = "Note", description = "GET /api/v1/notes: a curator's note where the article contradicts"
            + " itself or looks wrong.",
            example = "{\"id\":2200,\"targetId\":2000,\"category\":\"TYPO\",\"quotedText\":\"高板正堯著；張帆譯\","
                    + "\"note\":{\"zh\":\"…\",\"en\":\"…\"},\"citationIds\":[2101]}")
    static final class Note {
        long id;
        @Schema(description = "The record the note is about, of any collection.") Long targetId;
        @Schema(description = "TYPO, INCONSISTENCY, IMPLAUSIBLE_FIGURE, MISMATCHED_GLOSS, DATING, MALFORMED_URL, "
                + "INCOMPLETE_CITATION or MODELLING")
        String category;
        @Schema(description = "The article's words, exactly as printed.") String quotedText;
        LocalizedText note;
        List<Long> citationIds;
    }

    @Schema(name = "BadRequest", description = "RFC 9457 problem details of a 400.",
            example = "{\"type\":\"http://localhost:8080/api.xhtml#problem-invalid-parameter\","
                    + "\"title\":\"Bad Request\","
                    + "\"status\":400,\"detail\":\"Parameter yearFrom: must be a whole number, not \\\"abc\\\"\","
                    + "\"instance\":\"/api/v1/oda?yearFrom=abc\"}")
    static final class Problem400 {
        String type;
        String title;
        int status;
        String detail;
        String instance;
    }

    @Schema(name = "NotFound", description = "RFC 9457 problem details of a 404.",
            example = "{\"type\":\"http://localhost:8080/api.xhtml#problem-not-found\",\"title\":\"Not Found\","
                    + "\"status\":404,\"detail\":\"No published record 42 in oda.\",\"instance\":\"/api/v1/oda/42\"}")
    static final class Problem404 {
        String type;
        String title;
        int status;
        String detail;
        String instance;
    }
}
