package org.eurasiadiplomacy.portal.curation;

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

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eurasiadiplomacy.portal.agreements.Agreement;
import org.eurasiadiplomacy.portal.agreements.AgreementKind;
import org.eurasiadiplomacy.portal.country.ActorType;
import org.eurasiadiplomacy.portal.country.Country;
import org.eurasiadiplomacy.portal.country.Region;
import org.eurasiadiplomacy.portal.exercises.Exercise;
import org.eurasiadiplomacy.portal.exercises.ExerciseKind;
import org.eurasiadiplomacy.portal.initiatives.BriRelation;
import org.eurasiadiplomacy.portal.initiatives.Initiative;
import org.eurasiadiplomacy.portal.initiatives.InitiativeKind;
import org.eurasiadiplomacy.portal.initiatives.MemberRole;
import org.eurasiadiplomacy.portal.initiatives.Membership;
import org.eurasiadiplomacy.portal.meetings.Meeting;
import org.eurasiadiplomacy.portal.meetings.MeetingLevel;
import org.eurasiadiplomacy.portal.notes.CuratorNote;
import org.eurasiadiplomacy.portal.notes.NoteCategory;
import org.eurasiadiplomacy.portal.oda.OdaFigure;
import org.eurasiadiplomacy.portal.oda.OdaFlow;
import org.eurasiadiplomacy.portal.people.Office;
import org.eurasiadiplomacy.portal.people.Person;
import org.eurasiadiplomacy.portal.record.Record;
import org.eurasiadiplomacy.portal.sources.Citation;
import org.eurasiadiplomacy.portal.sources.CitationKind;
import org.eurasiadiplomacy.portal.sources.Contributor;
import org.eurasiadiplomacy.portal.sources.ContributorRole;
import org.eurasiadiplomacy.portal.sources.Source;
import org.eurasiadiplomacy.portal.sources.SourceType;
import org.eurasiadiplomacy.portal.timeline.EventCategory;
import org.eurasiadiplomacy.portal.timeline.TimelineEvent;
import org.eurasiadiplomacy.portal.visits.OfficeStatus;
import org.eurasiadiplomacy.portal.visits.Visit;

/**
 * The kinds of record an administrator curates, each with the fields its form edits, in form order. One
 * form serves every kind: adding a field here adds it to the form, the validation, the history and the
 * restore. Sources are edited in the staff's source editor ({@link #hasOwnEditor()}); they are listed here for
 * their history, restore and trash, which are the administrators' as for every record.
 */
public enum RecordKind {
    COUNTRY(Country.class, "COUNTRY",
            required("code", TEXT),
            required("name", LOCALIZED),
            required("region", ENUM, Region.class),
            required("actorType", ENUM, ActorType.class),
            optional("citations", CITATIONS)),
    PERSON(Person.class, "PERSON",
            required("nameOriginal", TEXT),
            required("name", LOCALIZED),
            required("country", FormFieldType.COUNTRY),
            rows("offices", Office.class,
                    required("title", LOCALIZED), optional("yearFrom", INTEGER), optional("yearTo", INTEGER)),
            optional("citations", CITATIONS)),
    INITIATIVE(Initiative.class, "INITIATIVE",
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
    MEETING(Meeting.class, "MEETING",
            required("initiative", RECORD, Initiative.class),
            required("ordinal", INTEGER),
            required("held", PARTIAL_DATE),
            optional("city", LOCALIZED),
            required("country", FormFieldType.COUNTRY),
            required("level", ENUM, MeetingLevel.class),
            optional("citations", CITATIONS)),
    VISIT(Visit.class, "VISIT",
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
    AGREEMENT(Agreement.class, "AGREEMENT",
            required("titleOriginal", TEXT),
            required("title", LOCALIZED),
            required("date", PARTIAL_DATE),
            required("kind", ENUM, AgreementKind.class),
            optional("initiative", RECORD, Initiative.class),
            optional("parties", COUNTRIES),
            optional("outcome", LOCALIZED_LONG),
            optional("citations", CITATIONS)),
    ODA_FIGURE(OdaFigure.class, "ODA",
            required("donor", FormFieldType.COUNTRY),
            required("recipient", FormFieldType.COUNTRY),
            required("year", INTEGER),
            required("amountUsdMillions", DECIMAL),
            required("flow", ENUM, OdaFlow.class),
            required("dataset", TEXT),
            optional("citations", CITATIONS)),
    EXERCISE(Exercise.class, "EXERCISE",
            required("name", LOCALIZED),
            optional("abbreviation", TEXT),
            required("kind", ENUM, ExerciseKind.class),
            optional("date", PARTIAL_DATE),
            optional("summary", LOCALIZED_LONG),
            optional("participants", COUNTRIES),
            optional("citations", CITATIONS)),
    EVENT(TimelineEvent.class, "EVENT",
            required("date", PARTIAL_DATE),
            required("title", LOCALIZED),
            required("category", ENUM, EventCategory.class),
            optional("summary", LOCALIZED_LONG),
            optional("countries", COUNTRIES),
            optional("citations", CITATIONS)),
    CITATION(Citation.class, "CITATION",
            required("label", TEXT),
            optional("footnote", INTEGER),
            required("kind", ENUM, CitationKind.class),
            optional("ibid", BOOLEAN),
            optional("locator", TEXT),
            required("printedText", LONG_TEXT),
            references("sources", Source.class)),
    NOTE(CuratorNote.class, "NOTE",
            required("target", RECORD, Record.class),
            required("category", ENUM, NoteCategory.class),
            required("quotedText", LONG_TEXT),
            required("note", LOCALIZED_LONG),
            optional("citations", CITATIONS)),
    SOURCE(Source.class, "SOURCE",
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

    private final Class<? extends Record> entity;
    private final String discriminator;
    private final List<FormField> fields;

    RecordKind(Class<? extends Record> entity, String discriminator, FormField... fields) {
        this.entity = entity;
        this.discriminator = discriminator;
        this.fields = List.of(fields);
    }

    public Class<? extends Record> entity() {
        return entity;
    }

    /** The value of {@code record.record_type} for this kind. */
    public String discriminator() {
        return discriminator;
    }

    /** Whether records of this kind are edited on a page of their own rather than the administrators' form. */
    public boolean hasOwnEditor() {
        return this == SOURCE;
    }

    public List<FormField> fields() {
        return fields;
    }

    public Optional<FormField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public static Optional<RecordKind> of(Class<?> type) {
        return Arrays.stream(values()).filter(k -> k.entity.isAssignableFrom(type)).findFirst();
    }

    public static Optional<RecordKind> ofDiscriminator(String value) {
        return Arrays.stream(values()).filter(k -> k.discriminator.equals(value)).findFirst();
    }
}
