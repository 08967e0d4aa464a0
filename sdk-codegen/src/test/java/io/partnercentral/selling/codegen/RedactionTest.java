package io.partnercentral.selling.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every member the model marks sensitive, in every structure the SDK generates, is redacted. */
class RedactionTest {
    @Test
    void everySensitiveMemberOfTheModel_isRedactedInItsSdkType() throws Exception {
        ServiceModel model = ServiceModel.read(Path.of("../model/service-2.json"));
        SdkModel sdk = new SdkModel(model, Customization.read(Path.of("../sdk-core/src/main/codegen/customization.json")));
        int sensitive = 0;
        for (SdkModel.Structure structure : sdk.structures.values()) {
            for (String shapeName : structure.shapes()) {
                for (var member : model.shape(shapeName).members().entrySet()) {
                    ServiceModel.Shape target = model.shape(member.getValue());
                    boolean marked = target.sensitive()
                            || (target.element() != null && model.shape(target.element()).sensitive());
                    if (marked && structure.members().containsKey(member.getKey())) {
                        sensitive++;
                        assertThat(structure.members().get(member.getKey()).redacted())
                                .as("%s.%s (from %s)", structure.name(), member.getKey(), shapeName).isTrue();
                    }
                }
            }
        }
        assertThat(sensitive).as("sensitive members seen").isGreaterThan(46);
        String project = new Writers(sdk).structure(sdk.structures.get("Project"));
        assertThat(project).contains("@Value.Redacted\n    Optional<String> title();");
    }
}
