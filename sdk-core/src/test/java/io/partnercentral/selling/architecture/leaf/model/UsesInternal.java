package io.partnercentral.selling.architecture.leaf.model;

import io.partnercentral.selling.architecture.leaf.internal.Helper;

/** A fixture: a "model" class that depends on an "internal" one, which the leaf rule must refuse. */
public final class UsesInternal {
    private UsesInternal() {}

    static int value() {
        return Helper.one();
    }
}
