/**
 * The security log's entry: sign-ins and account administration, as administrators read them.
 * <p>
 * Decisions: an entry holds user names, an address, a kind and roles, and nothing else, so no password, hash
 * or session id can be written into it; the sign-in form's user name is kept only when an account has it.
 */
package org.eurasiadiplomacy.portal.securitylog;
