package io.partnercentral.selling.architecture.leaf.internal;

/** A fixture: an "internal" class the fixture model class uses. */
public final class Helper {
    private Helper() {}

    /** {@return a value for the fixture} */
    public static int one() {
        return 1;
    }
}
