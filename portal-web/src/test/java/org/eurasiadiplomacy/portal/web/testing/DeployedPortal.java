package org.eurasiadiplomacy.portal.web.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every test against the deployed portal shares: the WAR the build made, deployed by Arquillian on a
 * Payara Micro of its own for each test class, and the address it answers at. The tests talk to it from the
 * outside, as readers and browsers do (testable = false).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedPortal {

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive portal() {
        return PortalWar.built();
    }
}
