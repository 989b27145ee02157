package news.dateline.suggest;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import news.dateline.catalogue.ResourceKind;
import news.dateline.retry.Backoff;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the tags and people that any instance changes, as the response cache's {@code cache/ChangeListener} does: the
 * change log's statement trigger (migration V13) sends {@code NOTIFY dateline_changes} at each commit, naming the
 * changed resources by surrogate key ({@code tag:<id> person:<id> article:<id>}, or {@code *} past a hundred rows).
 * A payload that names a tag or a person, or {@code *}, rebuilds the dictionary. So every instance follows the change
 * log, whoever wrote it. A connection that was lost is opened again after the waits of {@link Backoff}; each time
 * one starts listening the dictionary is rebuilt, since what changed before went unheard.
 */
@Singleton
class DictionaryListener {

    /** The channel of migration V13's trigger. */
    static final String CHANNEL = "dateline_changes";
    private static final Duration CHECK = Duration.ofSeconds(5);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration MAX_RETRY = Duration.ofSeconds(30);
    private static final List<String> DRIVER_TIMEOUTS = List.of("connectTimeout", "loginTimeout", "socketTimeout");

    private final Dictionaries dictionaries;
    /** The service's own PostgreSQL; empty on the embedded dev database, where the committed {@code Change} suffices. */
    private final Optional<String> url;
    private final Properties properties = new Properties();
    private volatile boolean running;
    private volatile Connection connection;

    DictionaryListener(Dictionaries dictionaries,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.dictionaries = dictionaries;
        this.url = url.filter(u -> dbKind.startsWith("postgresql"));
        username.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        for (String name : DRIVER_TIMEOUTS) {
            ConfigProvider.getConfig()
                    .getOptionalValue("quarkus.datasource.jdbc.additional-jdbc-properties." + name, String.class)
                    .ifPresent(value -> properties.setProperty(name, value));
        }
    }

    void start(@Observes StartupEvent event) {
        if (url.isEmpty()) {
            return;
        }
        running = true;
        Thread thread = new Thread(this::listen, "dateline-suggestion-listener");
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
                Log.debugf("Suggestion listener connection did not close cleanly: %s", e.getMessage());
            }
        }
    }

    private void listen() {
        int failures = 0;
        while (running) {
            try (Connection listening = DriverManager.getConnection(url.get(), properties)) {
                this.connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                // What changed before this connection listened (since the build at start, or while it was lost)
                // went unheard.
                dictionaries.rebuild();
                failures = 0;
                hear(listening);
            } catch (SQLException e) {
                if (running) {
                    Log.warnf("Suggestion listener lost its connection (%s); the dictionary may be stale until it"
                            + " is back", e.getMessage());
                }
            } finally {
                this.connection = null;
            }
            failures++;
            try {
                Thread.sleep(Backoff.after(failures, FIRST_RETRY, MAX_RETRY).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void hear(Connection listening) throws SQLException {
        PGConnection postgres = listening.unwrap(PGConnection.class);
        int checkMillis = (int) CHECK.toMillis();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(checkMillis);
            if (notifications == null || notifications.length == 0) {
                if (!listening.isValid(Math.max(1, checkMillis / 1000))) {
                    throw new SQLException("the connection stopped answering");
                }
            } else {
                for (PGNotification notification : notifications) {
                    if (namesTagsOrPeople(notification.getParameter())) {
                        dictionaries.rebuild();
                    }
                }
            }
        }
    }

    /** Whether a payload ("article:<id> tag:<id>", or "*") may have changed a tag or a person. */
    static boolean namesTagsOrPeople(String payload) {
        if (payload == null || payload.isBlank() || payload.strip().equals("*")) {
            return true;
        }
        for (String key : payload.strip().split(" +")) {
            if (key.startsWith(ResourceKind.TAG.wire() + ":") || key.startsWith(ResourceKind.PERSON.wire() + ":")) {
                return true;
            }
        }
        return false;
    }
}
