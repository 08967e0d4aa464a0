package io.partnercentral.selling.internal;

import java.util.function.Consumer;

/** Internal API: helpers for the consumer-style setters of the model builders. */
public final class Builders {
    private Builders() {}

    /** Lets {@code filler} fill {@code builder} and returns it. */
    public static <B> B fill(B builder, Consumer<? super B> filler) {
        filler.accept(builder);
        return builder;
    }
}
