package fr.plume.tool.shared.infra;

import fr.plume.tool.shared.domain.StartupRefused;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL still serving our data directory after the tool that started it was killed
 * (SIGKILL, out-of-memory killer): the embedded server runs detached from the JVM, so it survives
 * it, and the next start then fails because the directory is taken. Such a server is recognised
 * by two facts: no live process holds the directory's lock file (the embedded server's owner
 * locks {@value #OWNER_LOCK} and the system releases the lock when the owner dies), and the
 * process named in {@code postmaster.pid} is a postgres working in that directory. It is then
 * stopped cleanly by a signal (not with {@code pg_ctl}, which refuses to run as root where the
 * embedded library runs it in a user namespace), so the start can go on.
 */
final class LeftoverPostmaster {

    /** The lock file of the embedded PostgreSQL library (zonky), held by the running owner. */
    static final String OWNER_LOCK = "epg-lock";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

    private LeftoverPostmaster() {
    }

    /** Stops the server a killed tool left on this directory, if any; refuses while a live tool uses it. */
    static void stopIfOrphaned(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve(OWNER_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = ownerLock(channel, dataDir)) {
            Optional<ProcessHandle> postmaster = postmasterOf(pidFile);
            if (postmaster.isEmpty()) {
                return;
            }
            ProcessHandle process = postmaster.get();
            if (!isPostgres(process)) {
                // The recorded process is gone and its number now belongs to another program:
                // PostgreSQL itself would refuse to start until this stale file goes.
                Files.deleteIfExists(pidFile);
                log.info("event=embedded-db.stale-pid-file-removed");
                return;
            }
            if (!worksIn(process, dataDir)) {
                throw refused(dataDir, "son postmaster.pid désigne un autre PostgreSQL (pid " + process.pid() + ")",
                        "its postmaster.pid names another PostgreSQL (pid " + process.pid() + ")",
                        "arrêtez ce processus", "stop that process");
            }
            stop(process, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot inspect the embedded PostgreSQL folder " + dataDir, e);
        }
    }

    private static FileLock ownerLock(FileChannel channel, Path dataDir) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw refused(dataDir, "un autre Plume en marche l’utilise", "another running Plume uses it",
                    "arrêtez-le", "stop it");
        }
        return lock;
    }

    private static Optional<ProcessHandle> postmasterOf(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> Path.of(c).getFileName().toString())
                .map(name -> name.equals("postgres") || name.equals("postgres.exe")).orElse(false);
    }

    /** PostgreSQL changes into its data directory at start; Linux shows a process's directory in /proc. */
    private static boolean worksIn(ProcessHandle process, Path dataDir) throws IOException {
        Path cwd = Path.of("/proc", String.valueOf(process.pid()), "cwd");
        if (!Files.isSymbolicLink(cwd)) {
            return true;
        }
        try {
            return cwd.toRealPath().equals(dataDir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static void stop(ProcessHandle process, Path dataDir) {
        log.warn("event=embedded-db.leftover-server-stopping pid={} reason=previous-run-ended-without-stopping-it",
                process.pid());
        try {
            // SIGTERM, PostgreSQL's smart shutdown: it completes at once, as the sessions died with the tool.
            process.destroy();
            process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw refused(dataDir, "le PostgreSQL laissé par un arrêt brutal (pid " + process.pid() + ") ne s’arrête pas",
                    "the PostgreSQL a crash left behind (pid " + process.pid() + ") does not stop",
                    "arrêtez-le (kill " + process.pid() + ")", "stop it (kill " + process.pid() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the leftover PostgreSQL", e);
        }
        log.info("event=embedded-db.leftover-server-stopped pid={}", process.pid());
    }

    private static StartupRefused refused(Path dataDir, String whyFr, String whyEn, String actionFr, String actionEn) {
        Path dir = dataDir.toAbsolutePath();
        return new StartupRefused("Dossier du PostgreSQL embarqué occupé (" + dir + ") : " + whyFr
                + ". / Embedded PostgreSQL folder busy (" + dir + "): " + whyEn + ".",
                actionFr + " puis relancez Plume, ou choisissez un autre dossier avec PLUME_EMBEDDED_DATA_DIR. / "
                        + actionEn + " then start Plume again, or choose another folder with PLUME_EMBEDDED_DATA_DIR.");
    }
}
