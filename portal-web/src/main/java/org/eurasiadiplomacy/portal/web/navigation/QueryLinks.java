package org.eurasiadiplomacy.portal.web.navigation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * "This page, with one parameter changed" links that keep every other query parameter, so switching the
 * language or the chart type never loses a reader's filters, sorting or page.
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
        return path + "?" + String.join("&", kept);
    }
}
