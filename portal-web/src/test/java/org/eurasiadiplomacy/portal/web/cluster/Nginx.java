package org.eurasiadiplomacy.portal.web.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eurasiadiplomacy.portal.web.testing.PortalProcess;

/**
 * nginx (the Debian package) in front of one portal instance, or of two, in a process of this test's own: every
 * request goes to the first while it answers, and to the second once it does not, as a failover pair is set up
 * (the operations guide has the production configuration). It includes the portal's own nginx settings,
 * src/main/nginx/portal-proxy.conf, as production does. Stopped by its process id.
 */
final class Nginx implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The portal's own nginx settings (headers, refused requests), as production includes them. */
    private static final Path PORTAL_PROXY = Path.of("src", "main", "nginx", "portal-proxy.conf");

    static Nginx inFrontOf(int primary, int backup, Path folder) throws IOException, InterruptedException {
        return start("server 127.0.0.1:%d max_fails=1 fail_timeout=60s;\n server 127.0.0.1:%d backup;"
                .formatted(primary, backup), folder);
    }

    /** nginx in front of one instance. */
    static Nginx inFrontOf(int only, Path folder) throws IOException, InterruptedException {
        return start("server 127.0.0.1:%d;".formatted(only), folder);
    }

    private static Nginx start(String upstreamServers, Path folder) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: install the Debian package nginx"
                    + " (scripts/test.sh does)");
        }
        Files.createDirectories(folder.resolve("temp"));
        int port = PortalProcess.freePort();
        Path config = folder.resolve("nginx.conf");
        Files.writeString(config, """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/temp/body;
                    proxy_temp_path %1$s/temp/proxy;
                    fastcgi_temp_path %1$s/temp/fastcgi;
                    uwsgi_temp_path %1$s/temp/uwsgi;
                    scgi_temp_path %1$s/temp/scgi;
                    include %2$s;
                    upstream portal {
                        %3$s
                    }
                    server {
                        listen 127.0.0.1:%4$d;
                        location / {
                            proxy_pass http://portal;
                            # no temporary files: the workers may run as another user than this folder's
                            proxy_max_temp_file_size 0;
                        }
                    }
                }
                """.formatted(folder.toAbsolutePath(), PORTAL_PROXY.toAbsolutePath(), upstreamServers, port));
        Process process = new ProcessBuilder(List.of(BINARY.toString(), "-c", config.toAbsolutePath().toString(),
                "-p", folder.toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("nginx.out").toFile())
                .start();
        Nginx nginx = new Nginx(process, port);
        nginx.awaitPort(folder);
        return nginx;
    }

    URL base() {
        try {
            return new URL("http://localhost:" + port + "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitPort(Path folder) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with " + process.exitValue() + "; see " + folder);
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port + "; see " + folder);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
