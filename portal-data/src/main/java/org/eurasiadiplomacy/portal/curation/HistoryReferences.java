package org.eurasiadiplomacy.portal.curation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.JoinTable;
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
 * Labels are the referenced records' current ones (a country's code, a footnote's label, the start of a
 * source's title, else kind and id).
 */
final class HistoryReferences {

    private static final int ADDED = 0;
    private static final int DELETED = 2;
    /** A source is named by the start of its title. */
    private static final int TITLE_SHOWN = 60;

    /** Per collection field, the member ids as of each revision number. */
    private final Map<String, Map<Integer, List<Long>>> members = new HashMap<>();
    /** Per rows field, the rows as of each revision number: column values by form key. */
    private final Map<String, Map<Integer, List<Map<String, Object>>>> rows = new HashMap<>();
    private final Map<String, FormField> rowFields = new HashMap<>();
    private final Map<Long, String> labels = new HashMap<>();

    /** Reads the collections of record {@code id} as of each of {@code revisions} (ascending), then every label. */
    HistoryReferences(EntityManager em, RecordKind kind, long id, List<Integer> revisions, List<?> states) {
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
            List<?> found = em.createNativeQuery("select r.id, r.record_type, c.code, ci.label, s.title from record r"
                    + " left join country c on c.id = r.id left join citation ci on ci.id = r.id"
                    + " left join source s on s.id = r.id"
                    + " where r.id in (:ids)").setParameter("ids", referenced).getResultList();
            for (Object row : found) {
                Object[] columns = (Object[]) row;
                long target = ((Number) columns[0]).longValue();
                labels.put(target, label(target, (String) columns[1], (String) columns[2], (String) columns[3],
                        (String) columns[4]));
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

    private static String label(long id, String type, String code, String footnote, String title) {
        if (code != null) {
            return code;
        }
        if (footnote != null) {
            return "[" + footnote + "]";
        }
        if (title != null) {
            return title.length() > TITLE_SHOWN ? title.substring(0, TITLE_SHOWN) + "…" : title;
        }
        return RecordKind.ofDiscriminator(type).map(k -> k.name().toLowerCase(Locale.ROOT)).orElse("record")
                + " #" + id;
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
