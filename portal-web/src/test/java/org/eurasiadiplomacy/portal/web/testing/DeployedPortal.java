package org.eurasiadiplomacy.portal.web.testing;

import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every test against the deployed portal shares: the WAR the build made, deployed by Arquillian on a
 * Payara Micro of its own for each test class, and the address it answers at. The tests talk to it from the
 * outside, as readers and browsers do (testable = false). Before the first test of a class, the home page
 * must answer: Payara's "ready" is not enough (PortalAnswers).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedPortal {

    @ArquillianResource
    protected URL base;

    /** The test class whose server has served its home page; each class gets a server of its own. */
    private static Class<?> answered;

    @Deployment(testable = false)
    public static WebArchive portal() {
        return PortalWar.built();
    }

    /** Runs before every subclass's own set-up (JUnit runs a superclass's @BeforeEach first). */
    @BeforeEach
    void portalServes() {
        if (answered != getClass()) {
            PortalAnswers.await(base, Duration.ofSeconds(120), () -> { });
            forgetFailedSignIns();
            answered = getClass();
        }
    }

    /**
     * The sign-in throttle counts failures in the database, which every test class of a run shares (and so do the
     * instances of a cluster, which is the point): each class starts with none counted, so that one class's wrong
     * passwords never pause the sign-ins of a class after it.
     */
    private static void forgetFailedSignIns() {
        try (Connection db = ItDatabase.connect(); Statement sql = db.createStatement()) {
            sql.executeUpdate("delete from login_throttle");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clear the sign-in throttle of the test database", e);
        }
    }
}
