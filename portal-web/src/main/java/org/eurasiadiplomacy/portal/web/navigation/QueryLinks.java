package org.eurasiadiplomacy.portal.web.navigation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * "This page, with one parameter changed" links that keep every other query parameter, so switching the
 * language or the chart type never loses a reader's filters, sorting or page. The path is normalised, so the link
 * stays on this site whatever the address looked like.
 */
public final class QueryLinks {

    private QueryLinks() {
    }

    public static String withParameter(String path, String query, String name, String value) {
        List<String> kept = new ArrayList<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith(name + "=") && !pair.equals(name)) {
                    kept.add(pair);
                }
            }
        }
        kept.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        return normalised(path) + "?" + String.join("&", kept);
    }

    /**
     * The request's path as a link on this site: runs of slashes (and backslashes, which browsers read as
     * slashes) become one slash. Repeated as it came, {@code //evil.example/x} is a link to another site.
     */
    static String normalised(String path) {
        String single = path == null ? "" : path.replaceAll("[/\\\\]+", "/");
        return single.startsWith("/") ? single : "/" + single;
    }
}
