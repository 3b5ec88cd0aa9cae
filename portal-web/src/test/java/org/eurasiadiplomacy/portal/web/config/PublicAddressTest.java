package org.eurasiadiplomacy.portal.web.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which public base URLs the portal accepts: scheme and host (and port), nothing a link could be bent with. */
class PublicAddressTest {

    @Test
    void aSchemeAndHostAreTakenWithoutTheTrailingSlash() {
        assertEquals(Optional.of("https://portal.example.org"), PublicAddress.valid("https://portal.example.org/"));
        assertEquals(Optional.of("http://localhost:8080"), PublicAddress.valid(" http://localhost:8080 "));
    }

    @Test
    void anythingElseIsRefused() {
        for (String bad : new String[] {"portal.example.org", "javascript:alert(1)", "https://portal.example.org/x",
                "https://portal.example.org?a=b", "https://user@portal.example.org", "ftp://portal.example.org",
                "https://", "not a url"}) {
            assertEquals(Optional.empty(), PublicAddress.valid(bad), bad);
        }
    }
}
