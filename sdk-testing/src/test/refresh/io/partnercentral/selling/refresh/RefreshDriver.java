package io.partnercentral.selling.refresh;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.PartnerCentralSellingAsync;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.Contact;
import io.partnercentral.selling.model.CountryCode;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.model.Industry;
import io.partnercentral.selling.model.ListOpportunityInsightsRequest;
import io.partnercentral.selling.model.ModelCodecs;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.OpportunityInsightSummary;
import io.partnercentral.selling.model.OpportunitySummary;
import io.partnercentral.selling.model.Project;
import io.partnercentral.selling.model.SnapshotSummary;
import io.partnercentral.selling.model.WireCodec;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Compiled by ModelRefreshTest with the SDK generated from the refreshed model, never with the checked-in
 * one (it names what only the refresh adds: ListOpportunityInsights, CreateEngagementNote, OpportunityInsightSummary,
 * Industry.ORBITAL_AGRICULTURE, Project.sustainabilityGoal, SnapshotSummary.retentionDays and
 * CreatedOpportunity.arn). Every call goes to the emulator the test started on the same refreshed model.
 */
public final class RefreshDriver {
    private RefreshDriver() {}

    /** Runs the calls and returns what each saw, as text, by name. */
    public static Map<String, String> run(URI endpoint, String email) throws Exception {
        Map<String, String> seen = new LinkedHashMap<>();
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIAEMULATOR000000", "emulator-secret-key"));
        try (PartnerCentralSelling selling = PartnerCentralSelling.builder().endpointOverride(endpoint)
                        .region(Region.US_EAST_1).credentialsProvider(credentials).httpClientBuilder(ApacheHttpClient.builder())
                        .catalog(Catalog.SANDBOX).pacing(PacingSettings.disabled()).build();
                PartnerCentralSellingAsync async = PartnerCentralSellingAsync.builder().endpointOverride(endpoint)
                        .region(Region.US_EAST_1).credentialsProvider(credentials).catalog(Catalog.SANDBOX)
                        .pacing(PacingSettings.disabled()).build()) {
            Opportunity opportunity = Opportunity.builder()
                    .customer(c -> c.account(a -> a.companyName("Refresh Corp").industry(Industry.ORBITAL_AGRICULTURE)
                                    .websiteUrl("https://refresh.example.com").address(ad -> ad.countryCode(CountryCode.DE)))
                            .addContacts(Contact.builder().email(email).firstName("Ada").lastName("Byron").build()))
                    .project(p -> p.title("Refresh pilot").customerBusinessProblem("The model changed under the SDK.")
                            .sustainabilityGoal("net zero by 2030"))
                    .build();
            CreatedOpportunity created = selling.opportunities().create(opportunity);
            seen.put("created.arn", String.valueOf(created.arn()));

            Opportunity got = selling.opportunities().get(created.id());
            seen.put("get.industry", got.customer().flatMap(c -> c.account()).map(a -> text(a.industry())).orElse("none"));
            seen.put("get.industry.known", String.valueOf(got.customer().flatMap(c -> c.account())
                    .map(a -> a.industry()).flatMap(RefreshDriver::optional).map(i -> ((Industry) i).isKnown()).orElse(false)));
            seen.put("get.sustainabilityGoal", got.project().flatMap(Project::sustainabilityGoal).orElse("none"));
            seen.put("get.email", got.customer().map(c -> c.contacts().get(0)).map(c -> text(c.email())).orElse("none"));

            String summaryGoal = "none";
            for (OpportunitySummary summary : selling.opportunities().list().items()) {
                if (text(summary.id()).equals(created.id())) {
                    summaryGoal = summary.project().flatMap(Project::sustainabilityGoal).orElse("absent");
                }
            }
            seen.put("summary.sustainabilityGoal", summaryGoal);

            // The new paginated operation: generated methods on the sub-client the default rule chose.
            List<String> sync = new ArrayList<>();
            for (OpportunityInsightSummary insight : selling.opportunities()
                    .listOpportunityInsights(r -> r.opportunityIdentifier(created.id())).items()) {
                sync.add(text(insight.insightId()) + "/" + text(insight.score()));
            }
            seen.put("sync.insights", String.join(",", sync));
            ListOpportunityInsightsRequest request = ListOpportunityInsightsRequest.builder()
                    .opportunityIdentifier(created.id()).build();
            seen.put("sync.request.pages", String.valueOf(
                    java.util.stream.StreamSupport.stream(selling.opportunities().listOpportunityInsights(request).pages().spliterator(), false)
                            .count()));
            List<String> asyncSeen = new CopyOnWriteArrayList<>();
            async.opportunities().listOpportunityInsights(r -> r.opportunityIdentifier(created.id())).items()
                    .subscribe(insight -> asyncSeen.add(text(insight.insightId()) + "/" + text(insight.score())))
                    .get(30, TimeUnit.SECONDS);
            seen.put("async.insights", String.join(",", asyncSeen));

            // The new write, placed on engagements() by its noun; the SDK draws its ClientToken.
            seen.put("sync.note", text(selling.engagements().createEngagementNote(
                    r -> r.engagementIdentifier("eng-0123456789abcd").note("Call the customer on Monday.")).noteId()));
            seen.put("async.note", text(async.engagements().createEngagementNote(
                    r -> r.engagementIdentifier("eng-0123456789abcd").note("Call the customer on Monday."))
                    .get(30, TimeUnit.SECONDS).noteId()));

            // The model's rules hold for it too, before anything is sent.
            try {
                selling.opportunities().listOpportunityInsights(r -> r.opportunityIdentifier("not-an-id")).iterator().hasNext();
                seen.put("sync.invalid", "sent");
            } catch (ValidationException e) {
                seen.put("sync.invalid", e.violations().toString());
            }
            try {
                async.opportunities().listOpportunityInsights(r -> r.opportunityIdentifier("not-an-id")).items()
                        .subscribe(x -> {}).get(30, TimeUnit.SECONDS);
                seen.put("async.invalid", "sent");
            } catch (ExecutionException e) {
                seen.put("async.invalid", e.getCause() instanceof ValidationException v ? v.violations().toString()
                        : String.valueOf(e.getCause()));
            }
        }

        // A member new on a snapshot structure, read as the transport reads an answer.
        WireCodec<SnapshotSummary> codec = ModelCodecs.of(SnapshotSummary.class);
        try (JsonParser parser = new JsonFactory().createParser("{\"Revision\":2,\"RetentionDays\":90}")) {
            parser.nextToken();
            SnapshotSummary summary = codec.read(parser);
            seen.put("snapshotSummary.retentionDays", text(summary.retentionDays()));
        }
        return seen;
    }

    private static Optional<?> optional(Object value) {
        return value instanceof Optional<?> o ? o : Optional.ofNullable(value);
    }

    /** A member's value as text, whether the generated accessor returns it plain or in an Optional. */
    private static String text(Object value) {
        Object plain = optional(value).orElse(null);
        return plain instanceof io.partnercentral.selling.model.Picklist p ? p.value() : String.valueOf(plain);
    }
}
