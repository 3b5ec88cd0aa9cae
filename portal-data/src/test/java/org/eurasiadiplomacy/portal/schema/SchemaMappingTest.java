package org.eurasiadiplomacy.portal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.eurasiadiplomacy.portal.country.Country;
import org.eurasiadiplomacy.portal.testing.PortalDatabase;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMappingTest {

    @TempDir
    Path folder;

    @Test
    void flywayCreatesTheSchemaThatHibernateValidates() {
        // hbm2ddl=validate: the factory would not start if a mapped column were missing or mistyped
        try (PortalDatabase db = PortalDatabase.createIn(folder)) {
            long countries = db.inTransaction(em ->
                    em.createQuery("select count(c) from Country c", Long.class).getSingleResult());
            assertTrue(countries > 0, "the article's countries are loaded by the migrations");
        }
    }

    @Test
    void aSecondStartAppliesNothingAndDuplicatesNothing() {
        long before;
        try (PortalDatabase db = PortalDatabase.createIn(folder)) {
            before = db.inTransaction(em ->
                    em.createQuery("select count(r) from Record r", Long.class).getSingleResult());
        }
        try (PortalDatabase db = PortalDatabase.createIn(folder)) {
            MigrateResult again = FlywayMigrator.migrate(db.dataSource());
            assertEquals(0, again.migrationsExecuted);
            long after = db.inTransaction(em ->
                    em.createQuery("select count(r) from Record r", Long.class).getSingleResult());
            assertEquals(before, after);
            Country japan = db.inTransaction(em -> em.createQuery(
                    "select c from Country c where c.code = 'JPN'", Country.class).getSingleResult());
            assertEquals("日本", japan.getName().getZh());
        }
    }
}
