package org.eurasiadiplomacy.portal.diagnostics;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread, so that a test can prove a page takes
 * the same number of statements whatever its page size. Registered in persistence.xml; counting is a
 * thread-local increment, cheap enough to stay on in production, where nobody reads it.
 */
public final class StatementCounter implements StatementInspector {

    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        return sql;
    }

    /** Starts counting from zero on this thread (a request's first step). */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** The statements prepared on this thread since the last {@link #reset()}. */
    public static int count() {
        return COUNT.get()[0];
    }
}
