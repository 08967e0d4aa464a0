package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.partnercentral.selling.testing.FaultTiming;
import io.partnercentral.selling.testing.InjectedFault;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Internal API: the WireMock extension that turns an awsJson1_0 request into a call of the
 * {@link EmulatedService}, dispatching on {@code X-Amz-Target}, and injects faults around it.
 *
 * <p>It applies only to the emulator's own stub mapping, so stubs a test adds through
 * {@code wireMock()} at a higher priority take precedence over the emulator.
 */
public final class EmulatorTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "partner-central-emulator";
    static final String TARGET_PREFIX = "AWSPartnerCentralSelling.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    private static final Logger LOG = LoggerFactory.getLogger(EmulatorTransformer.class);

    private final EmulatedService service;
    private final FaultInjector faults;
    private final SigV4Verifier signatures;
    private final QuotaEnforcer quotas;

    /**
     * @param signatures checks each request's signature first; null accepts unsigned requests
     * @param quotas counts each signed request of a known operation against its quota, before any
     *     fault is injected
     */
    public EmulatorTransformer(EmulatedService service, FaultInjector faults, SigV4Verifier signatures,
            QuotaEnforcer quotas) {
        this.service = service;
        this.faults = faults;
        this.signatures = signatures;
        this.quotas = quotas;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        LoggedRequest request = serveEvent.getRequest();
        ServiceException unsigned = signatures == null ? null : signatures.verify(request);
        if (unsigned != null) {
            LOG.debug("Refused a request: {}", unsigned.type());
            return error(unsigned);
        }
        String target = request.getHeader("X-Amz-Target");
        if (target == null || !target.startsWith(TARGET_PREFIX)
                || !service.implementsOperation(target.substring(TARGET_PREFIX.length()))) {
            return error(ServiceException.unknownOperation(
                    "X-Amz-Target must name an operation of AWSPartnerCentralSelling in the service model."));
        }
        String operation = target.substring(TARGET_PREFIX.length());
        if (!quotas.tryAcquire(operation)) {
            LOG.debug("{} throttled: over its quota", operation);
            return error(ServiceException.throttling());
        }
        FaultInjector.Decision decision = faults.decide(operation);
        InjectedFault fault = decision == null ? null : decision.fault();
        if (decision != null && !decision.delay().isZero()) {
            hold(decision.delay());
        }
        if (decision != null && decision.held() != null) {
            decision.held().hold();
            try {
                return respond(operation, request, fault);
            } finally {
                decision.held().passed();
            }
        }
        return respond(operation, request, fault);
    }

    private ResponseDefinition respond(String operation, LoggedRequest request, InjectedFault fault) {
        if (fault != null && fault.timing() == FaultTiming.BEFORE_STATE_CHANGE) {
            LOG.debug("Injected {} before {}", fault.kind(), operation);
            return faultResponse(fault);
        }
        ResponseDefinition response = invoke(operation, request.getBodyAsString());
        if (fault != null) {
            // The state change happened; the client sees the fault instead of its outcome.
            LOG.debug("Injected {} after {}", fault.kind(), operation);
            return faultResponse(fault);
        }
        return response;
    }

    /** Holds a faulted call, as a slow service would; the client may give up on it meanwhile. */
    private static void hold(java.time.Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ResponseDefinition invoke(String operation, String body) {
        try {
            return success(service.invoke(operation, body));
        } catch (ServiceException e) {
            LOG.debug("{} answered {}", operation, e.type());
            return error(e);
        } catch (RuntimeException e) {
            // A bug of the emulator must reach the test as a 500, not as a hung or reset connection.
            LOG.warn("The emulator failed on {}", operation, e);
            return error(ServiceException.internal());
        }
    }

    private static ResponseDefinition faultResponse(InjectedFault fault) {
        switch (fault.kind()) {
            case THROTTLING:
                return error(ServiceException.throttling());
            case INTERNAL_ERROR:
                return error(ServiceException.internal());
            case TRUNCATED_RESPONSE:
                return ResponseDefinitionBuilder.responseDefinition().withFault(Fault.MALFORMED_RESPONSE_CHUNK).build();
            default:
                return ResponseDefinitionBuilder.responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        }
    }

    private static ResponseDefinition success(ObjectNode body) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(200)
                .withHeader("Content-Type", CONTENT_TYPE)
                .withHeader("x-amzn-RequestId", UUID.randomUUID().toString())
                .withBody(Json.write(body))
                .build();
    }

    private static ResponseDefinition error(ServiceException e) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(e.status())
                .withHeader("Content-Type", CONTENT_TYPE)
                .withHeader("x-amzn-RequestId", UUID.randomUUID().toString())
                .withBody(Json.write(e.body()))
                .build();
    }
}
