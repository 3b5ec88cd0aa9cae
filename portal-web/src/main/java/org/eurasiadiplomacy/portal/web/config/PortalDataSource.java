package org.eurasiadiplomacy.portal.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one data source, named in persistence.xml. Its URL and credentials come from MicroProfile
 * Config, so the same WAR runs on the H2 file of the Run script or on PostgreSQL in production; the driver
 * follows the URL (JdbcUrlDataSource), so PORTAL_DB_URL alone chooses the database.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/portal",
        className = "org.eurasiadiplomacy.portal.schema.JdbcUrlDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
@ApplicationScoped
public class PortalDataSource {
}
