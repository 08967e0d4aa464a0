package io.partnercentral.selling;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.partnercentral.selling.WireMockSupport.TARGET_PREFIX;
import static io.partnercentral.selling.WireMockSupport.body;
import static io.partnercentral.selling.WireMockSupport.fixture;
import static io.partnercentral.selling.WireMockSupport.json;
import static io.partnercentral.selling.WireMockSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.exception.WaiterTimeoutException;
import io.partnercentral.selling.model.AwsOpportunitySummaryFullView;
import io.partnercentral.selling.model.CreatedSnapshot;
import io.partnercentral.selling.model.CreatedSnapshotJob;
import io.partnercentral.selling.model.Snapshot;
import io.partnercentral.selling.model.SnapshotJob;
import io.partnercentral.selling.model.SnapshotJobStatus;
import io.partnercentral.selling.model.SnapshotPayload;
import io.partnercentral.selling.model.SnapshotSummary;
import io.partnercentral.selling.model.SnapshotTarget;
import io.partnercentral.selling.model.SortOrder;
import io.partnercentral.selling.model.Tag;
import io.partnercentral.selling.model.Violation;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Functional tests of the snapshot and snapshot job operations against WireMock. */
class SnapshotClientWireMockTest {
    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final SnapshotTarget TARGET =
            SnapshotTarget.opportunity("eng-0123456789abcd", "O1234567", "OpportunitySummaryView");
    private static final String JOB = "job-0123456789abc";

    private PartnerCentralSelling selling;

    @BeforeEach
    void setUp() {
        selling = WireMockSupport.facade(wireMock);
    }

    @AfterEach
    void tearDown() {
        selling.close();
    }

    private static void stub(String operation, ResponseDefinitionBuilder response) {
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + operation))
                .willReturn(response));
    }

    private static List<LoggedRequest> requests(String operation) {
        return wireMock.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + operation)));
    }

    @Test
    void create_sendsTargetAndFreshClientToken_andReturnsArnAndRevision() {
        stub("CreateResourceSnapshot", json("{\"Arn\":\"arn:aws:partnercentral:us-east-1::catalog/Sandbox/snapshot/1\",\"Revision\":3}"));

        CreatedSnapshot created = selling.snapshots().create(TARGET);

        assertThat(created.revision()).contains(3);
        assertThat(created.arn()).contains("arn:aws:partnercentral:us-east-1::catalog/Sandbox/snapshot/1");
        ObjectNode sent = body(requests("CreateResourceSnapshot").get(0));
        assertThat(UUID.fromString(sent.remove("ClientToken").asText())).isNotNull();
        assertThat(sent).isEqualTo(tree("{\"Catalog\":\"Sandbox\",\"EngagementIdentifier\":\"eng-0123456789abcd\","
                + "\"ResourceType\":\"Opportunity\",\"ResourceIdentifier\":\"O1234567\","
                + "\"ResourceSnapshotTemplateIdentifier\":\"OpportunitySummaryView\"}"));
    }

    @Test
    void get_whenAwsFullView_decodesTheVariantThatTheGeneratedClientDrops() {
        stub("GetResourceSnapshot", json(fixture("snapshot-aws-full-view.json")));

        Snapshot snapshot = selling.snapshots().get(TARGET, 2);

        SnapshotPayload payload = snapshot.payload().orElseThrow();
        assertThat(payload).isInstanceOf(SnapshotPayload.AwsFullView.class);
        AwsOpportunitySummaryFullView view = payload.awsOpportunitySummaryFullView().orElseThrow();
        assertThat(view.insights()).isPresent();
        assertThat(snapshot.targetMemberAccounts()).isNotEmpty();
        assertThat(body(requests("GetResourceSnapshot").get(0))).isEqualTo(tree("{\"Catalog\":\"Sandbox\","
                + "\"EngagementIdentifier\":\"eng-0123456789abcd\",\"ResourceType\":\"Opportunity\","
                + "\"ResourceIdentifier\":\"O1234567\",\"ResourceSnapshotTemplateIdentifier\":\"OpportunitySummaryView\","
                + "\"Revision\":2}"));
    }

    @Test
    void get_whenLatest_omitsRevision_andDecodesOpportunitySummary() {
        stub("GetResourceSnapshot", json(fixture("snapshot-opportunity-summary.json")));

        Snapshot snapshot = selling.snapshots().get(TARGET);

        assertThat(snapshot.payload().orElseThrow().opportunitySummary()).isPresent();
        assertThat(body(requests("GetResourceSnapshot").get(0)).has("Revision")).isFalse();
    }

    @Test
    void get_whenIdentifiersMalformed_reportsEachBeforeSending() {
        SnapshotTarget bad = SnapshotTarget.opportunity("engagement-1", "opp-1", "x");
        assertThatThrownBy(() -> selling.snapshots().get(bad, 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::fieldPath).containsExactly(
                                "EngagementIdentifier", "ResourceSnapshotTemplateIdentifier", "ResourceIdentifier", "Revision"));
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void list_pagesLazilyWithFilters() {
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "ListResourceSnapshots"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("NextToken"))
                .willReturn(json("{\"ResourceSnapshotSummaries\":[{\"Arn\":\"a1\",\"Revision\":1}],\"NextToken\":\"t2\"}")));
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "ListResourceSnapshots"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"NextToken\":\"t2\""))
                .willReturn(json("{\"ResourceSnapshotSummaries\":[{\"Arn\":\"a2\",\"Revision\":2}]}")));

        List<SnapshotSummary> all = selling.snapshots().list(r -> r.engagementIdentifier("eng-0123456789abcd")
                .resourceIdentifier("O1234567").maxResults(1)).stream().toList();

        assertThat(all).extracting(s -> s.revision().orElseThrow()).containsExactly(1, 2);
        assertThat(body(requests("ListResourceSnapshots").get(0))).isEqualTo(tree("{\"Catalog\":\"Sandbox\","
                + "\"MaxResults\":1,\"EngagementIdentifier\":\"eng-0123456789abcd\",\"ResourceIdentifier\":\"O1234567\"}"));
    }

    @Test
    void jobs_createGetStartStopDeleteList_sendTheReferenceMembers() {
        stub("CreateResourceSnapshotJob", json("{\"Id\":\"" + JOB + "\",\"Arn\":\"arn:job\"}"));
        stub("GetResourceSnapshotJob", json(fixture("snapshot-job.json")));
        stub("StartResourceSnapshotJob", json("{}"));
        stub("StopResourceSnapshotJob", json("{}"));
        stub("DeleteResourceSnapshotJob", json("{}"));
        stub("ListResourceSnapshotJobs", json("{\"ResourceSnapshotJobSummaries\":[{\"Id\":\"" + JOB + "\",\"Status\":\"Running\"}]}"));

        CreatedSnapshotJob created = selling.snapshotJobs().create(TARGET, List.of(Tag.of("sync", "crm")));
        SnapshotJob job = selling.snapshotJobs().get(JOB);
        selling.snapshotJobs().start(JOB);
        selling.snapshotJobs().stop(JOB);
        selling.snapshotJobs().delete(JOB);
        List<?> listed = selling.snapshotJobs().list(r -> r.status(SnapshotJobStatus.RUNNING)
                .sortByCreatedDate(SortOrder.DESCENDING)).stream().toList();

        assertThat(created.id()).contains(JOB);
        assertThat(job.status()).isPresent();
        assertThat(listed).hasSize(1);
        ObjectNode create = body(requests("CreateResourceSnapshotJob").get(0));
        assertThat(UUID.fromString(create.remove("ClientToken").asText())).isNotNull();
        assertThat(create).isEqualTo(tree("{\"Catalog\":\"Sandbox\",\"EngagementIdentifier\":\"eng-0123456789abcd\","
                + "\"ResourceType\":\"Opportunity\",\"ResourceIdentifier\":\"O1234567\","
                + "\"ResourceSnapshotTemplateIdentifier\":\"OpportunitySummaryView\",\"Tags\":[{\"Key\":\"sync\",\"Value\":\"crm\"}]}"));
        for (String operation : List.of("GetResourceSnapshotJob", "StartResourceSnapshotJob", "StopResourceSnapshotJob",
                "DeleteResourceSnapshotJob")) {
            assertThat(body(requests(operation).get(0)))
                    .isEqualTo(tree("{\"Catalog\":\"Sandbox\",\"ResourceSnapshotJobIdentifier\":\"" + JOB + "\"}"));
        }
        assertThat(body(requests("ListResourceSnapshotJobs").get(0))).isEqualTo(tree("{\"Catalog\":\"Sandbox\","
                + "\"Status\":\"Running\",\"Sort\":{\"SortBy\":\"CreatedDate\",\"SortOrder\":\"DESCENDING\"}}"));
    }

    @Test
    void waitFor_whenStatusNeverArrives_timesOutAfterPolling() {
        stub("GetResourceSnapshotJob", json("{\"Id\":\"" + JOB + "\",\"Status\":\"Stopped\"}"));

        assertThatThrownBy(() -> selling.snapshotJobs().waitFor(SnapshotJobStatus.RUNNING, JOB, Duration.ofMillis(500)))
                .isInstanceOf(WaiterTimeoutException.class)
                .hasMessageContaining("did not reach status Running");
        assertThat(requests("GetResourceSnapshotJob").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void waitFor_whenStatusArrives_returnsTheJob() {
        wireMock.stubFor(post(urlEqualTo("/")).inScenario("job").whenScenarioStateIs(
                        com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(json("{\"Id\":\"" + JOB + "\",\"Status\":\"Stopped\"}")).willSetStateTo("running"));
        wireMock.stubFor(post(urlEqualTo("/")).inScenario("job").whenScenarioStateIs("running")
                .willReturn(json("{\"Id\":\"" + JOB + "\",\"Status\":\"Running\"}")));

        SnapshotJob job = selling.snapshotJobs().waitFor(SnapshotJobStatus.RUNNING, JOB, Duration.ofSeconds(10));

        assertThat(job.status()).contains(SnapshotJobStatus.RUNNING);
        assertThat(requests("GetResourceSnapshotJob")).hasSize(2);
    }
    @Test
    void create_whenRetried_resendsTheSameClientToken() {
        wireMock.stubFor(post(urlEqualTo("/")).inScenario("retry").whenScenarioStateIs(
                        com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(WireMockSupport.error(500, "InternalServerException", "try again")).willSetStateTo("ok"));
        wireMock.stubFor(post(urlEqualTo("/")).inScenario("retry").whenScenarioStateIs("ok")
                .willReturn(json("{\"Arn\":\"arn:snapshot\",\"Revision\":1}")));

        selling.snapshots().create(TARGET);
        selling.snapshots().create(TARGET);

        List<LoggedRequest> sent = requests("CreateResourceSnapshot");
        assertThat(sent).hasSize(3);
        String first = body(sent.get(0)).get("ClientToken").asText();
        assertThat(body(sent.get(1)).get("ClientToken").asText()).isEqualTo(first);
        // A new logical call draws a new token.
        assertThat(body(sent.get(2)).get("ClientToken").asText()).isNotEqualTo(first);
    }

    @Test
    void jobs_createWithoutTags_omitsTags() {
        stub("CreateResourceSnapshotJob", json("{\"Id\":\"" + JOB + "\"}"));

        selling.snapshotJobs().create(TARGET);

        ObjectNode create = body(requests("CreateResourceSnapshotJob").get(0));
        assertThat(create.has("Tags")).isFalse();
        assertThat(create.has("ClientToken")).isTrue();
    }

    @Test
    void jobs_whenIdMalformedOrMissing_throwBeforeSending() {
        for (String bad : new String[] {"job-1", "", null}) {
            assertThatThrownBy(() -> selling.snapshotJobs().get(bad)).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> selling.snapshotJobs().start(bad)).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> selling.snapshotJobs().stop(bad)).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> selling.snapshotJobs().delete(bad))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::fieldPath).containsExactly("ResourceSnapshotJobIdentifier"));
        }
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void start_whenEveryAnswerIsLost_butTheJobRuns_succeedsAfterReadingItBack() {
        stub("StartResourceSnapshotJob", WireMockSupport.error(500, "InternalServerException", "lost"));
        stub("GetResourceSnapshotJob", json("{\"Id\":\"" + JOB + "\",\"Status\":\"Running\"}"));

        selling.snapshotJobs().start(JOB);

        assertThat(requests("StartResourceSnapshotJob")).hasSize(4);
        assertThat(requests("GetResourceSnapshotJob")).hasSize(1);
    }

    @Test
    void stop_whenRefusedAtTheFirstAttempt_throwsWithoutReadingBack() {
        stub("StopResourceSnapshotJob", WireMockSupport.error(409, "ConflictException", "not running"));

        assertThatThrownBy(() -> selling.snapshotJobs().stop(JOB))
                .isInstanceOf(io.partnercentral.selling.exception.ConflictException.class);

        assertThat(requests("StopResourceSnapshotJob")).hasSize(1);
        assertThat(requests("GetResourceSnapshotJob")).isEmpty();
    }

    @Test
    void delete_whenEveryAnswerIsLost_andTheJobIsGone_succeeds() {
        stub("DeleteResourceSnapshotJob", WireMockSupport.error(500, "InternalServerException", "lost"));
        stub("GetResourceSnapshotJob", WireMockSupport.error(404, "ResourceNotFoundException", "gone"));

        selling.snapshotJobs().delete(JOB);

        assertThat(requests("DeleteResourceSnapshotJob")).hasSize(4);
        assertThat(requests("GetResourceSnapshotJob")).hasSize(1);
    }

    @Test
    void delete_whenEveryAnswerIsLost_andTheJobIsStillThere_throwsTheFailure() {
        stub("DeleteResourceSnapshotJob", WireMockSupport.error(500, "InternalServerException", "lost"));
        stub("GetResourceSnapshotJob", json("{\"Id\":\"" + JOB + "\",\"Status\":\"Stopped\"}"));

        assertThatThrownBy(() -> selling.snapshotJobs().delete(JOB))
                .isInstanceOf(io.partnercentral.selling.exception.InternalServerException.class);
        assertThat(requests("GetResourceSnapshotJob")).hasSize(1);
    }

    @Test
    void inCatalog_sendsTheOtherCatalog_andKeepsTheBoundOne() {
        stub("GetResourceSnapshotJob", json("{\"Id\":\"" + JOB + "\",\"Status\":\"Running\"}"));

        SnapshotJobClient aws = selling.snapshotJobs().inCatalog(io.partnercentral.selling.model.Catalog.AWS);
        aws.get(JOB);
        selling.snapshotJobs().get(JOB);

        assertThat(aws.catalog()).isEqualTo(io.partnercentral.selling.model.Catalog.AWS);
        assertThat(requests("GetResourceSnapshotJob")).extracting(r -> body(r).get("Catalog").asText())
                .containsExactly("AWS", "Sandbox");
    }
}
