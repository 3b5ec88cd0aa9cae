package org.eurasiadiplomacy.portal.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one data source, named in persistence.xml. Its URL and credentials come from MicroProfile
 * Config, so the same WAR runs on the H2 file of the Run script or on PostgreSQL in production; the driver
 * follows the URL (JdbcUrlDataSource), so PORTAL_DB_URL alone chooses the database. While the database cannot be
 * reached, pages answer 503 (errors.FriendlyExceptions, api.ApiErrors); the pool's validation below makes the
 * first request after its return succeed.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/portal",
        className = "org.eurasiadiplomacy.portal.schema.JdbcUrlDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                // a pooled connection is checked (Connection.isValid) before it is handed out, and when one is
                // found dead (the database restarted) all are dropped: the portal recovers by itself
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"})
@ApplicationScoped
public class PortalDataSource {
}
