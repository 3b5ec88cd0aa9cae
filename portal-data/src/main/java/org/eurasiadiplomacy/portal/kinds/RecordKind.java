package org.eurasiadiplomacy.portal.kinds;

import static org.eurasiadiplomacy.portal.curation.FormFieldType.BOOLEAN;
import static org.eurasiadiplomacy.portal.curation.FormFieldType.CITATIONS;
import static org.eurasiadiplomacy.portal.curation.FormFieldType.COUNTRIES;
import static org.eurasiadiplomacy.portal.curation.FormFieldType.DECIMAL;
import static org.eurasiadiplomacy.portal.curation.FormFieldType.ENUM;
import static org.eurasiadiplomacy.portal.curation.FormFieldType.INTEGER;
import static org.eurasiadiplomacy.portal.curation.FormFieldType.LOCALIZED;
import static org.eurasiadiplomacy.portal.curation.FormFieldType.LOCALIZED_LONG;
import static org.eurasiadiplomacy.portal.curation.FormFieldType.LONG_TEXT;
import static org.eurasiadiplomacy.portal.curation.FormFieldType.PARTIAL_DATE;
import static org.eurasiadiplomacy.portal.curation.FormFieldType.RECORD;
import static org.eurasiadiplomacy.portal.curation.FormFieldType.TEXT;
import static org.eurasiadiplomacy.portal.curation.FormField.optional;
import static org.eurasiadiplomacy.portal.curation.FormField.references;
import static org.eurasiadiplomacy.portal.curation.FormField.required;
import static org.eurasiadiplomacy.portal.curation.FormField.rows;

import jakarta.persistence.DiscriminatorValue;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eurasiadiplomacy.portal.agreements.Agreement;
import org.eurasiadiplomacy.portal.agreements.AgreementKind;
import org.eurasiadiplomacy.portal.agreements.AgreementListing;
import org.eurasiadiplomacy.portal.catalog.Listing;
import org.eurasiadiplomacy.portal.country.ActorType;
import org.eurasiadiplomacy.portal.country.Country;
import org.eurasiadiplomacy.portal.country.CountryListing;
import org.eurasiadiplomacy.portal.country.Region;
import org.eurasiadiplomacy.portal.curation.FormFieldType;
import org.eurasiadiplomacy.portal.curation.FormField;
import org.eurasiadiplomacy.portal.exercises.Exercise;
import org.eurasiadiplomacy.portal.exercises.ExerciseKind;
import org.eurasiadiplomacy.portal.exercises.ExerciseListing;
import org.eurasiadiplomacy.portal.initiatives.BriRelation;
import org.eurasiadiplomacy.portal.initiatives.Initiative;
import org.eurasiadiplomacy.portal.initiatives.InitiativeKind;
import org.eurasiadiplomacy.portal.initiatives.InitiativeListing;
import org.eurasiadiplomacy.portal.initiatives.MemberRole;
import org.eurasiadiplomacy.portal.initiatives.Membership;
import org.eurasiadiplomacy.portal.meetings.Meeting;
import org.eurasiadiplomacy.portal.meetings.MeetingLevel;
import org.eurasiadiplomacy.portal.meetings.MeetingListing;
import org.eurasiadiplomacy.portal.notes.CuratorNote;
import org.eurasiadiplomacy.portal.notes.CuratorNoteListing;
import org.eurasiadiplomacy.portal.notes.NoteCategory;
import org.eurasiadiplomacy.portal.oda.OdaFigure;
import org.eurasiadiplomacy.portal.oda.OdaFlow;
import org.eurasiadiplomacy.portal.oda.OdaListing;
import org.eurasiadiplomacy.portal.people.Office;
import org.eurasiadiplomacy.portal.people.Person;
import org.eurasiadiplomacy.portal.people.PersonListing;
import org.eurasiadiplomacy.portal.record.Publication;
import org.eurasiadiplomacy.portal.record.Record;
import org.eurasiadiplomacy.portal.sources.Citation;
import org.eurasiadiplomacy.portal.sources.CitationKind;
import org.eurasiadiplomacy.portal.sources.CitationListing;
import org.eurasiadiplomacy.portal.sources.Contributor;
import org.eurasiadiplomacy.portal.sources.ContributorRole;
import org.eurasiadiplomacy.portal.sources.Source;
import org.eurasiadiplomacy.portal.sources.SourceListing;
import org.eurasiadiplomacy.portal.sources.SourceType;
import org.eurasiadiplomacy.portal.timeline.EventCategory;
import org.eurasiadiplomacy.portal.timeline.TimelineEvent;
import org.eurasiadiplomacy.portal.timeline.TimelineEventListing;
import org.eurasiadiplomacy.portal.visits.OfficeStatus;
import org.eurasiadiplomacy.portal.visits.Visit;
import org.eurasiadiplomacy.portal.visits.VisitListing;

/**
 * Every kind of record, each declared once: its entity (and through it the discriminator, read from the
 * mapping), its detail page, the page that lists it and its place in the menu, its catalog listing (the
 * tables, the exports and the API), its home-page figure, how it is dated for the timeline, and the fields
 * of its curation form in form order, its label in the administrators' list of records, and its API schema's
 * name, description and example. The menu, the tables, the detail pages, the timeline, the home page,
 * the API and the curation form iterate over these constants; none of them names a kind.
 *
 * <p>Labels in the bundles follow the names declared here: {@code details.kind.<CONSTANT>} and
 * {@code curation.kind.<CONSTANT>} for the kind, {@code nav.<list page>} and {@code home.tables.<list page>}
 * for its menu and home-page entries, {@code figures.<figure>} for its count. Sources are edited in the staff's
 * source editor ({@link #hasOwnEditor()}); they are listed here for their history, restore and trash, which are
 * the administrators' as for every record.
 */
public enum RecordKind {
    COUNTRY(kind(Country.class)
            .api(new ApiSchema("Country", "A state, or a union acting as one (the EU).",
                    "{\"id\":1001,\"code\":\"KAZ\",\"name\":{\"zh\":\"哈薩克\",\"en\":\"Kazakhstan\"},"
                    + "\"region\":\"CENTRAL_ASIA\",\"actorType\":\"STATE\",\"citationIds\":[2109]}"))
            .page("country").listedOn(ListPage.table("countries", 8))
            .listing(CountryListing.LISTING).summary(SummaryLabel.of("country", "c", "c.code || ' ' || c.name_L")),
            required("code", TEXT),
            required("name", LOCALIZED),
            required("region", ENUM, Region.class),
            required("actorType", ENUM, ActorType.class),
            optional("citations", CITATIONS)),
    PERSON(kind(Person.class)
            .api(new ApiSchema("Person", "A person the article names.",
                    "{\"id\":1103,\"nameOriginal\":\"川口順子\",\"name\":{\"zh\":\"川口順子\","
                    + "\"en\":\"Kawaguchi Yoriko\"},\"country\":\"JPN\",\"offices\":[{\"title\":{\"zh\":\"外務大臣\","
                    + "\"en\":\"Minister for Foreign Affairs\"},\"yearFrom\":2004,\"yearTo\":2004}],"
                    + "\"citationIds\":[2115]}"))
            .page("person").listedOn(ListPage.table("people", 7)).figure("people")
            .listing(PersonListing.LISTING).summary(SummaryLabel.of("person", "p", "p.name_L")),
            required("nameOriginal", TEXT),
            required("name", LOCALIZED),
            required("country", FormFieldType.COUNTRY),
            rows("offices", Office.class,
                    required("title", LOCALIZED), optional("yearFrom", INTEGER), optional("yearTo", INTEGER)),
            optional("citations", CITATIONS)),
    INITIATIVE(kind(Initiative.class)
            .api(new ApiSchema("Initiative", "A framework, initiative, organization,"
                    + " strategy or doctrine.",
                    "{\"id\":1207,\"name\":{\"zh\":\"亞非自由走廊\",\"en\":\"Asia-Africa Growth Corridor\"},"
                    + "\"nameOriginal\":null,\"abbreviation\":\"AAGC\",\"kind\":\"CONNECTIVITY\","
                    + "\"proposerCountry\":null,\"proposerPersonId\":null,\"proposerPerson\":null,\"year\":2017,\"month\":null,\"day\":null,"
                    + "\"briRelation\":\"ALTERNATIVE\",\"briRelationText\":{\"zh\":\"…\",\"en\":\"…\"},"
                    + "\"summary\":{\"zh\":\"…\",\"en\":\"…\"},\"members\":[{\"country\":\"IND\",\"role\":\"MEMBER\"},"
                    + "{\"country\":\"JPN\",\"role\":\"MEMBER\"}],\"citationIds\":[2108,2129]}"))
            .page("initiative").listedOn(ListPage.table("initiatives", 6))
            .figure("initiatives").listing(InitiativeListing.LISTING).summary(SummaryLabel.of("initiative", "i", "i.name_L"))
            .dated(Dating.of("initiative i", "i", "i.name_zh", "i.name_en").when("i.date_year is not null")),
            required("name", LOCALIZED),
            optional("nameOriginal", TEXT),
            optional("abbreviation", TEXT),
            required("kind", ENUM, InitiativeKind.class),
            optional("proposerCountry", FormFieldType.COUNTRY),
            optional("proposerPerson", RECORD, Person.class),
            optional("proposed", PARTIAL_DATE),
            required("briRelation", ENUM, BriRelation.class),
            optional("briRelationText", LOCALIZED_LONG),
            optional("summary", LOCALIZED_LONG),
            rows("members", Membership.class,
                    required("country", FormFieldType.COUNTRY), required("role", ENUM, MemberRole.class)),
            optional("citations", CITATIONS)),
    MEETING(kind(Meeting.class)
            .api(new ApiSchema("Meeting", "A numbered meeting of a framework (Table 1).",
                    "{\"id\":1302,\"initiativeId\":1200,\"initiative\":{\"zh\":\"中亞 + 日本\","
                    + "\"en\":\"Central Asia plus Japan dialogue\"},\"ordinal\":3,\"year\":2010,\"month\":null,\"day\":null,"
                    + "\"city\":{\"zh\":\"塔什干\",\"en\":\"Tashkent\"},\"country\":\"UZB\","
                    + "\"level\":\"FOREIGN_MINISTERS\",\"citationIds\":[2141]}"))
            .page("meeting").listedOn(ListPage.table("meetings", 2)).figure("meetings")
            .listing(MeetingListing.LISTING)
            .summary(SummaryLabel.of("meeting", "m", "mi.name_L || ' #' || m.ordinal")
                    .joining("left join initiative mi on mi.id = m.initiative_id"))
            .dated(Dating.of("meeting m" + Publication.sqlLeftJoin("initiative", "mi", "m.initiative_id"), "m", "mi.name_zh", "mi.name_en")
                    .number("m.ordinal")
                    .labelled(p -> RecordLabels.meeting(p.titleZh(), p.titleEn(), p.number()))),
            required("initiative", RECORD, Initiative.class),
            required("ordinal", INTEGER),
            required("held", PARTIAL_DATE),
            optional("city", LOCALIZED),
            required("country", FormFieldType.COUNTRY),
            required("level", ENUM, MeetingLevel.class),
            optional("citations", CITATIONS)),
    VISIT(kind(Visit.class)
            .api(new ApiSchema("Visit", "A trip by a leader or official.",
                    "{\"id\":1402,\"personId\":1103,\"person\":{\"zh\":\"川口順子\",\"en\":\"Kawaguchi Yoriko\"},"
                    + "\"personOriginal\":\"川口順子\",\"origin\":\"JPN\",\"destinations\":[\"KAZ\",\"KGZ\",\"TJK\","
                    + "\"UZB\"],\"destinationLabel\":{\"zh\":\"烏茲別克、哈薩克、塔吉克和吉爾吉斯\",\"en\":\"Uzbekistan,"
                    + " Kazakhstan, Tajikistan and Kyrgyzstan\"},\"year\":2004,\"month\":8,\"day\":null,"
                    + "\"officeStatus\":\"SITTING\",\"office\":{\"zh\":\"外務大臣\",\"en\":\"Minister for Foreign"
                    + " Affairs\"},\"purpose\":{\"zh\":\"…\",\"en\":\"…\"},\"outcome\":{\"zh\":\"…\",\"en\":\"…\"},\"citationIds\":[2115,2116]}"))
            .page("visit").listedOn(ListPage.table("visits", 3)).figure("visits")
            .listing(VisitListing.LISTING)
            .summary(SummaryLabel.of("visit", "v", "vp.name_L || ' ' || v.date_year")
                    .joining("left join person vp on vp.id = v.person_id"))
            .dated(Dating.of("visit v" + Publication.sqlLeftJoin("person", "vp", "v.person_id"), "v", "vp.name_zh", "vp.name_en")
                    .detail("v.destination_zh", "v.destination_en")
                    .labelled(p -> RecordLabels.visit(p.titleZh(), p.titleEn(), p.detailZh(), p.detailEn()))),
            required("person", RECORD, Person.class),
            required("originCountry", FormFieldType.COUNTRY),
            optional("destinations", COUNTRIES),
            optional("destinationLabel", LOCALIZED),
            required("date", PARTIAL_DATE),
            required("officeStatus", ENUM, OfficeStatus.class),
            required("office", LOCALIZED),
            optional("purpose", LOCALIZED_LONG),
            optional("outcome", LOCALIZED_LONG),
            optional("citations", CITATIONS)),
    AGREEMENT(kind(Agreement.class)
            .api(new ApiSchema("Agreement", "An agreement, joint statement, declaration"
                    + " or plan.",
                    "{\"id\":1500,\"titleOriginal\":\"カザフスタン共和国の独立承認\",\"title\":{\"zh\":\"日本承認哈薩克獨立\","
                    + "\"en\":\"Japan's recognition of Kazakhstan's independence\"},\"year\":1991,\"month\":12,"
                    + "\"day\":null,\"kind\":\"RECOGNITION\",\"initiativeId\":null,\"initiative\":null,\"parties\":[\"JPN\",\"KAZ\"],"
                    + "\"outcome\":{\"zh\":\"日本承認哈薩克獨立。\",\"en\":\"Japan recognised the independence of"
                    + " Kazakhstan.\"},\"citationIds\":[2109]}"))
            .page("agreement").listedOn(ListPage.table("agreements", 4))
            .figure("agreements").listing(AgreementListing.LISTING).summary(SummaryLabel.of("agreement", "ag", "ag.title_L"))
            .dated(Dating.of("agreement a", "a", "a.title_zh", "a.title_en")),
            required("titleOriginal", TEXT),
            required("title", LOCALIZED),
            required("date", PARTIAL_DATE),
            required("kind", ENUM, AgreementKind.class),
            optional("initiative", RECORD, Initiative.class),
            optional("parties", COUNTRIES),
            optional("outcome", LOCALIZED_LONG),
            optional("citations", CITATIONS)),
    ODA_FIGURE(kind(OdaFigure.class)
            .api(new ApiSchema("OdaFigure", "One value of Table 2, a donor's net ODA to a"
                    + " recipient in a year.",
                    ApiSchema.ODA_EXAMPLE))
            .page("oda-figure").listedOn(ListPage.table("oda", 1)).figure("odaFigures")
            .listing(OdaListing.LISTING)
            .summary(SummaryLabel.of("oda_figure", "o", "od.code || ' > ' || orc.code || ' ' || o.aid_year")
                    .joining("left join country od on od.id = o.donor_id")
                    .joining("left join country orc on orc.id = o.recipient_id")),
            required("donor", FormFieldType.COUNTRY),
            required("recipient", FormFieldType.COUNTRY),
            required("year", INTEGER),
            required("amountUsdMillions", DECIMAL),
            required("flow", ENUM, OdaFlow.class),
            required("dataset", TEXT),
            optional("citations", CITATIONS)),
    EXERCISE(kind(Exercise.class)
            .api(new ApiSchema("Exercise", "A military exercise or security dialogue.",
                    "{\"id\":1701,\"name\":{\"zh\":\"環太平洋軍事演習\",\"en\":\"Rim of the Pacific Exercise\"},"
                    + "\"abbreviation\":\"RIMPAC\",\"kind\":\"MILITARY_EXERCISE\",\"year\":null,\"month\":null,"
                    + "\"day\":null,\"summary\":{\"zh\":\"QUAD 成員國之間的共同合作之一。\",\"en\":\"One of the joint"
                    + " activities of the QUAD members.\"},\"participants\":[\"AUS\",\"IND\",\"JPN\",\"USA\"],"
                    + "\"citationIds\":[2133]}"))
            .page("exercise").listedOn(ListPage.table("exercises", 5)).figure("exercises")
            .listing(ExerciseListing.LISTING).summary(SummaryLabel.of("exercise", "ex", "ex.name_L"))
            // the article ties every exercise and dialogue to security; recurring exercises have no date
            .dated(Dating.of("exercise x", "x", "x.name_zh", "x.name_en").category("'SECURITY'")
                    .when("x.date_year is not null")),
            required("name", LOCALIZED),
            optional("abbreviation", TEXT),
            required("kind", ENUM, ExerciseKind.class),
            optional("date", PARTIAL_DATE),
            optional("summary", LOCALIZED_LONG),
            optional("participants", COUNTRIES),
            optional("citations", CITATIONS)),
    EVENT(kind(TimelineEvent.class)
            .api(new ApiSchema("Event", "A dated entry of the timeline.",
                    "{\"id\":1800,\"year\":1868,\"month\":null,\"day\":null,\"title\":{\"zh\":\"明治維新\","
                    + "\"en\":\"Meiji Restoration\"},\"category\":\"HISTORY\",\"summary\":{\"zh\":\"…\",\"en\":\"…\"},"
                    + "\"countries\":[\"JPN\"],\"citationIds\":[2101]}"))
            .page("event").listedOn(ListPage.own("timeline", 9)).figure("events")
            .listing(TimelineEventListing.LISTING).summary(SummaryLabel.of("timeline_event", "te", "te.title_L"))
            .dated(Dating.of("timeline_event t", "t", "t.title_zh", "t.title_en").category("t.event_category")),
            required("date", PARTIAL_DATE),
            required("title", LOCALIZED),
            required("category", ENUM, EventCategory.class),
            optional("summary", LOCALIZED_LONG),
            optional("countries", COUNTRIES),
            optional("citations", CITATIONS)),
    CITATION(kind(Citation.class)
            .api(new ApiSchema("Citation", "A footnote or table note of the article.",
                    "{\"id\":2107,\"label\":\"7\",\"footnote\":7,\"kind\":\"FOOTNOTE\",\"ibid\":false,"
                    + "\"sourceIds\":[2006,2007],\"locator\":null,\"printedText\":\"…\",\"citationIds\":[],"
                    + "\"recordIds\":[1006,1007,1008,1113,1201,1212,1409,1813,2221,2241]}"))
            .page("citation").ownPage().listing(CitationListing.LISTING)
            .summary(SummaryLabel.of("citation", "ci", "'[' || ci.label || '] ' || substring(ci.printed_text, 1, 60)")),
            required("label", TEXT),
            optional("footnote", INTEGER),
            required("kind", ENUM, CitationKind.class),
            optional("ibid", BOOLEAN),
            optional("locator", TEXT),
            required("printedText", LONG_TEXT),
            references("sources", Source.class)),
    NOTE(kind(CuratorNote.class)
            .api(new ApiSchema("Note", "A curator's note where the article contradicts"
                    + " itself or looks wrong.",
                    "{\"id\":2200,\"targetId\":2000,\"category\":\"TYPO\",\"quotedText\":\"高板正堯著；張帆譯\","
                    + "\"note\":{\"zh\":\"…\",\"en\":\"…\"},\"citationIds\":[2101]}"))
            .listing(CuratorNoteListing.LISTING)
            .summary(SummaryLabel.of("curator_note", "n", "substring(n.quoted_text, 1, 80)")),
            required("target", RECORD, Record.class),
            required("category", ENUM, NoteCategory.class),
            required("quotedText", LONG_TEXT),
            required("note", LOCALIZED_LONG),
            optional("citations", CITATIONS)),
    SOURCE(kind(Source.class)
            .api(new ApiSchema("Source", "A bibliographic item the article cites.",
                    "{\"id\":2005,\"type\":\"BOOK\",\"contributors\":[{\"name\":\"Zbigniew Brzezinski\","
                    + "\"role\":\"AUTHOR\"},{\"name\":\"林添貴\",\"role\":\"TRANSLATOR\"}],\"etAl\":false,"
                    + "\"title\":\"大棋盤：全球戰略大思考\",\"titleEn\":\"The Grand Chessboard (Chinese translation)\","
                    + "\"container\":null,\"parentId\":null,\"publisher\":\"立緒\",\"place\":\"台北\",\"year\":2014,"
                    + "\"month\":null,\"day\":null,\"volume\":null,\"issue\":null,\"pages\":null,\"url\":null,"
                    + "\"language\":\"zh-TW\",\"citationIds\":[2106]}"))
            .page("source").ownPage().listedOn(ListPage.own("sources", 10)).figure("sources")
            .listing(SourceListing.LISTING).ownEditor()
            // a source is labelled by its title: original, or English where it has one
            .summary(SummaryLabel.of("(select id, title as title_zh, coalesce(title_en, title) as title_en from source)",
                    "s", "substring(s.title_L, 1, 80)")),
            required("type", ENUM, SourceType.class),
            rows("contributors", Contributor.class,
                    required("name", TEXT), required("role", ENUM, ContributorRole.class)),
            optional("etAl", BOOLEAN),
            required("title", TEXT),
            optional("titleEn", TEXT),
            optional("container", TEXT),
            optional("parent", RECORD, Source.class),
            optional("publisher", TEXT),
            optional("place", TEXT),
            optional("date", PARTIAL_DATE),
            optional("volume", TEXT),
            optional("issue", TEXT),
            optional("pages", TEXT),
            optional("url", TEXT),
            required("language", TEXT));

    private final Spec spec;
    private final String discriminator;
    private final List<FormField> fields;

    RecordKind(Spec spec, FormField... fields) {
        this.spec = spec;
        this.discriminator = Objects.requireNonNull(spec.entity.getAnnotation(DiscriminatorValue.class),
                spec.entity + " has no @DiscriminatorValue").value();
        this.fields = List.of(fields);
        Objects.requireNonNull(spec.summary, () -> name() + " has no summary label");
        Objects.requireNonNull(spec.api, () -> name() + " has no API schema");
    }

    public Class<? extends Record> entity() {
        return spec.entity;
    }

    /** The value of {@code record.record_type} for this kind, as the entity's mapping declares it. */
    public String discriminator() {
        return discriminator;
    }

    /** The page that shows one record, without extension ({@code oda-figure}); empty for curator notes. */
    public String page() {
        return spec.page;
    }

    public String path(long id) {
        return "/" + spec.page + ".xhtml?id=" + id;
    }

    /** Whether the one detail template shows this kind ({@code /<page>.xhtml?id=N}); sources and footnotes have their own. */
    public boolean hasDetailTemplate() {
        return spec.page != null && !spec.ownPage;
    }

    /** The public page that lists this kind, and with it the kind's menu entry. */
    public Optional<ListPage> listPage() {
        return Optional.ofNullable(spec.listPage);
    }

    /** Whether the kind has a public table of its listing, with CSV and Excel exports. */
    public boolean hasTable() {
        return spec.listPage != null && spec.listPage.table();
    }

    /** The catalog listing of this kind: its columns and filters, for the tables, the exports and the API. */
    public Listing listing() {
        return spec.listing;
    }

    /** The key of its count on the home page ({@code figures.<key>}), if it has one. */
    public Optional<String> figure() {
        return Optional.ofNullable(spec.figure);
    }

    /** How the kind is dated, if it is: dated kinds are on the timeline. */
    public Optional<Dating> dating() {
        return Optional.ofNullable(spec.dating);
    }

    /** How the API's OpenAPI description names and explains this kind's collection. */
    public ApiSchema apiSchema() {
        return spec.api;
    }

    /** How the administrators' list of records labels this kind. */
    public SummaryLabel summaryLabel() {
        return spec.summary;
    }

    /** Whether records of this kind are edited on a page of their own rather than the administrators' form. */
    public boolean hasOwnEditor() {
        return spec.ownEditor;
    }

    public List<FormField> fields() {
        return fields;
    }

    public Optional<FormField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The kinds with a page that lists them, in menu order. */
    public static List<RecordKind> inMenu() {
        return Arrays.stream(values()).filter(kind -> kind.spec.listPage != null)
                .sorted(Comparator.comparingInt(kind -> kind.spec.listPage.position())).toList();
    }

    /** The kinds on the timeline, in the order its filter offers them. */
    public static List<RecordKind> dated() {
        return Arrays.stream(values()).filter(kind -> kind.spec.dating != null).toList();
    }

    public static Optional<RecordKind> of(Class<?> type) {
        return Arrays.stream(values()).filter(k -> k.spec.entity.isAssignableFrom(type)).findFirst();
    }

    public static Optional<RecordKind> ofDiscriminator(String value) {
        return Arrays.stream(values()).filter(k -> k.discriminator.equals(value)).findFirst();
    }

    public static Optional<RecordKind> ofPage(String page) {
        return Arrays.stream(values()).filter(kind -> Objects.equals(kind.spec.page, page)).findFirst();
    }

    public static Optional<RecordKind> ofListing(String listing) {
        return Arrays.stream(values()).filter(kind -> kind.spec.listing.name().equals(listing)).findFirst();
    }

    private static Spec kind(Class<? extends Record> entity) {
        return new Spec(entity);
    }

    /** A kind's declaration, read once by its constant. */
    private static final class Spec {
        private final Class<? extends Record> entity;
        private String page;
        private boolean ownPage;
        private ListPage listPage;
        private Listing listing;
        private String figure;
        private Dating dating;
        private boolean ownEditor;
        private SummaryLabel summary;
        private ApiSchema api;

        private Spec(Class<? extends Record> entity) {
            this.entity = entity;
        }

        Spec page(String name) {
            page = name;
            return this;
        }

        /** The record's page is a page of its own, not the detail template. */
        Spec ownPage() {
            ownPage = true;
            return this;
        }

        Spec listedOn(ListPage list) {
            listPage = list;
            return this;
        }

        Spec listing(Listing value) {
            listing = value;
            return this;
        }

        Spec figure(String key) {
            figure = key;
            return this;
        }

        Spec dated(Dating value) {
            dating = value;
            return this;
        }

        Spec ownEditor() {
            ownEditor = true;
            return this;
        }

        Spec api(ApiSchema schema) {
            api = schema;
            return this;
        }

        Spec summary(SummaryLabel label) {
            summary = label;
            return this;
        }
    }
}
