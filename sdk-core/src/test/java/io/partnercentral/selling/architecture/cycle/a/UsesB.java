package io.partnercentral.selling.architecture.cycle.a;

import io.partnercentral.selling.architecture.cycle.b.UsesA;

/** Half of a deliberate package cycle, for PackageCyclesTest. */
public class UsesB {
    /** {@return a new other half} */
    public UsesA other() {
        return new UsesA();
    }
}
