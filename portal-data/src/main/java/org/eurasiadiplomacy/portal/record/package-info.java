/**
 * The publication rule, for every public read.
 *
 * <p>Decisions:
 * <ul>
 * <li>"Published and not in the trash" is stated once, in the database: the view {@code published_record}
 * (migration V55). A database view rather than a Hibernate filter because public reads are SQL as well as
 * JPQL (the timeline's union, detail pages, the bibliography's link tables), and a filter reaches JPQL only.</li>
 * <li>Public reads reach the view only through {@link org.eurasiadiplomacy.portal.record.Publication}: SQL joins
 * the view by name, JPQL its read-only entity {@link org.eurasiadiplomacy.portal.record.PublishedRecord}.
 * No public read names the status or the trash columns.</li>
 * <li>A linked record is read through the rule too (a visit's person, a meeting's framework, an ODA figure's
 * countries, a membership's country): a published record that links to a draft shows neither the link nor
 * the draft's name.</li>
 * <li>Curation (staff and administrators) reads the record table itself, drafts and trash included.</li>
 * </ul>
 */
package org.eurasiadiplomacy.portal.record;
