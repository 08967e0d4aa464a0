package io.partnercentral.selling.benchmarks;

import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.metrics.SellingMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Where a paced call's time goes, seen from both ends: the slot the pacer gave each attempt (from
 * {@link SellingMetrics#pacingWait}, on the thread that waits), the moment the attempt left the last
 * interceptor before transmission (this interceptor runs after the SDK's own), and, from
 * {@link QuotaServer#arrivals()}, when its body had arrived at the server and how it was answered.
 * Attempts are matched on the SDK's {@code amz-sdk-invocation-id} and {@code amz-sdk-request} headers.
 * One JVM, one {@link System#nanoTime()} clock for all three.
 */
final class SendTracer implements ExecutionInterceptor, SellingMetrics {
    record Sent(String operation, String invocation, String attempt, long slotNanos, long sentNanos) {}

    private final ThreadLocal<long[]> slot = ThreadLocal.withInitial(() -> new long[] {0});
    private final List<Sent> sent = new ArrayList<>();

    @Override
    public void pacingWait(QuotaBucket bucket, long nanos) {
        slot.get()[0] = System.nanoTime() + nanos;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        long now = System.nanoTime();
        SdkHttpRequest request = context.httpRequest();
        String target = request.firstMatchingHeader("X-Amz-Target").orElse("");
        Sent s = new Sent(target.substring(target.indexOf('.') + 1), request.firstMatchingHeader("amz-sdk-invocation-id").orElse(""),
                request.firstMatchingHeader("amz-sdk-request").orElse(""), slot.get()[0], now);
        synchronized (sent) {
            sent.add(s);
        }
    }

    /**
     * Prints one line per request the server saw since {@code from} (nanoTime), with the client's slot
     * and send time when it was found, then a summary per operation; with {@code lines} false only the
     * summary.
     */
    void print(List<QuotaServer.Arrival> arrivals, long from, boolean lines) {
        Map<String, Sent> byAttempt = new HashMap<>();
        synchronized (sent) {
            for (Sent s : sent) {
                byAttempt.put(s.invocation + "|" + s.attempt, s);
            }
        }
        List<QuotaServer.Arrival> seen = new ArrayList<>(arrivals.stream().filter(a -> a.arrivedNanos() >= from).toList());
        seen.sort(java.util.Comparator.comparingLong(QuotaServer.Arrival::arrivedNanos));
        Map<String, long[]> stats = new HashMap<>(); // count, throttled, sum(send-slot), max, sum(arrive-send), max, sum(answer)
        Map<QuotaBucket, Long> lastAllowed = new HashMap<>();
        if (lines) {
            System.err.println("     t(ms) operation            attempt   slot->send  send->arrive  arrive->answer  gap(bucket)  outcome");
        }
        for (QuotaServer.Arrival a : seen) {
            Sent s = byAttempt.get(a.invocation() + "|" + a.attempt());
            long slotToSend = s == null || s.slotNanos == 0 ? -1 : s.sentNanos - s.slotNanos;
            long sendToArrive = s == null ? -1 : a.arrivedNanos() - s.sentNanos;
            QuotaBucket bucket = QuotaBucket.forOperation(a.operation()).orElse(null);
            Long previous = bucket == null ? null : lastAllowed.get(bucket);
            long gap = previous == null ? -1 : a.arrivedNanos() - previous;
            if (bucket != null && !a.outcome().equals("throttled")) {
                lastAllowed.put(bucket, a.arrivedNanos());
            }
            long[] st = stats.computeIfAbsent(a.operation(), k -> new long[7]);
            st[0]++;
            if (a.outcome().equals("throttled")) {
                st[1]++;
            }
            if (slotToSend >= 0) {
                st[2] += slotToSend;
                st[3] = Math.max(st[3], slotToSend);
            }
            if (sendToArrive >= 0) {
                st[4] += sendToArrive;
                st[5] = Math.max(st[5], sendToArrive);
            }
            st[6] += a.answeredNanos() - a.arrivedNanos();
            if (lines) {
                System.err.printf(Locale.ROOT, "%10.1f %-20s %-9s %10s %13s %15.1f %12s  %s%n", (a.arrivedNanos() - from) / 1e6,
                        a.operation(), a.attempt() == null ? "" : a.attempt().replace("; max=", "/").replace("attempt=", ""),
                        ms(slotToSend), ms(sendToArrive), (a.answeredNanos() - a.arrivedNanos()) / 1e6, ms(gap), a.outcome());
            }
        }
        for (Map.Entry<String, long[]> e : stats.entrySet()) {
            long[] st = e.getValue();
            System.err.printf(Locale.ROOT, "%s: %d requests, %d throttled; slot->send mean %.1f ms max %.1f ms;"
                    + " send->arrive mean %.1f ms max %.1f ms; arrive->answer mean %.1f ms%n", e.getKey(), st[0], st[1],
                    st[2] / 1e6 / st[0], st[3] / 1e6, st[4] / 1e6 / st[0], st[5] / 1e6, st[6] / 1e6 / st[0]);
        }
    }

    private static String ms(long nanos) {
        return nanos < 0 ? "-" : String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
