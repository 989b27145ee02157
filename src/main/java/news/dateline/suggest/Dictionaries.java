package news.dateline.suggest;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import news.dateline.catalogue.Change;
import news.dateline.catalogue.ResourceKind;
import news.dateline.retry.Backoff;
import news.dateline.web.problem.ProblemException;
import news.dateline.web.problem.ProblemKind;

/**
 * The one {@link Dictionary} of this instance: built at start (so requests never wait for it), built again off the request threads whenever a tag or
 * person changes (here: the {@link Change} after its commit; anywhere: {@link DictionaryListener}, the change log's
 * {@code NOTIFY}), and swapped in whole. A request reads whichever dictionary is current when it starts, never a
 * half-built one; requests during a rebuild use the previous one. Rebuilds coalesce: changes heard while one is
 * queued add nothing, and a change heard while one runs queues one more, which reads after that change committed.
 */
@Singleton
class Dictionaries {

    /** How long a request waits for the first dictionary after a start before it is told to come back. */
    static final Duration FIRST_WAIT = Duration.ofSeconds(10);
    /** How long a queued build waits for more changes to join it. */
    static final Duration COALESCE = Duration.ofMillis(100);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration MAX_RETRY = Duration.ofSeconds(30);

    private final DictionaryRepository repository;
    private final AtomicReference<Dictionary> current = new AtomicReference<>();
    private final CompletableFuture<Dictionary> first = new CompletableFuture<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ScheduledExecutorService builder = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dateline-suggestion-dictionary");
        thread.setDaemon(true);
        return thread;
    });
    private int failures;
    private volatile Built last;

    /** What the last build took: for the logs and the benchmark. */
    record Built(int entities, int forms, long millis) {
    }

    Dictionaries(DictionaryRepository repository) {
        this.repository = repository;
    }

    /**
     * The first build runs at start, before the first request: Flyway has just migrated the same database, so it is
     * there; should this build fail all the same, builds are retried in the background and requests wait for one.
     */
    void start(@Observes StartupEvent event) {
        queued.set(true);
        build();
    }

    void stop(@Observes ShutdownEvent event) {
        builder.shutdownNow();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change change) {
        if (change.kind() == ResourceKind.TAG || change.kind() == ResourceKind.PERSON) {
            rebuild();
        }
    }

    /**
     * Queues a build unless one is queued already. It starts a moment later, so that a burst of changes (an import,
     * or this instance's own change heard twice: as a {@code Change} and as a {@code NOTIFY}) costs one build.
     */
    void rebuild() {
        if (queued.compareAndSet(false, true)) {
            try {
                builder.schedule(this::build, COALESCE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                queued.set(false); // shutting down
            }
        }
    }

    private void build() {
        queued.set(false); // from here on a change that commits is not in what this build reads: it queues another
        long started = System.nanoTime();
        boolean firstBuild = current.get() == null;
        try {
            Dictionary dictionary = Dictionary.of(repository.all());
            current.set(dictionary);
            first.complete(dictionary);
            failures = 0;
            last = new Built(dictionary.size(), dictionary.forms(), (System.nanoTime() - started) / 1_000_000);
            if (firstBuild) {
                Log.infof("Suggestion dictionary built: %d entities, %d forms in %d ms", last.entities(),
                        last.forms(), last.millis());
            } else {
                Log.debugf("Suggestion dictionary rebuilt: %d entities, %d forms in %d ms", last.entities(),
                        last.forms(), last.millis());
            }
        } catch (Exception e) {
            Duration wait = Backoff.after(++failures, FIRST_RETRY, MAX_RETRY);
            Log.warnf("Suggestion dictionary could not be built (%s); trying again in %d ms", e.getMessage(),
                    wait.toMillis());
            if (queued.compareAndSet(false, true)) {
                builder.schedule(this::build, wait.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /** The current dictionary; the first one is waited for a while, then the caller is asked to come back. */
    Dictionary current() {
        Dictionary dictionary = current.get();
        if (dictionary != null) {
            return dictionary;
        }
        try {
            return first.get(FIRST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new ProblemException(ProblemKind.SERVICE_UNAVAILABLE,
                    "The dictionary of tags and people is being built; retry in a few seconds");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(ProblemKind.SERVICE_UNAVAILABLE, "Interrupted while waiting for the dictionary");
        }
    }

    Built last() {
        return last;
    }
}
