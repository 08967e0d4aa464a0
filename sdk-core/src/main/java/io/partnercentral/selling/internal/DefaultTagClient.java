package io.partnercentral.selling.internal;

import io.partnercentral.selling.TagClient;
import java.util.Objects;

/** Internal API: the tagging sub-client (resources named by ARN, no catalog); its operations are the generated {@code TagOperations}, over {@link SyncCalls}. */
public final class DefaultTagClient implements TagClient {
    final OperationCalls calls;

    public DefaultTagClient(OperationCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }
}
