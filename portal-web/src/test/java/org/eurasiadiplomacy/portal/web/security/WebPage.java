package org.eurasiadiplomacy.portal.web.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One answer of the portal, with what the tests read from it: status, headers, forms, messages. */
public final class WebPage {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern SELECT = Pattern.compile("(<select\\b[^>]*>)(.*?)</select>", Pattern.DOTALL);
    private static final Pattern TEXTAREA = Pattern.compile("(<textarea\\b[^>]*>)(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b([\\w:.-]+)=\"([^\"]*)\"");

    private final HttpResponse<String> response;

    WebPage(HttpResponse<String> response) {
        this.response = response;
    }

    public int status() {
        return response.statusCode();
    }

    public String body() {
        return response.body();
    }

    public Optional<String> header(String name) {
        return response.headers().firstValue(name);
    }

    public List<String> headers(String name) {
        return response.headers().allValues(name);
    }

    /** The path a redirect leads to, or empty when this is not one. */
    public Optional<String> redirectPath() {
        return header("Location").map(location -> location.replaceFirst("^https?://[^/]+", ""));
    }

    public boolean redirectsTo(String pathPrefix) {
        return status() == 302 && redirectPath().map(path -> path.startsWith(pathPrefix)).orElse(false);
    }

    public Optional<String> setCookie(String name) {
        return headers("Set-Cookie").stream().filter(cookie -> cookie.startsWith(name + "=")).findFirst();
    }

    public boolean hasForm(String formId) {
        return body().contains("<form id=\"" + formId + "\"");
    }

    public String formAction(String formId) {
        return attributes(tag(form(formId), "<form\\b[^>]*>")).get("action").replace("&amp;", "&");
    }

    /** The form's hidden inputs by name (view state, PrimeFaces' nonce, the form's own marker). */
    public Map<String, String> hiddenFields(String formId) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form(formId));
        while (input.find()) {
            Map<String, String> attributes = attributes(input.group());
            if ("hidden".equals(attributes.get("type")) && attributes.containsKey("name")) {
                fields.put(attributes.get("name"), unescape(attributes.getOrDefault("value", "")));
            }
        }
        return fields;
    }

    /**
     * What a browser would send for the form as it stands: hidden and text inputs with their values, ticked
     * checkboxes and radio buttons, each select's chosen options, textareas; no buttons.
     */
    public Map<String, String> filledFields(String formId) {
        String form = form(formId);
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            Map<String, String> attributes = attributes(input.group());
            String type = attributes.getOrDefault("type", "text");
            boolean sent = switch (type) {
                case "submit", "button", "reset", "image", "file" -> false;
                case "checkbox", "radio" -> input.group().contains("checked");
                default -> true;
            };
            if (sent && attributes.containsKey("name")) {
                fields.put(attributes.get("name"), unescape(attributes.getOrDefault("value",
                        type.equals("checkbox") ? "on" : "")));
            }
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            // the chosen option, or the first, as a browser sends it
            Matcher chosen = Pattern.compile("<option\\b[^>]*\\bselected[^>]*>").matcher(select.group(2));
            if (!chosen.find()) {
                chosen = Pattern.compile("<option\\b[^>]*>").matcher(select.group(2));
            }
            if (chosen.find(0)) {
                fields.put(attributes(select.group(1)).get("name"), unescape(attributes(chosen.group()).get("value")));
            }
        }
        Matcher textarea = TEXTAREA.matcher(form);
        while (textarea.find()) {
            fields.put(attributes(textarea.group(1)).get("name"), unescape(textarea.group(2)));
        }
        return fields;
    }

    /** The text of the element with this id (tags removed), if the page has it. */
    public Optional<String> textOf(String id) {
        Matcher element = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>",
                Pattern.DOTALL).matcher(body());
        return element.find() ? Optional.of(unescape(element.group(2).replaceAll("<[^>]+>", "")).strip())
                : Optional.empty();
    }

    /** The Faces messages on the page, in order. */
    public List<String> messages() {
        Matcher item = Pattern.compile("<li class=\"messages__\\w+\">(.*?)</li>", Pattern.DOTALL).matcher(body());
        List<String> messages = new ArrayList<>();
        while (item.find()) {
            messages.add(unescape(item.group(1)).strip());
        }
        return messages;
    }

    /** The page's h1, to tell which page this is. */
    public String heading() {
        Matcher h1 = Pattern.compile("<h1>(.*?)</h1>", Pattern.DOTALL).matcher(body());
        return h1.find() ? unescape(h1.group(1).replaceAll("<[^>]+>", "")).strip() : "";
    }

    private String form(String formId) {
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\".*?</form>", Pattern.DOTALL)
                .matcher(body());
        if (!form.find()) {
            throw new AssertionError("no form " + formId + " on the page (status " + status() + ")");
        }
        return form.group();
    }

    private static String tag(String html, String regex) {
        Matcher tag = Pattern.compile(regex).matcher(html);
        if (!tag.find()) {
            throw new AssertionError("no " + regex);
        }
        return tag.group();
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2));
        }
        return attributes;
    }

    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    @Override
    public String toString() {
        return status() + " " + response.uri() + redirectPath().map(path -> " -> " + path).orElse("");
    }
}
