package news.dateline.cache;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import news.dateline.replica.ReadReplica;
import news.dateline.retry.Backoff;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears every change committed to the change log, by any instance: since migration V13 a trigger on {@code change_log}
 * (not, as before it, on the content tables) sends for each statement that adds rows to the log a PostgreSQL
 * {@code NOTIFY dateline_changes} naming the changed resources by surrogate key ({@code article:<id> tag:<id>}, or
 * {@code *} for more than a hundred rows), delivered at commit; this listener drops from the cache what they may have
 * altered. So a write the log does not record (SQL by hand on the content tables) goes unheard. It holds its own
 * connection, outside the pool, made from the datasource's URL and credentials. While that connection is down the
 * cache is empty and unused, and the connection is checked every {@code dateline.cache.listener-check}: so no
 * instance serves a response another instance's write made stale for longer than that. A lost connection is opened
 * again after the waits of {@link Backoff}. What it hears is also fired as {@link ChangesHeard}, for the other state an
 * instance keeps (the suggestion dictionary), so an instance holds one listening connection, cache on or off.
 */
@ApplicationScoped
class ChangeListener {

    static final String CHANNEL = "dateline_changes";
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration MAX_RETRY = Duration.ofSeconds(30);
    /**
     * The driver's bounds the pool's connections have (application.properties), which this one needs as much: behind
     * a network partition, opening a connection or reading from it would otherwise hang until the TCP timeouts.
     */
    private static final List<String> DRIVER_TIMEOUTS = List.of("connectTimeout", "loginTimeout", "socketTimeout");

    private final ResponseCache cache;
    private final Event<ChangesHeard> heard;
    private final ReadReplica replica;
    private final CacheConfig config;
    /** Where to listen: the service's own PostgreSQL; empty on the embedded dev database. */
    private final Optional<Database> database;
    private volatile boolean running;
    private volatile Connection connection;

    /** The connection settings of the datasource: its URL, and credentials and timeouts as driver properties. */
    record Database(String url, Properties properties) {
    }

    ChangeListener(ResponseCache cache, Event<ChangesHeard> heard, ReadReplica replica, CacheConfig config,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.cache = cache;
        this.heard = heard;
        this.replica = replica;
        this.config = config;
        this.database = url.filter(u -> dbKind.startsWith("postgresql"))
                .map(u -> new Database(u, driverProperties(username, password)));
    }

    private static Properties driverProperties(Optional<String> username, Optional<String> password) {
        Properties properties = new Properties();
        username.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        for (String name : DRIVER_TIMEOUTS) {
            ConfigProvider.getConfig()
                    .getOptionalValue("quarkus.datasource.jdbc.additional-jdbc-properties." + name, String.class)
                    .ifPresent(value -> properties.setProperty(name, value));
        }
        return properties;
    }

    void start(@Observes StartupEvent event) {
        if (database.isEmpty()) {
            cache.listening(true); // the embedded dev database serves this one instance: there is nobody else to hear
            return;
        }
        running = true;
        Thread thread = new Thread(this::listen, "dateline-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Connection open = connection;
        if (open != null) {
            try {
                open.close(); // unblocks the wait for notifications
            } catch (SQLException e) {
                Log.debugf("Change listener connection did not close cleanly: %s", e.getMessage());
            }
        }
    }

    private void listen() {
        int failures = 0; // in a row: a connection that listened starts the count again
        while (running) {
            Database db = database.get();
            try (Connection connection = DriverManager.getConnection(db.url(), db.properties())) {
                this.connection = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                cache.listening(true);
                tell(ChangesHeard.EVERYTHING);
                failures = 0;
                hear(connection);
            } catch (SQLException e) {
                if (running) {
                    Log.warnf("Change listener lost its connection (%s); the response cache is off until it is back",
                            e.getMessage());
                }
            } finally {
                this.connection = null;
                cache.listening(false);
            }
            pause(Backoff.after(++failures, FIRST_RETRY, MAX_RETRY));
        }
    }

    private void hear(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        int checkMillis = (int) config.listenerCheck().toMillis();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(checkMillis);
            if (notifications == null || notifications.length == 0) {
                if (!connection.isValid(Math.max(1, checkMillis / 1000))) {
                    throw new SQLException("the connection stopped answering");
                }
            } else {
                for (PGNotification notification : notifications) {
                    // First: what is read once the cache has dropped it must not come from a replica lacking it.
                    replica.changeHeard();
                    invalidate(notification.getParameter());
                    tell(new ChangesHeard(notification.getParameter()));
                }
            }
        }
    }

    /** An observer's failure is its own: it must not cost the cache its listener. */
    private void tell(ChangesHeard what) {
        try {
            heard.fire(what);
        } catch (RuntimeException e) {
            Log.warnf(e, "An observer of the changes heard failed");
        }
    }

    /** A payload names what changed ("article:<id> tag:<id>"), or is "*" when a change was too large to name. */
    private void invalidate(String payload) {
        if (payload == null || payload.isBlank() || payload.equals("*")) {
            cache.invalidateAll();
        } else {
            cache.invalidate(Set.of(payload.strip().split(" +")));
        }
    }

    private void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
