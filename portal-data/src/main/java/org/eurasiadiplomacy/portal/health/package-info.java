/**
 * Questions the portal's health checks ask of the database. The checks themselves live in the web module,
 * beside the server that reports them.
 */
package org.eurasiadiplomacy.portal.health;
