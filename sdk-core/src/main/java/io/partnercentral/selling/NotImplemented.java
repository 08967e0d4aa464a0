package io.partnercentral.selling;

/**
 * The exception the interfaces' default methods throw. Every method of the facade's interfaces is a
 * default, so a user's fake implements only what its test calls and stays source-compatible when a
 * release adds methods (as the generated AWS SDK clients do).
 */
final class NotImplemented {
    private NotImplemented() {}

    static UnsupportedOperationException method(String method) {
        return new UnsupportedOperationException(method + " is not implemented by this instance");
    }
}
