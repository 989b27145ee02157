package news.dateline.replica;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import news.dateline.catalogue.Change;
import news.dateline.changelog.ChangeLogReader;

/**
 * The read replica and what is known of it: whether it answers, how far it lags, and whether it has applied every
 * change this instance has heard of. Checked every {@code dateline.read-replica.check-every} on a thread of its own,
 * from the change log: its numbers follow commit order (V12), so the replica has everything up to its own end, and
 * the lag is the age of the first change after that end on the primary (none: no lag). Exported as
 * {@code dateline_replica_lag_seconds} and {@code dateline_replica_serving}.
 */
@ApplicationScoped
public class ReadReplica {

    /** The least time between two checks asked for by changes or purges. */
    private static final Duration MIN_SPACING = Duration.ofMillis(10);
    private static final String FIRST_AFTER = "select changed_at from change_log where seq > ? order by seq limit 1";

    private final AgroalDataSource primary;
    private final Optional<AgroalDataSource> replica;
    private final ReadReplicaConfig config;
    private final ScheduledThreadPoolExecutor monitor;
    /** Changes heard of (committed here, or notified): each one waits until a check finds the replica has it. */
    private final AtomicLong changesHeard = new AtomicLong();
    private final AtomicBoolean checkQueued = new AtomicBoolean();
    private volatile long lastCheckNanos = System.nanoTime() - MIN_SPACING.toNanos();
    /** The count of changes heard when the last check began that found the replica complete. */
    private volatile long completeAsOf = -1;
    private volatile boolean up;
    private volatile long applied;
    private volatile double lagSeconds = Double.NaN;

    ReadReplica(AgroalDataSource primary, @DataSource("replica") Instance<AgroalDataSource> replica,
            ReadReplicaConfig config, MeterRegistry metrics) {
        this.primary = primary;
        this.config = config;
        this.replica = this.config.url().filter(url -> !url.isBlank()).map(url -> replica.get());
        this.monitor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "dateline-replica-monitor");
            thread.setDaemon(true);
            return thread;
        });
        if (this.replica.isPresent()) {
            Gauge.builder("dateline.replica.lag", this, r -> r.lagSeconds).baseUnit("seconds")
                    .description("How far the read replica is behind the primary; NaN while it does not answer")
                    .register(metrics);
            Gauge.builder("dateline.replica.serving", this, r -> r.serves() ? 1 : 0)
                    .description("1 while public reads go to the read replica, 0 while they go to the primary")
                    .register(metrics);
        }
    }

    void start(@Observes StartupEvent event) {
        if (replica.isPresent()) {
            long every = config.checkEvery().toMillis();
            monitor.scheduleWithFixedDelay(this::check, 0, every, TimeUnit.MILLISECONDS);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        monitor.shutdownNow();
    }

    /** Whether a replica is configured at all: without one, no request need ask where it reads. */
    boolean configured() {
        return replica.isPresent();
    }

    /** Whether public reads may go to the replica now: it answers, lags little, and has every change heard of. */
    public boolean serves() {
        return keepsUp() && completeAsOf >= changesHeard.get();
    }

    /** Whether the replica answers and lags no more than the bound (a lag that is not known, NaN, is too much). */
    private boolean keepsUp() {
        return replica.isPresent() && up && lagSeconds <= config.maxLag().toNanos() / 1e9;
    }

    /**
     * Up to where the change log may be purged at a caching tier: a tier refetches from an instance that may read
     * from the replica, so a change is purged once the replica has it, unless reads do not go there at all.
     */
    public long readableUpTo(long seq) {
        if (!keepsUp() || applied >= seq) {
            return seq;
        }
        checkSoon(); // the purge waits for this: streaming replication takes milliseconds, not a check period
        return applied;
    }

    /**
     * A change was committed or notified: until a check finds the replica has it, reads go to the primary. Called
     * before the response cache drops what the change made stale, so that nothing read afterwards is older.
     */
    public void changeHeard() {
        changesHeard.incrementAndGet();
        if (replica.isPresent()) {
            checkSoon(); // a standby applies a change in milliseconds: find out then, not at the next period
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change change) {
        changeHeard();
    }

    /** A connection to the replica; if it cannot give one, the replica counts as down and the primary answers. */
    Connection connection() throws SQLException {
        if (replica.isEmpty()) {
            return primary.getConnection();
        }
        try {
            return replica.get().getConnection();
        } catch (SQLException e) {
            down(e);
            return primary.getConnection();
        }
    }

    AgroalDataSource primary() {
        return primary;
    }

    /**
     * Measures the replica soon, on the monitor's thread, unless a check is already waiting: at most one every
     * {@link #MIN_SPACING}, so that a burst of writes costs the databases a bounded number of checks.
     */
    private void checkSoon() {
        if (checkQueued.compareAndSet(false, true)) {
            long wait = Math.max(0, lastCheckNanos + MIN_SPACING.toNanos() - System.nanoTime());
            monitor.schedule(() -> {
                checkQueued.set(false);
                check();
            }, wait, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Measures the replica against the primary: how far the replica has replayed the log, then whether the primary has
     * a change after that. Changes heard of before the check began are on the primary by then, so a replica that lacks
     * none of the primary's has them all.
     */
    void check() {
        lastCheckNanos = System.nanoTime();
        long heard = changesHeard.get();
        long replicaEnd;
        try (Connection connection = replica.orElseThrow().getConnection()) {
            replicaEnd = ChangeLogReader.last(connection);
        } catch (SQLException e) {
            down(e);
            return;
        }
        Optional<Instant> firstMissing;
        try {
            firstMissing = firstChangeAfter(replicaEnd);
        } catch (SQLException e) {
            return; // the primary does not answer: nothing to compare with; reads go wherever they can meanwhile
        }
        applied = replicaEnd;
        lagSeconds = firstMissing.map(at -> Math.max(0, Duration.between(at, Instant.now()).toNanos() / 1e9))
                .orElse(0.0);
        if (firstMissing.isEmpty()) {
            completeAsOf = heard;
        }
        if (!up) {
            Log.infof("Read replica answers (%.3f s behind); public reads go to it while it keeps up", lagSeconds);
        }
        up = true;
    }

    private void down(SQLException e) {
        if (up) {
            Log.warnf("Read replica does not answer (%s); public reads go to the primary", e.getMessage());
        }
        up = false;
        lagSeconds = Double.NaN;
    }

    /** When the first change after {@code seq} was made, on the primary; empty when there is none. */
    private Optional<Instant> firstChangeAfter(long seq) throws SQLException {
        try (Connection connection = primary.getConnection();
                PreparedStatement statement = connection.prepareStatement(FIRST_AFTER)) {
            statement.setLong(1, seq);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getObject(1, OffsetDateTime.class).toInstant())
                        : Optional.empty();
            }
        }
    }
}
