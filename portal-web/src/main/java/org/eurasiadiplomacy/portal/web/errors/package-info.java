/**
 * Friendly error pages: web.xml sends 403, 404 and 500 to Faces pages under /error/ on the layout, in the
 * reader's language, with no stack trace and no server name; {@link
 * org.eurasiadiplomacy.portal.web.errors.FriendlyExceptions} redirects expired views to /error/expired.xhtml
 * and turns a service's refusal into a 403. {@link org.eurasiadiplomacy.portal.web.errors.ErrorDispatch} makes
 * sure an error page renders as a fresh page even when the failed request was a form's postback.
 */
package org.eurasiadiplomacy.portal.web.errors;
