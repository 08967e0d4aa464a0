package io.partnercentral.selling.internal;

import io.partnercentral.selling.TagClient;
import io.partnercentral.selling.model.ListTagsForResourceRequest;
import io.partnercentral.selling.model.ListTagsForResourceResponse;
import io.partnercentral.selling.model.Tag;
import io.partnercentral.selling.model.TagResourceRequest;
import io.partnercentral.selling.model.UntagResourceRequest;
import java.util.List;
import java.util.Objects;

/** Internal API: the tagging operations, which name resources by ARN and carry no catalog. */
public final class DefaultTagClient implements TagClient {
    final OperationCalls calls;

    public DefaultTagClient(OperationCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    @Override
    public List<Tag> list(ListTagsForResourceRequest request) {
        ListTagsForResourceResponse response = calls.call(Operation.LIST_TAGS_FOR_RESOURCE, null, request);
        return response.tags();
    }

    @Override
    public void tag(TagResourceRequest request) {
        calls.call(Operation.TAG_RESOURCE, null, request);
    }

    @Override
    public void untag(UntagResourceRequest request) {
        calls.call(Operation.UNTAG_RESOURCE, null, request);
    }
}
