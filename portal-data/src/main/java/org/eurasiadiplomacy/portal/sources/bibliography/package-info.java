/**
 * BibTeX, RIS and CSL-JSON for the portal's sources: writers for export and readers for import.
 *
 * <p>Decisions: readers never stop at the first bad entry; they return every entry they could read and every
 * problem with the line it starts on, and the caller decides (the editor stores all or nothing). Readers build
 * unsaved {@link org.eurasiadiplomacy.portal.sources.Source}s and do not validate them: Bean Validation on the
 * model is the single judge, applied by the import service. BibTeX is parsed by JBibTeX, one entry at a time so
 * that a syntax error costs only its own entry, under an ASCII stand-in key (its lexer refuses CJK keys) and
 * without its crossref lookup (it recurses without end on a cycle); LaTeX is decoded by {@code LaTeXText}, as
 * JBibTeX's printer fails on CJK. RIS is line-based and read here. CSL-JSON goes through Jakarta JSON-P, never
 * Jackson (Jackson in the WAR breaks Hibernate's boot). A file that is no text, or of another format than the
 * one chosen, is said to be so ({@code FormatCheck}). A language is mapped to BCP 47 or guessed from the title's
 * script and marked as guessed ({@link Languages}); no entry is refused for its language. Messages name an entry
 * by its line and title, never in a parser's words. The corpus of real files these readers are tested on, and
 * what they make of each, is described in docs/bibliography.md.
 *
 * <p>Names are kept as printed (外務省, Kawato Akio), never split into given and family names, so BibTeX wraps
 * each in braces and CSL-JSON writes them as {@code literal}. Contributors are written grouped by role (authors,
 * editors, translators), each group in its printed order. A chapter refers to its book: a BibTeX
 * {@code crossref}, a CSL-JSON {@code custom.parent}, and in RIS the book's title in {@code T2} matched against
 * the books of the same file.
 */
package org.eurasiadiplomacy.portal.sources.bibliography;
