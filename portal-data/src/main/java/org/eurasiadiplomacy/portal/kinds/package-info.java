/**
 * The kinds of record, each declared once by a constant of {@link org.eurasiadiplomacy.portal.kinds.RecordKind}.
 *
 * <p>Decisions:
 * <ul>
 * <li>One enum, not a registry filled at run time: the compiler sees every kind, an {@code EnumMap} or a
 * switch over kinds is checked, and the constants' names are the bundle keys' suffixes.</li>
 * <li>A constant names what the hubs need and nothing they can read elsewhere: the discriminator comes from
 * the entity's {@code @DiscriminatorValue}, the columns and filters from the kind's catalog
 * {@link org.eurasiadiplomacy.portal.catalog.Listing} in its feature package.</li>
 * <li>Dating is SQL over the kind's own table ({@link org.eurasiadiplomacy.portal.kinds.Dating}), so the timeline
 * stays one union paged in the database; the label is made in Java by
 * {@link org.eurasiadiplomacy.portal.kinds.RecordLabels}, the same on every page.</li>
 * </ul>
 */
package org.eurasiadiplomacy.portal.kinds;
