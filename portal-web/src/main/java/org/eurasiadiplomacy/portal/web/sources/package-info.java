/**
 * The public bibliography: {@code /sources.xhtml}, {@code /source.xhtml?id=N}, the footnote page
 * {@code /citation.xhtml?id=N} and the downloads under {@code /sources/}.
 *
 * <p>Decisions:
 * <ul>
 * <li>Request-scoped beans and GET parameters only ({@code q}, {@code type}, {@code yearFrom}, {@code yearTo},
 * {@code start}): every view is a link and an anonymous reader costs no session. The filter form is a plain
 * HTML form, not a Faces form, so it needs no view state.</li>
 * <li>An id that is not a published source answers 404 before the view renders, with the portal's 404 page.</li>
 * <li>Downloads are a servlet, not a page: {@code /sources/all.bib} (with the page's filters) and
 * {@code /sources/N.ris}; the media types and file names come from {@code BibliographyFormat}.</li>
 * <li>Record data is only ever written through Facelets' escaping; a stored URL becomes a link only if it is an
 * http(s) address.</li>
 * </ul>
 */
package org.eurasiadiplomacy.portal.web.sources;
