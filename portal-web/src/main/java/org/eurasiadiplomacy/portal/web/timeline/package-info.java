/**
 * The timeline page (/timeline.xhtml) and the home page's latest entries.
 *
 * <p>Decisions: the filter is a plain GET form whose state is the URL ({@code kind=visit&kind=meeting},
 * {@code category=SECURITY}, {@code page=2}), so a filtered timeline survives a reload, can be shared, and
 * creates no session; the database filters, orders and pages (two statements a page), and the page groups
 * the entries of a page under their years.
 */
package org.eurasiadiplomacy.portal.web.timeline;
