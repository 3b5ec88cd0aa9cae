package org.eurasiadiplomacy.portal.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aConnectionFailureDeepInTheCausesIsAnOutage() {
        assertTrue(DatabaseOutage.explains(new PersistenceException("query failed",
                new SQLException("Connection refused", "08001", new ConnectException("refused")))));
        assertTrue(DatabaseOutage.explains(new RuntimeException(new SQLTransientConnectionException("gone"))));
        assertTrue(DatabaseOutage.explains(new IllegalStateException(new ConnectException("refused"))));
    }

    @Test
    void aFaultOfThePortalsOwnIsNot() {
        assertFalse(DatabaseOutage.explains(new PersistenceException("bad query",
                new SQLException("syntax error", "42601"))));
        assertFalse(DatabaseOutage.explains(new NullPointerException()));
        assertFalse(DatabaseOutage.explains(new SQLException("no state")));
    }
}
