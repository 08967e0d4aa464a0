package io.partnercentral.selling.architecture.cycle.b;

import io.partnercentral.selling.architecture.cycle.a.UsesB;

/** The other half of a deliberate package cycle, for PackageCyclesTest. */
public class UsesA {
    /** {@return a new other half} */
    public UsesB other() {
        return new UsesB();
    }
}
