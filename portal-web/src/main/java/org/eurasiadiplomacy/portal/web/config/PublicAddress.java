package org.eurasiadiplomacy.portal.web.config;

import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the portal's absolute URLs point: the configured public base URL ({@value #PROPERTY}, also the
 * environment variable {@code PORTAL_PUBLIC_BASE_URL}), such as {@code https://portal.example.org}. Never the
 * request's Host header, which the client chooses: a forged Host would otherwise send readers, links and
 * redirects to another site. Without the setting the portal writes relative references, which browsers and API
 * clients resolve against the address they asked.
 */
public final class PublicAddress {

    public static final String PROPERTY = "portal.public.base-url";
    private static final Logger LOG = Logger.getLogger(PublicAddress.class.getName());
    private static volatile Optional<String> base;

    private PublicAddress() {
    }

    /** {@code pathAndQuery} (starting with one "/") under the public base URL, or as it is when none is set. */
    public static String absolute(String pathAndQuery) {
        return base().map(b -> b + pathAndQuery).orElse(pathAndQuery);
    }

    /** The configured base URL without a trailing slash, if a valid one is set. */
    public static Optional<String> base() {
        Optional<String> known = base;
        if (known == null) {
            known = read();
            base = known;
        }
        return known;
    }

    private static Optional<String> read() {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class)
                .map(String::strip).filter(value -> !value.isEmpty());
        if (configured.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> valid = valid(configured.get());
        if (valid.isEmpty()) {
            LOG.warning(PROPERTY + " must be an http(s) URL with a host and nothing after it, such as"
                    + " https://portal.example.org; it is ignored and the portal writes relative URLs");
        }
        return valid;
    }

    /** The base URL without its trailing slash, if {@code configured} is one: scheme, host, optional port. */
    static Optional<String> valid(String configured) {
        String value = configured.strip().replaceAll("/+$", "");
        try {
            URI uri = URI.create(value);
            boolean valid = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty());
            if (valid) {
                return Optional.of(value);
            }
        } catch (IllegalArgumentException invalid) {
            // not a URL at all: refused like any other invalid value
        }
        return Optional.empty();
    }
}
