/**
 * Who may curate: think-tank staff and administrators who sign in through the browser. The public needs no
 * account. An {@link org.eurasiadiplomacy.portal.accounts.Account} is not a curated record: it has no
 * publication state and is never shown to readers.
 * <p>
 * Decisions: roles are a small behavioural enum ({@link org.eurasiadiplomacy.portal.accounts.Role}; an
 * administrator acts as staff too); the password policy follows OWASP ASVS 5.0 (length, not composition rules);
 * the entity stores only a PBKDF2 hash, produced in portal-data, never a password. Every change that must end
 * the account's live sessions (disabling, a new password, new roles) raises its session epoch.
 */
package org.eurasiadiplomacy.portal.accounts;
