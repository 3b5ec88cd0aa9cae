package org.eurasiadiplomacy.portal.web.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * When the integration tests run on PostgreSQL (the postgresql profile), replaces their database with an empty
 * one before any test, and so before Arquillian starts the server that migrates it: each run starts from the
 * article's data alone, as it does on a new H2 file. The database is left after the run for inspection.
 * On H2 it does nothing. Registered in META-INF/services.
 */
public class FreshItDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String url = System.getProperty("portal.it.db.url", "");
        if (url.startsWith("jdbc:postgresql:")) {
            recreate(url, ItDatabase.setting("user"), ItDatabase.setting("password"));
        }
    }

    /** Drops the PostgreSQL database of {@code url} if it exists and creates it empty; {@code user} needs CREATEDB. */
    public static void recreate(String url, String user, String password) {
        int slash = url.lastIndexOf('/');
        String database = url.substring(slash + 1).split("\\?", 2)[0];
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalStateException("The URL " + url + " names the database " + database
                    + "; use a plain lower-case name, which needs no quoting");
        }
        String maintenance = url.substring(0, slash + 1) + "postgres";
        try (Connection admin = DriverManager.getConnection(maintenance, user, password);
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            sql.execute("create database " + database + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + database + " on "
                    + maintenance + " (is PostgreSQL running? scripts/test.sh starts one)", e);
        }
    }
}
