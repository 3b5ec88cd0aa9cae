package org.eurasiadiplomacy.portal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver follows the URL; a URL of another database is refused with a message that says what is supported. */
class JdbcUrlDataSourceTest {

    @TempDir
    Path folder;

    @Test
    void anH2UrlOpensH2WithTheGivenUser() throws SQLException {
        JdbcUrlDataSource dataSource = new JdbcUrlDataSource();
        dataSource.setLoginTimeout(5);
        dataSource.setURL("jdbc:h2:file:" + folder.resolve("portal").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
        dataSource.setUser("portal");
        dataSource.setPassword("portal");
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("H2", connection.getMetaData().getDatabaseProductName());
            assertEquals("PORTAL", connection.getMetaData().getUserName());
        }
        assertEquals(5, dataSource.getLoginTimeout(), "kept although set before the URL");
        assertTrue(dataSource.isWrapperFor(org.h2.jdbcx.JdbcDataSource.class));
    }

    @Test
    void aPostgreSqlUrlGoesToThePostgreSqlDriver() {
        JdbcUrlDataSource dataSource = new JdbcUrlDataSource();
        // port 1 on loopback: nothing listens, so the PostgreSQL driver itself reports that it cannot connect
        dataSource.setUrl("jdbc:postgresql://127.0.0.1:1/portal?connectTimeout=2");
        dataSource.setUser("portal");
        dataSource.setPassword("portal");
        SQLException refused = assertThrows(SQLException.class, dataSource::getConnection);
        assertEquals("08001", refused.getSQLState(), refused.getMessage());
    }

    @Test
    void anotherDatabaseIsRefusedWithTheSupportedOnes() {
        JdbcUrlDataSource dataSource = new JdbcUrlDataSource();
        dataSource.setUrl("jdbc:mysql://localhost/portal");
        SQLException refused = assertThrows(SQLException.class, dataSource::getConnection);
        assertEquals("Unsupported database URL jdbc:mysql://localhost/portal: the portal runs on H2 (jdbc:h2:)"
                + " or PostgreSQL (jdbc:postgresql:)", refused.getMessage());
    }
}
