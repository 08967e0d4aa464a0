package io.partnercentral.selling;

import io.partnercentral.selling.internal.RequestChecks;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.GetSellingSystemSettingsRequest;
import io.partnercentral.selling.model.PutSellingSystemSettingsRequest;
import io.partnercentral.selling.model.SellingSystemSettings;

/**
 * The selling system settings of a catalog: the IAM role resource snapshot jobs run under.
 * Obtained from {@link PartnerCentralSelling#settings()}. Thread-safe.
 *
 * <p>For fakes in tests: every method has a default that throws
 * {@link UnsupportedOperationException}.
 *
 * <pre>{@code
 * selling.settings().putSnapshotJobRole("arn:aws:iam::123456789012:role/PartnerCentralSnapshots");
 * String role = selling.settings().get().resourceSnapshotJobRoleArn().orElse("none");
 * }</pre>
 */
public interface SettingsClient extends SettingsOperations {
    /** {@return the catalog calls of this client act on} */
    default Catalog catalog() {
        throw NotImplemented.method("SettingsClient.catalog");
    }

    /**
     * {@return this client bound to another catalog}
     *
     * @param catalog the catalog, {@code AWS} or {@code Sandbox}
     */
    default SettingsClient inCatalog(Catalog catalog) {
        throw NotImplemented.method("SettingsClient.inCatalog");
    }

    /**
     * GetSellingSystemSettings of the bound catalog.
     *
     * @return the service's answer
     */
    default SellingSystemSettings get() {
        return get(GetSellingSystemSettingsRequest.builder().build());
    }

    /**
     * PutSellingSystemSettings with the role (name or ARN) snapshot jobs run under.
     *
     * @param roleIdentifier the IAM role name or ARN Partner Central assumes for resource snapshot jobs
     * @return the service's answer
     */
    default SellingSystemSettings putSnapshotJobRole(String roleIdentifier) {
        // A role is what this method puts: null is a missing argument, not "put nothing".
        return put(PutSellingSystemSettingsRequest.builder().resourceSnapshotJobRoleIdentifier(RequestChecks.argument(
                "PutSellingSystemSettings", "ResourceSnapshotJobRoleIdentifier", roleIdentifier)).build());
    }
}
