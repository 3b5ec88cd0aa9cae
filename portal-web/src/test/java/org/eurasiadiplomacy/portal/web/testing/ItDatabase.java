package org.eurasiadiplomacy.portal.web.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The deployed portal's own H2 file, opened beside the server (H2's AUTO_SERVER mode), so a test can
 * arrange data the public pages cannot create, such as a draft, and remove it afterwards.
 */
public final class ItDatabase {

    private ItDatabase() {
    }

    public static Connection connect() throws SQLException {
        String folder = System.getProperty("portal.it.dataDir");
        if (folder == null) {
            throw new IllegalStateException("portal.it.dataDir is not set; run the tests through Maven: mvn verify");
        }
        return DriverManager.getConnection("jdbc:h2:file:" + folder + "/portal;AUTO_SERVER=TRUE", "portal", "portal");
    }
}
