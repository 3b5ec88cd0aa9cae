/**
 * What the article cites: sources, the footnotes and table notes that cite them, and the bibliography the
 * public pages and downloads read.
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
 */
package org.eurasiadiplomacy.portal.sources;
