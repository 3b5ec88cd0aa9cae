package org.eurasiadiplomacy.portal.sources;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eurasiadiplomacy.portal.catalog.ListingQuery;
import org.eurasiadiplomacy.portal.catalog.ListingReader;
import org.eurasiadiplomacy.portal.catalog.Page;
import org.eurasiadiplomacy.portal.catalog.Row;
import org.eurasiadiplomacy.portal.notes.CuratorNoteListing;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.record.Publication;
import org.eurasiadiplomacy.portal.sources.bibliography.BibliographyFormat;

/**
 * Reads bibliography entries. A page costs the catalog's statements for the sources (count, page,
 * contributors, citing ids) and three more for the whole page: the books that chapters stand in (with their
 * editors) and the citing notes, and the records those notes support. None depends on the number of sources.
 * Works with any EntityManager, inside the container or outside it.
 */
public final class SourceEntryReader {

    /**
     * The records a note can support that have a public page of their own (notes and sources have none), named,
     * dated and numbered; {@code %1$s} is the key (a source's or a note's id), {@code %2$s} the tables that reach
     * the note's {@code record_citation} rows, as {@code rc}.
     */
    private static final String SUPPORTED_RECORDS = """
            select distinct %1$s, r.id, r.record_type,
                   coalesce(co.name_zh, pe.name_zh, ini.name_zh, case when mir.id is not null then mi.name_zh end,
                            case when vpr.id is not null then vp.name_zh end, ag.title_zh,
                            case when ocr.id is not null then oc.name_zh end, ex.name_zh, ev.title_zh),
                   coalesce(co.name_en, pe.name_en, ini.name_en, case when mir.id is not null then mi.name_en end,
                            case when vpr.id is not null then vp.name_en end, ag.title_en,
                            case when ocr.id is not null then oc.name_en end, ex.name_en, ev.title_en),
                   coalesce(ini.date_year, m.date_year, v.date_year, ag.date_year, od.aid_year, ex.date_year,
                            ev.date_year),
                   m.ordinal
            from %2$s
            join published_record r on r.id = rc.record_id
            left join country co on co.id = r.id
            left join person pe on pe.id = r.id
            left join initiative ini on ini.id = r.id
            left join meeting m on m.id = r.id
            left join initiative mi on mi.id = m.initiative_id
            left join published_record mir on mir.id = mi.id
            left join visit v on v.id = r.id
            left join person vp on vp.id = v.person_id
            left join published_record vpr on vpr.id = vp.id
            left join agreement ag on ag.id = r.id
            left join oda_figure od on od.id = r.id
            left join country oc on oc.id = od.recipient_id
            left join published_record ocr on ocr.id = oc.id
            left join exercise ex on ex.id = r.id
            left join timeline_event ev on ev.id = r.id
            where %1$s in (:ids)
              and r.record_type not in ('SOURCE', 'CITATION', 'NOTE')
            order by %1$s, r.record_type, r.id""";
    /** The records supported by the published notes that cite a source. */
    private static final String BY_SOURCE = SUPPORTED_RECORDS.formatted("cs.source_id", """
            citation_source cs
            join published_record c on c.id = cs.citation_id
            join record_citation rc on rc.citation_id = cs.citation_id""");
    /** The records a published note supports itself. */
    private static final String BY_CITATION = SUPPORTED_RECORDS.formatted("rc.citation_id", """
            record_citation rc
            join published_record c on c.id = rc.citation_id""");

    private final EntityManager em;
    private final ListingReader catalog;

    public SourceEntryReader(EntityManager em) {
        this.em = em;
        this.catalog = new ListingReader(em);
    }

    /** The published sources that match {@code query}, one page of them, as formatted entries. */
    public SourceList list(ListingQuery query) {
        Page page = catalog.page(SourceListing.LISTING, query);
        return new SourceList(entries(page.rows()), page.total());
    }

    /** The published source with this id, with the curator's notes about it. */
    public Optional<SourceDetail> find(long id) {
        return catalog.find(SourceListing.LISTING, id).map(row -> new SourceDetail(entries(List.of(row)).get(0),
                catalog.page(CuratorNoteListing.LISTING, ListingQuery.all().withFilter("targetId", Long.toString(id))
                        .page(0, ListingQuery.MAX_LIMIT)).rows()));
    }

    /**
     * The published sources that match {@code query} (all of them, not one page), with the book of each
     * chapter, written in {@code format}, in the bibliography's order.
     */
    public String export(ListingQuery query, BibliographyFormat format) {
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; ; offset += ListingQuery.MAX_LIMIT) {
            Page page = catalog.page(SourceListing.LISTING, query.page(offset, ListingQuery.MAX_LIMIT));
            page.rows().forEach(row -> ids.add(row.id()));
            if (offset + ListingQuery.MAX_LIMIT >= page.total()) {
                break;
            }
        }
        return format.write(sources(ids));
    }

    /** The published source with this id (and its book, if it is a chapter) in {@code format}. */
    public Optional<String> export(long id, BibliographyFormat format) {
        List<Source> sources = sources(List.of(id));
        return sources.isEmpty() ? Optional.empty() : Optional.of(format.write(sources));
    }

    /** The published sources with these ids, in this order, contributors and book loaded in one query. */
    private List<Source> sources(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Source> byId = new LinkedHashMap<>();
        em.createQuery("select distinct s from Source s left join fetch s.contributors left join fetch s.parent"
                        + " where s.id in :ids and " + Publication.jpql("s"), Source.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(source -> byId.put(source.getId(), source));
        for (Source source : byId.values()) {
            if (source.getParent().filter(book -> !book.isPublished()).isPresent()) {
                // the writers add each chapter's book; a draft book must not leave with it. Detached first,
                // so that cutting the link changes only this export, never the database
                em.detach(source);
                source.partOf(null);
            }
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private List<SourceEntry> entries(List<Row> sources) {
        if (sources.isEmpty()) {
            return List.of();
        }
        List<Long> ids = sources.stream().map(Row::id).toList();
        Map<Long, Row> parents = parents(sources.stream().map(row -> (Long) row.get("parentId"))
                .filter(Objects::nonNull).distinct().toList());
        Map<Long, List<CitingNote>> citations = citations(ids);
        Map<Long, List<SupportedRecord>> supports = supports(ids);
        List<SourceEntry> entries = new ArrayList<>();
        for (Row source : sources) {
            Long parentId = (Long) source.get("parentId");
            Row parent = parentId == null ? null : parents.get(parentId);
            entries.add(new SourceEntry(source, parent, ArticleStyle.format(source, parent),
                    ArticleStyle.isChineseForm(source), citations.getOrDefault(source.id(), List.of()),
                    supports.getOrDefault(source.id(), List.of())));
        }
        return entries;
    }

    /**
     * The published books the chapters stand in, as rows with the columns {@link ArticleStyle} reads: one
     * query with their editors (a book without contributors comes back once, with nulls).
     */
    private Map<Long, Row> parents(List<Long> ids) {
        Map<Long, Map<String, Object>> books = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> tuples = em.createQuery("select p.id, p.type, p.etAl, p.title, p.publisher, p.place,"
                + " p.date.year, c.name, c.role from Source p left join p.contributors c"
                + " where p.id in :ids and " + Publication.jpql("p") + " order by p.id, index(c)", Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] tuple : tuples) {
            Map<String, Object> book = books.computeIfAbsent((Long) tuple[0], id -> {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("id", id);
                values.put("type", ((Enum<?>) tuple[1]).name());
                values.put("etAl", tuple[2]);
                values.put("title", tuple[3]);
                values.put("publisher", tuple[4]);
                values.put("place", tuple[5]);
                values.put("year", tuple[6]);
                values.put("contributors", new ArrayList<Map<String, Object>>());
                return values;
            });
            if (tuple[7] != null) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> contributors = (List<Map<String, Object>>) book.get("contributors");
                contributors.add(Map.of("name", tuple[7], "role", ((Enum<?>) tuple[8]).name()));
            }
        }
        Map<Long, Row> rows = new LinkedHashMap<>();
        books.forEach((id, values) -> rows.put(id, new Row(values)));
        return rows;
    }

    /** The published notes that cite each source: footnotes by number, then table notes and the author's. */
    private Map<Long, List<CitingNote>> citations(List<Long> ids) {
        Map<Long, List<CitingNote>> bySource = new LinkedHashMap<>();
        List<Object[]> tuples = em.createQuery("select s.id, c.id, c.label, c.footnote, c.locator, c.printedText"
                + " from Citation c join c.sources s where s.id in :ids and " + Publication.jpql("c")
                + " order by s.id, case when c.footnote is null then 1 else 0 end, c.footnote, c.id", Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] tuple : tuples) {
            CitingNote note = new CitingNote((Long) tuple[1], (String) tuple[2], (Integer) tuple[3],
                    (String) tuple[4], (String) tuple[5]);
            List<CitingNote> notes = bySource.computeIfAbsent((Long) tuple[0], id -> new ArrayList<>());
            if (!notes.contains(note)) {
                notes.add(note);
            }
        }
        return bySource;
    }

    /**
     * The published records that the published note {@code citationId} supports, by kind and id, named as the
     * bibliography names them: what /citation.xhtml lists, as the API's {@code recordIds} and /sources.xhtml do.
     */
    public List<SupportedRecord> supportedBy(long citationId) {
        return supports(BY_CITATION, List.of(citationId)).getOrDefault(citationId, List.of());
    }

    /** The published records supported by the notes that cite each source, by kind and id. */
    private Map<Long, List<SupportedRecord>> supports(List<Long> ids) {
        return supports(BY_SOURCE, ids);
    }

    private Map<Long, List<SupportedRecord>> supports(String sql, List<Long> ids) {
        Map<Long, List<SupportedRecord>> bySource = new LinkedHashMap<>();
        List<?> tuples = em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
        for (Object result : tuples) {
            Object[] tuple = (Object[]) result;
            String zh = (String) tuple[3];
            String en = (String) tuple[4];
            bySource.computeIfAbsent(((Number) tuple[0]).longValue(), id -> new ArrayList<>())
                    .add(new SupportedRecord(((Number) tuple[1]).longValue(), (String) tuple[2],
                            zh == null && en == null ? null : new LocalizedText(zh, en), number(tuple[5]),
                            number(tuple[6])));
        }
        return bySource;
    }

    private static Integer number(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
