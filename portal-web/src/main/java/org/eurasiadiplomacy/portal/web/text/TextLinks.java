package org.eurasiadiplomacy.portal.web.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printed text cut into plain runs and web addresses, so that a page links the addresses of a footnote as
 * printed while every character is still escaped by Faces (no raw HTML is written). Only http and https
 * addresses become links; the punctuation that closes a sentence or a citation is not part of an address.
 */
@Named
@ApplicationScoped
public class TextLinks {

    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"“”‘’「」（）《》〈〉，、；。]+",
            Pattern.CASE_INSENSITIVE);
    /** Closing punctuation that ends a sentence or a citation rather than an address: "…/index.html)." */
    private static final String TRAILING = ".,;:!?)]}'";

    /** A run of a printed text: plain when {@code href} is null, else a link whose text is the address as printed. */
    public record Run(String text, String href) {
        public boolean isLink() {
            return href != null;
        }
    }

    public List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return runs;
        }
        Matcher address = ADDRESS.matcher(text);
        int plainFrom = 0;
        while (address.find()) {
            String found = trimmed(address.group());
            int end = address.start() + found.length();
            if (!isWebAddress(found)) {
                continue;
            }
            if (address.start() > plainFrom) {
                runs.add(new Run(text.substring(plainFrom, address.start()), null));
            }
            runs.add(new Run(found, found));
            plainFrom = end;
        }
        if (plainFrom < text.length()) {
            runs.add(new Run(text.substring(plainFrom), null));
        }
        return runs;
    }

    private static String trimmed(String address) {
        int end = address.length();
        while (end > 0 && TRAILING.indexOf(address.charAt(end - 1)) >= 0) {
            end--;
        }
        return address.substring(0, end);
    }

    private static boolean isWebAddress(String candidate) {
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme();
            return uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }
}
