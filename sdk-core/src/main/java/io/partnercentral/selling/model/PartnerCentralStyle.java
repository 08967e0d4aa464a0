package io.partnercentral.selling.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of this SDK's value types: implementations are hidden behind the
 * abstract type and its nested {@code Builder}, collections get singular adders, and redacted
 * attributes print as {@value #MASK}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        jdkOnly = true,
        // A null given for an optional member reads as absent, so the model's checks (not a builder's
        // NullPointerException) answer a null argument: ValidationException naming the member if it is required.
        optionalAcceptNullable = true,
        depluralize = true,
        depluralizeDictionary = {"aws:aws", "activity:activities", "category:categories", "status:statuses",
                "summary:summaries", "identifier:identifiers", "address:addresses", "status:status"},
        redactedMask = PartnerCentralStyle.MASK,
        defaults = @Value.Immutable(copy = false))
@interface PartnerCentralStyle {
    /** What a redacted attribute prints as in {@code toString}. */
    String MASK = "<redacted>";
}
