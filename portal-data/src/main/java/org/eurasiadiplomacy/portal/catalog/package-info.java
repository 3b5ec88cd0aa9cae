/**
 * The public catalog: one small listing engine that pages, sorts, filters and counts any kind of published
 * record in the database, for the read-only API and the public tables alike.
 *
 * <p>Decisions:
 * <ul>
 * <li>Each kind of record is described once, declaratively, by a {@link org.eurasiadiplomacy.portal.catalog.Listing}
 * in its feature package (field name, JPQL path, type; multi-valued relations). Field and sort names come only
 * from that description; values from users are bound parameters.</li>
 * <li>A page costs a constant number of statements whatever its size: a count, one projection query with
 * offset and limit, and one query per multi-valued relation for the ids of that page. No entity is loaded.</li>
 * <li>Only published records that are not in the trash are listed, and only such records appear in the ids
 * and codes a record points to: every query goes through {@link org.eurasiadiplomacy.portal.record.Publication}.</li>
 * <li>Text search ignores case and the difference between full-width and half-width forms: the query is
 * normalized with NFKC in Java and the columns with the portable {@code lower(translate(...))} in SQL.</li>
 * </ul>
 */
package org.eurasiadiplomacy.portal.catalog;
