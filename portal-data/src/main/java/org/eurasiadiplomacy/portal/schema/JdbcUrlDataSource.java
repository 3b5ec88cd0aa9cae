package org.eurasiadiplomacy.portal.schema;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A data source whose driver follows its JDBC URL: H2 for {@code jdbc:h2:}, PostgreSQL for
 * {@code jdbc:postgresql:}. The server's pool creates it from {@code @DataSourceDefinition}, so one setting
 * ({@code PORTAL_DB_URL}) chooses the database, with no class name to keep in step with it.
 *
 * <p>It has no {@code serverName}/{@code portNumber} properties on purpose: Payara fills those from the
 * annotation's defaults ("localhost"), and on {@code PGSimpleDataSource} they may overwrite the host and port
 * of the URL, depending on the order the properties are set in. Here the URL is the only address.
 */
public class JdbcUrlDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private int loginTimeout;
    private PrintWriter logWriter;
    private DataSource target;

    public String getUrl() {
        return url;
    }

    public synchronized void setUrl(String url) {
        this.url = url;
        this.target = null;
    }

    /** The same property in the spelling of H2 and PostgreSQL, which some pools use. */
    public void setURL(String url) {
        setUrl(url);
    }

    public String getUser() {
        return user;
    }

    public synchronized void setUser(String user) {
        this.user = user;
        this.target = null;
    }

    public synchronized void setPassword(String password) {
        this.password = password;
        this.target = null;
    }

    /** The vendor's own data source for the URL, configured once and reused for every connection. */
    private synchronized DataSource target() throws SQLException {
        if (target == null) {
            DataSource configured = forUrl(url, user, password);
            configured.setLoginTimeout(loginTimeout);
            configured.setLogWriter(logWriter);
            target = configured;
        }
        return target;
    }

    private static DataSource forUrl(String url, String user, String password) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL is set (portal.db.url or PORTAL_DB_URL)");
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgresql = new PGSimpleDataSource();
            postgresql.setURL(url);
            if (user != null) {
                postgresql.setUser(user);
            }
            if (password != null) {
                postgresql.setPassword(password);
            }
            return postgresql;
        }
        throw new SQLException("Unsupported database URL " + url.split(";", 2)[0]
                + ": the portal runs on H2 (jdbc:h2:) or PostgreSQL (jdbc:postgresql:)");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection(username, password);
    }

    // The pool may set these before the URL; they are kept and applied when the vendor's data source is made.

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public synchronized void setLogWriter(PrintWriter out) throws SQLException {
        logWriter = out;
        if (target != null) {
            target.setLogWriter(out);
        }
    }

    @Override
    public synchronized void setLoginTimeout(int seconds) throws SQLException {
        loginTimeout = seconds;
        if (target != null) {
            target.setLoginTimeout(seconds);
        }
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger(JdbcUrlDataSource.class.getPackageName());
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }
}
