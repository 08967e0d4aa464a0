package io.partnercentral.selling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.InvolvementType;
import io.partnercentral.selling.model.ListOpportunitiesRequest;
import io.partnercentral.selling.model.ListSnapshotJobsRequest;
import io.partnercentral.selling.model.ListSnapshotsRequest;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.RelatedEntityType;
import io.partnercentral.selling.model.SnapshotJobStatus;
import io.partnercentral.selling.model.SnapshotTarget;
import io.partnercentral.selling.model.Visibility;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Users implement the facade's interfaces in hand-written fakes. Those fakes must keep compiling
 * when a release adds methods, so no method of these interfaces may be abstract, and a call the
 * fake does not implement must say which method it was.
 */
class FakesOfTheFacadeTest {
    static Stream<Class<?>> stubbableInterfaces() {
        return Stream.of(PartnerCentralSelling.class, OpportunityClient.class, SnapshotClient.class,
                SnapshotJobClient.class, EngagementClient.class, InvitationClient.class, TaskClient.class,
                SolutionClient.class, TagClient.class, SettingsClient.class, ReferralInbox.class);
    }

    @ParameterizedTest
    @MethodSource("stubbableInterfaces")
    void interface_hasNoAbstractMethod_soNewMethodsNeverBreakAFake(Class<?> type) {
        // getMethods() includes what the interface inherits (AutoCloseable.close, say) unless a
        // default here overrides it.
        List<String> abstractMethods = Arrays.stream(type.getMethods())
                .filter(m -> Modifier.isAbstract(m.getModifiers()))
                .map(Method::toGenericString)
                .toList();

        assertThat(abstractMethods).as("abstract methods of %s", type.getSimpleName()).isEmpty();
    }

    @Test
    void emptyPartnerCentralSelling_throwsNamingTheMethod_butClosesQuietly() {
        PartnerCentralSelling fake = new PartnerCentralSelling() {};

        assertUnsupported(fake::catalog, "PartnerCentralSelling.catalog");
        assertUnsupported(fake::opportunities, "PartnerCentralSelling.opportunities");
        assertUnsupported(fake::snapshots, "PartnerCentralSelling.snapshots");
        assertUnsupported(fake::snapshotJobs, "PartnerCentralSelling.snapshotJobs");
        assertUnsupported(fake::generatedClient, "PartnerCentralSelling.generatedClient");
        assertUnsupported(fake::engagements, "PartnerCentralSelling.engagements");
        assertUnsupported(fake::invitations, "PartnerCentralSelling.invitations");
        assertUnsupported(fake::tasks, "PartnerCentralSelling.tasks");
        assertUnsupported(fake::solutions, "PartnerCentralSelling.solutions");
        assertUnsupported(fake::tags, "PartnerCentralSelling.tags");
        assertUnsupported(fake::settings, "PartnerCentralSelling.settings");
        assertUnsupported(fake::inbox, "PartnerCentralSelling.inbox");
        assertUnsupported(fake::pacing, "PartnerCentralSelling.pacing");
        // try-with-resources around a fake must not fail the test that uses it.
        assertThatCode(fake::close).doesNotThrowAnyException();
    }

    @Test
    void emptyOpportunityClient_throwsNamingTheMethod_forEveryCall() {
        OpportunityClient fake = new OpportunityClient() {};
        Opportunity opportunity = Opportunity.builder().build();

        assertUnsupported(fake::catalog, "OpportunityClient.catalog");
        assertUnsupported(() -> fake.inCatalog(Catalog.SANDBOX), "OpportunityClient.inCatalog");
        // The convenience overloads end in the one method a fake would implement.
        assertUnsupported(() -> fake.create(opportunity), "OpportunityClient.create");
        assertUnsupported(() -> fake.create(r -> r.opportunity(opportunity)), "OpportunityClient.create");
        assertUnsupported(() -> fake.createAll(Stream.empty(), BulkOptions.builder().build(), result -> { }),
                "OpportunityClient.createAll");
        assertUnsupported(() -> fake.createAll(Stream.empty(), BulkOptions.builder().build()), "OpportunityClient.createAll");
        assertUnsupported(() -> fake.createAll(List.of()), "OpportunityClient.createAll");
        assertUnsupported(() -> fake.updateAll(Stream.empty(), BulkOptions.builder().build(), result -> { }),
                "OpportunityClient.updateAll");
        assertUnsupported(() -> fake.updateAll(Stream.empty(), BulkOptions.builder().build()), "OpportunityClient.updateAll");
        assertUnsupported(() -> fake.get("O1"), "OpportunityClient.get");
        assertUnsupported(() -> fake.update("O1", o -> o), "OpportunityClient.update");
        assertUnsupported(() -> fake.replace("O1", Instant.EPOCH, opportunity), "OpportunityClient.replace");
        assertUnsupported(() -> fake.list(ListOpportunitiesRequest.builder().build()), "OpportunityClient.list");
        assertUnsupported(() -> fake.list(r -> r.maxResults(10)), "OpportunityClient.list");
        assertUnsupported(fake::list, "OpportunityClient.list");
        assertUnsupported(() -> fake.changedSince(Instant.EPOCH), "OpportunityClient.changedSince");
        assertUnsupported(() -> fake.associate("O1", RelatedEntityType.SOLUTIONS, "S-1"), "OpportunityClient.associate");
        assertUnsupported(() -> fake.disassociate("O1", RelatedEntityType.SOLUTIONS, "S-1"),
                "OpportunityClient.disassociate");
        assertUnsupported(() -> fake.submit("O1", InvolvementType.CO_SELL, Visibility.FULL), "OpportunityClient.submit");
        assertUnsupported(() -> fake.assign("O1", io.partnercentral.selling.model.AssigneeContact.builder().build()),
                "OpportunityClient.assign");
        assertUnsupported(() -> fake.getAwsSummary("O1"), "OpportunityClient.getAwsSummary");
        assertUnsupported(() -> fake.simulateReview("O1", io.partnercentral.selling.model.ReviewStatus.APPROVED),
                "OpportunityClient.simulateReview");
    }

    @Test
    void emptySnapshotClients_throwNamingTheMethod_forEveryCall() {
        SnapshotClient snapshots = new SnapshotClient() {};
        SnapshotJobClient jobs = new SnapshotJobClient() {};

        assertUnsupported(snapshots::catalog, "SnapshotClient.catalog");
        assertUnsupported(() -> snapshots.inCatalog(Catalog.AWS), "SnapshotClient.inCatalog");
        assertUnsupported(() -> snapshots.create((SnapshotTarget) null), "SnapshotClient.create");
        assertUnsupported(() -> snapshots.get((SnapshotTarget) null), "SnapshotClient.get");
        assertUnsupported(() -> snapshots.get(null, 2), "SnapshotClient.get");
        assertUnsupported(() -> snapshots.list(ListSnapshotsRequest.builder().build()), "SnapshotClient.list");
        assertUnsupported(() -> snapshots.list(r -> { }), "SnapshotClient.list");

        assertUnsupported(jobs::catalog, "SnapshotJobClient.catalog");
        assertUnsupported(() -> jobs.inCatalog(Catalog.AWS), "SnapshotJobClient.inCatalog");
        assertUnsupported(() -> jobs.create((SnapshotTarget) null), "SnapshotJobClient.create");
        assertUnsupported(() -> jobs.create(null, List.of()), "SnapshotJobClient.create");
        assertUnsupported(() -> jobs.get("job-1"), "SnapshotJobClient.get");
        assertUnsupported(() -> jobs.start("job-1"), "SnapshotJobClient.start");
        assertUnsupported(() -> jobs.stop("job-1"), "SnapshotJobClient.stop");
        assertUnsupported(() -> jobs.delete("job-1"), "SnapshotJobClient.delete");
        assertUnsupported(() -> jobs.list(ListSnapshotJobsRequest.builder().build()), "SnapshotJobClient.list");
        assertUnsupported(() -> jobs.list(r -> { }), "SnapshotJobClient.list");
        assertUnsupported(() -> jobs.waitFor(SnapshotJobStatus.RUNNING, "job-1", Duration.ofSeconds(1)),
                "SnapshotJobClient.waitFor");
    }

    static Stream<Class<?>> subClientsForEveryOperation() {
        return Stream.of(EngagementClient.class, InvitationClient.class, TaskClient.class, SolutionClient.class,
                TagClient.class, SettingsClient.class, ReferralInbox.class);
    }

    /** Every method of an empty fake, convenience overloads included, ends in a throw naming the interface. */
    @ParameterizedTest
    @MethodSource("subClientsForEveryOperation")
    void emptySubClient_throwsNamingTheMethod_forEveryCall(Class<?> type) throws Exception {
        Object fake = java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> java.lang.invoke.MethodHandles.privateLookupIn(type, java.lang.invoke.MethodHandles.lookup())
                        .unreflectSpecial(method, type).bindTo(proxy).invokeWithArguments(args == null ? new Object[0] : args));
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            Object[] args = Arrays.stream(method.getParameterTypes()).map(FakesOfTheFacadeTest::sample).toArray();
            assertThatThrownBy(() -> {
                try {
                    method.invoke(fake, args);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                }
            }).as("%s.%s", type.getSimpleName(), method.getName())
                    .isExactlyInstanceOf(UnsupportedOperationException.class)
                    .hasMessageMatching(type.getSimpleName() + "\\.\\w+ is not implemented by this instance");
        }
    }

    private static Object sample(Class<?> type) {
        try {
            if (type == java.util.function.Consumer.class || type == java.util.function.UnaryOperator.class) {
                return type == java.util.function.Consumer.class
                        ? (java.util.function.Consumer<Object>) x -> { } : java.util.function.UnaryOperator.identity();
            }
            if (type == String.class) {
                return "x";
            }
            if (type == Duration.class) {
                return Duration.ofSeconds(1);
            }
            if (type == Instant.class) {
                return Instant.EPOCH;
            }
            if (type == List.class) {
                return List.of();
            }
            if (type == int.class) {
                return 1;
            }
            if (type.isEnum()) {
                return type.getEnumConstants()[0];
            }
            for (java.lang.reflect.Field field : type.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
                    return field.get(null);
                }
            }
            Object builder = type.getMethod("builder").invoke(null);
            Method build = builder.getClass().getMethod("build");
            build.setAccessible(true);
            return build.invoke(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no sample for " + type, e);
        }
    }

    @Test
    void partialFake_answersWhatItImplements() {
        Opportunity stored = Opportunity.builder().partnerOpportunityIdentifier("crm-1").build();
        OpportunityClient opportunities = new OpportunityClient() {
            @Override
            public Opportunity get(String id) {
                return stored;
            }
        };
        PartnerCentralSelling selling = new PartnerCentralSelling() {
            @Override
            public OpportunityClient opportunities() {
                return opportunities;
            }
        };

        assertThat(selling.opportunities().get("O1")).isSameAs(stored);
        assertUnsupported(() -> selling.opportunities().submit("O1", InvolvementType.CO_SELL, Visibility.FULL),
                "OpportunityClient.submit");
    }

    private static void assertUnsupported(ThrowingCallable call, String method) {
        assertThatThrownBy(call)
                .isExactlyInstanceOf(UnsupportedOperationException.class)
                .hasMessage(method + " is not implemented by this instance");
    }
}
