package org.eurasiadiplomacy.portal.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built portal on Payara Micro in a process of its own, started as scripts/run.sh starts it, so a test can
 * kill it with SIGKILL and start it again on the same database (Arquillian only stops servers politely), or
 * start two that form a cluster.
 */
public final class PortalProcess implements AutoCloseable {

    /** Generous: a start takes 20 s on an idle machine, but several minutes while other builds share the cores. */
    private static final Duration STARTUP = Duration.ofSeconds(480);

    private final Process process;
    private final URL base;
    private final Path log;

    private PortalProcess(Process process, URL base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** Starts the portal on {@code dbUrl} and returns once its home page answers (Payara's "ready" is not enough). */
    public static PortalProcess start(String dbUrl, String user, String password, String adminPassword, Path log) {
        return launch(dbUrl, user, password, adminPassword, log, List.of(), List.of("--nocluster"));
    }

    /**
     * As {@link #start(String, String, String, String, Path)}, with MicroProfile Config settings of the server's
     * own, as {@code -D} system properties (such as {@code portal.public.base-url}).
     */
    public static PortalProcess startWith(Map<String, String> settings, String dbUrl, String user, String password,
            String adminPassword, Path log) {
        List<String> properties = settings.entrySet().stream()
                .map(setting -> "-D" + setting.getKey() + "=" + setting.getValue()).toList();
        return launch(dbUrl, user, password, adminPassword, log, properties, List.of("--nocluster"));
    }

    /**
     * Starts a member of the cluster {@code name}: Payara's data grid on loopback, members found over TCP from
     * {@code firstGridPort} on, and every member keeps backups of the others' data (sessions among them) although
     * they share one address (no host-aware partitioning).
     */
    public static PortalProcess startInCluster(String name, int firstGridPort, int gridPort, String dbUrl,
            String user, String password, String adminPassword, Path log) {
        return launch(dbUrl, user, password, adminPassword, log, List.of(), List.of("--clustername", name,
                "--clustermode", "tcpip:127.0.0.1:" + firstGridPort, "--interfaces", "127.0.0.1",
                "--startport", Integer.toString(gridPort), "--nohostaware", "--name", log.getFileName().toString()));
    }

    private static PortalProcess launch(String dbUrl, String user, String password, String adminPassword, Path log,
            List<String> properties, List<String> clusterOptions) {
        try {
            int port = freePort();
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-Dportal.db.url=" + dbUrl, "-Dportal.db.user=" + user, "-Dportal.db.password=" + password,
                    "-Dportal.admin.password=" + adminPassword));
            command.addAll(properties);
            command.addAll(List.of("-jar", required("payara.microJar"), "--deploy", required("portal.war"),
                    "--contextroot", "/", "--port", Integer.toString(port), "--disablephonehome",
                    "--prebootcommandfile", "src/main/payara/pre-boot-commands.asadmin"));
            command.addAll(clusterOptions);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            PortalProcess portal = new PortalProcess(process, new URL("http://localhost:" + port + "/"), log);
            portal.awaitHomePage();
            return portal;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URL base() {
        return base;
    }

    public int port() {
        return base.getPort();
    }

    public Path log() {
        return log;
    }

    /** kill -9: no shutdown hook, no pool close, no database close. Returns the exit status (137). */
    public int killHard() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the portal (pid " + process.pid() + ") outlived SIGKILL");
        }
        return process.exitValue();
    }

    /** Stops the server if it still runs, whatever happened in the test. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private void awaitHomePage() {
        try {
            PortalAnswers.await(base, STARTUP, () -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the portal exited with " + process.exitValue());
                }
            });
        } catch (IllegalStateException notServing) {
            process.destroyForcibly();
            throw new IllegalStateException(notServing.getMessage() + "; see " + log, notServing);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(property + " is not set; run the tests through Maven: mvn verify");
        }
        return value;
    }
}
