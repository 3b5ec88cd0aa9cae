package org.eurasiadiplomacy.portal.web.sessions;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Added to the WAR by {@link SignedInSessionsIT} only: the server's log as its own instance writes it, from the
 * moment the WAR is deployed. It keeps every record of the root logger (Payara's, Mojarra's, Weld's and the
 * portal's, messages and stack traces formatted as the console shows them) and everything printed to standard
 * output and error. A POST of text lines answers every kept line that contains one of them.
 */
@WebServlet(urlPatterns = "/it-probe/server-log", loadOnStartup = 1)
public class ServerLogProbe extends HttpServlet {

    /** Logged when the probe starts, so a test can see that the capture works. */
    static final String CANARY = "server log probe listening";
    private static final int KEPT = 50_000;

    private final Deque<String> lines = new ArrayDeque<>();
    private final Handler handler = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            keep(formatter.format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private PrintStream originalOut;
    private PrintStream originalErr;

    @Override
    public void init() {
        handler.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(handler);
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(tee(originalOut));
        System.setErr(tee(originalErr));
        Logger.getLogger(ServerLogProbe.class.getName()).warning(CANARY);
    }

    @Override
    public void destroy() {
        Logger.getLogger("").removeHandler(handler);
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> needles = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines().filter(line -> !line.isBlank()).toList();
        List<String> found = new ArrayList<>();
        synchronized (lines) {
            for (String line : lines) {
                if (needles.stream().anyMatch(line::contains)) {
                    found.add(line.replace('\n', ' '));
                }
            }
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter answer = response.getWriter();
        found.forEach(answer::println);
    }

    private void keep(String line) {
        synchronized (lines) {
            if (lines.size() == KEPT) {
                lines.removeFirst();
            }
            lines.addLast(line);
        }
    }

    /** Prints to {@code original} and keeps each printed line. */
    private PrintStream tee(PrintStream original) {
        return new PrintStream(new OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                original.write(b);
                if (b == '\n') {
                    keep(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        }, true, StandardCharsets.UTF_8);
    }
}
