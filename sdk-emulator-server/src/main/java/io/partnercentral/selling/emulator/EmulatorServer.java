package io.partnercentral.selling.emulator;

import io.partnercentral.selling.model.ReviewStatus;
import io.partnercentral.selling.testing.FaultKind;
import io.partnercentral.selling.testing.FaultPlan;
import io.partnercentral.selling.testing.FaultTiming;
import io.partnercentral.selling.testing.PartnerCentralEmulator;
import io.partnercentral.selling.testing.QuotaEnforcement;
import io.partnercentral.selling.testing.ReviewOutcome;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The Partner Central Selling emulator as a standalone server, for tests in any language: the
 * {@link PartnerCentralEmulator} of sdk-testing on a fixed port, with its control API, until SIGTERM.
 *
 * <pre>{@code
 * java -jar sdk-emulator-server/target/partnercentral-selling-emulator-server-0.1.0-SNAPSHOT.jar --port 4545
 * }</pre>
 *
 * <p>{@code --help} lists the options; {@code docs/emulator-server.md} describes them and the control API.
 */
public final class EmulatorServer {
    /** The port when {@code --port} is not given. */
    public static final int DEFAULT_PORT = 4545;

    private static final String USAGE = String.join("\n",
            "Usage: java -jar partnercentral-selling-emulator-server.jar [options]",
            "  --port N                 port to listen on (default " + DEFAULT_PORT + "; 0 picks a free one)",
            "  --bind ADDRESS           address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)",
            "  --allow-remote-control   let non-loopback clients use the control API (default: loopback only)",
            "  --account-id ID          the partner's AWS account id (default 111122223333)",
            "  --region REGION          region of the signatures and ARNs (default us-east-1)",
            "  --no-signature-check     accept unsigned requests (default: SigV4 with the printed keys)",
            "  --quotas off|documented  enforce the service's request quotas (default off)",
            "  --quota-time-scale X     run the quota clock X times faster than real time (default 1)",
            "  --fault-rate F           fail this fraction (0..1] of calls (default: none)",
            "  --fault-kinds K,...      THROTTLING, INTERNAL_ERROR, CONNECTION_RESET, TRUNCATED_RESPONSE",
            "  --fault-timings T,...    BEFORE_STATE_CHANGE, AFTER_STATE_CHANGE",
            "  --fault-operations O,... only these operations fail",
            "  --fault-seed N           seed of the fault draws (default 0)",
            "  --review-outcome STATUS  what a submission's review decides: Approved (default), Submitted,",
            "                           In review, Action Required or Rejected",
            "  --clock-speed X          the emulator's clock runs X times faster than real time (default 1)",
            "  --start-time INSTANT     the emulator's clock starts here, e.g. 2026-11-23T10:00:00Z (default now)",
            "  --model FILE             a newer botocore service-2.json for partnercentral-selling",
            "  --seed FILE              opportunities to create at start: a JSON array of CreateOpportunity bodies",
            "  --journal-size N         requests kept for the control API's /requests (default 1000; 0 off)",
            "  --help                   this text");

    private static final List<String> FLAGS = List.of("--allow-remote-control", "--no-signature-check", "--help");

    private EmulatorServer() {}

    /** Starts the server and serves until the JVM is asked to stop (SIGTERM, Ctrl-C). */
    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options.containsKey("--help")) {
            System.out.println(USAGE);
            return;
        }
        PartnerCentralEmulator emulator;
        try {
            emulator = start(options, System.out);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("The emulator could not start: " + e.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            System.out.println("Partner Central Selling emulator stopped");
            System.out.flush();
            stopped.countDown();
        }, "emulator-shutdown"));
        stopped.await();
    }

    /**
     * Starts an emulator with these parsed options and prints its endpoint and credentials to
     * {@code out}; the caller closes it.
     *
     * @throws IllegalArgumentException for an option value that makes no sense
     */
    public static PartnerCentralEmulator start(Map<String, String> options, PrintStream out) {
        PartnerCentralEmulator.Options.Builder builder = PartnerCentralEmulator.Options.builder()
                .port(intOption(options, "--port", DEFAULT_PORT))
                .bindAddress(options.getOrDefault("--bind", "127.0.0.1"))
                .allowRemoteControl(options.containsKey("--allow-remote-control"))
                .verifySignatures(!options.containsKey("--no-signature-check"))
                .requestJournalSize(intOption(options, "--journal-size", PartnerCentralEmulator.DEFAULT_REQUEST_JOURNAL_SIZE));
        if (options.containsKey("--account-id")) {
            builder.accountId(options.get("--account-id"));
        }
        if (options.containsKey("--region")) {
            builder.region(options.get("--region"));
        }
        builder.quotas(quotas(options));
        if (options.containsKey("--review-outcome")) {
            builder.defaultReviewOutcome(reviewOutcome(options.get("--review-outcome")));
        }
        double speed = doubleOption(options, "--clock-speed", 1);
        Instant start = options.containsKey("--start-time") ? Instant.parse(options.get("--start-time")) : null;
        if (speed != 1 || start != null) {
            builder.clock(new ScaledClock(start == null ? Instant.now() : start, speed));
        }
        if (options.containsKey("--model")) {
            builder.model(Path.of(options.get("--model")));
        }
        FaultPlan faults = faults(options);
        String seed = options.containsKey("--seed") ? read(Path.of(options.get("--seed"))) : null;

        PartnerCentralEmulator emulator = PartnerCentralEmulator.start(builder.build());
        try {
            if (faults != null) {
                emulator.injectFaults(faults);
            }
            List<String> seeded = seed == null ? List.of() : emulator.seedOpportunities(seed);
            printBanner(emulator, seeded, out);
            return emulator;
        } catch (RuntimeException e) {
            emulator.close();
            throw e;
        }
    }

    private static void printBanner(PartnerCentralEmulator emulator, List<String> seeded, PrintStream out) {
        String endpoint = emulator.endpoint().toString();
        out.println("Partner Central Selling emulator listening on " + endpoint);
        out.println("  export AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING=" + endpoint);
        out.println("  export AWS_ACCESS_KEY_ID=" + PartnerCentralEmulator.ACCESS_KEY_ID);
        out.println("  export AWS_SECRET_ACCESS_KEY=" + PartnerCentralEmulator.SECRET_ACCESS_KEY);
        out.println("  export AWS_REGION=" + emulator.options().region());
        // botocore reads only this one.
        out.println("  export AWS_DEFAULT_REGION=" + emulator.options().region());
        out.println("  health: " + endpoint + "/_emulator/health"
                + (emulator.options().allowRemoteControl() ? "" : " (control API: loopback clients only)"));
        out.println("  signatures " + (emulator.options().verifySignatures() ? "checked" : "not checked")
                + ", account " + emulator.options().accountId()
                + (seeded.isEmpty() ? "" : ", seeded opportunities " + String.join(" ", seeded)));
        out.flush();
    }

    /** {@code --name value}, {@code --name=value} and the value-less flags, in a map. */
    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument: " + arg);
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (FLAGS.contains(name)) {
                options.put(name, "true");
            } else if (!USAGE.contains("  " + name + " ")) {
                throw new IllegalArgumentException("Unknown option: " + name);
            } else if (equals >= 0) {
                options.put(name, arg.substring(equals + 1));
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
        }
        return options;
    }

    private static QuotaEnforcement quotas(Map<String, String> options) {
        String quotas = options.getOrDefault("--quotas", "off");
        if (quotas.equals("off")) {
            return QuotaEnforcement.off();
        }
        if (!quotas.equals("documented")) {
            throw new IllegalArgumentException("--quotas is off or documented");
        }
        return QuotaEnforcement.documented().toBuilder().timeScale(doubleOption(options, "--quota-time-scale", 1)).build();
    }

    private static FaultPlan faults(Map<String, String> options) {
        if (!options.containsKey("--fault-rate")) {
            return null;
        }
        FaultPlan.Builder plan = FaultPlan.failRate(doubleOption(options, "--fault-rate", 0));
        if (options.containsKey("--fault-kinds")) {
            plan.kinds(list(options.get("--fault-kinds")).stream().map(k -> FaultKind.valueOf(k.toUpperCase(Locale.ROOT)))
                    .toArray(FaultKind[]::new));
        }
        if (options.containsKey("--fault-timings")) {
            plan.timings(list(options.get("--fault-timings")).stream()
                    .map(t -> FaultTiming.valueOf(t.toUpperCase(Locale.ROOT))).toArray(FaultTiming[]::new));
        }
        if (options.containsKey("--fault-operations")) {
            plan.onlyFor(list(options.get("--fault-operations")).toArray(String[]::new));
        }
        if (options.containsKey("--fault-seed")) {
            plan.seed(Long.parseLong(options.get("--fault-seed")));
        }
        return plan.build();
    }

    /** The review status (as the service spells it) or the constant's name, e.g. {@code ACTION_REQUIRED}. */
    private static ReviewOutcome reviewOutcome(String status) {
        for (ReviewStatus known : ReviewStatus.knownValues()) {
            if (known.value().equalsIgnoreCase(status) || known.value().replace(' ', '_').equalsIgnoreCase(status)) {
                if (known.equals(ReviewStatus.ACTION_REQUIRED)) {
                    return ReviewOutcome.ACTION_REQUIRED;
                }
                if (known.equals(ReviewStatus.REJECTED)) {
                    return ReviewOutcome.REJECTED;
                }
                return new ReviewOutcome(known, null, null);
            }
        }
        throw new IllegalArgumentException("--review-outcome is one of Approved, Submitted, In review, Action Required, Rejected");
    }

    private static List<String> list(String commaSeparated) {
        List<String> values = new ArrayList<>();
        for (String value : commaSeparated.split(",")) {
            if (!value.isBlank()) {
                values.add(value.trim());
            }
        }
        return values;
    }

    private static int intOption(Map<String, String> options, String name, int fallback) {
        try {
            return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
    }

    private static double doubleOption(Map<String, String> options, String name, double fallback) {
        try {
            return options.containsKey(name) ? Double.parseDouble(options.get(name)) : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A clock from {@code start} that runs {@code speed} times faster than real time. */
    static final class ScaledClock extends Clock {
        private final Instant start;
        private final double speed;
        private final long origin = System.nanoTime();

        ScaledClock(Instant start, double speed) {
            if (!(speed > 0)) {
                throw new IllegalArgumentException("--clock-speed must be more than 0");
            }
            this.start = start;
            this.speed = speed;
        }

        @Override
        public Instant instant() {
            return start.plusNanos((long) ((System.nanoTime() - origin) * speed));
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException("the emulator reads instants only");
        }
    }
}
