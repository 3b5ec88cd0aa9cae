package org.eurasiadiplomacy.portal.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eurasiadiplomacy.portal.web.navigation.QueryLinks;

/**
 * The reader's language, without a session: an explicit {@code ?lang=} choice wins and is remembered in a
 * cookie; otherwise the cookie; otherwise the browser's Accept-Language; otherwise Traditional Chinese.
 */
@Named
@RequestScoped
public class LanguageSelection {

    static final String COOKIE = "portal-lang";
    static final String PARAMETER = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = choose();
        }
        return locale;
    }

    /** The BCP 47 tag for the html lang attribute: zh-Hant-TW or en. */
    public String getLanguageTag() {
        return SupportedLanguage.of(getLocale()).htmlTag();
    }

    public boolean isChinese() {
        return SupportedLanguage.of(getLocale()) == SupportedLanguage.ZH_TW;
    }

    /** The current page's address in the other language, keeping its query (filters, sort, paging). */
    public String switchLink(String code) {
        return QueryLinks.withParameter(request.getRequestURI(), request.getQueryString(), PARAMETER, code);
    }

    private Locale choose() {
        Optional<SupportedLanguage> asked = SupportedLanguage.fromCode(request.getParameter(PARAMETER));
        asked.ifPresent(this::remember);
        return of(request).locale();
    }

    /**
     * The reader's language as this request states it, by the same rules as a page, without remembering a
     * choice: for a plain servlet such as a table's export, which answers in the language of the page.
     */
    public static SupportedLanguage of(HttpServletRequest request) {
        return SupportedLanguage.fromCode(request.getParameter(PARAMETER))
                .or(() -> rememberedChoice(request))
                .or(() -> browserPreference(request))
                .orElse(SupportedLanguage.ZH_TW);
    }

    /** Without the header the container reports its own default locale, which says nothing about the reader. */
    private static Optional<SupportedLanguage> browserPreference(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null
                ? Optional.empty()
                : SupportedLanguage.fromAcceptLanguage(request.getLocales());
    }

    private static Optional<SupportedLanguage> rememberedChoice(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return SupportedLanguage.fromCode(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private void remember(SupportedLanguage language) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.addResponseCookie(COOKIE, language.code(), Map.of(
                "maxAge", ONE_YEAR,
                "path", "/",
                "httpOnly", Boolean.TRUE,
                "SameSite", "Lax"));
    }
}
