package io.partnercentral.selling.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.partnercentral.selling.internal.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fixture loading and model-wide assertions shared by the model tests. */
final class ModelTestSupport {
    /** A mapper of the kind a CRM would build for itself, not the SDK's shared instance. */
    static final ObjectMapper MAPPER = WireJson.configure(JsonMapper.builder()).build();

    private ModelTestSupport() {}

    static String fixture(String name) {
        try (InputStream in = ModelTestSupport.class.getResourceAsStream("/fixtures/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that every member read landed in a typed attribute: a misspelt wire name would
     * otherwise be kept in {@code additionalMembers()} and still round-trip, hiding the mistake.
     */
    static void assertEveryMemberTyped(Object value) {
        walk(value, "$");
    }

    private static void walk(Object value, String path) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> walk(v, path));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]");
            }
        } else if (value instanceof SnapshotPayload payload) {
            walk(payload.<Object>fold(s -> s, a -> a, u -> null), path + "." + payload.memberName());
        } else if (value != null && isModelValue(value)) {
            Class<?> type = modelInterface(value.getClass());
            for (Method accessor : type.getMethods()) {
                JsonProperty wire = accessor.getAnnotation(JsonProperty.class);
                if (wire != null) {
                    walk(invoke(accessor, value), path + "." + wire.value());
                }
            }
            Map<?, ?> additional = (Map<?, ?>) invoke(method(type, "additionalMembers"), value);
            assertThat(additional).as("members at %s that no attribute took", path).isEmpty();
        }
    }

    private static boolean isModelValue(Object value) {
        return value.getClass().getPackageName().equals(Snapshot.class.getPackageName())
                && value.getClass().getSimpleName().startsWith("Immutable");
    }

    private static Class<?> modelInterface(Class<?> implementation) {
        for (Class<?> candidate : implementation.getInterfaces()) {
            if (implementation.getSimpleName().equals("Immutable" + candidate.getSimpleName())) {
                return candidate;
            }
        }
        throw new AssertionError("no model interface for " + implementation);
    }

    private static Method method(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(type + " has no " + name + "()", e);
        }
    }

    private static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError("cannot call " + accessor, e);
        }
    }
}
