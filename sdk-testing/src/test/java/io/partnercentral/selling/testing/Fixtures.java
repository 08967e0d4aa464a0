package io.partnercentral.selling.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.partnercentralselling.model.CreateOpportunityRequest;
import software.amazon.awssdk.services.partnercentralselling.model.GetOpportunityResponse;
import software.amazon.awssdk.services.partnercentralselling.model.UpdateOpportunityRequest;

/** Shared test data and helpers: a valid opportunity, a settable clock, raw awsJson1_0 calls. */
final class Fixtures {
    static final String CATALOG = "Sandbox";
    static final Instant START = Instant.parse("2026-11-23T10:15:30.123Z");
    static final String CLOSE_DATE = "2027-03-31";
    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    /** A CreateOpportunity request that passes every check, Pending Submission-ready to submit. */
    static CreateOpportunityRequest.Builder validCreate(String partnerOpportunityId) {
        return validCreate(partnerOpportunityId, "Example Corp");
    }

    static CreateOpportunityRequest.Builder validCreate(String partnerOpportunityId, String companyName) {
        return CreateOpportunityRequest.builder()
                .catalog(CATALOG)
                .clientToken(UUID.randomUUID().toString())
                .partnerOpportunityIdentifier(partnerOpportunityId)
                .opportunityType("Net New Business")
                .primaryNeedsFromAwsWithStrings("Co-Sell - Technical Consultation")
                .customer(c -> c
                        .account(a -> a.companyName(companyName)
                                .industry("Software and Internet")
                                .websiteUrl("https://example.com")
                                .address(ad -> ad.countryCode("US").stateOrRegion("Washington").city("Seattle")
                                        .postalCode("98101").streetAddress("1 Example Way")))
                        .contacts(ct -> ct.email("buyer@example.com").firstName("Jo").lastName("Buyer")
                                .businessTitle("CTO").phone("+12065550100")))
                .project(p -> p.title("Data lake migration")
                        .customerBusinessProblem("Nightly batch jobs miss their window; move the warehouse to AWS.")
                        .deliveryModelsWithStrings("SaaS or PaaS")
                        .expectedCustomerSpend(s -> s.amount("5000").currencyCode("USD").frequency("Monthly").targetCompany("AWS"))
                        .salesActivitiesWithStrings("Initialized discussions with customer")
                        .additionalComments("Customer wants to start in Q1."))
                .marketing(m -> m.source("None").awsFundingUsed("No"))
                .lifeCycle(l -> l.stage("Prospect").targetCloseDate(CLOSE_DATE).nextSteps("Kick-off workshop"))
                .opportunityTeam(t -> t.email("owner@partner.example.com").firstName("Ola").lastName("Owner")
                        .businessTitle("OpportunityOwner"));
    }

    /** A full-replace UpdateOpportunity carrying every member GetOpportunity returned. */
    static UpdateOpportunityRequest.Builder updateFrom(GetOpportunityResponse current) {
        return UpdateOpportunityRequest.builder()
                .catalog(current.catalog())
                .identifier(current.id())
                .lastModifiedDate(current.lastModifiedDate())
                .primaryNeedsFromAws(current.primaryNeedsFromAws())
                .nationalSecurity(current.nationalSecurityAsString())
                .partnerOpportunityIdentifier(current.partnerOpportunityIdentifier())
                .customer(current.customer())
                .project(current.project())
                .opportunityType(current.opportunityTypeAsString())
                .marketing(current.marketing())
                .softwareRevenue(current.softwareRevenue())
                .lifeCycle(current.lifeCycle());
    }

    /** Many attempts with a near-zero backoff: tests under injected faults stay fast. */
    static RetryStrategy fastRetries(int maxAttempts) {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(maxAttempts)
                .backoffStrategy(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(1)))
                .throttlingBackoffStrategy(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(1)))
                .circuitBreakerEnabled(false)
                .build();
    }

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One raw awsJson1_0 exchange, for members the 2.40.2 client cannot send or read. */
    record RawResponse(int status, JsonNode body) {}

    /**
     * A raw awsJson1_0 request signed with the emulator's known credentials by the AWS SDK's own SigV4
     * signer, as any client must sign it; {@code tamper} may change it after signing.
     */
    static HttpRequest signed(PartnerCentralEmulator emulator, String target, String body,
            java.util.function.UnaryOperator<HttpRequest.Builder> tamper) {
        URI uri = URI.create(emulator.endpoint() + "/");
        SdkHttpFullRequest unsigned = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(uri)
                .putHeader("Content-Type", "application/x-amz-json-1.0")
                .putHeader("X-Amz-Target", target)
                .build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(PartnerCentralEmulator.ACCESS_KEY_ID,
                        PartnerCentralEmulator.SECRET_ACCESS_KEY))
                .request(unsigned)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "partnercentral-selling")
                .putProperty(AwsV4HttpSigner.REGION_NAME, emulator.options().region()));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body));
        // java.net.http sets Host itself, to the same host:port the signer signed.
        signed.request().forEachHeader((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return tamper.apply(builder).build();
    }

    static RawResponse call(PartnerCentralEmulator emulator, String operation, JsonNode body) {
        HttpRequest request = signed(emulator, "AWSPartnerCentralSelling." + operation, body.toString(), b -> b);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new RawResponse(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A clock tests move by hand, so dates differ where a filter or sort needs them to. */
    static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the emulator reads instants only");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
