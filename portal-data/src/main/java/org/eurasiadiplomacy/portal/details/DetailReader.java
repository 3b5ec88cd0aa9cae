package org.eurasiadiplomacy.portal.details;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eurasiadiplomacy.portal.agreements.AgreementKind;
import org.eurasiadiplomacy.portal.country.ActorType;
import org.eurasiadiplomacy.portal.country.Country;
import org.eurasiadiplomacy.portal.country.Region;
import org.eurasiadiplomacy.portal.exercises.ExerciseKind;
import org.eurasiadiplomacy.portal.initiatives.BriRelation;
import org.eurasiadiplomacy.portal.initiatives.Initiative;
import org.eurasiadiplomacy.portal.initiatives.InitiativeKind;
import org.eurasiadiplomacy.portal.initiatives.MemberRole;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.kinds.RecordLabels;
import org.eurasiadiplomacy.portal.meetings.MeetingLevel;
import org.eurasiadiplomacy.portal.notes.NoteCategory;
import org.eurasiadiplomacy.portal.oda.OdaFlow;
import org.eurasiadiplomacy.portal.people.Person;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.record.Publication;
import org.eurasiadiplomacy.portal.record.PublishedRecord;
import org.eurasiadiplomacy.portal.timeline.EventCategory;
import org.eurasiadiplomacy.portal.visits.OfficeStatus;

/**
 * Reads one published record and everything its page shows with a fixed list of projection queries per kind:
 * the record's kind, its own row, one query per relation, its citations and its curator notes (and, when it has
 * notes, their citations). Every query is JPQL into a Java record of its own, typed by the mapping (embedded
 * names and dates, enums), so no value is read by position and no entity is loaded: nothing can load lazily
 * later. Every record a page links to is itself published and not in the trash; a draft or trashed record is
 * never found, except by an administrator's {@link #preview} of a draft.
 */
public class DetailReader {

    private final EntityManager em;

    public DetailReader(EntityManager em) {
        this.em = em;
    }

    public Optional<RecordDetail> find(RecordKind kind, long id) {
        Optional<String> type = first(String.class, "select p.recordType from " + PublishedRecord.class.getSimpleName()
                + " p where p.id = ?1", id);
        return type.isPresent() && kind.discriminator().equals(type.get()) ? read(kind, id) : Optional.empty();
    }

    /**
     * The page of a record that is not in the trash, published or not, as the public will see it once it is
     * published: everything it links to still goes through the publication rule.
     */
    public Optional<RecordDetail> preview(RecordKind kind, long id) {
        Optional<Long> found = first(Long.class, "select r.id from " + kind.entity().getSimpleName()
                + " r where r.id = ?1 and r.deletedAt is null", id);
        return found.isPresent() ? read(kind, id) : Optional.empty();
    }

    private Optional<RecordDetail> read(RecordKind kind, long id) {
        Optional<Builder> builder = switch (kind) {
            case COUNTRY -> country(id);
            case PERSON -> person(id);
            case INITIATIVE -> initiative(id);
            case MEETING -> meeting(id);
            case VISIT -> visit(id);
            case AGREEMENT -> agreement(id);
            case ODA_FIGURE -> odaFigure(id);
            case EXERCISE -> exercise(id);
            case EVENT -> event(id);
            case SOURCE, CITATION, NOTE -> Optional.empty();
        };
        return builder.map(b -> b.build(kind, id, citations(kind, id), notes(id)));
    }

    // ---- one method per kind: its row, then its relations

    record CountryRow(String code, LocalizedText name, Region region, ActorType actorType) {
    }

    record Membership(Long id, LocalizedText name, PartialDate date, MemberRole role) {
    }

    private Optional<Builder> country(long id) {
        return first(CountryRow.class, "select c.code, c.name, c.region, c.actorType from Country c where c.id = ?1", id)
                .map(row -> {
                    Builder b = new Builder(row.name(), null);
                    b.field("code", new Value.Text(row.code()));
                    names(b, row.name());
                    b.field("region", choice(row.region()));
                    b.field("actorType", choice(row.actorType()));
                    b.related("people", list(Named.class, "select p.id, p.name from Person p" + Publication.jpqlJoin("p")
                            + " where p.country.id = ?1 order by p.name.en", id).stream()
                            .map(r -> item(RecordKind.PERSON, r, null, null)).toList());
                    b.related("memberships", list(Membership.class, "select i.id, i.name, i.proposed, m.role"
                            + " from Initiative i join i.members m" + Publication.jpqlJoin("i")
                            + " where m.country.id = ?1 order by i.proposed.year, i.id", id).stream()
                            .map(r -> new RelatedGroup.Item(new RecordLink(RecordKind.INITIATIVE, r.id(), r.name()), r.date(),
                                    choice(r.role()))).toList());
                    b.related("initiativesProposed", initiatives("i.proposerCountry.id = ?1", id));
                    b.related("visitsFrom", visits("v.originCountry.id = ?1", id));
                    b.related("visitsTo", visits(linkedTo("v", "Visit", "destinations"), id));
                    b.related("meetingsHosted", meetings("m.country.id = ?1", id));
                    b.related("odaFigures", odaFigures("(o.donor.id = ?1 or o.recipient.id = ?1)", id));
                    b.related("agreements", agreements(linkedTo("a", "Agreement", "parties"), id));
                    b.related("exercises", dated(RecordKind.EXERCISE, "select e.id, e.name, e.date from Exercise e"
                            + Publication.jpqlJoin("e") + " where " + linkedTo("e", "Exercise", "participants")
                            + " order by e.date.year, e.id", id));
                    b.related("events", events(linkedTo("t", "TimelineEvent", "countries"), id));
                    return b;
                });
    }

    record PersonRow(String nameOriginal, LocalizedText name, Long countryId, LocalizedText countryName) {
    }

    private Optional<Builder> person(long id) {
        return first(PersonRow.class, "select p.nameOriginal, p.name, c.id, c.name from Person p"
                + Publication.jpqlLeftJoin(Country.class, "c", "p.country.id") + " where p.id = ?1", id).map(row -> {
                    Builder b = new Builder(row.name(), row.nameOriginal());
                    b.field("nameOriginal", new Value.Text(row.nameOriginal()));
                    names(b, row.name());
                    b.field("country", links(link(RecordKind.COUNTRY, row.countryId(), row.countryName())));
                    List<Value.OfficeHeld> offices = list(Value.OfficeHeld.class, "select o.title, o.yearFrom, o.yearTo"
                            + " from Person p join p.offices o where p.id = ?1 order by index(o)", id);
                    b.field("offices", offices.isEmpty() ? null : new Value.Offices(offices));
                    b.related("visits", visits("v.person.id = ?1", id));
                    b.related("initiativesProposed", initiatives("i.proposerPerson.id = ?1", id));
                    return b;
                });
    }

    record InitiativeRow(LocalizedText name, String nameOriginal, String abbreviation, InitiativeKind kind, Long countryId,
            LocalizedText countryName, Long personId, LocalizedText personName, PartialDate proposed, BriRelation briRelation,
            LocalizedText briRelationText, LocalizedText summary) {
    }

    record Member(Long id, LocalizedText name, MemberRole role) {
    }

    private Optional<Builder> initiative(long id) {
        return first(InitiativeRow.class, "select i.name, i.nameOriginal, i.abbreviation, i.kind, c.id, c.name, p.id, p.name,"
                + " i.proposed, i.briRelation, i.briRelationText, i.summary from Initiative i"
                + Publication.jpqlLeftJoin(Country.class, "c", "i.proposerCountry.id")
                + Publication.jpqlLeftJoin(Person.class, "p", "i.proposerPerson.id") + " where i.id = ?1", id).map(row -> {
                    Builder b = new Builder(row.name(), row.nameOriginal());
                    names(b, row.name());
                    b.field("nameOriginal", text(row.nameOriginal()));
                    b.field("abbreviation", text(row.abbreviation()));
                    b.field("initiativeKind", choice(row.kind()));
                    b.field("proposerCountry", links(link(RecordKind.COUNTRY, row.countryId(), row.countryName())));
                    b.field("proposerPerson", links(link(RecordKind.PERSON, row.personId(), row.personName())));
                    b.field("proposed", dateValue(row.proposed()));
                    b.field("briRelation", choice(row.briRelation()));
                    b.field("briRelationText", localized(row.briRelationText()));
                    b.field("summary", localized(row.summary()));
                    b.related("members", list(Member.class, "select c.id, c.name, m.role from Initiative i join i.members m"
                            + " join m.country c" + Publication.jpqlJoin("c")
                            + " where i.id = ?1 order by m.role, c.name.en", id).stream()
                            .map(r -> new RelatedGroup.Item(new RecordLink(RecordKind.COUNTRY, r.id(), r.name()), null,
                                    choice(r.role()))).toList());
                    b.related("meetings", meetings("m.initiative.id = ?1", id));
                    b.related("agreements", agreements("a.initiative.id = ?1", id));
                    return b;
                });
    }

    record MeetingRow(Long initiativeId, LocalizedText initiativeName, Integer ordinal, PartialDate held, LocalizedText city,
            Long countryId, LocalizedText countryName, MeetingLevel level) {
    }

    private Optional<Builder> meeting(long id) {
        return first(MeetingRow.class, "select i.id, i.name, m.ordinal, m.held, m.city, c.id, c.name, m.level from Meeting m"
                + Publication.jpqlLeftJoin(Initiative.class, "i", "m.initiative.id")
                + Publication.jpqlLeftJoin(Country.class, "c", "m.country.id") + " where m.id = ?1", id).map(row -> {
                    Builder b = new Builder(RecordLabels.meeting(zh(row.initiativeName()), en(row.initiativeName()),
                            row.ordinal()), null);
                    b.field("initiative", links(link(RecordKind.INITIATIVE, row.initiativeId(), row.initiativeName())));
                    b.field("ordinal", new Value.Text(row.ordinal().toString()));
                    b.field("held", dateValue(row.held()));
                    b.field("city", localized(row.city()));
                    b.field("hostCountry", links(link(RecordKind.COUNTRY, row.countryId(), row.countryName())));
                    b.field("meetingLevel", choice(row.level()));
                    b.related("otherMeetings", meetings("m.initiative.id = ?1 and m.id <> ?2",
                            row.initiativeId() == null ? -1L : row.initiativeId(), id));
                    return b;
                });
    }

    record VisitRow(Long personId, LocalizedText personName, Long countryId, LocalizedText countryName,
            LocalizedText destinationLabel, PartialDate date, OfficeStatus officeStatus, LocalizedText office,
            LocalizedText purpose, LocalizedText outcome) {
    }

    private Optional<Builder> visit(long id) {
        return first(VisitRow.class, "select p.id, p.name, c.id, c.name, v.destinationLabel, v.date, v.officeStatus, v.office,"
                + " v.purpose, v.outcome from Visit v" + Publication.jpqlLeftJoin(Person.class, "p", "v.person.id")
                + Publication.jpqlLeftJoin(Country.class, "c", "v.originCountry.id") + " where v.id = ?1", id).map(row -> {
                    Builder b = new Builder(visitLabel(row.personName(), row.destinationLabel()), null);
                    b.field("person", links(link(RecordKind.PERSON, row.personId(), row.personName())));
                    b.field("originCountry", links(link(RecordKind.COUNTRY, row.countryId(), row.countryName())));
                    b.field("destinationLabel", localized(row.destinationLabel()));
                    b.field("destinations", links(countries("Visit", "destinations", id)));
                    b.field("date", dateValue(row.date()));
                    b.field("officeStatus", choice(row.officeStatus()));
                    b.field("office", localized(row.office()));
                    b.field("purpose", localized(row.purpose()));
                    b.field("outcome", localized(row.outcome()));
                    return b;
                });
    }

    record AgreementRow(String titleOriginal, LocalizedText title, PartialDate date, AgreementKind kind, Long initiativeId,
            LocalizedText initiativeName, LocalizedText outcome) {
    }

    private Optional<Builder> agreement(long id) {
        return first(AgreementRow.class, "select a.titleOriginal, a.title, a.date, a.kind, i.id, i.name, a.outcome"
                + " from Agreement a" + Publication.jpqlLeftJoin(Initiative.class, "i", "a.initiative.id")
                + " where a.id = ?1", id).map(row -> {
                    Builder b = new Builder(row.title(), row.titleOriginal());
                    b.field("titleOriginal", new Value.Text(row.titleOriginal()));
                    b.field("title", localized(row.title()));
                    b.field("date", dateValue(row.date()));
                    b.field("agreementKind", choice(row.kind()));
                    b.field("underInitiative", links(link(RecordKind.INITIATIVE, row.initiativeId(), row.initiativeName())));
                    b.field("parties", links(countries("Agreement", "parties", id)));
                    b.field("outcome", localized(row.outcome()));
                    return b;
                });
    }

    record OdaRow(Long donorId, LocalizedText donorName, Long recipientId, LocalizedText recipientName, Integer year,
            BigDecimal amount, OdaFlow flow, String dataset) {
    }

    private Optional<Builder> odaFigure(long id) {
        return first(OdaRow.class, "select d.id, d.name, r.id, r.name, o.year, o.amountUsdMillions, o.flow, o.dataset"
                + " from OdaFigure o" + Publication.jpqlLeftJoin(Country.class, "d", "o.donor.id")
                + Publication.jpqlLeftJoin(Country.class, "r", "o.recipient.id") + " where o.id = ?1", id).map(row -> {
                    Builder b = new Builder(odaLabel(row.donorName(), row.recipientName(), row.year()), null);
                    b.field("donor", links(link(RecordKind.COUNTRY, row.donorId(), row.donorName())));
                    b.field("recipient", links(link(RecordKind.COUNTRY, row.recipientId(), row.recipientName())));
                    b.field("aidYear", new Value.Text(row.year().toString()));
                    b.field("amount", new Value.Amount(row.amount()));
                    b.field("flow", choice(row.flow()));
                    b.field("dataset", new Value.Text(row.dataset()));
                    b.related("sameRecipient", odaFigures("o.recipient.id = ?1 and o.id <> ?2",
                            row.recipientId() == null ? -1L : row.recipientId(), id));
                    return b;
                });
    }

    record ExerciseRow(LocalizedText name, String abbreviation, ExerciseKind kind, PartialDate date, LocalizedText summary) {
    }

    private Optional<Builder> exercise(long id) {
        return first(ExerciseRow.class, "select e.name, e.abbreviation, e.kind, e.date, e.summary from Exercise e"
                + " where e.id = ?1", id).map(row -> {
                    Builder b = new Builder(row.name(), null);
                    names(b, row.name());
                    b.field("abbreviation", text(row.abbreviation()));
                    b.field("exerciseKind", choice(row.kind()));
                    b.field("date", dateValue(row.date()));
                    b.field("summary", localized(row.summary()));
                    b.field("participants", links(countries("Exercise", "participants", id)));
                    return b;
                });
    }

    record EventRow(LocalizedText title, PartialDate date, EventCategory category, LocalizedText summary) {
    }

    private Optional<Builder> event(long id) {
        return first(EventRow.class, "select t.title, t.date, t.category, t.summary from TimelineEvent t where t.id = ?1", id)
                .map(row -> {
                    Builder b = new Builder(row.title(), null);
                    b.field("title", localized(row.title()));
                    b.field("date", dateValue(row.date()));
                    b.field("eventCategory", choice(row.category()));
                    b.field("summary", localized(row.summary()));
                    b.field("countries", links(countries("TimelineEvent", "countries", id)));
                    return b;
                });
    }

    // ---- relations shared by several kinds

    /** A published record by id and name. */
    record Named(Long id, LocalizedText name) {
    }

    /** A published record by id, name and date. */
    record Dated(Long id, LocalizedText name, PartialDate date) {
    }

    record VisitItem(Long id, LocalizedText person, PartialDate date, LocalizedText destination) {
    }

    record MeetingItem(Long id, LocalizedText initiative, Integer ordinal, PartialDate held, LocalizedText city) {
    }

    record OdaItem(Long id, LocalizedText donor, LocalizedText recipient, Integer year, BigDecimal amount) {
    }

    private List<RelatedGroup.Item> visits(String where, Object... params) {
        return list(VisitItem.class, "select v.id, p.name, v.date, v.destinationLabel from Visit v" + Publication.jpqlJoin("v")
                + Publication.jpqlLeftJoin(Person.class, "p", "v.person.id")
                + " where " + where + " order by v.date.year, v.date.month, v.id", params).stream()
                .map(r -> new RelatedGroup.Item(new RecordLink(RecordKind.VISIT, r.id(), visitLabel(r.person(), r.destination())),
                        r.date(), null)).toList();
    }

    private List<RelatedGroup.Item> meetings(String where, Object... params) {
        return list(MeetingItem.class, "select m.id, i.name, m.ordinal, m.held, m.city from Meeting m" + Publication.jpqlJoin("m")
                + Publication.jpqlLeftJoin(Initiative.class, "i", "m.initiative.id")
                + " where " + where + " order by m.held.year, m.ordinal, m.id", params).stream()
                .map(r -> new RelatedGroup.Item(new RecordLink(RecordKind.MEETING, r.id(),
                        RecordLabels.meeting(zh(r.initiative()), en(r.initiative()), r.ordinal())), r.held(), localized(r.city())))
                .toList();
    }

    private List<RelatedGroup.Item> odaFigures(String where, Object... params) {
        return list(OdaItem.class, "select o.id, d.name, c.name, o.year, o.amountUsdMillions from OdaFigure o"
                + Publication.jpqlJoin("o") + Publication.jpqlLeftJoin(Country.class, "d", "o.donor.id")
                + Publication.jpqlLeftJoin(Country.class, "c", "o.recipient.id")
                + " where " + where + " order by c.name.en, o.year", params).stream()
                .map(r -> new RelatedGroup.Item(new RecordLink(RecordKind.ODA_FIGURE, r.id(),
                        odaLabel(r.donor(), r.recipient(), r.year())), null, new Value.Amount(r.amount()))).toList();
    }

    private List<RelatedGroup.Item> initiatives(String where, Object... params) {
        return dated(RecordKind.INITIATIVE, "select i.id, i.name, i.proposed from Initiative i" + Publication.jpqlJoin("i")
                + " where " + where + " order by i.proposed.year, i.id", params);
    }

    private List<RelatedGroup.Item> agreements(String where, Object... params) {
        return dated(RecordKind.AGREEMENT, "select a.id, a.title, a.date from Agreement a" + Publication.jpqlJoin("a")
                + " where " + where + " order by a.date.year, a.date.month, a.date.day, a.id", params);
    }

    private List<RelatedGroup.Item> events(String where, Object... params) {
        return dated(RecordKind.EVENT, "select t.id, t.title, t.date from TimelineEvent t" + Publication.jpqlJoin("t")
                + " where " + where + " order by t.date.year, t.date.month, t.date.day, t.id", params);
    }

    private List<RelatedGroup.Item> dated(RecordKind kind, String jpql, Object... params) {
        return list(Dated.class, jpql, params).stream()
                .map(r -> new RelatedGroup.Item(new RecordLink(kind, r.id(), r.name()), r.date(), null)).toList();
    }

    /** A condition: the record {@code alias} of {@code entity} has the country {@code ?1} in its {@code countries}. */
    private static String linkedTo(String alias, String entity, String countries) {
        return alias + ".id in (select x.id from " + entity + " x join x." + countries + " xc where xc.id = ?1)";
    }

    /** The published countries in the collection {@code countries} of the record {@code id} of {@code entity}. */
    private List<RecordLink> countries(String entity, String countries, long id) {
        return list(Named.class, "select c.id, c.name from " + entity + " x join x." + countries + " c"
                + Publication.jpqlJoin("c") + " where x.id = ?1 order by c.name.en", id).stream()
                .map(r -> new RecordLink(RecordKind.COUNTRY, r.id(), r.name())).toList();
    }

    /** Footnotes first, in footnote order, then table notes by label. */
    private static final String CITATION_ORDER = " order by c.footnote nulls last, c.label";

    record CitationRow(Long id, String label, String printedText) {
    }

    private List<CitationMark> citations(RecordKind kind, long id) {
        return list(CitationRow.class, "select c.id, c.label, c.printedText from " + kind.entity().getSimpleName()
                + " r join r.citations c" + Publication.jpqlJoin("c") + " where r.id = ?1" + CITATION_ORDER, id).stream()
                .map(r -> new CitationMark(r.id(), r.label(), r.printedText())).toList();
    }

    record NoteRow(Long id, NoteCategory category, String quotedText, LocalizedText note) {
    }

    record NoteCitation(Long noteId, Long id, String label, String printedText) {
    }

    /** The notes, then the citations of all of them in one statement. */
    private List<NoteView> notes(long id) {
        List<NoteRow> notes = list(NoteRow.class, "select n.id, n.category, n.quotedText, n.note from CuratorNote n"
                + Publication.jpqlJoin("n") + " where n.target.id = ?1 order by n.id", id);
        if (notes.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CitationMark>> citations = new HashMap<>();
        for (NoteCitation r : list(NoteCitation.class, "select n.id, c.id, c.label, c.printedText from CuratorNote n"
                + " join n.citations c" + Publication.jpqlJoin("c") + " where n.target.id = ?1" + CITATION_ORDER, id)) {
            citations.computeIfAbsent(r.noteId(), note -> new ArrayList<>()).add(new CitationMark(r.id(), r.label(), r.printedText()));
        }
        return notes.stream().map(r -> new NoteView(r.id(), choice(r.category()), r.quotedText(), r.note(),
                citations.getOrDefault(r.id(), List.of()))).toList();
    }

    // ---- labels of records that have no name of their own

    private static LocalizedText visitLabel(LocalizedText person, LocalizedText destination) {
        return RecordLabels.visit(zh(person), en(person), zh(destination), en(destination));
    }

    private static LocalizedText odaLabel(LocalizedText donor, LocalizedText recipient, Integer year) {
        return RecordLabels.odaFigure(zh(donor), en(donor), zh(recipient), en(recipient), year);
    }

    // ---- small helpers

    private <T> Optional<T> first(Class<T> type, String jpql, long id) {
        return list(type, jpql, id).stream().findFirst();
    }

    private <T> List<T> list(Class<T> type, String jpql, Object... params) {
        var query = em.createQuery(jpql, type);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.getResultList();
    }

    private static RelatedGroup.Item item(RecordKind kind, Named row, PartialDate date, Value qualifier) {
        return new RelatedGroup.Item(new RecordLink(kind, row.id(), row.name()), date, qualifier);
    }

    /** A link, or null when the linked record is not published (its id is then null). */
    private static RecordLink link(RecordKind kind, Long id, LocalizedText name) {
        return id == null ? null : new RecordLink(kind, id, name);
    }

    private static Value links(RecordLink link) {
        return link == null ? null : new Value.Links(List.of(link));
    }

    private static Value links(List<RecordLink> links) {
        return links.isEmpty() ? null : new Value.Links(links);
    }

    private static void names(Builder b, LocalizedText name) {
        b.field("nameZh", new Value.Text(name.getZh()));
        b.field("nameEn", new Value.Text(name.getEn()));
    }

    private static Value.Choice choice(Enum<?> constant) {
        return constant == null ? null : Value.Choice.of(constant);
    }

    private static Value text(String text) {
        return text == null ? null : new Value.Text(text);
    }

    private static Value localized(LocalizedText text) {
        return text == null || zh(text) == null && en(text) == null ? null : new Value.Localized(text);
    }

    private static Value dateValue(PartialDate date) {
        return date == null ? null : new Value.Date(date);
    }

    private static String zh(LocalizedText text) {
        return text == null ? null : text.getZh();
    }

    private static String en(LocalizedText text) {
        return text == null ? null : text.getEn();
    }

    /** Collects the fields and related groups of one record in page order; empty values are left out. */
    private static final class Builder {
        private final LocalizedText title;
        private final String original;
        private final List<DetailField> fields = new ArrayList<>();
        private final List<RelatedGroup> related = new ArrayList<>();

        Builder(LocalizedText title, String original) {
            this.title = title;
            this.original = original;
        }

        void field(String name, Value value) {
            if (value != null) {
                fields.add(new DetailField(name, value));
            }
        }

        void related(String name, List<RelatedGroup.Item> items) {
            related.add(new RelatedGroup(name, items));
        }

        RecordDetail build(RecordKind kind, long id, List<CitationMark> citations, List<NoteView> notes) {
            return new RecordDetail(kind, id, title, original, fields, related, citations, notes);
        }
    }
}
