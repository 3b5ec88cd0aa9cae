/**
 * The security log: sign-ins (successes, failures, throttled tries) and account administration, written by
 * the account services and the identity store, read by administrators page by page.
 * <p>
 * Decisions:
 * <ul>
 * <li>An administrator's change and its entry commit together (the entry joins the change's transaction);
 *     refused changes write nothing.</li>
 * <li>Throttled tries cost an attacker nothing, so a minute of them from one address for one name is one
 *     entry with a count, not one row per try.</li>
 * <li>The client address comes from {@link org.eurasiadiplomacy.portal.securitylog.RequestOrigin}, which the
 *     web layer fills: this module knows no HTTP.</li>
 * </ul>
 */
package org.eurasiadiplomacy.portal.securitylog;
