package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Internal API: Get and PutSellingSystemSettings: the role snapshot jobs run under, per catalog. A
 * role name is stored as the role's ARN in this account.
 */
final class SettingsOperations {
    private final CoSellState cosell;

    SettingsOperations(CoSellState cosell) {
        this.cosell = cosell;
    }

    ObjectNode get(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        v.throwIfAny();
        return view(catalog);
    }

    ObjectNode put(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        v.throwIfAny();
        String role = Json.text(request, "ResourceSnapshotJobRoleIdentifier");
        if (role != null) {
            cosell.snapshotJobRoles.put(catalog, role.startsWith("arn:")
                    ? role : "arn:aws:iam::" + cosell.state.settings.accountId() + ":role/" + role);
        }
        return view(catalog);
    }

    private ObjectNode view(String catalog) {
        ObjectNode response = Json.object();
        response.put("Catalog", catalog);
        EngagementOperations.putIfPresent(response, "ResourceSnapshotJobRoleArn", cosell.snapshotJobRoles.get(catalog));
        return response;
    }
}
