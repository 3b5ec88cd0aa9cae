/**
 * The pages of signing in and of accounts: the login page, signing out, one's own password, the
 * administrators' account list, and the first administrator created at the first start.
 * <p>
 * Decisions: the login and password beans are request-scoped, so a password never stays in a session
 * (view state) after its postback; the account list is view-scoped, and its row actions act on the rows the
 * server rendered, with the version it showed (a forged postback can choose a row, never invent one). Every
 * bean injects one service; the role checks happen again in that service.
 */
package org.eurasiadiplomacy.portal.web.accounts;
