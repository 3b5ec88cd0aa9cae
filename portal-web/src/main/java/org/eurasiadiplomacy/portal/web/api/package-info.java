/**
 * The public, read-only data API under {@code /api/v1}, versioned in its path.
 *
 * <p>Decisions:
 * <ul>
 * <li>Resources are thin: they check parameters, ask {@code Catalog} (portal-data) and write JSON (JSON-P, no
 * Jackson: it breaks Hibernate's boot in the WAR) or CSV. What is listed, filtered and sorted is the listings'.</li>
 * <li>Two generic endpoints, {@code /{collection}} and {@code /{collection}/{id}}, serve every listing of
 * {@link org.eurasiadiplomacy.portal.web.api.ApiCollections}; OpenAPI documents each collection's schema.</li>
 * <li>Bodies are built in full before they are sent, so the ETag is the SHA-256 of the exact bytes: it changes
 * exactly when what a reader sees changes. Errors are RFC 9457 problem details and are never cached.</li>
 * <li>Request-scoped and stateless: the API never creates an HTTP session.</li>
 * </ul>
 */
package org.eurasiadiplomacy.portal.web.api;
