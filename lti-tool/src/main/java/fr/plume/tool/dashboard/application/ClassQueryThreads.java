package fr.plume.tool.dashboard.application;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The threads a class dashboard reads its course's results on, side by side, so a page waits for
 * its slowest query rather than for their sum. Bounded ({@code plume.dashboard.query-threads}, 4
 * by default) so that many teachers opening their dashboards at once never hold more than that
 * many database connections for it. Not an {@code Executor} bean on purpose: one would replace
 * Spring Boot's application task executor.
 */
@Component
class ClassQueryThreads {

    private final ExecutorService threads;

    ClassQueryThreads(@Value("${plume.dashboard.query-threads:4}") int count) {
        AtomicInteger number = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "dashboard-query-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.threads = Executors.newFixedThreadPool(count, factory);
    }

    <T> CompletableFuture<T> start(Supplier<T> query) {
        return CompletableFuture.supplyAsync(query, threads);
    }

    /** The query's result, or its own exception (not wrapped) so problems keep their codes. */
    static <T> T joined(CompletableFuture<T> query) {
        try {
            return query.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
