package org.eurasiadiplomacy.portal.web.testing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;

/**
 * Waits until the portal serves its home page. Payara Micro's "ready" (and the deployment summary Arquillian
 * reads) is not proof that the application answers (STACK.md trap 9): a listener restarted after boot refused
 * connections for a moment after it (docs/operations.md). No test may start before the home page answers 200.
 */
public final class PortalAnswers {

    private PortalAnswers() {
    }

    /** What to check while waiting, e.g. that the server process is still alive; throws to give up early. */
    @FunctionalInterface
    public interface StillStarting {
        void check();
    }

    /** Returns once {@code base} answers 200; throws after {@code limit} with the last reason it did not. */
    public static void await(URL base, Duration limit, StillStarting stillStarting) {
        long deadline = System.nanoTime() + limit.toNanos();
        String lastAnswer = "no answer";
        while (System.nanoTime() < deadline) {
            stillStarting.check();
            try {
                HttpURLConnection home = (HttpURLConnection) base.openConnection();
                home.setConnectTimeout(1000);
                home.setReadTimeout(10_000);
                int status = home.getResponseCode();
                home.disconnect();
                if (status == 200) {
                    return;
                }
                lastAnswer = "status " + status;
            } catch (IOException notYet) {
                lastAnswer = notYet.toString();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the portal at " + base + " did not serve its home page within " + limit
                + " (" + lastAnswer + ")");
    }
}
