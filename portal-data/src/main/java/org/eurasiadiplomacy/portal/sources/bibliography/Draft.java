package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.sources.Contributor;
import org.eurasiadiplomacy.portal.sources.ContributorRole;
import org.eurasiadiplomacy.portal.sources.Source;
import org.eurasiadiplomacy.portal.sources.SourceType;

/**
 * A source as a reader collects it, field by field, before the whole file is known: a chapter's book may come
 * later in the file. A missing title becomes empty text, for Bean Validation to name; a missing
 * language is guessed ({@link Languages}).
 */
final class Draft {

    final int line;
    /** The entry's key in the file; RIS gives it (ID) after the record has begun. */
    String key;
    SourceType type;
    String title;
    String titleEn;
    String container;
    String publisher;
    String place;
    PartialDate date;
    /** urldate, Y2, accessed. */
    PartialDate accessed;
    String volume;
    String issue;
    String pages;
    String url;
    String language;
    /** Set by {@link #resolve}: the file named no language (or none the portal knows); it is the title's guess. */
    boolean languageGuessed;
    boolean etAl;
    final List<Contributor> contributors = new ArrayList<>();
    /** The book's key in the same file (BibTeX crossref, CSL-JSON custom.parent). */
    String parentKey;
    /** The book's title (BibTeX booktitle, RIS T2 of a chapter): the container when no book of the file has it. */
    String parentTitle;

    Draft(int line, String key) {
        this.line = line;
        this.key = key;
    }

    void add(String name, ContributorRole role) {
        if (name != null && !name.isBlank()) {
            contributors.add(Contributor.literal(name.strip(), role));
        }
    }

    /** A name as the file splits it: family and given parts, or its literal form. */
    void add(NameParts parts, ContributorRole role) {
        if (parts.literal() != null) {
            add(parts.literal(), role);
        } else {
            add(parts.family(), parts.given(), role);
        }
    }

    /** A name given in parts (BibTeX "Family, Given", CSL family/given); a given name alone is kept as written. */
    void add(String family, String given, ContributorRole role) {
        if (family != null && !family.isBlank()) {
            contributors.add(Contributor.person(family, given, role));
        } else {
            add(given, role);
        }
    }

    private Source build() {
        Languages.Decision decision = Languages.decide(language, title);
        languageGuessed = decision.guessed();
        Source source = new Source(type, "", "");
        source.describe(type, title == null ? "" : title, titleEn, decision.tag());
        source.publishedIn(container, publisher, place, date);
        source.accessedOn(accessed);
        source.locatedAt(volume, issue, pages, url);
        source.creditedTo(contributors, etAl);
        return source;
    }

    /** Builds every draft, then links each chapter to its book by key, else by title, else keeps the title. */
    static List<ReadEntry> resolve(List<Draft> drafts) {
        Map<String, Source> byKey = new HashMap<>();
        Map<String, List<Integer>> booksByTitle = new HashMap<>();
        List<ReadEntry> entries = new ArrayList<>();
        for (Draft draft : drafts) {
            Source source = draft.build();
            if (draft.key != null) {
                byKey.putIfAbsent(draft.key, source);
            }
            if (draft.type.isPublishedVolume()) {
                booksByTitle.computeIfAbsent(source.getTitle(), title -> new ArrayList<>()).add(entries.size());
            }
            entries.add(new ReadEntry(draft.line, draft.key, source, draft.languageGuessed));
        }
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            Source source = entries.get(i).source();
            Source book = draft.parentKey != null ? byKey.get(draft.parentKey) : null;
            if (book == null && draft.parentTitle != null && draft.type == SourceType.BOOK_CHAPTER) {
                // several books may share a title (Сочинения, Collected Works): the nearest one before the
                // chapter is its book, as the portal's exports write a book before its chapters
                book = nearestBefore(booksByTitle.get(draft.parentTitle.strip()), i, entries);
            }
            // only a book holds parts, and a book is part of nothing: a cycle of crossrefs cannot arise
            if (book != null && book != source && book.getType().isPublishedVolume()
                    && !source.getType().isPublishedVolume()) {
                source.partOf(book);
            } else if (draft.parentTitle != null && draft.container == null) {
                source.publishedIn(draft.parentTitle, draft.publisher, draft.place, draft.date);
            }
        }
        return entries;
    }

    /** Of the books with the wanted title (their places in file order), the last before {@code at}, else the first. */
    private static Source nearestBefore(List<Integer> books, int at, List<ReadEntry> entries) {
        if (books == null) {
            return null;
        }
        int found = Collections.binarySearch(books, at);
        int before = found >= 0 ? found - 1 : -found - 2;
        return entries.get(books.get(Math.max(0, before))).source();
    }
}
