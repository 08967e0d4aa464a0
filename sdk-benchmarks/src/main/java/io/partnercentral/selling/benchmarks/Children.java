package io.partnercentral.selling.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts {@link ChildProbe} in a new JVM with this JVM's java binary and class path, and reads its
 * result line. Stateless; thread-safe.
 */
final class Children {
    private Children() {}

    /**
     * A child's result: its {@code key=value} pairs and the parent's wall time from start to exit; a
     * child that failed has no values and {@code failure} holds the end of its output.
     */
    record Result(Map<String, Long> values, long wallNanos, String failure) {
        boolean failed() {
            return failure != null;
        }

        long get(String key) {
            Long value = values.get(key);
            if (value == null) {
                throw new IllegalStateException("the child printed no " + key + ": " + values);
            }
            return value;
        }
    }

    static Result run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + "/bin/java");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ChildProbe.class.getName());
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        long start = System.nanoTime();
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        int exit = process.waitFor();
        long wall = System.nanoTime() - start;
        String text = new String(out, StandardCharsets.UTF_8);
        if (exit != 0) {
            String[] lines = text.strip().split("\n");
            return new Result(Map.of(), wall, "exit " + exit + ": " + lines[lines.length - 1]);
        }
        Map<String, Long> values = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("RESULT ")) {
                for (String pair : line.substring(7).trim().split(" ")) {
                    int eq = pair.indexOf('=');
                    values.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
                }
            }
        }
        if (values.isEmpty()) {
            throw new IllegalStateException("child " + String.join(" ", args) + " printed no result: " + text);
        }
        return new Result(values, wall, null);
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
