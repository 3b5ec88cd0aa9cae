package org.eurasiadiplomacy.portal.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.eurasiadiplomacy.portal.schema.JdbcUrlDataSource;

/**
 * The database a data test runs on, chosen by the system property {@code portal.test.db}: a fresh H2 file
 * (the default, {@code h2}) or a fresh database on a running PostgreSQL server ({@code postgresql}), reached
 * through {@code portal.test.pg.url} (a URL without a database name, e.g. {@code jdbc:postgresql://127.0.0.1:5432/}),
 * {@code portal.test.pg.user} and {@code portal.test.pg.password} (both "portal" unless set; the role needs
 * CREATEDB); scripts/test.sh sets them.
 *
 * <p>A test names its database by a folder, as for H2: the same folder gives the same database (tests that
 * reopen it rely on that), another folder a new one. PostgreSQL databases made by this JVM are dropped
 * when it exits.
 */
public record TestDatabase(String url, String user, String password) {

    public static final String VENDOR = System.getProperty("portal.test.db", "h2");

    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    /** The database of {@code folder}, created empty on first use. */
    public static TestDatabase in(Path folder) {
        return switch (VENDOR) {
            case "h2" -> new TestDatabase(
                    "jdbc:h2:file:" + folder.resolve("portal").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE",
                    "portal", "portal");
            case "postgresql" -> PostgreSql.databaseFor(folder);
            default -> throw new IllegalStateException(
                    "portal.test.db=" + VENDOR + " is not supported; use h2 or postgresql");
        };
    }

    public DataSource dataSource() {
        JdbcUrlDataSource dataSource = new JdbcUrlDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    public Connection connect() throws SQLException {
        return dataSource().getConnection();
    }

    private static final class PostgreSql {

        private static final String SERVER = required("portal.test.pg.url");
        private static final String USER = System.getProperty("portal.test.pg.user", "portal");
        private static final String PASSWORD = System.getProperty("portal.test.pg.password", "portal");

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(PostgreSql::dropCreated, "drop-test-databases"));
        }

        static TestDatabase databaseFor(Path folder) {
            String name = "portal_test_" + digest(folder.toAbsolutePath().toString());
            try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                 PreparedStatement exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, name);
                try (ResultSet found = exists.executeQuery()) {
                    if (!found.next()) {
                        try (Statement create = admin.createStatement()) {
                            // a name made of hex digits and underscores, so it needs no quoting
                            create.execute("create database " + name + " encoding 'UTF8' template template0");
                        }
                        CREATED.add(name);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create the test database on " + SERVER
                        + " (is PostgreSQL running? scripts/test.sh starts one)", e);
            }
            return new TestDatabase(SERVER + name, USER, PASSWORD);
        }

        private static void dropCreated() {
            try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                 Statement drop = admin.createStatement()) {
                for (String name : CREATED) {
                    drop.execute("drop database if exists " + name + " with (force)");
                }
            } catch (SQLException e) {
                System.err.println("Could not drop the test databases " + CREATED + ": " + e.getMessage());
            }
        }

        private static String required(String property) {
            String value = System.getProperty(property);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("portal.test.db=postgresql needs -D" + property
                        + " (e.g. jdbc:postgresql://127.0.0.1:5432/); scripts/test.sh sets it");
            }
            return value.endsWith("/") ? value : value + "/";
        }

        private static String digest(String text) {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(hash, 0, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
