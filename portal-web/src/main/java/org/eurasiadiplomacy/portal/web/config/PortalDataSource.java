package org.eurasiadiplomacy.portal.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one data source, named in persistence.xml. Its URL and credentials come from MicroProfile
 * Config, so the same WAR runs on the H2 file of the Run script or on PostgreSQL in production.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/portal",
        className = "org.h2.jdbcx.JdbcDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
@ApplicationScoped
public class PortalDataSource {
}
