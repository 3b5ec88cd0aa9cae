/**
 * Detail pages: /country.xhtml, /person.xhtml, /initiative.xhtml, /meeting.xhtml, /visit.xhtml, /agreement.xhtml,
 * /oda-figure.xhtml, /exercise.xhtml and /event.xhtml, each {@code ?id=N}.
 *
 * <p>Decisions:
 * <ul>
 * <li>One template ({@code WEB-INF/templates/detail.xhtml}) renders every kind from a generic
 * {@link org.eurasiadiplomacy.portal.details.RecordDetail}; the page files are empty clients of it, and
 * {@link org.eurasiadiplomacy.portal.web.details.DetailPage} reads the kind from the page's name.</li>
 * <li>A missing, unpublished or trashed record, or an id of another kind, is a 404 sent from preRenderView,
 * before anything is written, so readers and crawlers see the portal's 404 page with the right status.</li>
 * <li>Request scope and transient views: a reader costs no session.</li>
 * <li>Record data shows in both languages, the reader's first ({@link org.eurasiadiplomacy.portal.web.details.Bilingual});
 * field names are bundle keys under {@code details.}, enum constants have the one key every page uses
 * ({@link org.eurasiadiplomacy.portal.web.i18n.EnumLabels}).</li>
 * </ul>
 */
package org.eurasiadiplomacy.portal.web.details;
