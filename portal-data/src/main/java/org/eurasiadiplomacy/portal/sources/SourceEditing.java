package org.eurasiadiplomacy.portal.sources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eurasiadiplomacy.portal.accounts.NotPermitted;
import org.eurasiadiplomacy.portal.accounts.Role;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.sources.EditOutcome.CitingRecord;
import org.eurasiadiplomacy.portal.sources.EditOutcome.FieldProblem;
import org.hibernate.Session;

/**
 * What staff do with sources: find, create, edit, assign to notes, delete. Transactions start here and nowhere
 * else. A save is checked in this order, and stops at the first that fails: the version the editor loaded
 * (explicitly, since the form reloads the entity), Bean Validation on the entity, the duplicate check. Nothing
 * is written unless all pass; a refusal is an {@link EditOutcome}, not an exception.
 */
@ApplicationScoped
@Transactional
public class SourceEditing {

    /** The staff list is searched, not paged: the article cites 41 sources, a project a few hundred. */
    static final int MAX_LISTED = 300;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ValidatorFactory validation;

    @Inject
    SecurityContext security;

    @Inject
    SourceDuplicates duplicates;

    @Transactional(TxType.SUPPORTS)
    public List<SourceRow> search(String text) {
        requireStaff();
        String pattern = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        return em.createQuery("select new org.eurasiadiplomacy.portal.sources.SourceRow(s.id, s.type, s.title,"
                        + " s.titleEn, s.date.year, s.status,"
                        + " (select count(c) from Citation c join c.sources cs where cs = s))"
                        + " from Source s where s.deletedAt is null and (:q is null or lower(s.title) like :q"
                        + " or lower(s.titleEn) like :q or lower(s.container) like :q or lower(s.url) like :q"
                        + " or exists (select k from Source o join o.contributors k where o = s and lower(k.name) like :q))"
                        + " order by s.id", SourceRow.class)
                .setParameter("q", pattern).setMaxResults(MAX_LISTED).getResultList();
    }

    /** In a transaction: the form reads the lazy contributors. */
    public Optional<SourceForm> load(long id) {
        requireStaff();
        Source source = em.find(Source.class, id);
        if (source == null || source.isInTrash()) {
            return Optional.empty();
        }
        return Optional.of(SourceForm.of(source, citingNotes(source)));
    }

    /** The books a chapter can be part of, by title. */
    @Transactional(TxType.SUPPORTS)
    public List<Option> books() {
        requireStaff();
        return em.createQuery("select new org.eurasiadiplomacy.portal.sources.Option(s.id, s.title) from Source s"
                + " where s.deletedAt is null and s.type in :books order by s.title", Option.class)
                .setParameter("books", List.of(SourceType.BOOK, SourceType.EDITED_BOOK)).getResultList();
    }

    /** The notes a source can be assigned to: footnotes in number order, then the table and author notes. */
    @Transactional(TxType.SUPPORTS)
    public List<Option> notes() {
        requireStaff();
        return em.createQuery("select new org.eurasiadiplomacy.portal.sources.Option(c.id, c.label) from Citation c"
                + " where c.deletedAt is null order by coalesce(c.footnote, 1000), c.label", Option.class)
                .getResultList();
    }

    public EditOutcome save(SourceForm form, boolean duplicatesConfirmed, Locale locale) {
        requireStaff();
        Source source = null;
        if (form.getId() != null) {
            source = em.find(Source.class, form.getId());
            if (source == null || source.isInTrash()) {
                return new EditOutcome.Missing(form.getId());
            }
            if (source.getVersion() != form.getVersion()) {
                return new EditOutcome.Conflict(SourceForm.of(source, citingNotes(source)));
            }
        }
        Source parent = form.getParentId() == null ? null : em.find(Source.class, form.getParentId());
        // judged on a copy: a managed entity changed in memory could be flushed by the duplicate query
        Source candidate = new Source(SourceType.BOOK, "", "");
        List<FieldProblem> unreadable = new ArrayList<>();
        SourceForm.Judged judged = judge(form, unreadable, locale);
        form.applyTo(candidate, parent, judged);
        List<FieldProblem> problems = new ArrayList<>(unreadable);
        problems.addAll(validate(candidate, locale));
        if (!problems.isEmpty()) {
            return new EditOutcome.Invalid(problems);
        }
        if (!duplicatesConfirmed) {
            List<EditOutcome.DuplicateCandidate> candidates = duplicates.of(candidate, form.getId());
            if (!candidates.isEmpty()) {
                return new EditOutcome.Duplicates(candidates);
            }
        }
        boolean changed = true;
        if (source == null) {
            source = candidate;
            em.persist(source);
        } else {
            form.applyTo(source, parent, judged);
            // asked before assign's query, which would write the source (auto flush) and so hide the change
            changed = em.unwrap(Session.class).isDirty();
        }
        assign(source, form.getAssignments());
        if (!changed && !em.unwrap(Session.class).isDirty()) {
            // nothing to write, so Envers writes no revision either
            return new EditOutcome.Unchanged(source.getId());
        }
        try {
            em.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            throw new SourceChangedMeanwhile(changedMeanwhile);
        }
        return new EditOutcome.Saved(source.getId());
    }

    /** Reads the form's dates and names; what cannot be read is named on its field and left out. */
    private static SourceForm.Judged judge(SourceForm form, List<FieldProblem> problems, Locale locale) {
        PartialDate date = null;
        try {
            date = form.date();
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("date", ValidationText.of("source.date.invalid", locale)));
        }
        PartialDate accessed = null;
        try {
            accessed = form.accessed();
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("accessed", ValidationText.of("source.date.invalid", locale)));
        }
        List<Contributor> contributors = List.of();
        try {
            contributors = form.named();
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("contributors",
                    ValidationText.of("source.contributor.familyRequired", locale)));
        }
        return new SourceForm.Judged(date, accessed, contributors);
    }

    /** Moves a source to the trash unless a note cites it or a chapter is in it; then names them. */
    public EditOutcome delete(long id, long version) {
        requireStaff();
        Source source = em.find(Source.class, id);
        if (source == null || source.isInTrash()) {
            return new EditOutcome.Missing(id);
        }
        if (source.getVersion() != version) {
            return new EditOutcome.Conflict(SourceForm.of(source, citingNotes(source)));
        }
        List<CitingRecord> citing = new ArrayList<>();
        citingNotes(source).forEach(c -> citing.add(new CitingRecord(c.getId(), c.getLabel(), false)));
        em.createQuery("select s from Source s where s.parent = :book and s.deletedAt is null order by s.id",
                Source.class).setParameter("book", source).getResultList()
                .forEach(s -> citing.add(new CitingRecord(s.getId(), s.getTitle(), true)));
        if (!citing.isEmpty()) {
            return new EditOutcome.InUse(citing);
        }
        source.moveToTrash(Instant.now());
        return new EditOutcome.Deleted(id);
    }

    /** The notes that cite the source, footnotes first in number order. */
    private List<Citation> citingNotes(Source source) {
        return em.createQuery("select c from Citation c join c.sources s where s = :source and c.deletedAt is null"
                + " order by coalesce(c.footnote, 1000), c.label", Citation.class)
                .setParameter("source", source).getResultList();
    }

    /** Brings the notes citing the source in line with the form: added, removed, locators changed. */
    private void assign(Source source, List<SourceForm.Assignment> wanted) {
        Map<Long, SourceForm.Assignment> byNote = new HashMap<>();
        wanted.forEach(a -> byNote.put(a.getCitationId(), a));
        List<Citation> current = source.getId() == null ? List.of() : citingNotes(source);
        for (Citation note : current) {
            if (!byNote.containsKey(note.getId())) {
                note.uncite(source);
            }
        }
        for (SourceForm.Assignment assignment : wanted) {
            Citation note = em.find(Citation.class, assignment.getCitationId());
            if (note != null) {
                note.cite(source);
                if (!note.getLocator().orElse("").equals(blankIfNull(assignment.getLocator()).strip())) {
                    note.locate(assignment.getLocator());
                }
            }
        }
    }

    List<FieldProblem> validate(Source source, Locale locale) {
        Validator validator = validation.usingContext().messageInterpolator(interpolator(locale)).getValidator();
        Set<ConstraintViolation<Source>> violations = validator.validate(source);
        return violations.stream()
                .map(v -> new FieldProblem(field(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
    }

    /** "contributors[0].name" is the contributors field, "date.year" the date field. */
    private static String field(String path) {
        int end = path.length();
        for (char stop : new char[] {'[', '.'}) {
            int at = path.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return path.substring(0, end);
    }

    private MessageInterpolator interpolator(Locale locale) {
        MessageInterpolator standard = validation.getMessageInterpolator();
        return new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return standard.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return standard.interpolate(template, context, locale);
            }
        };
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }

    void requireStaff() {
        if (security.getCallerPrincipal() == null || !security.isCallerInRole(Role.STAFF.name())) {
            throw new NotPermitted(Role.STAFF.name());
        }
    }
}
