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
import org.eurasiadiplomacy.portal.country.Region;
import org.eurasiadiplomacy.portal.exercises.ExerciseKind;
import org.eurasiadiplomacy.portal.initiatives.BriRelation;
import org.eurasiadiplomacy.portal.initiatives.InitiativeKind;
import org.eurasiadiplomacy.portal.initiatives.MemberRole;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.kinds.RecordLabels;
import org.eurasiadiplomacy.portal.meetings.MeetingLevel;
import org.eurasiadiplomacy.portal.notes.NoteCategory;
import org.eurasiadiplomacy.portal.oda.OdaFlow;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.record.Publication;
import org.eurasiadiplomacy.portal.timeline.EventCategory;
import org.eurasiadiplomacy.portal.visits.OfficeStatus;

/**
 * Reads one published record and everything its page shows with a fixed list of projection queries per kind:
 * the record's kind, its own row, one query per relation, its citations and its curator notes (and, when it has
 * notes, their citations). No entity is
 * loaded, so nothing can load lazily later. Every record a page links to is itself published and not in the
 * trash; a draft or trashed record is never found, except by an administrator's {@link #preview} of a draft.
 */
public class DetailReader {

    private final EntityManager em;

    public DetailReader(EntityManager em) {
        this.em = em;
    }

    public Optional<RecordDetail> find(RecordKind kind, long id) {
        return read(kind, id, "select record_type, id from " + Publication.VIEW + " where id = ?1");
    }

    /**
     * The page of a record that is not in the trash, published or not, as the public will see it once it is
     * published: everything it links to still goes through the publication rule.
     */
    public Optional<RecordDetail> preview(RecordKind kind, long id) {
        return read(kind, id, "select record_type, id from record where id = ?1 and deleted_at is null");
    }

    private Optional<RecordDetail> read(RecordKind kind, long id, String typeSql) {
        List<Object[]> type = rows(typeSql, id);
        if (type.isEmpty() || !kind.discriminator().equals(type.get(0)[0])) {
            return Optional.empty();
        }
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
        return builder.map(b -> b.build(kind, id, citations(id), notes(id)));
    }

    // ---- one method per kind: its row, then its relations

    private Optional<Builder> country(long id) {
        return first("select code, name_zh, name_en, region, actor_type from country where id = ?1", id).map(row -> {
            Builder b = new Builder(text(row, 1, 2), null);
            b.field("code", new Value.Text(str(row[0])));
            names(b, row, 1);
            b.field("region", choice(Region.valueOf(str(row[3]))));
            b.field("actorType", choice(ActorType.valueOf(str(row[4]))));
            b.related("people", items("select p.id, p.name_zh, p.name_en from person p" + joinPublished("p")
                    + " where p.country_id = ?1 order by p.name_en", id, r -> item(RecordKind.PERSON, r, null, null)));
            b.related("memberships", items("select i.id, i.name_zh, i.name_en, i.date_year, i.date_month, i.date_day, m.member_role"
                    + " from initiative_member m join initiative i on i.id = m.initiative_id" + joinPublished("i")
                    + " where m.country_id = ?1 order by i.date_year, i.id", id,
                    r -> item(RecordKind.INITIATIVE, r, date(r, 3), choice(MemberRole.valueOf(str(r[6]))))));
            b.related("initiativesProposed", initiatives("i.proposer_country_id = ?1", id));
            b.related("visitsFrom", visits("v.origin_country_id = ?1", id));
            b.related("visitsTo", visits("v.id in (select d.visit_id from visit_destination d where d.country_id = ?1)", id));
            b.related("meetingsHosted", meetings("m.country_id = ?1", id));
            b.related("odaFigures", odaFigures("(o.donor_id = ?1 or o.recipient_id = ?1)", id));
            b.related("agreements", agreements("a.id in (select ap.agreement_id from agreement_party ap where ap.country_id = ?1)", id));
            b.related("exercises", items("select e.id, e.name_zh, e.name_en, e.date_year, e.date_month, e.date_day from exercise e"
                    + joinPublished("e") + " where e.id in (select x.exercise_id from exercise_participant x where x.country_id = ?1)"
                    + " order by e.date_year, e.id", id, r -> item(RecordKind.EXERCISE, r, date(r, 3), null)));
            b.related("events", events("t.id in (select c.event_id from timeline_event_country c where c.country_id = ?1)", id));
            return b;
        });
    }

    private Optional<Builder> person(long id) {
        return first("select p.name_original, p.name_zh, p.name_en, c.id, c.name_zh, c.name_en from person p"
                + " left join country c on c.id = p.country_id and" + published("c") + " where p.id = ?1", id).map(row -> {
            Builder b = new Builder(text(row, 1, 2), str(row[0]));
            b.field("nameOriginal", new Value.Text(str(row[0])));
            names(b, row, 1);
            b.field("country", links(link(RecordKind.COUNTRY, row, 3)));
            List<Value.OfficeHeld> offices = rows("select title_zh, title_en, year_from, year_to from person_office"
                    + " where person_id = ?1 order by idx", id).stream()
                    .map(r -> new Value.OfficeHeld(text(r, 0, 1), integer(r[2]), integer(r[3]))).toList();
            b.field("offices", offices.isEmpty() ? null : new Value.Offices(offices));
            b.related("visits", visits("v.person_id = ?1", id));
            b.related("initiativesProposed", initiatives("i.proposer_person_id = ?1", id));
            return b;
        });
    }

    private Optional<Builder> initiative(long id) {
        return first("select i.name_zh, i.name_en, i.name_original, i.abbreviation, i.initiative_kind,"
                + " c.id, c.name_zh, c.name_en, p.id, p.name_zh, p.name_en, i.date_year, i.date_month, i.date_day,"
                + " i.bri_relation, i.bri_relation_zh, i.bri_relation_en, i.summary_zh, i.summary_en from initiative i"
                + " left join country c on c.id = i.proposer_country_id and" + published("c")
                + " left join person p on p.id = i.proposer_person_id and" + published("p") + " where i.id = ?1", id).map(row -> {
            Builder b = new Builder(text(row, 0, 1), str(row[2]));
            names(b, row, 0);
            b.field("nameOriginal", row[2] == null ? null : new Value.Text(str(row[2])));
            b.field("abbreviation", row[3] == null ? null : new Value.Text(str(row[3])));
            b.field("initiativeKind", choice(InitiativeKind.valueOf(str(row[4]))));
            b.field("proposerCountry", links(link(RecordKind.COUNTRY, row, 5)));
            b.field("proposerPerson", links(link(RecordKind.PERSON, row, 8)));
            b.field("proposed", dateValue(date(row, 11)));
            b.field("briRelation", choice(BriRelation.valueOf(str(row[14]))));
            b.field("briRelationText", localized(row, 15));
            b.field("summary", localized(row, 17));
            b.related("members", items("select c.id, c.name_zh, c.name_en, m.member_role from initiative_member m"
                    + " join country c on c.id = m.country_id" + joinPublished("c")
                    + " where m.initiative_id = ?1 order by m.member_role, c.name_en", id,
                    r -> item(RecordKind.COUNTRY, r, null, choice(MemberRole.valueOf(str(r[3]))))));
            b.related("meetings", meetings("m.initiative_id = ?1", id));
            b.related("agreements", agreements("a.initiative_id = ?1", id));
            return b;
        });
    }

    private Optional<Builder> meeting(long id) {
        return first("select i.id, i.name_zh, i.name_en, m.ordinal, m.date_year, m.date_month, m.date_day,"
                + " m.city_zh, m.city_en, c.id, c.name_zh, c.name_en, m.meeting_level from meeting m"
                + " left join initiative i on i.id = m.initiative_id and" + published("i")
                + " left join country c on c.id = m.country_id and" + published("c") + " where m.id = ?1", id).map(row -> {
            Builder b = new Builder(meetingLabel(row, 1, 3), null);
            b.field("initiative", links(link(RecordKind.INITIATIVE, row, 0)));
            b.field("ordinal", new Value.Text(str(row[3])));
            b.field("held", dateValue(date(row, 4)));
            b.field("city", localized(row, 7));
            b.field("hostCountry", links(link(RecordKind.COUNTRY, row, 9)));
            b.field("meetingLevel", choice(MeetingLevel.valueOf(str(row[12]))));
            b.related("otherMeetings", meetings("m.initiative_id = ?1 and m.id <> ?2", row[0] == null ? -1L : row[0], id));
            return b;
        });
    }

    private Optional<Builder> visit(long id) {
        return first("select p.id, p.name_zh, p.name_en, c.id, c.name_zh, c.name_en, v.destination_zh, v.destination_en,"
                + " v.date_year, v.date_month, v.date_day, v.office_status, v.office_zh, v.office_en,"
                + " v.purpose_zh, v.purpose_en, v.outcome_zh, v.outcome_en from visit v"
                + " left join person p on p.id = v.person_id and" + published("p")
                + " left join country c on c.id = v.origin_country_id and" + published("c") + " where v.id = ?1", id).map(row -> {
            Builder b = new Builder(visitLabel(row, 1, 6), null);
            b.field("person", links(link(RecordKind.PERSON, row, 0)));
            b.field("originCountry", links(link(RecordKind.COUNTRY, row, 3)));
            b.field("destinationLabel", localized(row, 6));
            b.field("destinations", links(countries("visit_destination d where d.visit_id = ?1", id)));
            b.field("date", dateValue(date(row, 8)));
            b.field("officeStatus", choice(OfficeStatus.valueOf(str(row[11]))));
            b.field("office", localized(row, 12));
            b.field("purpose", localized(row, 14));
            b.field("outcome", localized(row, 16));
            return b;
        });
    }

    private Optional<Builder> agreement(long id) {
        return first("select a.title_original, a.title_zh, a.title_en, a.date_year, a.date_month, a.date_day,"
                + " a.agreement_kind, i.id, i.name_zh, i.name_en, a.outcome_zh, a.outcome_en from agreement a"
                + " left join initiative i on i.id = a.initiative_id and" + published("i") + " where a.id = ?1", id).map(row -> {
            Builder b = new Builder(text(row, 1, 2), str(row[0]));
            b.field("titleOriginal", new Value.Text(str(row[0])));
            b.field("title", localized(row, 1));
            b.field("date", dateValue(date(row, 3)));
            b.field("agreementKind", choice(AgreementKind.valueOf(str(row[6]))));
            b.field("underInitiative", links(link(RecordKind.INITIATIVE, row, 7)));
            b.field("parties", links(countries("agreement_party d where d.agreement_id = ?1", id)));
            b.field("outcome", localized(row, 10));
            return b;
        });
    }

    private Optional<Builder> odaFigure(long id) {
        return first("select d.id, d.name_zh, d.name_en, r.id, r.name_zh, r.name_en, o.aid_year, o.amount_usd_millions,"
                + " o.flow, o.dataset from oda_figure o"
                + " left join country d on d.id = o.donor_id and" + published("d")
                + " left join country r on r.id = o.recipient_id and" + published("r") + " where o.id = ?1", id).map(row -> {
            Builder b = new Builder(odaLabel(row, 1, 4, 6), null);
            b.field("donor", links(link(RecordKind.COUNTRY, row, 0)));
            b.field("recipient", links(link(RecordKind.COUNTRY, row, 3)));
            b.field("aidYear", new Value.Text(str(row[6])));
            b.field("amount", new Value.Amount((BigDecimal) row[7]));
            b.field("flow", choice(OdaFlow.valueOf(str(row[8]))));
            b.field("dataset", new Value.Text(str(row[9])));
            b.related("sameRecipient", odaFigures("o.recipient_id = ?1 and o.id <> ?2", row[3] == null ? -1L : row[3], id));
            return b;
        });
    }

    private Optional<Builder> exercise(long id) {
        return first("select name_zh, name_en, abbreviation, exercise_kind, date_year, date_month, date_day,"
                + " summary_zh, summary_en from exercise where id = ?1", id).map(row -> {
            Builder b = new Builder(text(row, 0, 1), null);
            names(b, row, 0);
            b.field("abbreviation", row[2] == null ? null : new Value.Text(str(row[2])));
            b.field("exerciseKind", choice(ExerciseKind.valueOf(str(row[3]))));
            b.field("date", dateValue(date(row, 4)));
            b.field("summary", localized(row, 7));
            b.field("participants", links(countries("exercise_participant d where d.exercise_id = ?1", id)));
            return b;
        });
    }

    private Optional<Builder> event(long id) {
        return first("select title_zh, title_en, date_year, date_month, date_day, event_category, summary_zh, summary_en"
                + " from timeline_event where id = ?1", id).map(row -> {
            Builder b = new Builder(text(row, 0, 1), null);
            b.field("title", localized(row, 0));
            b.field("date", dateValue(date(row, 2)));
            b.field("eventCategory", choice(EventCategory.valueOf(str(row[5]))));
            b.field("summary", localized(row, 6));
            b.field("countries", links(countries("timeline_event_country d where d.event_id = ?1", id)));
            return b;
        });
    }

    // ---- relations shared by several kinds

    private List<RelatedGroup.Item> visits(String where, Object... params) {
        return items("select v.id, p.name_zh, p.name_en, v.date_year, v.date_month, v.date_day, v.destination_zh,"
                + " v.destination_en from visit v" + joinPublished("v")
                + Publication.sqlLeftJoin("person", "p", "v.person_id")
                + " where " + where + " order by v.date_year, v.date_month, v.id", params,
                r -> new RelatedGroup.Item(new RecordLink(RecordKind.VISIT, id(r[0]), visitLabel(r, 1, 6)), date(r, 3), null));
    }

    private List<RelatedGroup.Item> meetings(String where, Object... params) {
        return items("select m.id, i.name_zh, i.name_en, m.ordinal, m.date_year, m.date_month, m.date_day, m.city_zh,"
                + " m.city_en from meeting m" + joinPublished("m")
                + Publication.sqlLeftJoin("initiative", "i", "m.initiative_id")
                + " where " + where + " order by m.date_year, m.ordinal, m.id", params,
                r -> new RelatedGroup.Item(new RecordLink(RecordKind.MEETING, id(r[0]), meetingLabel(r, 1, 3)), date(r, 4),
                        localized(r, 7)));
    }

    private List<RelatedGroup.Item> odaFigures(String where, Object... params) {
        return items("select o.id, d.name_zh, d.name_en, c.name_zh, c.name_en, o.aid_year, o.amount_usd_millions"
                + " from oda_figure o" + joinPublished("o") + Publication.sqlLeftJoin("country", "d", "o.donor_id")
                + Publication.sqlLeftJoin("country", "c", "o.recipient_id")
                + " where " + where + " order by c.name_en, o.aid_year", params,
                r -> new RelatedGroup.Item(new RecordLink(RecordKind.ODA_FIGURE, id(r[0]), odaLabel(r, 1, 3, 5)), null,
                        new Value.Amount((BigDecimal) r[6])));
    }

    private List<RelatedGroup.Item> initiatives(String where, Object... params) {
        return items("select i.id, i.name_zh, i.name_en, i.date_year, i.date_month, i.date_day from initiative i"
                + joinPublished("i") + " where " + where + " order by i.date_year, i.id", params,
                r -> item(RecordKind.INITIATIVE, r, date(r, 3), null));
    }

    private List<RelatedGroup.Item> agreements(String where, Object... params) {
        return items("select a.id, a.title_zh, a.title_en, a.date_year, a.date_month, a.date_day from agreement a"
                + joinPublished("a") + " where " + where + " order by a.date_year, a.date_month, a.date_day, a.id", params,
                r -> item(RecordKind.AGREEMENT, r, date(r, 3), null));
    }

    private List<RelatedGroup.Item> events(String where, Object... params) {
        return items("select t.id, t.title_zh, t.title_en, t.date_year, t.date_month, t.date_day from timeline_event t"
                + joinPublished("t") + " where " + where + " order by t.date_year, t.date_month, t.date_day, t.id", params,
                r -> item(RecordKind.EVENT, r, date(r, 3), null));
    }

    /** The published countries of a link table aliased {@code d} with a {@code country_id} column. */
    private List<RecordLink> countries(String fromWhere, long id) {
        return rows("select c.id, c.name_zh, c.name_en from country c" + joinPublished("c")
                + " where c.id in (select d.country_id from " + fromWhere + ") order by c.name_en", id).stream()
                .map(r -> link(RecordKind.COUNTRY, r, 0)).toList();
    }

    private List<CitationMark> citations(long id) {
        return rows("select c.id, c.label, c.printed_text, c.footnote from record_citation rc"
                + " join citation c on c.id = rc.citation_id" + joinPublished("c")
                + " where rc.record_id = ?1 order by case when c.footnote is null then 1 else 0 end, c.footnote, c.label", id)
                .stream().map(r -> new CitationMark(id(r[0]), str(r[1]), str(r[2]))).toList();
    }

    /** The notes, then the citations of all of them in one statement. */
    private List<NoteView> notes(long id) {
        List<Object[]> notes = rows("select n.id, n.note_category, n.quoted_text, n.note_zh, n.note_en from curator_note n"
                + joinPublished("n") + " where n.target_id = ?1 order by n.id", id);
        if (notes.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CitationMark>> citations = new HashMap<>();
        for (Object[] r : rows("select rc.record_id, c.id, c.label, c.printed_text from record_citation rc"
                + " join citation c on c.id = rc.citation_id" + joinPublished("c")
                + " where rc.record_id in (select n.id from curator_note n where n.target_id = ?1)"
                + " order by case when c.footnote is null then 1 else 0 end, c.footnote, c.label", id)) {
            citations.computeIfAbsent(id(r[0]), note -> new ArrayList<>()).add(new CitationMark(id(r[1]), str(r[2]), str(r[3])));
        }
        return notes.stream().map(r -> new NoteView(id(r[0]), choice(NoteCategory.valueOf(str(r[1]))), str(r[2]),
                text(r, 3, 4), citations.getOrDefault(id(r[0]), List.of()))).toList();
    }

    // ---- labels of records that have no name of their own, from columns: zh at the index, en after it

    private static LocalizedText meetingLabel(Object[] row, int name, int ordinal) {
        return RecordLabels.meeting(str(row[name]), str(row[name + 1]), row[ordinal]);
    }

    private static LocalizedText visitLabel(Object[] row, int person, int destination) {
        return RecordLabels.visit(str(row[person]), str(row[person + 1]), str(row[destination]), str(row[destination + 1]));
    }

    private static LocalizedText odaLabel(Object[] row, int donor, int recipient, int year) {
        return RecordLabels.odaFigure(str(row[donor]), str(row[donor + 1]), str(row[recipient]), str(row[recipient + 1]), row[year]);
    }

    // ---- small helpers

    /** An inner join that keeps only rows whose record (aliased {@code alias}) is public. */
    private static String joinPublished(String alias) {
        return Publication.sqlJoin(alias);
    }

    /** The same as a condition, for outer joins: a link to a draft is no link. */
    private static String published(String alias) {
        return Publication.sql(alias);
    }

    private Optional<Object[]> first(String sql, long id) {
        return rows(sql, id).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.getResultList();
    }

    private List<RelatedGroup.Item> items(String sql, Object param, java.util.function.Function<Object[], RelatedGroup.Item> map) {
        return items(sql, new Object[] {param}, map);
    }

    private List<RelatedGroup.Item> items(String sql, Object[] params, java.util.function.Function<Object[], RelatedGroup.Item> map) {
        return rows(sql, params).stream().map(map).toList();
    }

    private static RelatedGroup.Item item(RecordKind kind, Object[] row, PartialDate date, Value qualifier) {
        return new RelatedGroup.Item(link(kind, row, 0), date, qualifier);
    }

    /** A link from an id column followed by zh and en name columns, or null when the record is not published. */
    private static RecordLink link(RecordKind kind, Object[] row, int at) {
        return row[at] == null ? null : new RecordLink(kind, id(row[at]), text(row, at + 1, at + 2));
    }

    private static Value links(RecordLink link) {
        return link == null ? null : new Value.Links(List.of(link));
    }

    private static Value links(List<RecordLink> links) {
        return links.isEmpty() ? null : new Value.Links(links);
    }

    private static void names(Builder b, Object[] row, int at) {
        b.field("nameZh", new Value.Text(str(row[at])));
        b.field("nameEn", new Value.Text(str(row[at + 1])));
    }

    private static Value.Choice choice(Enum<?> constant) {
        return Value.Choice.of(constant);
    }

    private static Value localized(Object[] row, int at) {
        return row[at] == null && row[at + 1] == null ? null : new Value.Localized(text(row, at, at + 1));
    }

    private static Value dateValue(PartialDate date) {
        return date == null ? null : new Value.Date(date);
    }

    private static LocalizedText text(Object[] row, int zh, int en) {
        return LocalizedText.of(str(row[zh]), str(row[en]));
    }

    private static PartialDate date(Object[] row, int at) {
        return row[at] == null ? null : PartialDate.of((int) integer(row[at]), integer(row[at + 1]), integer(row[at + 2]));
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
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
