package fr.plume.sync.cli;

import fr.plume.sync.job.Progress;
import java.io.PrintStream;

/** A one-line progress bar on stderr, drawn only when a console is attached (never into logs or pipes). */
final class ConsoleProgress implements Progress {

    private static final int WIDTH = 30;
    private final PrintStream err;
    private long lastDraw;
    private boolean drawn;

    private ConsoleProgress(PrintStream err) {
        this.err = err;
    }

    static Progress forConsole() {
        return System.console() != null ? new ConsoleProgress(System.err) : Progress.NONE;
    }

    static ConsoleProgress to(PrintStream err) {
        return new ConsoleProgress(err);
    }

    @Override
    public void step(String label, long done, long total) {
        long now = System.nanoTime();
        if (drawn && now - lastDraw < 100_000_000L && done != total) {
            return;
        }
        lastDraw = now;
        drawn = true;
        err.print("\r" + render(label, done, total));
        err.flush();
    }

    static String render(String label, long done, long total) {
        if (total <= 0) {
            return label + " : " + done;
        }
        int filled = (int) Math.min(WIDTH, done * WIDTH / total);
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + Math.min(100, done * 100 / total) + " % "
                + label + " " + done + "/" + total;
    }

    @Override
    public void finish() {
        if (drawn) {
            err.println();
            drawn = false;
        }
    }
}
