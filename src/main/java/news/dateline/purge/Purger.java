package news.dateline.purge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import news.dateline.auth.Visibility;
import news.dateline.catalogue.Change;
import news.dateline.changelog.ChangeLogReader;
import news.dateline.changelog.LoggedChange;
import news.dateline.replica.ReadReplica;
import news.dateline.retry.Backoff;

/**
 * Purges at the configured caching tiers what the change log says readers may see changed: as soon as a write commits
 * here, and every {@code dateline.purge.poll-every} for what other instances and tools wrote. One worker thread does
 * it, off the request: a write never waits for a purge, and a tier that is down delays nothing but its own purges,
 * which are tried again with a doubling wait. Each tier's progress is a row in {@code purge_cursor} that the purging
 * transaction holds locked, so instances take turns and a change is purged at least once per tier, whoever wrote it.
 */
@ApplicationScoped
class Purger {

    /** How soon to look again when the replica lacked a change to purge: it usually applies one in milliseconds. */
    private static final Duration REPLICA_WAIT = Duration.ofMillis(20);

    private final List<PurgeTarget> targets;
    private final PurgeCursors cursors;
    private final ChangeLogReader log;
    private final ReadReplica replica;
    private final PurgeConfig config;
    private final MeterRegistry metrics;
    /** The worker: runs purges one at a time and holds the retries' timers. */
    private final ScheduledThreadPoolExecutor worker;
    /** A run is queued and has not started: further nudges need no run of their own. */
    private final AtomicBoolean queued = new AtomicBoolean();
    /** Per tier, the failures in a row and when it may be tried again; touched by the worker thread only. */
    private final Map<String, Integer> failures = new HashMap<>();
    private final Map<String, Instant> notBefore = new HashMap<>();

    Purger(PurgeTargets targets, PurgeCursors cursors, ChangeLogReader log, ReadReplica replica, PurgeConfig config,
            MeterRegistry metrics) {
        this.targets = targets.configured();
        this.cursors = cursors;
        this.log = log;
        this.replica = replica;
        this.config = config;
        this.metrics = metrics;
        this.worker = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "dateline-purger");
            thread.setDaemon(true);
            return thread;
        });
        this.worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** This instance's own writes are purged the moment they commit. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change change) {
        nudge();
    }

    /** The backstop for changes this instance did not make: other instances', scheduled publishing, SQL by hand. */
    @Scheduled(every = "${dateline.purge.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        nudge();
    }

    /** Asks the worker to purge what is new; returns at once. */
    void nudge() {
        if (!targets.isEmpty() && !worker.isShutdown() && queued.compareAndSet(false, true)) {
            worker.execute(this::run);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    private void run() {
        queued.set(false); // what commits from now on nudges again, and is read by that run
        Instant now = Instant.now();
        for (PurgeTarget target : targets) {
            if (now.isBefore(notBefore.getOrDefault(target.name(), Instant.MIN))) {
                continue; // waiting out a failure; its retry is scheduled
            }
            try {
                while (purgeBatch(target) == config.batchSize()) {
                    // more changes than one batch holds
                }
                failures.remove(target.name());
                notBefore.remove(target.name());
            } catch (RuntimeException e) {
                retryLater(target, e);
            }
        }
    }

    /** One batch for one tier in one transaction: the number of changes it purged. */
    int purgeBatch(PurgeTarget target) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long cursor = cursors.lock(target.name());
            long last = log.last();
            // A purged page is fetched again at once, maybe from the replica: purge only what it has already.
            long until = Math.max(cursor, replica.readableUpTo(last));
            if (until < last) { // the replica is measured meanwhile (ReadReplica.readableUpTo)
                worker.schedule(this::nudge, REPLICA_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
            List<LoggedChange> changes = log.between(cursor, until, config.batchSize(), Visibility.PUBLIC);
            List<String> keys = SurrogateKeysToPurge.of(changes);
            for (int from = 0; from < keys.size(); from += target.maxKeysPerRequest()) {
                target.purge(keys.subList(from, Math.min(keys.size(), from + target.maxKeysPerRequest())));
            }
            purgedKeys(target).increment(keys.size());
            boolean full = changes.size() == config.batchSize();
            long to = full ? changes.get(changes.size() - 1).seq() : until;
            if (to > cursor) {
                cursors.move(target.name(), to);
            }
            return changes.size();
        });
    }

    private void retryLater(PurgeTarget target, RuntimeException e) {
        int failed = failures.merge(target.name(), 1, Integer::sum);
        Duration wait = Backoff.after(failed, config.backoffBase(), config.backoffMax());
        notBefore.put(target.name(), Instant.now().plus(wait));
        metrics.counter("dateline.purge.failures", "target", target.name()).increment();
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        Log.warnf("Purge at %s failed (%d in a row), trying again in %d ms: %s", target.name(), failed,
                wait.toMillis(), cause.getMessage());
        worker.schedule(() -> { // the wait is over, whatever the wall clock says: clocks differ by a millisecond
            notBefore.remove(target.name());
            nudge();
        }, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Counter purgedKeys(PurgeTarget target) {
        return metrics.counter("dateline.purge.keys", "target", target.name());
    }
}
