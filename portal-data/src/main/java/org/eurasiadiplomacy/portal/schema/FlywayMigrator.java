package org.eurasiadiplomacy.portal.schema;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Runs the Flyway migrations while Hibernate builds the persistence unit, before it validates the schema.
 * A {@code @Startup} bean would be too late: Payara creates the EntityManagerFactory during deployment,
 * and validation would fail on a fresh database. Registered in META-INF/services.
 */
public class FlywayMigrator implements Integrator {

    public static final String LOCATION = "classpath:db/migration";

    private static final Logger LOG = Logger.getLogger(FlywayMigrator.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        ConnectionProvider connections = sessionFactory.getServiceRegistry().requireService(ConnectionProvider.class);
        migrate(connections.unwrap(DataSource.class));
    }

    /** Brings the database to the newest schema and data version; does nothing when it is there already. */
    public static MigrateResult migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(FlywayMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .load()
                .migrate();
        LOG.info(() -> result.migrationsExecuted == 0
                ? "Database schema is up to date; no migration to apply"
                : "Database schema migrated to version " + result.targetSchemaVersion
                        + " (" + result.migrationsExecuted + " migrations applied now)");
        return result;
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }
}
