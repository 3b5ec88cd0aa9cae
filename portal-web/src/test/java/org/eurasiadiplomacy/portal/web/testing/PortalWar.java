package org.eurasiadiplomacy.portal.web.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, deployed as it is: the tests exercise exactly what ships. */
public final class PortalWar {

    private PortalWar() {
    }

    public static WebArchive built() {
        String path = System.getProperty("portal.war");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("The built WAR is missing (portal.war=" + path
                    + "); run the tests through Maven: mvn verify");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path));
    }
}
