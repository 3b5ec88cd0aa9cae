package org.eurasiadiplomacy.portal.web.security;

/**
 * JSON made safe to write inside a page's inline {@code <script>}: the one way the portal writes JSON into a
 * page (PrimeFaces copies a chart's configuration into a script as it is). Inside a script the HTML parser
 * ends the element at the first {@code </script}, and {@code <!--} changes how it looks for that end, whatever
 * JavaScript would make of the text; U+2028 and U+2029 end a line in older JavaScript. So {@code <}, {@code >},
 * {@code &}, U+2028 and U+2029 become JSON's {@code \\uXXXX} escapes. In valid JSON these characters can stand
 * only inside strings, where the escape means the same character, so the data the script reads is unchanged.
 */
public final class ScriptJson {

    private ScriptJson() {
    }

    public static String escape(String json) {
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
