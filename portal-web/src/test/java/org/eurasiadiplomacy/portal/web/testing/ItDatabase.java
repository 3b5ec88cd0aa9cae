package org.eurasiadiplomacy.portal.web.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The deployed portal's own database, opened beside the server (H2's AUTO_SERVER mode, or the PostgreSQL
 * database of the postgresql profile), so a test can arrange data the public pages cannot create, such as a
 * draft, and remove it afterwards. Failsafe sets portal.it.db.url, .user and .password (portal-web/pom.xml).
 */
public final class ItDatabase {

    private ItDatabase() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(setting("url"), setting("user"), setting("password"));
    }

    public static String setting(String name) {
        String value = System.getProperty("portal.it.db." + name);
        if (value == null) {
            throw new IllegalStateException("portal.it.db." + name + " is not set; run the tests through Maven: mvn verify");
        }
        return value;
    }
}
