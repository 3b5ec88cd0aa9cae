package org.eurasiadiplomacy.portal.web.sessions;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Collections;

/**
 * Added to the WAR by {@link SignedInSessionsIT} only: writes every attribute of the caller's session with an
 * {@link ObjectOutputStream}, as a cluster does when the session moves to another instance, and answers one line
 * per attribute: "ok NAME" or "not serializable NAME: the class that is not". 404 without a session.
 */
@WebServlet("/it-probe/session-serialization")
public class SessionSerializationProbe extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter answer = response.getWriter();
        for (String name : Collections.list(session.getAttributeNames())) {
            try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
                out.writeObject(session.getAttribute(name));
                answer.println("ok " + name);
            } catch (IOException | RuntimeException refused) {
                answer.println("not serializable " + name + ": " + refused);
            }
        }
    }
}
