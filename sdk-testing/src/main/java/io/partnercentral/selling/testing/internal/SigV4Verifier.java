package io.partnercentral.selling.testing.internal;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Internal API: checks AWS Signature Version 4 on requests to the emulator, the way the service's
 * front door does, with the emulator's one known key pair.
 *
 * <p>The signature is recomputed from what arrived: the canonical request (method, path, query,
 * the signed headers with their received values, the SHA-256 of the received body), the string to
 * sign, and the HMAC chain from the secret key through date, region, service and
 * {@code aws4_request}. A body changed after signing, a header dropped or changed, another secret,
 * service or region all fail, and so does a signature that leaves {@code X-Amz-Target} (the operation)
 * unsigned. The request date must be within the service's 15 minutes of the verifier's clock: the
 * clock clients sign by, not the emulator's business clock, which tests set and advance at will.
 *
 * <p>Thread-safe: holds only immutable configuration.
 */
public final class SigV4Verifier {
    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    static final String SERVICE = "partnercentral-selling";
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256\\s+Credential=([^/,\\s]+)/(\\d{8})/([^/,\\s]+)/([^/,\\s]+)/aws4_request\\s*,\\s*"
                    + "SignedHeaders=([a-z0-9;\\-]+)\\s*,\\s*Signature=([0-9a-f]{64})\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final HexFormat HEX = HexFormat.of();

    /** How far the request date may be from the verifier's clock, either way, as the service allows. */
    static final Duration MAX_SKEW = Duration.ofMinutes(15);
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final String accessKeyId;
    private final String secretAccessKey;
    private final String region;
    private final Clock clock;

    public SigV4Verifier(String accessKeyId, String secretAccessKey, String region, Clock clock) {
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
        this.region = region;
        this.clock = clock;
    }

    /** Null when the request is signed by the known key for this service and region; else the service's answer. */
    ServiceException verify(Request request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return ServiceException.authentication("MissingAuthenticationTokenException", 403,
                    "The request is not signed: it has no Authorization header.");
        }
        Matcher m = AUTHORIZATION.matcher(authorization.trim());
        if (!m.matches()) {
            return ServiceException.authentication("IncompleteSignatureException", 400,
                    "The Authorization header is not an AWS4-HMAC-SHA256 signature with Credential, SignedHeaders and Signature.");
        }
        String keyId = m.group(1);
        String date = m.group(2);
        String scopeRegion = m.group(3);
        String scopeService = m.group(4);
        List<String> signedHeaders = List.of(m.group(5).split(";"));
        String signature = m.group(6);
        if (!accessKeyId.equals(keyId)) {
            return ServiceException.authentication("UnrecognizedClientException", 403,
                    "The access key id in the request's credential is not known here.");
        }
        if (!SERVICE.equals(scopeService) || !region.equals(scopeRegion)) {
            return ServiceException.authentication("InvalidSignatureException", 403,
                    "The credential scope must name service " + SERVICE + " in region " + region + ".");
        }
        String amzDate = request.getHeader("X-Amz-Date");
        if (amzDate == null || !amzDate.startsWith(date) || !signedHeaders.contains("host")
                || !signedHeaders.contains("x-amz-date") || !signedHeaders.contains("x-amz-target")) {
            return ServiceException.authentication("IncompleteSignatureException", 400,
                    "The signature must cover the host, x-amz-date and x-amz-target headers, and X-Amz-Date must match"
                            + " the credential's date.");
        }
        Instant signedAt;
        try {
            signedAt = AMZ_DATE.parse(amzDate, Instant::from);
        } catch (DateTimeParseException e) {
            return ServiceException.authentication("IncompleteSignatureException", 400,
                    "X-Amz-Date must be a basic ISO 8601 time such as 20261206T101530Z.");
        }
        Instant now = clock.instant();
        if (signedAt.isBefore(now.minus(MAX_SKEW)) || signedAt.isAfter(now.plus(MAX_SKEW))) {
            return ServiceException.authentication("InvalidSignatureException", 403, "Signature expired: " + amzDate
                    + " is not within 15 minutes of the server's time, " + AMZ_DATE.format(now) + ".");
        }
        byte[] body = request.getBody() == null ? new byte[0] : request.getBody();
        String payloadHash = HEX.formatHex(sha256(body));
        String declaredHash = request.getHeader("X-Amz-Content-Sha256");
        if (declaredHash != null && !declaredHash.equals(payloadHash)) {
            return signatureMismatch();
        }
        String canonicalRequest = canonicalRequest(request, signedHeaders, payloadHash);
        if (canonicalRequest == null) {
            return signatureMismatch();
        }
        String scope = date + "/" + region + "/" + SERVICE + "/aws4_request";
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n"
                + HEX.formatHex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, SERVICE);
        key = hmac(key, "aws4_request");
        byte[] expected = hmac(key, stringToSign);
        if (!MessageDigest.isEqual(expected, HEX.parseHex(signature))) {
            return signatureMismatch();
        }
        return null;
    }

    private static ServiceException signatureMismatch() {
        return ServiceException.authentication("InvalidSignatureException", 403,
                "The signature computed over the received request does not match the one sent; check the secret key"
                        + " and that nothing changed the request after signing.");
    }

    /** The canonical request over the received method, path, query, signed headers and body; null if a signed header is missing. */
    private static String canonicalRequest(Request request, List<String> signedHeaders, String payloadHash) {
        String url = request.getUrl();
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        String query = q < 0 ? "" : canonicalQuery(url.substring(q + 1));
        StringBuilder canonical = new StringBuilder()
                .append(request.getMethod().getName()).append('\n')
                .append(path.isEmpty() ? "/" : path).append('\n')
                .append(query).append('\n');
        for (String name : signedHeaders) {
            HttpHeader header = request.getHeaders().getHeader(name);
            if (header == null || !header.isPresent()) {
                return null;
            }
            List<String> values = new ArrayList<>();
            for (String value : header.values()) {
                values.add(SPACES.matcher(value.trim()).replaceAll(" "));
            }
            canonical.append(name.toLowerCase(Locale.ROOT)).append(':').append(String.join(",", values)).append('\n');
        }
        return canonical.append('\n')
                .append(String.join(";", signedHeaders)).append('\n')
                .append(payloadHash)
                .toString();
    }

    /** Parameters sorted by name then value; received already percent-encoded, as signed. */
    private static String canonicalQuery(String query) {
        if (query.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        for (String pair : query.split("&")) {
            pairs.add(pair.contains("=") ? pair : pair + "=");
        }
        pairs.sort(null);
        return String.join("&", pairs);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
