package org.eurasiadiplomacy.portal.web.i18n;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds "this page, in that language" links that keep every other query parameter. */
final class LanguageLinks {

    private LanguageLinks() {
    }

    static String withLanguage(String path, String query, String code) {
        List<String> kept = new ArrayList<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith(LanguageSelection.PARAMETER + "=")
                        && !pair.equals(LanguageSelection.PARAMETER)) {
                    kept.add(pair);
                }
            }
        }
        kept.add(LanguageSelection.PARAMETER + "=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
        return path + "?" + String.join("&", kept);
    }
}
