/**
 * How the portal knows who is signed in, and the protections every response carries.
 * <ul>
 * <li>{@link org.eurasiadiplomacy.portal.web.security.PortalAuthentication}: a form mechanism for Jakarta
 *     Security, so the login page is an ordinary Faces page on the layout; the session keeps the caller.</li>
 * <li>{@link org.eurasiadiplomacy.portal.web.security.PortalIdentityStore}: checks passwords through the
 *     accounts service, after {@link org.eurasiadiplomacy.portal.web.security.LoginThrottle} allows the try.</li>
 * <li>{@link org.eurasiadiplomacy.portal.web.security.AccountGate}: every signed-in request checks that the
 *     account is still enabled and its session still current, and holds a user who must change their password
 *     on the password page.</li>
 * <li>{@link org.eurasiadiplomacy.portal.web.security.SecurityHeaders}: CSP, framing, sniffing, referrer and
 *     caching headers on every response; {@link org.eurasiadiplomacy.portal.web.security.CspNonceForms} and
 *     {@link org.eurasiadiplomacy.portal.web.security.StatelessPublicViews} make PrimeFaces' CSP support fit
 *     plain forms and session-free public pages.</li>
 * <li>{@link org.eurasiadiplomacy.portal.web.security.RefusedRequests}: session ids in the address, Faces
 *     postbacks that are not POSTs, and TRACE are refused with the portal's error pages;
 *     {@link org.eurasiadiplomacy.portal.web.security.LocalOrAdministratorsOnly} keeps Payara's metrics for the
 *     local machine and administrators; {@link org.eurasiadiplomacy.portal.web.security.DirectorySlash} and
 *     {@link org.eurasiadiplomacy.portal.web.security.PublicRedirects} make the redirects the container made,
 *     with the headers and never with the Host header; {@link org.eurasiadiplomacy.portal.web.security.ScriptJson}
 *     is how JSON is written into a page's script.</li>
 * </ul>
 * Decisions, and the test that proves each, are in docs/security.md.
 */
package org.eurasiadiplomacy.portal.web.security;
