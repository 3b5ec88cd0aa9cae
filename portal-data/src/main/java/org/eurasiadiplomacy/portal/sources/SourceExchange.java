package org.eurasiadiplomacy.portal.sources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eurasiadiplomacy.portal.sources.EditOutcome.DuplicateCandidate;
import org.eurasiadiplomacy.portal.sources.EditOutcome.FieldProblem;
import org.eurasiadiplomacy.portal.sources.bibliography.BibliographyFormat;
import org.eurasiadiplomacy.portal.sources.bibliography.EntryProblem;
import org.eurasiadiplomacy.portal.sources.bibliography.ReadEntry;
import org.eurasiadiplomacy.portal.sources.bibliography.Reading;

/**
 * Import and export of the whole bibliography. An import is read, validated and checked for duplicates entry by
 * entry, and stored all or nothing. An entry identical in every field to a stored source is not a duplicate but
 * that same source: it is skipped, so an export imports again as "nothing new". Imported sources are drafts
 * until someone publishes them.
 */
@ApplicationScoped
@Transactional
public class SourceExchange {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    SourceEditing editing;

    @Inject
    SourceDuplicates duplicates;

    /** Every source not in the trash, drafts included (staff export), with each chapter's book. */
    public String export(BibliographyFormat format) {
        editing.requireStaff();
        return format.write(storedSources());
    }

    /** In a transaction, though it writes nothing: the comparison reads every stored source's contributors. */
    public ImportPreview preview(BibliographyFormat format, String text, Locale locale) {
        editing.requireStaff();
        return judge(format.read(text), locale, new IdentityHashMap<>());
    }

    /** Stores every new entry of the file, or, if any entry has a problem, nothing. */
    public ImportPreview store(BibliographyFormat format, String text, Locale locale) {
        editing.requireStaff();
        Reading reading = format.read(text);
        Map<Source, Source> storedTwin = new IdentityHashMap<>();
        ImportPreview preview = judge(reading, locale, storedTwin);
        if (!preview.isStorable()) {
            return preview;
        }
        List<Source> fresh = reading.entries().stream().map(ReadEntry::source)
                .filter(source -> !storedTwin.containsKey(source))
                // books first: a chapter refers to its book
                .sorted(Comparator.comparing(source -> source.getType().isPublishedVolume() ? 0 : 1))
                .toList();
        for (Source source : fresh) {
            source.getParent().filter(storedTwin::containsKey).ifPresent(book -> source.partOf(storedTwin.get(book)));
            em.persist(source);
        }
        em.flush();
        // one row per entry, in the file's order: each new one now names the draft it became
        List<ImportPreview.Row> rows = new ArrayList<>();
        for (int i = 0; i < reading.entries().size(); i++) {
            Source source = reading.entries().get(i).source();
            ImportPreview.Row row = preview.rows().get(i);
            rows.add(storedTwin.containsKey(source) ? row : row.stored(source.getId()));
        }
        return new ImportPreview(rows, List.of(), Map.of(), true);
    }

    private ImportPreview judge(Reading reading, Locale locale, Map<Source, Source> storedTwin) {
        List<Source> stored = storedSources();
        Map<SourceFields, Source> byFields = new HashMap<>();
        stored.forEach(source -> byFields.putIfAbsent(SourceFields.of(source), source));
        List<KnownSource> known = new ArrayList<>(stored.stream().map(KnownSource::of).toList());
        List<ImportPreview.Row> rows = new ArrayList<>();
        List<EntryProblem> problems = new ArrayList<>(reading.problems());
        Map<Integer, List<FieldProblem>> refusals = new HashMap<>();
        for (ReadEntry entry : reading.entries()) {
            Source source = entry.source();
            Source twin = byFields.get(SourceFields.of(source));
            if (twin != null) {
                storedTwin.put(source, twin);
                rows.add(row(entry, twin.getId()));
                continue;
            }
            List<FieldProblem> invalid = editing.validate(source, locale);
            if (!invalid.isEmpty()) {
                problems.add(new EntryProblem(entry.line(), entry.key(), EntryProblem.Kind.INVALID,
                        invalid.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "))));
                refusals.put(entry.line(), invalid.stream().map(p -> new FieldProblem(
                        SourceFormField.ofProperty(p.field()).name(), p.message())).toList());
            } else {
                List<DuplicateCandidate> similar = SourceDuplicates.among(known, source, null);
                if (!similar.isEmpty()) {
                    problems.add(new EntryProblem(entry.line(), entry.key(), EntryProblem.Kind.DUPLICATE,
                            similar.stream().map(d -> (d.id() == 0 ? "" : "#" + d.id() + " ") + d.title())
                                    .collect(Collectors.joining("; "))));
                }
            }
            known.add(KnownSource.of(source));
            rows.add(row(entry, null));
        }
        problems.sort(Comparator.comparingInt(EntryProblem::line));
        return new ImportPreview(rows, problems, refusals, false);
    }

    private static ImportPreview.Row row(ReadEntry entry, Long identicalTo) {
        Source source = entry.source();
        return new ImportPreview.Row(entry.line(), entry.key(), source.getType(), source.getTitle(),
                source.getDate().map(d -> d.getYear()).orElse(null), source.getLanguage(), entry.languageGuessed(),
                identicalTo, null);
    }

    private List<Source> storedSources() {
        return em.createQuery("select distinct s from Source s left join fetch s.contributors"
                + " left join fetch s.parent where s.deletedAt is null order by s.id", Source.class).getResultList();
    }
}
