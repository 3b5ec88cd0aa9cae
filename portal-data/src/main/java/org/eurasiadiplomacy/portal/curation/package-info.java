/**
 * Curation by administrators (issue 8): one metadata-driven form for every kind of record ({@link
 * org.eurasiadiplomacy.portal.kinds.RecordKind}), drafts, a soft-delete trash, and a full history kept by
 * Hibernate Envers with who and when on each revision ({@link org.eurasiadiplomacy.portal.curation.Revision}).
 * <p>
 * Decisions: the form writes entity fields the way JPA does, and the model's Bean Validation plus
 * {@code RecordRules} (the constructors' cross-field guards) are checked before every flush, so the form cannot
 * store what the constructors would refuse. A stale version is an {@code EditConflict}, never an overwrite.
 * The article's data is revision 1 ("system", migration V40), so its first edit can be undone too.
 * Every revision, whichever service made it (this form, the source editor, an import), gets its author in one
 * place, {@link org.eurasiadiplomacy.portal.curation.RevisionEditor}; a save that changes nothing writes none.
 */
package org.eurasiadiplomacy.portal.curation;
