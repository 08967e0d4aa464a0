package io.partnercentral.selling.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Internal API: this SDK's name and version, as tagged in the User-Agent. */
public final class SdkVersion {
    public static final String NAME = "partnercentral-selling-java";
    public static final String VERSION = load();

    private SdkVersion() {}

    private static String load() {
        try (InputStream in = SdkVersion.class.getResourceAsStream("/io/partnercentral/selling/sdk.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
