package io.partnercentral.selling;

import io.partnercentral.selling.model.ListTagsForResourceRequest;
import io.partnercentral.selling.model.Tag;
import io.partnercentral.selling.model.TagResourceRequest;
import io.partnercentral.selling.model.UntagResourceRequest;
import java.util.List;

/**
 * Tags of Partner Central resources (opportunities, engagements, snapshot jobs...), by ARN.
 * Obtained from {@link PartnerCentralSelling#tags()}. Thread-safe.
 *
 * <p>For fakes in tests: every method has a default that throws
 * {@link UnsupportedOperationException}.
 *
 * <pre>{@code
 * selling.tags().tag(job.arn().orElseThrow(), List.of(Tag.of("sync", "crm")));
 * List<Tag> tags = selling.tags().list(job.arn().orElseThrow());
 * }</pre>
 */
public interface TagClient extends TagOperations {
    /**
     * ListTagsForResource: the tags of the resource.
     *
     * @param resourceArn the resource's ARN
     * @return its tags, empty when it has none
     */
    default List<Tag> list(String resourceArn) {
        return list(ListTagsForResourceRequest.builder().resourceArn(resourceArn).build());
    }

    /**
     * TagResource: adds the tags to the resource, replacing the values of keys it already has.
     *
     * @param resourceArn the resource's ARN
     * @param tags the tags to add
     */
    default void tag(String resourceArn, List<Tag> tags) {
        // A null list is no tags, which the model's rules then report as a missing member.
        tag(TagResourceRequest.builder().resourceArn(resourceArn).tags(tags == null ? List.of() : tags).build());
    }

    /**
     * UntagResource: removes the tags with these keys from the resource.
     *
     * @param resourceArn the resource's ARN
     * @param tagKeys the keys of the tags to remove
     */
    default void untag(String resourceArn, List<String> tagKeys) {
        untag(UntagResourceRequest.builder().resourceArn(resourceArn).tagKeys(tagKeys == null ? List.of() : tagKeys).build());
    }
}
