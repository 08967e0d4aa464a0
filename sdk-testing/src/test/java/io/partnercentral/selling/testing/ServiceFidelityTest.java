package io.partnercentral.selling.testing;

import static io.partnercentral.selling.testing.Fixtures.CATALOG;
import static io.partnercentral.selling.testing.Fixtures.call;
import static io.partnercentral.selling.testing.Fixtures.json;
import static io.partnercentral.selling.testing.Fixtures.validCreate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.model.Catalog;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;

/**
 * Where real clients (boto3, the JavaScript SDK) found the emulator unlike the service, each on the
 * wire: the engagement timestamp round trip, tags, the Sandbox review, a rejected invitation, and the
 * signature's date and signed headers.
 */
@ExtendWith(PartnerCentralEmulatorExtension.class)
class ServiceFidelityTest {
    private static final String ENGAGEMENT = "eng-0123456789abcd";

    private final PartnerCentralEmulator emulator;
    private final PartnerCentralSellingClient client;

    ServiceFidelityTest(PartnerCentralEmulator emulator, PartnerCentralSellingClient client) {
        this.emulator = emulator;
        this.client = client;
    }

    @Test
    void updateEngagementContext_acceptsModifiedAtAtEachClientsPrecision_andRefusesAStaleOneAtAny() {
        String engagementId = acceptedLead();
        for (ChronoUnit precision : new ChronoUnit[] {ChronoUnit.MICROS, ChronoUnit.MILLIS, ChronoUnit.NANOS}) {
            Instant modifiedAt = Instant.parse(getEngagement(engagementId).path("ModifiedAt").asText());
            assertThat(modifiedAt.getNano() % 1_000).as("the service's nanoseconds").isNotZero();
            String sent = modifiedAt.truncatedTo(precision).toString();

            Fixtures.RawResponse updated = call(emulator, "UpdateEngagementContext", qualify(engagementId, sent));
            assertThat(updated.status()).as(precision.toString()).isEqualTo(200);
            assertThat(Instant.parse(updated.body().path("EngagementLastModifiedAt").asText())).isAfter(modifiedAt);
            // The same value again is stale now, at the precision it was sent with.
            Fixtures.RawResponse stale = call(emulator, "UpdateEngagementContext", qualify(engagementId, sent));
            assertThat(stale.status()).isEqualTo(409);
            assertThat(stale.body().path("__type").asText()).endsWith("ConflictException");
        }
    }

    @Test
    void listTagsForResource_onAnUntaggedResource_answersAnEmptyList() {
        String id = client.createOpportunity(validCreate("CRM-1").build()).id();

        Fixtures.RawResponse listed = call(emulator, "ListTagsForResource", json("{\"ResourceArn\":\"" + arn(id) + "\"}"));

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().path("Tags").isArray()).isTrue();
        assertThat(listed.body().path("Tags")).isEmpty();
    }

    @Test
    void tagsGivenAtCreation_areTheResourcesTags_forOpportunitiesAndSnapshotJobs() {
        String id = client.createOpportunity(validCreate("CRM-1").tags(t -> t.key("source").value("crm")).build()).id();
        var job = client.createResourceSnapshotJob(r -> r.catalog(CATALOG).clientToken(UUID.randomUUID().toString())
                .engagementIdentifier(ENGAGEMENT).resourceType("Opportunity").resourceIdentifier(id)
                .resourceSnapshotTemplateIdentifier("OpportunitySummaryView").tags(t -> t.key("team").value("emea")));

        assertThat(client.listTagsForResource(r -> r.resourceArn(arn(id))).tags())
                .extracting(t -> t.key() + "=" + t.value()).containsExactly("source=crm");
        assertThat(client.listTagsForResource(r -> r.resourceArn(job.arn())).tags())
                .extracting(t -> t.key() + "=" + t.value()).containsExactly("team=emea");
        client.tagResource(r -> r.resourceArn(job.arn()).tags(t -> t.key("stage").value("pilot")));
        assertThat(client.listTagsForResource(r -> r.resourceArn(job.arn())).tags()).hasSize(2);
    }

    @Test
    void tagResource_onAnArnThatDoesNotExist_isResourceNotFound() {
        String missing = arn("O9999999999");

        Fixtures.RawResponse tagged = call(emulator, "TagResource",
                json("{\"ResourceArn\":\"" + missing + "\",\"Tags\":[{\"Key\":\"k\",\"Value\":\"v\"}]}"));

        assertThat(tagged.status()).isEqualTo(404);
        assertThat(tagged.body().path("__type").asText()).endsWith("ResourceNotFoundException");
        assertThat(call(emulator, "ListTagsForResource", json("{\"ResourceArn\":\"" + missing + "\"}")).status())
                .isEqualTo(404);
    }

    @Test
    void sandboxUpdate_withReviewStatus_movesTheReviewFromSubmitted_andRefusesFromPendingSubmission() {
        String id = client.createOpportunity(validCreate("CRM-1").build()).id();
        // Pending Submission: the review has not begun, so it cannot be moved.
        Fixtures.RawResponse early = call(emulator, "UpdateOpportunity", withReviewStatus(id, "Approved"));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body().path("ErrorList").get(0).path("FieldName").asText()).isEqualTo("LifeCycle.ReviewStatus");
        assertThat(early.body().path("ErrorList").get(0).path("Code").asText()).isEqualTo("INVALID_RESOURCE_STATE");

        emulator.nextReviewOutcome(ReviewOutcome.SUBMITTED);
        client.submitOpportunity(r -> r.catalog(CATALOG).identifier(id).involvementType("Co-Sell"));
        assertThat(reviewStatus(id)).isEqualTo("Submitted");

        assertThat(call(emulator, "UpdateOpportunity", withReviewStatus(id, "In review")).status()).isEqualTo(200);
        assertThat(reviewStatus(id)).isEqualTo("In review");
        Fixtures.RawResponse actionRequired = call(emulator, "UpdateOpportunity", withReviewStatus(id, "Action Required"));
        assertThat(actionRequired.status()).isEqualTo(200);
        JsonNode lifeCycle = emulator.opportunityJson(id).orElseThrow().path("LifeCycle");
        assertThat(lifeCycle.path("ReviewStatus").asText()).isEqualTo("Action Required");
        assertThat(lifeCycle.path("ReviewStatusReason").asText()).isNotBlank();
        assertThat(call(emulator, "UpdateOpportunity", withReviewStatus(id, "Approved")).status()).isEqualTo(200);
        assertThat(reviewStatus(id)).isEqualTo("Approved");
    }

    @Test
    void facadeSimulateReview_movesASubmittedOpportunity(io.partnercentral.selling.PartnerCentralSelling selling) {
        String id = selling.opportunities().create(FacadeAgainstEmulatorTest.deal("CRM-9")).id();
        emulator.nextReviewOutcome(ReviewOutcome.SUBMITTED);
        client.submitOpportunity(r -> r.catalog(CATALOG).identifier(id).involvementType("Co-Sell"));

        selling.opportunities().simulateReview(id, io.partnercentral.selling.model.ReviewStatus.IN_REVIEW);
        selling.opportunities().simulateReview(id, io.partnercentral.selling.model.ReviewStatus.APPROVED);

        assertThat(reviewStatus(id)).isEqualTo("Approved");
    }

    @Test
    void sandboxUpdate_underReview_mayMoveTheReviewButChangeNothingElse() {
        String id = client.createOpportunity(validCreate("CRM-1").build()).id();
        emulator.nextReviewOutcome(ReviewOutcome.SUBMITTED);
        client.submitOpportunity(r -> r.catalog(CATALOG).identifier(id).involvementType("Co-Sell"));
        ObjectNode changed = withReviewStatus(id, "Approved");
        changed.with("Project").put("Title", "Another title");

        Fixtures.RawResponse refused = call(emulator, "UpdateOpportunity", changed);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("ErrorList").get(0).path("FieldName").asText()).isEqualTo("Project.Title");
        assertThat(reviewStatus(id)).isEqualTo("Submitted");
    }

    @Test
    void awsCatalogUpdate_doesNotMoveTheReview() {
        String id = client.createOpportunity(validCreate("CRM-1").catalog("AWS").build()).id();
        ObjectNode update = updateOf(id);
        update.with("LifeCycle").put("ReviewStatus", "Approved");

        assertThat(call(emulator, "UpdateOpportunity", update).status()).isEqualTo(200);
        assertThat(reviewStatus(id)).isEqualTo("Pending Submission");
    }

    @Test
    void rejectedInvitation_noLongerShowsItsPayload() {
        String invitation = emulator.sendReferral(Catalog.SANDBOX, "Print shop migration");
        JsonNode before = call(emulator, "GetEngagementInvitation", json("{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + invitation + "\"}")).body();
        assertThat(before.has("Payload")).isTrue();

        call(emulator, "RejectEngagementInvitation", json("{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + invitation
                + "\",\"RejectionReason\":\"Customer problem unclear\"}"));

        JsonNode after = call(emulator, "GetEngagementInvitation", json("{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + invitation + "\"}")).body();
        assertThat(after.path("Status").asText()).isEqualTo("REJECTED");
        assertThat(after.path("RejectionReason").asText()).isEqualTo("Customer problem unclear");
        assertThat(after.has("Payload")).isFalse();
    }

    @Test
    void signature_datedOutsideFifteenMinutes_isRefusedAsExpired_andInsideIsServed() throws Exception {
        Instant now = Instant.now();
        for (Duration skew : new Duration[] {Duration.ofMinutes(-16), Duration.ofMinutes(16), Duration.ofDays(-9000)}) {
            HttpResponse<String> response = send(signedAt(now.plus(skew), true));
            assertThat(response.statusCode()).as(skew.toString()).isEqualTo(403);
            assertThat(json(response.body()).path("__type").asText()).isEqualTo("InvalidSignatureException");
            assertThat(json(response.body()).path("Message").asText()).startsWith("Signature expired");
        }
        assertThat(send(signedAt(now.minus(Duration.ofMinutes(14)), true)).statusCode()).isEqualTo(200);
        assertThat(send(signedAt(now.plus(Duration.ofMinutes(14)), true)).statusCode()).isEqualTo(200);
    }

    @Test
    void signature_thatLeavesXAmzTargetUnsigned_isRefused() throws Exception {
        HttpResponse<String> response = send(signedAt(Instant.now(), false));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).path("__type").asText()).isEqualTo("IncompleteSignatureException");
    }

    @Test
    void requestJournal_isBoundedByDefault() {
        try (PartnerCentralEmulator small = PartnerCentralEmulator.start(PartnerCentralEmulator.Options.builder()
                .requestJournalSize(3).build())) {
            for (int i = 0; i < 5; i++) {
                call(small, "ListSolutions", json("{\"Catalog\":\"Sandbox\"}"));
            }
            assertThat(small.wireMock().getAllServeEvents()).hasSize(3);
            assertThat(small.receivedRequests(10)).hasSize(3).allSatisfy(r -> assertThat(r.operation()).isEqualTo("ListSolutions"));
        }
        assertThat(emulator.options().requestJournalSize()).isEqualTo(PartnerCentralEmulator.DEFAULT_REQUEST_JOURNAL_SIZE);
    }

    private String acceptedLead() {
        String invitation = emulator.sendLead(Catalog.SANDBOX, "Shop on ageing servers");
        assertThat(call(emulator, "AcceptEngagementInvitation",
                json("{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + invitation + "\"}")).status()).isEqualTo(200);
        return call(emulator, "GetEngagementInvitation", json("{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + invitation + "\"}"))
                .body().path("EngagementId").asText();
    }

    private JsonNode getEngagement(String engagementId) {
        return call(emulator, "GetEngagement", json("{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + engagementId + "\"}")).body();
    }

    private static ObjectNode qualify(String engagementId, String lastModifiedAt) {
        return json("{\"Catalog\":\"Sandbox\",\"EngagementIdentifier\":\"" + engagementId + "\",\"ContextIdentifier\":\"1\","
                + "\"EngagementLastModifiedAt\":\"" + lastModifiedAt + "\",\"Type\":\"Lead\","
                + "\"Payload\":{\"Lead\":{\"QualificationStatus\":\"Qualified\",\"Customer\":{\"CompanyName\":\"Example Lead Customer\"}}}}");
    }

    /** The opportunity as GetOpportunity has it, sent back whole as an UpdateOpportunity with this review status. */
    private ObjectNode withReviewStatus(String id, String status) {
        ObjectNode update = updateOf(id);
        update.with("LifeCycle").put("ReviewStatus", status);
        return update;
    }

    private ObjectNode updateOf(String id) {
        ObjectNode update = emulator.opportunityJson(id).orElseThrow();
        update.remove(List.of("Id", "Arn", "CreatedDate", "RelatedEntityIdentifiers", "OpportunityTeam"));
        update.put("Identifier", id);
        return update;
    }

    private String reviewStatus(String id) {
        return emulator.opportunityJson(id).orElseThrow().path("LifeCycle").path("ReviewStatus").asText();
    }

    private String arn(String opportunityId) {
        return "arn:aws:partnercentral:us-east-1:" + emulator.options().accountId() + ":catalog/Sandbox/opportunity/" + opportunityId;
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A ListSolutions request signed at {@code at}, with X-Amz-Target among the signed headers or sent after signing. */
    private HttpRequest signedAt(Instant at, boolean signTarget) {
        java.net.URI uri = java.net.URI.create(emulator.endpoint() + "/");
        String body = "{\"Catalog\":\"Sandbox\"}";
        SdkHttpFullRequest.Builder unsigned = SdkHttpFullRequest.builder().method(SdkHttpMethod.POST).uri(uri)
                .putHeader("Content-Type", "application/x-amz-json-1.0");
        if (signTarget) {
            unsigned.putHeader("X-Amz-Target", "AWSPartnerCentralSelling.ListSolutions");
        }
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(PartnerCentralEmulator.ACCESS_KEY_ID,
                        PartnerCentralEmulator.SECRET_ACCESS_KEY))
                .request(unsigned.build())
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "partnercentral-selling")
                .putProperty(AwsV4HttpSigner.REGION_NAME, emulator.options().region())
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC)));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body));
        signed.request().forEachHeader((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        if (!signTarget) {
            builder.header("X-Amz-Target", "AWSPartnerCentralSelling.ListSolutions");
        }
        return builder.build();
    }
}
