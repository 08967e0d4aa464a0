package io.partnercentral.selling;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.partnercentral.selling.WireMockSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.partnercentral.selling.model.Catalog;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Nothing on the first call's path that it does not need: in a class loader of its own, building the
 * facade and reading one opportunity loads no Jackson databind mapper, and no codec of a type the call
 * does not touch.
 */
class ColdPathTest {
    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** Runs inside the isolated loader: builds a facade and makes the first call. */
    public static final class FirstGet implements Function<String, Object> {
        @Override
        public Object apply(String endpoint) {
            try (PartnerCentralSelling selling = PartnerCentralSelling.builder()
                    .endpointOverride(URI.create(endpoint))
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                    .httpClientBuilder(UrlConnectionHttpClient.builder())
                    .catalog(Catalog.SANDBOX)
                    .build()) {
                return selling.opportunities().get("O1234567890").id().orElseThrow();
            }
        }
    }

    /** Child-first over the test class path, so every class the call needs is loaded (and seen) here. */
    private static final class Isolated extends URLClassLoader {
        Isolated(URL[] urls) {
            super("cold-path", urls, ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    @Test
    void firstGet_loadsNoDatabindMapper_andOnlyTheCodecsItReads() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSPartnerCentralSelling.GetOpportunity"))
                .willReturn(json(fixture())));
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(toUrl(entry));
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (Isolated loader = new Isolated(urls.toArray(URL[]::new))) {
            thread.setContextClassLoader(loader);
            @SuppressWarnings("unchecked")
            Function<String, Object> probe = (Function<String, Object>) Class.forName(FirstGet.class.getName(), true, loader)
                    .getDeclaredConstructor().newInstance();

            assertThat(probe.apply(wireMock.baseUrl())).isEqualTo("O1234567890");

            assertThat(loader.loaded("io.partnercentral.selling.model.OpportunityJson")).as("the codec it reads").isTrue();
            assertThat(loader.loaded("com.fasterxml.jackson.databind.ObjectMapper")).as("databind mapper").isFalse();
            assertThat(loader.loaded("com.fasterxml.jackson.databind.ObjectReader")).as("databind reader").isFalse();
            assertThat(loader.loaded("io.partnercentral.selling.model.SnapshotJobJson")).as("a codec it does not read").isFalse();
            assertThat(loader.loaded("io.partnercentral.selling.model.WireCodecModule")).as("databind bridge").isFalse();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static URL toUrl(String entry) {
        try {
            return new File(entry).toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fixture() throws IOException {
        try (InputStream in = ColdPathTest.class.getResourceAsStream("/fixtures/opportunity-maximal.json")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
