/**
 * What the article cites: sources, the footnotes and table notes that cite them, the bibliography the public
 * pages and downloads read, and what staff do with sources (edit, check, import, export).
 *
 * <p>Decisions:
 * <ul>
 * <li>The bibliography is built on the public catalog ({@code SourceListing}): a page is the catalog's
 * statements plus three for the whole page (chapters' books, citing notes, supported records), never one per
 * source. {@link org.eurasiadiplomacy.portal.sources.SourceEntryReader} holds those queries.</li>
 * <li>Entries are formatted in the article's own two forms by {@link org.eurasiadiplomacy.portal.sources.ArticleStyle},
 * chosen by the source's language (Chinese and Japanese in the Chinese form). The printed footnotes are the
 * test: an entry equals its footnote minus the footnote's locator.</li>
 * <li>"Supported records" of a source are the published records that its citing notes support; notes, sources
 * and citations themselves are left out, as they have no detail page.</li>
 * <li>Downloads use the exchange formats of {@code bibliography}; a chapter's book goes with it unless the book
 * is a draft, so an export never shows an unpublished record.</li>
 * </ul>
 *
 * <p>Staff editing: the entity is the single judge of validity (Bean Validation on {@code Source}, including the
 * per-type rules of {@code @SourceRules}); a form is applied to an unsaved copy first, so that nothing reaches
 * the managed entity, and so the database, before every check has passed. The version a form was loaded at is
 * compared explicitly, since the form reloads the entity; {@code @Version} at flush is the second line. Refusals
 * are {@link org.eurasiadiplomacy.portal.sources.EditOutcome}s, not exceptions, so the page can show each; a form
 * that changes nothing is {@code Unchanged} and writes nothing, so no revision.
 * Deleting moves a source to the trash ({@code deleted_at}), which every public read leaves out (the view {@code published_record}).
 */
package org.eurasiadiplomacy.portal.sources;
