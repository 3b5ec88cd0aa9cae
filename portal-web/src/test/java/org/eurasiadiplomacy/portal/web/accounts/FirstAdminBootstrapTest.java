package org.eurasiadiplomacy.portal.web.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The one-time password's announcement: on standard output, once, clearly marked. */
class FirstAdminBootstrapTest {

    @Test
    void printsTheOneTimePasswordBetweenUnmissableLines() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        FirstAdminBootstrap.print(new PrintStream(console, true, StandardCharsets.UTF_8), "admin", "Abc23defGhJk45mnPqRs67tu");

        String printed = console.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("ONE-TIME PASSWORD"), printed);
        assertTrue(printed.contains("user name: admin"));
        assertTrue(printed.contains("password:  Abc23defGhJk45mnPqRs67tu"));
        assertEquals(1, printed.split("Abc23defGhJk45mnPqRs67tu", -1).length - 1, "the password appears once");
        assertTrue(printed.startsWith("=".repeat(78)) && printed.strip().endsWith("=".repeat(78)));
        assertTrue(printed.contains("PORTAL_ADMIN_PASSWORD"), "says how to choose it instead");
    }
}
