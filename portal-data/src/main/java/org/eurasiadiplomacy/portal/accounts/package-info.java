/**
 * Accounts as the web layer uses them: checking a password, the standing of a signed-in account, changing
 * one's own password, creating the first administrator, and administering accounts.
 * <p>
 * Decisions:
 * <ul>
 * <li>Role checks are made here, not only by the URL constraints of web.xml: every method that changes an
 *     account asks Jakarta Security's {@code SecurityContext} for the caller's role (plain CDI beans have no
 *     {@code @RolesAllowed} in Jakarta EE 10), and one's own password is changed for the caller, never for a
 *     user name passed in.</li>
 * <li>Hashes are PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP ASVS 5.0) through the platform's
 *     {@code Pbkdf2PasswordHash}; see {@link org.eurasiadiplomacy.portal.accounts.PasswordHashing}.</li>
 * <li>An unknown user, a disabled account and a wrong password get the same answer after the same work: an
 *     unknown user's password is checked against a dummy hash of the same strength.</li>
 * <li>Failed sign-ins are counted in the database ({@link org.eurasiadiplomacy.portal.accounts.SignInThrottle}),
 *     so every instance of a cluster throttles the same tries, and every failure is counted however many keys
 *     are tracked (fail closed); entries an hour quiet are deleted.</li>
 * <li>Refusals are {@link org.eurasiadiplomacy.portal.accounts.AccountRefused} with a reason the web layer
 *     translates; the transaction rolls back.</li>
 * </ul>
 */
package org.eurasiadiplomacy.portal.accounts;
