package org.eurasiadiplomacy.portal.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Tuple;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eurasiadiplomacy.portal.accounts.NotPermitted;
import org.eurasiadiplomacy.portal.accounts.Role;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.record.Record;
import org.eurasiadiplomacy.portal.record.RecordStatus;
import org.eurasiadiplomacy.portal.record.StorableText;
import org.eurasiadiplomacy.portal.record.TextRules;
import org.eurasiadiplomacy.portal.record.UnsupportedRecord;
import org.eurasiadiplomacy.portal.sources.Source;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

/**
 * What administrators do with records: create (as a draft), edit, publish and unpublish, move to the trash and
 * back, read a record's history and bring back an earlier version. Every change is credited to the signed-in
 * account on its Envers revision ({@link RevisionEditor}); a save that changes nothing writes no revision. Each
 * compares the version the editor started from (a stale one is a conflict, never an overwrite) and is validated
 * by the model's Bean Validation before anything is written. Reads run
 * in a transaction too: forms and histories walk lazy collections, which need the persistence context open.
 */
@ApplicationScoped
@Transactional
public class Curation {

    /** The administrators' list is not paged: the article has a few hundred records. */
    private static final int MAX_LISTED = 2000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Validator validator;

    public List<RecordSummary> list(RecordKind kind, StatusFilter filter) {
        return page(new RecordsQuery(kind, filter, null, null, false, null), 0, MAX_LISTED);
    }

    /** How many records the administrators' list finds for {@code query} (its order is not used). */
    public long count(RecordsQuery query) {
        requireAdmin();
        var count = em.createNativeQuery("select count(*) from (" + RecordSummaryQuery.SELECT + query.where()
                + ") listed" + query.textCondition());
        query.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** One page of the administrators' list: filtered, searched, sorted and paged in the database. */
    public List<RecordSummary> page(RecordsQuery query, int first, int size) {
        requireAdmin();
        var page = em.createNativeQuery("select * from (" + RecordSummaryQuery.SELECT + query.where() + ") listed"
                + query.textCondition() + query.orderBy(), Tuple.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_LISTED)));
        query.bind(page);
        List<RecordSummary> rows = new ArrayList<>();
        for (Object row : page.getResultList()) {
            rows.add(RecordSummaryQuery.summary((Tuple) row));
        }
        return rows;
    }

    /**
     * What a reference field of {@code kind} can point to, one query per field: countries by code, people and
     * initiatives by name, footnotes by label, sources by title; a part of a row under {@code rows.part}. A
     * curator note's target is typed as an id instead.
     */
    public Map<String, List<Choice>> choices(RecordKind kind) {
        requireAdmin();
        Map<String, List<Choice>> choices = new LinkedHashMap<>();
        for (FormField field : kind.fields()) {
            if (field.isReferences()) {
                putChoices(choices, field.name(), targetsQuery(field.target()));
            }
            for (FormField part : field.parts()) {
                putChoices(choices, field.name() + "." + part.name(), choicesQuery(part));
            }
            putChoices(choices, field.name(), choicesQuery(field));
        }
        return choices;
    }

    private static String choicesQuery(FormField field) {
        return switch (field.type()) {
            case COUNTRY, COUNTRIES -> "select c.id, concat(c.code, ' ', c.name.zh), concat(c.code, ' ', c.name.en)"
                    + " from Country c where c.deletedAt is null order by c.code";
            case CITATIONS -> "select c.id, concat('[', c.label, '] ', substring(c.printedText, 1, 50)), null"
                    + " from Citation c where c.deletedAt is null order by c.footnote nulls last, c.label";
            case RECORD -> field.target() == Record.class ? null : targetsQuery(field.target());
            default -> null;
        };
    }

    private static String targetsQuery(Class<?> target) {
        if (target == Source.class) {
            return "select s.id, s.title, coalesce(s.titleEn, s.title) from Source s where s.deletedAt is null"
                    + " order by s.title";
        }
        return "select r.id, r.name.zh, r.name.en from " + target.getSimpleName()
                + " r where r.deletedAt is null order by r.name.en";
    }

    private void putChoices(Map<String, List<Choice>> choices, String key, String jpql) {
        if (jpql != null) {
            choices.put(key, em.createQuery(jpql, Object[].class).getResultList().stream()
                    .map(row -> new Choice(((Number) row[0]).longValue(), (String) row[1], (String) row[2]))
                    .toList());
        }
    }

    /** An empty form for a new record of {@code kind}. */
    public RecordForm blank(RecordKind kind) {
        requireAdmin();
        return new RecordForm(kind, null, 0, RecordStatus.DRAFT, false, FieldCodec.read(kind, instantiate(kind)));
    }

    public RecordForm edit(long id) {
        requireAdmin();
        return formOf(load(id));
    }

    /** Creates the record as a draft: nobody but staff and administrators sees it until it is published. */
    public long create(RecordForm form) {
        requireAdmin();
        Record record = instantiate(form.getKind());
        form.dropEmptyRows();
        apply(form.getKind(), record, form.getValues());
        em.persist(record);
        flush(record);
        return record.getId();
    }

    /**
     * Saves the form over the version it was opened at; returns the record as saved. A form that changes nothing
     * writes nothing, so no revision: the record comes back at the version it was opened at ({@link
     * RecordForm#isUnchangedFrom}).
     */
    public RecordForm update(RecordForm form) {
        requireAdmin();
        Record record = changeable(Objects.requireNonNull(form.getId(), "id"), form.getVersion());
        form.dropEmptyRows();
        apply(form.getKind(), record, form.getValues());
        if (changed()) {
            flush(record);
        }
        return formOf(record);
    }

    /** Refused, with the reason on the record's support, while no footnote or source supports the record. */
    public void publish(long id, long version) {
        Record record = changeable(id, version);
        try {
            record.publish();
        } catch (UnsupportedRecord unsupported) {
            throw new InvalidRecord(List.of(Problem.of("citations", "unsupported")));
        }
        // a draft may lack what only a published record needs (an imported source without its publisher): say
        // so here, before the commit's own validation could only refuse the whole transaction
        List<Problem> missing = validator.validate(record).stream().map(v -> problemOf(kindOf(record), v)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidRecord(missing);
        }
    }

    public void unpublish(long id, long version) {
        changeable(id, version).unpublish();
    }

    /** Soft delete: the record leaves every public page and the API, and waits in the trash. */
    public void moveToTrash(long id, long version) {
        Record record = changeable(id, version);
        if (kindOf(record).hasOwnEditor()) {
            // a source's editor first checks that no note cites it and no chapter is in it (SourceEditing)
            throw new IllegalStateException(kindOf(record) + " " + id + " is deleted in its own editor");
        }
        record.moveToTrash(Instant.now());
    }

    public void restoreFromTrash(long id, long version) {
        changeable(id, version).restoreFromTrash();
    }

    /** {@link #history(long, Locale)} with the records it refers to named in English. */
    public List<RevisionEntry> history(long id) {
        return history(id, Locale.ENGLISH);
    }

    /**
     * Every revision of the record, newest first, with each field that changed from what to what; the records it
     * refers to by their names in {@code locale}'s language.
     */
    public List<RevisionEntry> history(long id, Locale locale) {
        requireAdmin();
        RecordKind kind = kindOf(load(id));
        List<?> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(kind.entity(), false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<Object> states = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (Object row : rows) {
            states.add(((Object[]) row)[0]);
            numbers.add(((Revision) ((Object[]) row)[1]).getNumber());
        }
        // references and collections for every revision at once: a constant number of statements per history
        HistoryReferences references = new HistoryReferences(em, kind, id, numbers, states, locale);
        List<RevisionEntry> entries = new ArrayList<>();
        Map<String, String> before = Map.of();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Record state = (Record) columns[0];
            Revision revision = (Revision) columns[1];
            Map<String, String> after = new LinkedHashMap<>(
                    FieldCodec.describe(kind, state, revision.getNumber(), references));
            after.put("status", state.getStatus().name());
            after.put("deletedAt", state.getDeletedAt().map(Instant::toString).orElse(""));
            List<FieldChange> changes = new ArrayList<>();
            for (Map.Entry<String, String> field : after.entrySet()) {
                String from = before.getOrDefault(field.getKey(), "");
                if (!from.equals(field.getValue())) {
                    changes.add(new FieldChange(field.getKey(), from, field.getValue()));
                }
            }
            entries.add(new RevisionEntry(revision.getNumber(), revision.getEditor(), revision.getWhen(),
                    before.isEmpty(), changes));
            before = after;
        }
        Collections.reverse(entries);
        return entries;
    }

    /** Brings back the fields as they were after {@code revision}; the restore is itself a new revision. */
    public RecordForm restoreRevision(long id, long version, int revision) {
        Record record = changeable(id, version);
        RecordKind kind = kindOf(record);
        AuditReader reader = AuditReaderFactory.get(em);
        Object earlier = reader.find(kind.entity(), id, revision);
        if (earlier == null) {
            throw new RecordNotFound(id);
        }
        apply(kind, record, FieldCodec.read(kind, earlier));
        if (changed()) {
            flush(record);
        }
        return formOf(record);
    }

    private void apply(RecordKind kind, Record record, Map<String, Object> values) {
        List<Problem> problems = new ArrayList<>(FieldCodec.write(kind, record, values, em));
        if (problems.isEmpty()) {
            problems.addAll(RecordRules.check(kind, record));
            // the text rules, with the column's length for the message, before the database could refuse them
            for (TextRules.Violation text : TextRules.check(record)) {
                problems.add(textProblem(text));
            }
            for (ConstraintViolation<Record> violation : validator.validate(record)) {
                if (!(violation.getConstraintDescriptor().getAnnotation() instanceof StorableText)) {
                    problems.add(problemOf(kind, violation));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
    }

    private static Problem textProblem(TextRules.Violation text) {
        return switch (text.breach()) {
            case TOO_LONG -> Problem.of(text.key(), "size", text.maxLength());
            case CONTROL_CHARACTER -> Problem.of(text.key(), "controlCharacter");
            case INVISIBLE_ONLY -> Problem.of(text.key(), "invisible");
        };
    }

    private static Problem problemOf(RecordKind kind, ConstraintViolation<?> violation) {
        List<Path.Node> path = new ArrayList<>();
        violation.getPropertyPath().forEach(path::add);
        String key = path.isEmpty() ? "" : path.get(0).getName();
        FormFieldType type = kind.field(key).map(FormField::type).orElse(FormFieldType.TEXT);
        if (path.size() > 1 && type.isLocalized()) {
            key = key + "." + path.get(1).getName();
        } else if (path.size() > 1 && type == FormFieldType.ROWS && path.get(1).getIndex() != null) {
            // offices[2].title.zh: the row's number, then the part's key
            StringBuilder part = new StringBuilder(key).append('.').append(path.get(1).getIndex());
            path.subList(1, path.size()).forEach(node -> part.append('.').append(node.getName()));
            key = part.toString();
        }
        Map<String, Object> limits = violation.getConstraintDescriptor().getAttributes();
        return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> Problem.of(key, "required");
            case "Min" -> Problem.of(key, "min", limits.get("value"));
            case "Max" -> Problem.of(key, "max", limits.get("value"));
            case "Digits" -> Problem.of(key, "digits", limits.get("integer"), limits.get("fraction"));
            case "Size" -> Problem.of(key, "size", limits.get("max"));
            case "Pattern" -> Problem.of(key, "pattern");
            // a class-level rule, shown beside the field that holds the record's support
            case "KeepsSupportWhilePublished" -> Problem.of("citations", "unsupportedPublished");
            default -> Problem.of(key, "invalid");
        };
    }

    /** Whether anything waits to be written: Envers writes a revision only for what is. */
    private boolean changed() {
        return em.unwrap(Session.class).isDirty();
    }

    /** Writes now, so a clash with a unique column or a concurrent save is reported as what it is. */
    private void flush(Record record) {
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new EditConflict(record.getId());
        } catch (PersistenceException refused) {
            // only an integrity violation (SQLSTATE class 23) is a clash; anything else is not called one
            throw new InvalidRecord(List.of(Problem.of("", isIntegrityViolation(refused) ? "unique" : "invalid")));
        }
    }

    private static boolean isIntegrityViolation(Throwable refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState().startsWith("23");
            }
        }
        return true;
    }

    private Record changeable(long id, long version) {
        requireAdmin();
        Record record = load(id);
        if (record.getVersion() != version) {
            throw new EditConflict(id);
        }
        return record;
    }

    private Record load(long id) {
        Record record = em.find(Record.class, id);
        if (record == null || RecordKind.of(Hibernate.getClass(record)).isEmpty()) {
            throw new RecordNotFound(id);
        }
        return (Record) Hibernate.unproxy(record);
    }

    private static RecordKind kindOf(Record record) {
        return RecordKind.of(Hibernate.getClass(record)).orElseThrow();
    }

    private RecordForm formOf(Record record) {
        RecordKind kind = kindOf(record);
        return new RecordForm(kind, record.getId(), record.getVersion(), record.getStatus(), record.isInTrash(),
                FieldCodec.read(kind, record));
    }

    private static Record instantiate(RecordKind kind) {
        return FieldCodec.instantiate(kind.entity());
    }

    private void requireAdmin() {
        if (!security.isCallerInRole(Role.ADMIN.name())) {
            throw new NotPermitted(Role.ADMIN.name());
        }
    }
}
