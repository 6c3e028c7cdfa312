package fr.plume.tool.demo.loadgen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** CPU and heap of the tool's process, read from /proc and jstat (Linux). */
final class ToolProcess {

    static final int CLOCK_TICKS_PER_SECOND = 100;

    private ToolProcess() {
    }

    /** CPU clock ticks of the JVM itself, and of its PostgreSQL (postmaster and backends). */
    record Sample(long jvmTicks, long childTicks) {
    }

    /** The running tool: the java process whose command line names plume-tool.jar. */
    static long find() {
        List<ProcessHandle> tools = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("plume-tool.jar")).orElse(false))
                .toList();
        if (tools.size() != 1) {
            throw new IllegalStateException("found " + tools.size() + " plume-tool.jar processes; pass --pid");
        }
        return tools.get(0).pid();
    }

    /**
     * The embedded PostgreSQL detaches from the JVM (pg_ctl), so it is found by its data
     * directory: {@code <tool working directory>/.plume/pgdata} unless given. 0 when not found.
     */
    static long postmaster(long toolPid, String dataDir) {
        String dir = dataDir;
        if (dir == null || dir.isBlank()) {
            try {
                dir = Files.readSymbolicLink(Path.of("/proc/" + toolPid + "/cwd")).resolve(".plume/pgdata").toString();
            } catch (IOException e) {
                return 0;
            }
        }
        String marker = "-D " + dir + " ";
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(0);
    }

    static Sample sample(long pid, long postmaster) {
        long database = postmaster <= 0 ? 0 : cpuTicksWithReaped(postmaster) + ProcessHandle.of(postmaster)
                .map(p -> p.descendants().mapToLong(d -> cpuTicks(d.pid())).sum()).orElse(0L);
        return new Sample(cpuTicks(pid), database);
    }

    /** utime + stime (fields 14 and 15 of /proc/pid/stat). */
    static long cpuTicks(long pid) {
        long[] f = fields(pid);
        return f.length == 0 ? 0 : f[0] + f[1];
    }

    /** utime + stime + cutime + cstime: a postmaster also carries the backends it has reaped. */
    private static long cpuTicksWithReaped(long pid) {
        long[] f = fields(pid);
        return f.length == 0 ? 0 : f[0] + f[1] + f[2] + f[3];
    }

    private static long[] fields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // The command name (field 2) may hold spaces: fields are counted after its closing parenthesis.
            String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(rest[11]), Long.parseLong(rest[12]), Long.parseLong(rest[13]),
                    Long.parseLong(rest[14])};
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }

    /** Used heap (survivors + eden + old) from {@code jstat -gc}, or 0 when jstat is unavailable. */
    static long heapUsedBytes(long pid) {
        try {
            Process jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid)).redirectErrorStream(true).start();
            String out;
            try (InputStream in = jstat.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            jstat.waitFor();
            String[] lines = out.trim().split("\n");
            if (lines.length < 2) {
                return 0;
            }
            String[] names = lines[0].trim().split("\\s+");
            String[] values = lines[1].trim().split("\\s+");
            double kb = 0;
            for (int i = 0; i < names.length && i < values.length; i++) {
                if (List.of("S0U", "S1U", "EU", "OU").contains(names[i])) {
                    kb += Double.parseDouble(values[i]);
                }
            }
            return (long) (kb * 1024);
        } catch (IOException | RuntimeException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
