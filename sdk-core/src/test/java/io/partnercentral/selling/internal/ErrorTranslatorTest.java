package io.partnercentral.selling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercentral.selling.internal.ErrorTranslator.ErrorBody;
import io.partnercentral.selling.internal.ErrorTranslator.ErrorEntry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorTranslatorTest {
    private static ErrorBody parse(String body) {
        return ErrorTranslator.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean throttling(int status, String body) {
        return WireInterceptor.isThrottling(status, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parse_whenValidationBody_readsReasonAndEveryEntry_ignoringOtherMembers() {
        ErrorBody body = parse("{\"__type\":\"ValidationException\",\"Message\":\"bad\",\"Extra\":{\"a\":[1,{}]},"
                + "\"Reason\":\"REQUEST_VALIDATION_FAILED\",\"ErrorList\":[{\"FieldName\":\"Customer.Account\","
                + "\"Message\":\"required\",\"Code\":\"REQUIRED_FIELD_MISSING\",\"Unknown\":[true]},"
                + "{\"Message\":\"business rule\",\"Code\":\"INVALID_VALUE\"},null]}");

        assertThat(body.reason()).isEqualTo("REQUEST_VALIDATION_FAILED");
        assertThat(body.errorList()).containsExactly(
                new ErrorEntry("Customer.Account", "required", "REQUIRED_FIELD_MISSING"),
                new ErrorEntry(null, "business rule", "INVALID_VALUE"));
    }

    @Test
    void parse_whenScalarsAreNotStrings_readsTheirText_andTheLastOfDuplicatesWins() {
        ErrorBody body = parse("{\"Reason\":\"FIRST\",\"Reason\":42,\"ErrorList\":[{\"Code\":true,\"Message\":1.5}]}");

        assertThat(body.reason()).isEqualTo("42");
        assertThat(body.errorList()).containsExactly(new ErrorEntry(null, "1.5", "true"));
    }

    @Test
    void parse_whenEmptyMalformedCutOrNotAnObject_readsNoDetails() {
        for (String unreadable : List.of("", "   ", "not json", "{\"Reason\":\"X\"", "{\"Reason\":\"X\",\"ErrorList\":[{",
                "[{\"Reason\":\"X\"}]", "\"Reason\"", "42", "null", "<html>busy</html>")) {
            assertThat(parse(unreadable)).as(unreadable).isEqualTo(ErrorBody.EMPTY);
        }
        assertThat(ErrorTranslator.parse(null)).isEqualTo(ErrorBody.EMPTY);
    }

    @Test
    void parse_whenAMemberHasTheWrongShape_readsNoDetails() {
        for (String wrong : List.of("{\"Reason\":{\"a\":1},\"ErrorList\":[]}", "{\"Reason\":\"R\",\"ErrorList\":{}}",
                "{\"Reason\":\"R\",\"ErrorList\":\"x\"}", "{\"Reason\":\"R\",\"ErrorList\":[\"x\"]}",
                "{\"Reason\":\"R\",\"ErrorList\":[{\"Code\":[\"x\"]}]}")) {
            assertThat(parse(wrong)).as(wrong).isEqualTo(ErrorBody.EMPTY);
        }
        assertThat(parse("{\"Reason\":null,\"ErrorList\":null}")).isEqualTo(ErrorBody.EMPTY);
    }

    @Test
    void parse_whenTheBodyIsHuge_readsItOrGivesUp_withoutFailing() {
        String longMessage = "m".repeat(8 << 20);
        ErrorBody body = parse("{\"Message\":\"" + longMessage + "\",\"Reason\":\"R\",\"ErrorList\":["
                + "{\"Code\":\"INVALID_VALUE\",\"Message\":\"x\"},".repeat(50_000) + "{}]}");
        assertThat(body.reason()).isEqualTo("R");
        assertThat(body.errorList()).hasSize(50_001);

        // Nesting far beyond jackson-core's limit: refused, no StackOverflowError.
        String deep = "{\"Reason\":\"R\",\"Other\":" + "[".repeat(200_000) + "]".repeat(200_000) + "}";
        assertThat(parse(deep)).isEqualTo(ErrorBody.EMPTY);
        // Past jackson-core's string length limit (20 M chars).
        assertThat(parse("{\"Reason\":\"" + "r".repeat(21_000_000) + "\"}")).isEqualTo(ErrorBody.EMPTY);
    }

    @Test
    void isThrottling_byTheErrorCode_withOrWithoutNamespace_orBy429() {
        assertThat(throttling(400, "{\"__type\":\"ThrottlingException\",\"Message\":\"slow down\"}")).isTrue();
        assertThat(throttling(400, "{\"Message\":{\"x\":[1]},\"__type\":\"com.amazonaws.partnercentral#ThrottlingException\"}"))
                .isTrue();
        assertThat(throttling(429, "")).isTrue();
        assertThat(throttling(400, "{\"__type\":\"ValidationException\"}")).isFalse();
        assertThat(throttling(400, "{\"__type\":\"ThrottlingExceptionNot\"}")).isFalse();
        assertThat(throttling(500, "")).isFalse();
    }

    @Test
    void isThrottling_whenTheBodyIsMalformedNotAnObjectOrHuge_isFalse() {
        assertThat(throttling(400, "{\"__type\":\"ThrottlingException\"")).isFalse();
        assertThat(throttling(400, "{\"__type\":\"ThrottlingException\",")).isFalse();
        assertThat(throttling(400, "[{\"__type\":\"ThrottlingException\"}]")).isFalse();
        assertThat(throttling(400, "\"ThrottlingException\"")).isFalse();
        assertThat(throttling(400, "{\"__type\":{\"name\":\"ThrottlingException\"}}")).isFalse();
        assertThat(throttling(400, "{\"__type\":null}")).isFalse();
        assertThat(throttling(503, "<html>ThrottlingException</html>")).isFalse();
        assertThat(throttling(400, "{\"__type\":\"ThrottlingException\",\"x\":" + "[".repeat(100_000))).isFalse();
        assertThat(throttling(400, "{\"Message\":\"" + "m".repeat(8 << 20) + "\",\"__type\":\"ThrottlingException\"}"))
                .isTrue();
    }

    @Test
    void errorType_isTheLastTopLevelTypeAsWritten() {
        assertThat(ErrorTranslator.errorType("{\"__type\":\"A\",\"x\":{\"__type\":\"B\"},\"__type\":\"C\"}"
                .getBytes(StandardCharsets.UTF_8))).isEqualTo("C");
        assertThat(ErrorTranslator.errorType(new byte[0])).isEmpty();
    }
}
