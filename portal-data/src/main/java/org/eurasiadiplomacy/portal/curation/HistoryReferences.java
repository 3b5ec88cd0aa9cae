package org.eurasiadiplomacy.portal.curation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.record.Record;
import org.hibernate.proxy.HibernateProxy;

/**
 * The records a history refers to, read in a constant number of statements: Envers would load each referenced
 * record and each collection once per revision. A to-one reference gives its id without loading (a proxy); a
 * collection's members at every revision come from its audit join table in one query a field, a rows field's
 * rows from its audit collection table likewise ({@link AuditedRows}); the labels of all of them in one query.
 * Labels are the referenced records' current ones in the reader's language, as the administrators' list names
 * them (a country by code and name, a person or initiative by name, a source by title), a footnote by its label
 * only: the history reads as the pages do, not as ids.
 */
final class HistoryReferences {

    private static final int ADDED = 0;
    private static final int DELETED = 2;
    /** A long name or title is shown by its start. */
    private static final int LABEL_SHOWN = 60;

    /** Per collection field, the member ids as of each revision number. */
    private final Map<String, Map<Integer, List<Long>>> members = new HashMap<>();
    /** Per rows field, the rows as of each revision number: column values by form key. */
    private final Map<String, Map<Integer, List<Map<String, Object>>>> rows = new HashMap<>();
    private final Map<String, FormField> rowFields = new HashMap<>();
    private final Map<Long, String> labels = new HashMap<>();

    /** Reads the collections of record {@code id} as of each of {@code revisions} (ascending), then every label. */
    HistoryReferences(EntityManager em, RecordKind kind, long id, List<Integer> revisions, List<?> states,
            Locale locale) {
        Set<Long> referenced = new LinkedHashSet<>();
        for (FormField field : kind.fields()) {
            switch (field.type()) {
                case COUNTRY, RECORD -> {
                    for (Object state : states) {
                        Long target = idOf(FieldCodec.get(state, field.name()));
                        if (target != null) {
                            referenced.add(target);
                        }
                    }
                }
                case COUNTRIES, CITATIONS -> {
                    Map<Integer, List<Long>> asOf = membersAsOf(em, kind, field.name(), id, revisions);
                    asOf.values().forEach(referenced::addAll);
                    members.put(field.name(), asOf);
                }
                case ROWS -> {
                    Map<Integer, List<Map<String, Object>>> asOf = AuditedRows.asOf(em, kind, field, id, revisions);
                    for (List<Map<String, Object>> state : asOf.values()) {
                        for (Map<String, Object> row : state) {
                            referenced.addAll(AuditedRows.references(field, row));
                        }
                    }
                    rows.put(field.name(), asOf);
                    rowFields.put(field.name(), field);
                }
                default -> {
                }
            }
        }
        if (!referenced.isEmpty()) {
            // the same label in each language as the administrators' list shows (RecordSummaryQuery)
            List<?> found = em.createNativeQuery(RecordSummaryQuery.SELECT + " where r.id in (:ids)", Tuple.class)
                    .setParameter("ids", referenced).getResultList();
            for (Object row : found) {
                RecordSummary target = RecordSummaryQuery.summary((Tuple) row);
                labels.put(target.id(), shortened(target.kind(), target.label(locale)));
            }
        }
    }

    /** The label of a to-one reference's value (null for none). */
    String labelOf(Object reference) {
        Long target = idOf(reference);
        return target == null ? "" : labels.getOrDefault(target, "record #" + target);
    }

    /** The labels of a collection field's members as of {@code revision}, in the order they were added. */
    List<String> labelsOf(String field, int revision) {
        List<String> named = new ArrayList<>();
        for (Long target : members.getOrDefault(field, Map.of()).getOrDefault(revision, List.of())) {
            named.add(labels.getOrDefault(target, "record #" + target));
        }
        return named;
    }

    /** The rows of a rows field as of {@code revision}, each as one line. */
    List<String> rowsOf(String field, int revision) {
        FormField rowsField = rowFields.get(field);
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> row : rows.getOrDefault(field, Map.of()).getOrDefault(revision, List.of())) {
            lines.add(AuditedRows.line(rowsField, row, target -> labels.getOrDefault(target, "record #" + target)));
        }
        return lines;
    }

    /** A footnote by its label only ("[18]"), anything else by the start of its label. */
    private static String shortened(RecordKind kind, String label) {
        if (label == null) {
            return "";
        }
        if (kind == RecordKind.CITATION && label.indexOf(']') > 0) {
            return label.substring(0, label.indexOf(']') + 1);
        }
        return label.length() > LABEL_SHOWN ? label.substring(0, LABEL_SHOWN) + "…" : label;
    }

    /** A reference's id without loading it: Envers and Hibernate hand out uninitialized proxies. */
    private static Long idOf(Object reference) {
        if (reference == null) {
            return null;
        }
        if (reference instanceof HibernateProxy proxy) {
            return (Long) proxy.getHibernateLazyInitializer().getInternalIdentifier();
        }
        return ((Record) reference).getId();
    }

    /** Replays the audit join table's additions and removals up to each revision. */
    private static Map<Integer, List<Long>> membersAsOf(EntityManager em, RecordKind kind, String field, long id,
            List<Integer> revisions) {
        JoinTable table = FieldCodec.field(kind.entity(), field).getAnnotation(JoinTable.class);
        String owner = table.joinColumns()[0].name();
        String element = table.inverseJoinColumns()[0].name();
        List<?> rows = em.createNativeQuery("select rev, revtype, " + element + " from " + table.name() + "_aud"
                + " where " + owner + " = ?1 order by rev").setParameter(1, id).getResultList();
        Map<Integer, List<Long>> asOf = new HashMap<>();
        Set<Long> current = new LinkedHashSet<>();
        int next = 0;
        for (int revision : revisions) {
            while (next < rows.size() && ((Number) ((Object[]) rows.get(next))[0]).intValue() <= revision) {
                Object[] change = (Object[]) rows.get(next++);
                long member = ((Number) change[2]).longValue();
                int type = change[1] == null ? ADDED : ((Number) change[1]).intValue();
                if (type == DELETED) {
                    current.remove(member);
                } else {
                    current.add(member);
                }
            }
            asOf.put(revision, List.copyOf(current));
        }
        return asOf;
    }
}
