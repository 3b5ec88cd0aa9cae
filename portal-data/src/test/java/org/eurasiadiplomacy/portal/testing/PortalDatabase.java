package org.eurasiadiplomacy.portal.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The real persistence unit, outside the container, on a fresh database (an H2 file, or PostgreSQL with
 * {@code -Dportal.test.db=postgresql}: see TestDatabase): the same mapping and the same Flyway migrations as
 * the running portal, with local transactions.
 */
public final class PortalDatabase implements AutoCloseable {

    private final DataSource dataSource;
    private final EntityManagerFactory factory;
    /** Holds the database open between transactions, as the server's pool does (see close()). */
    private final Connection keepOpen;

    private PortalDatabase(DataSource dataSource, EntityManagerFactory factory, Connection keepOpen) {
        this.dataSource = dataSource;
        this.factory = factory;
        this.keepOpen = keepOpen;
    }

    /** The database of {@code folder}, new on first use; Flyway migrates it while the persistence unit starts. */
    public static PortalDatabase createIn(Path folder) {
        DataSource dataSource = TestDatabase.in(folder).dataSource();
        Map<String, Object> outsideTheContainer = new HashMap<>();
        outsideTheContainer.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        outsideTheContainer.put("jakarta.persistence.jtaDataSource", null);
        outsideTheContainer.put("hibernate.connection.datasource", dataSource);
        outsideTheContainer.put("hibernate.transaction.jta.platform",
                "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform");
        try {
            Connection keepOpen = dataSource.getConnection();
            EntityManagerFactory factory = Persistence.createEntityManagerFactory("portal", outsideTheContainer);
            return new PortalDatabase(dataSource, factory, keepOpen);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the test database in " + folder, e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    /** Runs {@code work} in one transaction and returns its result; rolls back if it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Closes the factory, then the last connection, which closes the database file. */
    @Override
    public void close() {
        try {
            factory.close();
        } finally {
            try {
                keepOpen.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
