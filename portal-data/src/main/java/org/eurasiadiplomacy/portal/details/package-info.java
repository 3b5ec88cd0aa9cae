/**
 * Detail pages: one published record of any kind with its fields, the records it relates to, its citations and
 * its curator notes, as one {@link org.eurasiadiplomacy.portal.details.RecordDetail}.
 *
 * <p>Decisions:
 * <ul>
 * <li>A detail is generic (typed {@link org.eurasiadiplomacy.portal.details.Value}s under field names), so one
 * page template renders every kind; what a kind shows is decided here, once, in
 * {@link org.eurasiadiplomacy.portal.details.DetailReader}.</li>
 * <li>A fixed list of projection queries per kind, whatever the record holds: no entity is loaded, so a page
 * can trigger no lazy loading and no N+1. Each is JPQL into a Java record typed by the mapping, never SQL read
 * by column position.</li>
 * <li>Drafts and trashed records are never found, and never appear as a link, a related record or a part of a
 * label (through {@link org.eurasiadiplomacy.portal.record.Publication}).</li>
 * <li>Records without a name (meetings, visits, ODA figures) are labelled from their parts: framework and
 * number, who and where, donor, recipient and year.</li>
 * </ul>
 */
package org.eurasiadiplomacy.portal.details;
