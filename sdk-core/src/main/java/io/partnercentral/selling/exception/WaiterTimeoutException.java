package io.partnercentral.selling.exception;

/** A wait for a resource to reach a state ran out of time; the resource may still get there. */
public class WaiterTimeoutException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was waited for and how long, without personal data
     */
    public WaiterTimeoutException(String message) {
        super(new ErrorDetails(message, null, null, 0, true, null));
    }
}
