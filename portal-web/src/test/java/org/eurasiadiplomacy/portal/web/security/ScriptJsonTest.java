package org.eurasiadiplomacy.portal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** JSON for an inline script: nothing in it can end the script, and the data reads back unchanged. */
class ScriptJsonTest {

    private static final String ATTACK = "</script><meta http-equiv=refresh content=\"0;url=https://evil.example/\">"
            + "<!-- \u2028\u2029 & </SCRIPT >";

    @Test
    void nothingInTheJsonCanEndTheScriptAndTheDataIsUnchanged() {
        String json = Json.createObjectBuilder().add("label", ATTACK).build().toString();

        String safe = ScriptJson.escape(json);

        assertFalse(safe.contains("<"), safe);
        assertFalse(safe.contains(">"), safe);
        assertFalse(safe.contains("&"), safe);
        assertFalse(safe.contains("\u2028") || safe.contains("\u2029"), "no raw line separators");
        try (JsonReader reader = Json.createReader(new StringReader(safe))) {
            JsonObject read = reader.readObject();
            assertEquals(ATTACK, read.getString("label"), "a script reading the JSON sees the same name");
        }
    }
}
