package org.eurasiadiplomacy.portal.web.diagnostics;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eurasiadiplomacy.portal.diagnostics.StatementCounter;
import org.eurasiadiplomacy.portal.web.caching.BufferedResponse;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * With {@code portal.diagnostics.sql=true} (the tests and benchmarks set it), every response says how many SQL
 * statements it took, in the {@code X-Portal-SQL-Statements} header. Off by default: it holds each response
 * in memory until the count is known.
 */
public class SqlStatementHeader extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String HEADER = "X-Portal-SQL-Statements";
    private boolean enabled;

    @Override
    public void init() {
        enabled = ConfigProvider.getConfig().getOptionalValue("portal.diagnostics.sql", Boolean.class).orElse(false);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        StatementCounter.reset();
        BufferedResponse counted = new BufferedResponse(response);
        chain.doFilter(request, counted);
        response.setHeader(HEADER, Integer.toString(StatementCounter.count()));
        if (counted.body().length > 0) {
            counted.sendBody();
        }
    }
}
