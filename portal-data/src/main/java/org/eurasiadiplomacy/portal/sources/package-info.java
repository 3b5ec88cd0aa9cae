/**
 * Sources and citations: the public listings, and what staff do with sources (edit, check, import, export).
 *
 * <p>Decisions: the entity is the single judge of validity (Bean Validation on {@code Source}, including the
 * per-type rules of {@code @SourceRules}); a form is applied to an unsaved copy first, so that nothing reaches
 * the managed entity, and so the database, before every check has passed. The version a form was loaded at is
 * compared explicitly, since the form reloads the entity; {@code @Version} at flush is the second line. Refusals
 * are {@link org.eurasiadiplomacy.portal.sources.EditOutcome}s, not exceptions, so the page can show each.
 * Deleting moves a source to the trash ({@code deleted_at}), which every public listing already leaves out.
 */
package org.eurasiadiplomacy.portal.sources;
