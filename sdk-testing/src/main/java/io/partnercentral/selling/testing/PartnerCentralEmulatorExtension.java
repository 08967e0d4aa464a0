package io.partnercentral.selling.testing;

import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.PartnerCentralSellingAsync;
import io.partnercentral.selling.model.Catalog;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingAsyncClient;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingAsyncClientBuilder;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClientBuilder;

/**
 * JUnit 5 support: one {@link PartnerCentralEmulator} per test class, {@link PartnerCentralEmulator#reset()
 * reset} before each test, injected into test methods, lifecycle methods and constructors together
 * with the SDK's {@link PartnerCentralSelling} (bound to the Sandbox catalog) and the raw generated
 * {@link PartnerCentralSellingClient} it wraps, both pointed at the emulator. A parameter of type
 * {@link PartnerCentralSellingAsync} gets the async facade over a {@link PartnerCentralSellingAsyncClient}
 * (the AWS SDK's default Netty HTTP client), configured alike and made on first request, so a test can
 * run the same scenario through either client.
 *
 * <pre>{@code
 * @ExtendWith(PartnerCentralEmulatorExtension.class)
 * class SyncTest {
 *     @Test
 *     void sync_whenCrmHasNewDeal_createsOpportunity(PartnerCentralEmulator emulator, PartnerCentralSelling selling) {
 *         new CrmSync(selling).run(deals);
 *         assertThat(emulator.opportunityCount()).isEqualTo(1);
 *     }
 * }
 *
 * // Or with options and a client customisation:
 * @RegisterExtension
 * static PartnerCentralEmulatorExtension partnerCentral = PartnerCentralEmulatorExtension.builder()
 *     .options(PartnerCentralEmulator.Options.builder().clock(fixedClock).build())
 *     .client(b -> b.overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(5))))
 *     .build();
 * }</pre>
 *
 * <p>The emulator verifies SigV4 signatures, as the service does; the injected clients sign with its
 * known credentials. A class that sends hand-written raw HTTP can register the extension with
 * {@code .options(PartnerCentralEmulator.Options.builder().verifySignatures(false).build())}.
 *
 * <p>The emulator and the clients are closed after the test class. With {@code @Nested} classes, each
 * nested class gets its own emulator.
 */
public final class PartnerCentralEmulatorExtension implements BeforeEachCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PartnerCentralEmulatorExtension.class);

    private final PartnerCentralEmulator.Options options;
    private final Consumer<PartnerCentralSellingClientBuilder> clientCustomizer;
    private final Consumer<PartnerCentralSellingAsyncClientBuilder> asyncClientCustomizer;

    /** The extension with default options, as {@code @ExtendWith} creates it. */
    public PartnerCentralEmulatorExtension() {
        this(builder());
    }

    private PartnerCentralEmulatorExtension(Builder builder) {
        this.options = builder.options;
        this.clientCustomizer = builder.clientCustomizer;
        this.asyncClientCustomizer = builder.asyncClientCustomizer;
    }

    /** {@return a new builder, starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        resources(context).emulator.reset();
    }

    /**
     * Closes the class's emulator and client. JUnit 5.13 would also close them with the store; doing
     * it here keeps older JUnit versions, and runs with store auto-closing disabled, from leaking servers.
     */
    @Override
    public void afterAll(ExtensionContext context) {
        Resources resources = context.getStore(NAMESPACE).remove(Resources.class, Resources.class);
        if (resources != null) {
            resources.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == PartnerCentralEmulator.class || type == PartnerCentralSellingClient.class
                || type == PartnerCentralSelling.class || type == PartnerCentralSellingAsync.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Resources resources = resources(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == PartnerCentralEmulator.class) {
            return resources.emulator;
        }
        if (type == PartnerCentralSellingClient.class) {
            return resources.client;
        }
        if (type == PartnerCentralSelling.class) {
            return resources.selling;
        }
        if (type == PartnerCentralSellingAsync.class) {
            return resources.async();
        }
        throw new ParameterResolutionException("cannot resolve " + type.getName());
    }

    /** The class-level store holds the resources, so every test of the class shares them. */
    private Resources resources(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Resources.class,
                key -> new Resources(options, clientCustomizer, asyncClientCustomizer), Resources.class);
    }

    /** Closed in {@link #afterAll}, or by JUnit 5.13+ with the store should afterAll not run. */
    private static final class Resources implements AutoCloseable {
        final PartnerCentralEmulator emulator;
        final PartnerCentralSellingClient client;
        /** Wraps {@link #client}, so both share its configuration; closing it leaves the client open. */
        final PartnerCentralSelling selling;
        private final PartnerCentralEmulator.Options options;
        private final Consumer<PartnerCentralSellingAsyncClientBuilder> asyncCustomizer;
        /** Made on first request: most test classes never start an event loop. */
        private PartnerCentralSellingAsyncClient asyncClient;
        private PartnerCentralSellingAsync async;

        Resources(PartnerCentralEmulator.Options options, Consumer<PartnerCentralSellingClientBuilder> customizer,
                Consumer<PartnerCentralSellingAsyncClientBuilder> asyncCustomizer) {
            this.options = options;
            this.asyncCustomizer = asyncCustomizer;
            this.emulator = PartnerCentralEmulator.start(options);
            PartnerCentralSellingClientBuilder builder = emulator.clientBuilder();
            customizer.accept(builder);
            this.client = builder.build();
            this.selling = PartnerCentralSelling.builder()
                    .client(client)
                    .catalog(Catalog.SANDBOX)
                    .clock(options.clock())
                    .pacing(options.quotas().matchingPacing())
                    .build();
        }

        /** The async facade over its own generated async client, made on first request. */
        synchronized PartnerCentralSellingAsync async() {
            if (async == null) {
                PartnerCentralSellingAsyncClientBuilder builder = emulator.asyncClientBuilder();
                asyncCustomizer.accept(builder);
                asyncClient = builder.build();
                async = PartnerCentralSellingAsync.builder()
                        .client(asyncClient)
                        .catalog(Catalog.SANDBOX)
                        .clock(options.clock())
                        .pacing(options.quotas().matchingPacing())
                        .build();
            }
            return async;
        }

        @Override
        public void close() {
            try {
                synchronized (this) {
                    if (async != null) {
                        async.close();
                        asyncClient.close();
                    }
                }
                selling.close();
                client.close();
            } finally {
                emulator.close();
            }
        }
    }

    /** Builds a {@link PartnerCentralEmulatorExtension} for {@code @RegisterExtension}. */
    public static final class Builder {
        private PartnerCentralEmulator.Options options = PartnerCentralEmulator.Options.builder().build();
        private Consumer<PartnerCentralSellingClientBuilder> clientCustomizer = b -> {};
        private Consumer<PartnerCentralSellingAsyncClientBuilder> asyncClientCustomizer = b -> {};

        private Builder() {}

        /**
         * Sets the emulator's options.
         *
         * @param options the options
         * @return this builder
         */
        public Builder options(PartnerCentralEmulator.Options options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * Adjusts the injected client's builder (already pointed at the emulator) before it is built.
         *
         * @param customizer changes the generated client's builder before the client is built
         * @return this builder
         */
        public Builder client(Consumer<PartnerCentralSellingClientBuilder> customizer) {
            this.clientCustomizer = Objects.requireNonNull(customizer, "customizer");
            return this;
        }

        /**
         * Adjusts the injected async facade's generated client builder (already pointed at the emulator)
         * before it is built, e.g. with the same retry strategy as {@link #client}.
         *
         * @param customizer adjusts the builder
         * @return this builder
         */
        public Builder asyncClient(Consumer<PartnerCentralSellingAsyncClientBuilder> customizer) {
            this.asyncClientCustomizer = Objects.requireNonNull(customizer, "customizer");
            return this;
        }

        /** {@return the PartnerCentralEmulatorExtension with this builder's settings} */
        public PartnerCentralEmulatorExtension build() {
            return new PartnerCentralEmulatorExtension(this);
        }
    }
}
