package io.partnercentral.selling.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.instrumentation.awssdk.v2_2.AwsSdkTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.internal.WireInterceptor;
import io.partnercentral.selling.model.CountryCode;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.model.CurrencyCode;
import io.partnercentral.selling.model.ExpectedCustomerSpend;
import io.partnercentral.selling.model.PaymentFrequency;
import io.partnercentral.selling.model.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import io.partnercentral.selling.model.Industry;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.Origin;
import io.partnercentral.selling.testing.PartnerCentralEmulator;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Tracing next to metrics: the AWS SDK's OpenTelemetry interceptor and this SDK's interceptor on one
 * builder-made client, each doing its part on the same calls.
 */
class TracingAlongsideTest {
    @Test
    void openTelemetryInterceptor_andTheSdksInterceptor_bothRun_inThatOrderAfterOurs() {
        InMemorySpanExporter spans = InMemorySpanExporter.create();
        try (SdkTracerProvider tracing = SdkTracerProvider.builder()
                        .addSpanProcessor(SimpleSpanProcessor.create(spans)).build();
                PartnerCentralEmulator emulator = PartnerCentralEmulator.start()) {
            OpenTelemetrySdk openTelemetry = OpenTelemetrySdk.builder().setTracerProvider(tracing).build();
            ExecutionInterceptor tracer = AwsSdkTelemetry.create(openTelemetry).newExecutionInterceptor();
            String title;
            String id;
            List<ExecutionInterceptor> chain;
            try (PartnerCentralSelling selling = emulator.sellingBuilder()
                    .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(tracer).build())
                    .metrics(MicrometerSellingMetrics.create(new SimpleMeterRegistry()))
                    .build()) {
                CreatedOpportunity created = selling.opportunities().create(Opportunity.builder()
                        .origin(Origin.PARTNER_REFERRAL)
                        .customer(c -> c.account(a -> a.companyName("Traced Co").industry(Industry.RETAIL)
                                .websiteUrl("https://traced.example.com").address(ad -> ad.countryCode(CountryCode.DE))))
                        .project(p -> p.title("Traced deal")
                                .customerBusinessProblem("Nightly batch jobs miss their window every Monday.")
                                .addExpectedCustomerSpend(s -> s.amount(new BigDecimal("1200.00"))
                                        .currencyCode(CurrencyCode.USD).frequency(PaymentFrequency.MONTHLY)
                                        .targetCompany(ExpectedCustomerSpend.TARGET_AWS)))
                        .lifeCycle(l -> l.stage(Stage.QUALIFIED).targetCloseDate(LocalDate.of(2099, 3, 31)))
                        .build());
                id = created.id();
                // The facade's interceptor read the body: the generated unmarshaller is handed only {}.
                title = selling.opportunities().get(id).project().flatMap(p -> p.title()).orElse(null);
                chain = selling.generatedClient().serviceClientConfiguration().overrideConfiguration()
                        .executionInterceptors();
            }
            assertThat(title).isEqualTo("Traced deal");
            assertThat(id).startsWith("O");

            // Ours first (from the jar's execution.interceptors), then the tracer from the override configuration.
            int ours = indexOf(chain, WireInterceptor.class);
            int theirs = chain.indexOf(tracer);
            assertThat(ours).isNotNegative();
            assertThat(theirs).isGreaterThan(ours);

            List<SpanData> finished = spans.getFinishedSpanItems();
            assertThat(finished).extracting(s -> s.getAttributes().get(AttributeKey.stringKey("rpc.method")))
                    .containsExactly("CreateOpportunity", "GetOpportunity");
            assertThat(finished).allSatisfy(s -> assertThat(s.getStatus().getStatusCode().name()).isNotEqualTo("ERROR"));
            // The tracer's header reached the service on the request the facade's interceptor rewrote.
            List<ServeEvent> served = emulator.wireMock().getAllServeEvents();
            assertThat(served).hasSize(2);
            for (SpanData span : finished) {
                String traceId = span.getTraceId();
                assertThat(served).anySatisfy(e -> assertThat(e.getRequest().getHeader("X-Amzn-Trace-Id"))
                        .contains("Root=1-" + traceId.substring(0, 8) + "-" + traceId.substring(8)));
            }
        }
    }

    private static int indexOf(List<ExecutionInterceptor> chain, Class<?> type) {
        for (int i = 0; i < chain.size(); i++) {
            if (type.isInstance(chain.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
