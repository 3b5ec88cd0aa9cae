package org.eurasiadiplomacy.portal.web.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A folder of the WAR asked without its trailing slash ({@code /staff}) is redirected to the folder
 * ({@code /staff/}) by the portal rather than by the container. The container's own redirect is sent before any
 * filter, so it had none of the security headers, Payara's X-Frame-Options instead of the portal's, and an
 * absolute Location built from the Host header. Each folder gets an exact servlet mapping here, found in the
 * WAR at start-up, so the filters run and the redirect is relative (or under the public base URL).
 */
@WebListener
public class DirectorySlash extends HttpServlet implements ServletContextListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        List<String> folders = new ArrayList<>();
        collect(context, "/", folders);
        if (!folders.isEmpty()) {
            context.addServlet("Folder without slash", DirectorySlash.class)
                    .addMapping(folders.toArray(String[]::new));
        }
    }

    /** Every folder under {@code path} as "/a/b" (no trailing slash), WEB-INF and META-INF excepted. */
    private static void collect(ServletContext context, String path, List<String> folders) {
        Set<String> children = context.getResourcePaths(path);
        if (children == null) {
            return;
        }
        for (String child : children) {
            if (child.endsWith("/") && !child.equals("/WEB-INF/") && !child.equals("/META-INF/")) {
                folders.add(child.substring(0, child.length() - 1));
                collect(context, child, folders);
            }
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", PublicRedirects.location(request.getRequestURI() + "/"
                + (query == null ? "" : "?" + query)));
    }
}
