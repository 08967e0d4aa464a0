package io.partnercentral.selling.testing.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Internal API: who may use the control API. A client on a loopback address always may; any other
 * only when the emulator was told to allow remote control; and a request that came through a proxy
 * ({@code X-Forwarded-For} or {@code Forwarded}) only then too, as its real origin is unknown.
 */
public final class ControlAccess {
    private ControlAccess() {}

    /**
     * Whether a control request may be answered.
     *
     * @param clientAddress the connection's remote address, an IP literal
     * @param proxied whether the request carries a forwarding header
     * @param remoteAllowed whether non-loopback clients were allowed
     */
    public static boolean allows(String clientAddress, boolean proxied, boolean remoteAllowed) {
        if (remoteAllowed) {
            return true;
        }
        if (proxied || clientAddress == null) {
            return false;
        }
        String address = clientAddress.startsWith("[") && clientAddress.endsWith("]")
                ? clientAddress.substring(1, clientAddress.length() - 1) : clientAddress;
        if (!isIpLiteral(address)) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Only literals (dotted digits, or hex with colons): getByName must never turn text into a DNS lookup. */
    private static boolean isIpLiteral(String address) {
        if (address.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
            return true;
        }
        return address.indexOf(':') >= 0 && address.matches("[0-9a-fA-F:.%]+");
    }
}
