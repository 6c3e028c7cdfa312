package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.domain.ExposureControlStore;
import fr.plume.tool.assessment.engine.cat.ExposureControl;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * The {@link ExposureControlStore} port in memory (first value stored wins, as in SQL), and a
 * background executor that holds its tasks until the test runs them: until then delivery has no
 * parameters and must fall back to the randomesque selection.
 */
final class InMemoryExposureControls implements ExposureControlStore {

    final Map<String, ExposureControl> stored = new ConcurrentHashMap<>();
    final HeldTasks background = new HeldTasks();

    @Override
    public Optional<ExposureControl> find(String key) {
        return Optional.ofNullable(stored.get(key));
    }

    @Override
    public void saveIfAbsent(String key, ExposureControl control) {
        stored.putIfAbsent(key, control);
    }

    /** Tasks submitted to the background, run only when the test says so. */
    static final class HeldTasks implements Executor {

        private final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public synchronized void execute(Runnable task) {
            tasks.add(task);
        }

        synchronized int pending() {
            return tasks.size();
        }

        /** Runs every held task (and those they submit) on the caller's thread. */
        void runAll() {
            Runnable task;
            while ((task = next()) != null) {
                task.run();
            }
        }

        private synchronized Runnable next() {
            return tasks.poll();
        }
    }
}
