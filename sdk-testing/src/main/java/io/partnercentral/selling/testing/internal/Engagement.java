package io.partnercentral.selling.testing.internal;

import java.util.List;

/**
 * Internal API: an engagement the emulator knows, seeded or first named by a snapshot request.
 *
 * @param id {@code eng-} and 14 lowercase alphanumerics
 * @param catalog the catalog it lives in
 * @param memberAccounts the accounts its snapshots are shared with (TargetMemberAccounts)
 */
record Engagement(String id, String catalog, List<String> memberAccounts) {}
