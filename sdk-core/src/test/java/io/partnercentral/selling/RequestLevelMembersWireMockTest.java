package io.partnercentral.selling;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.partnercentral.selling.WireMockSupport.TARGET_PREFIX;
import static io.partnercentral.selling.WireMockSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.internal.WireJson;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.model.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Members the request sets itself: the catalog, the client token, and stale copies of them in a payload. */
class RequestLevelMembersWireMockTest {
    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static List<LoggedRequest> sent(String operation) {
        return wireMock.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + operation)));
    }

    @Test
    void create_whenPayloadReadFromJsonCarriesAStaleClientToken_sendsOneClientTokenKey_theFreshOne() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "CreateOpportunity"))
                .willReturn(json("{\"Id\":\"O1\",\"LastModifiedDate\":\"2026-11-23T12:00:01Z\"}")));
        ObjectNode stored = (ObjectNode) WireJson.mapper().readTree(WireJson.createWriter()
                .writeValueAsString(io.partnercentral.selling.model.Fixtures.validOpportunity()));
        stored.put("ClientToken", "stale-token").put("Identifier", "O999");
        Opportunity fromStore = WireJson.mapper().treeToValue(stored, Opportunity.class);
        assertThat(fromStore.additionalMembers()).containsKeys("ClientToken", "Identifier");

        String token = WireMockSupport.facade(wireMock).opportunities()
                .create(r -> r.opportunity(fromStore).clientToken("fresh-token")).clientToken();

        String body = sent("CreateOpportunity").get(0).getBodyAsString();
        assertThat(token).isEqualTo("fresh-token");
        assertThat(body.split("\"ClientToken\"", -1)).hasSize(2);
        assertThat(body).contains("\"ClientToken\":\"fresh-token\"").doesNotContain("stale-token", "\"Identifier\"");
    }

    @Test
    void create_whenCallersClientTokenIsEmptyOrTooLong_failsLocallyWithTheModelsRule() {
        PartnerCentralSelling selling = WireMockSupport.facade(wireMock);
        for (String token : List.of("", "t".repeat(256))) {
            assertThatThrownBy(() -> selling.opportunities()
                    .create(r -> r.opportunity(io.partnercentral.selling.model.Fixtures.validOpportunity()).clientToken(token)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::fieldPath, Violation::code)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("ClientToken", ValidationErrorCode.INVALID_STRING_FORMAT)));
        }
        assertThat(sent("CreateOpportunity")).isEmpty();
    }

    @Test
    void catalog_whenCallerTypesAnUnknownCatalog_isRefusedBeforeAnyRequest() {
        PartnerCentralSelling selling = WireMockSupport.facade(wireMock);

        assertThatThrownBy(() -> selling.opportunities().inCatalog(Catalog.of("Staging")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::fieldPath).containsExactly("Catalog"));
        assertThat(selling.opportunities().inCatalog(Catalog.unchecked("Staging")).catalog().value()).isEqualTo("Staging");
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }
}
