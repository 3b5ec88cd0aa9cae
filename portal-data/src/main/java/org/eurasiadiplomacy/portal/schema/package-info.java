/**
 * The database schema belongs to Flyway: versioned SQL under {@code db/migration}, portable between H2 and
 * PostgreSQL, applied while the persistence unit starts. Hibernate only validates ({@code hbm2ddl=validate}).
 * The article's data is loaded by the same migrations, so a fresh database gets it exactly once.
 */
package org.eurasiadiplomacy.portal.schema;
