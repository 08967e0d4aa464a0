package io.partnercentral.selling.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The JSON readers and writers of the hand-written write results, {@link CreatedOpportunity} and
 * {@link UpdatedOpportunity}: {@code Id}, {@code LastModifiedDate} and, for a create,
 * {@code PartnerOpportunityIdentifier}; other members are skipped.
 */
final class CreatedOpportunityJson {
    static final WireCodec<CreatedOpportunity> CREATED = new WriteResult<>("CreateOpportunityResponse",
            List.of("Id", "PartnerOpportunityIdentifier", "LastModifiedDate")) {
        @Override
        CreatedOpportunity make(String id, Instant modified, String partnerId) {
            return new CreatedOpportunity(id, modified, partnerId, null);
        }

        @Override
        public void write(JsonGenerator g, CreatedOpportunity value, int view) throws IOException {
            writeResult(g, value.id(), value.lastModifiedDate(), value.partnerOpportunityIdentifier());
        }
    };

    static final WireCodec<UpdatedOpportunity> UPDATED = new WriteResult<>("UpdateOpportunityResponse",
            List.of("Id", "LastModifiedDate")) {
        @Override
        UpdatedOpportunity make(String id, Instant modified, String partnerId) {
            return new UpdatedOpportunity(id, modified);
        }

        @Override
        public void write(JsonGenerator g, UpdatedOpportunity value, int view) throws IOException {
            writeResult(g, value.id(), value.lastModifiedDate(), null);
        }
    };

    private CreatedOpportunityJson() {}

    /** The registry's entry for {@link CreatedOpportunity}. */
    static WireCodec<CreatedOpportunity> codec() {
        return CREATED;
    }

    /** What the two results share: the same three members at most. */
    private abstract static class WriteResult<T> extends WireCodec<T> {
        private final String shape;
        private final List<String> memberNames;

        WriteResult(String shape, List<String> memberNames) {
            this.shape = shape;
            this.memberNames = memberNames;
        }

        abstract T make(String id, Instant modified, String partnerId);

        @Override
        public List<String> memberNames() {
            return memberNames;
        }

        @Override
        public T read(JsonParser p) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            String id = null;
            String partnerId = null;
            Instant modified = null;
            String name = JsonCodec.firstField(p, shape);
            try {
                for (; name != null; name = p.nextFieldName()) {
                    if (p.nextToken() == JsonToken.VALUE_NULL || !memberNames.contains(name)) {
                        p.skipChildren();
                        continue;
                    }
                    switch (name) {
                        case "Id" -> id = JsonCodec.text(p);
                        case "PartnerOpportunityIdentifier" -> partnerId = JsonCodec.text(p);
                        default -> modified = JsonCodec.instant(p);
                    }
                }
            } catch (WireFormatException e) {
                throw e.within(name);
            }
            JsonCodec.endObject(p);
            return make(id, modified, partnerId);
        }

        static void writeResult(JsonGenerator g, String id, Instant modified, String partnerId) throws IOException {
            g.writeStartObject();
            if (id != null) {
                g.writeStringField("Id", id);
            }
            if (partnerId != null) {
                g.writeStringField("PartnerOpportunityIdentifier", partnerId);
            }
            if (modified != null) {
                g.writeStringField("LastModifiedDate", modified.toString());
            }
            g.writeEndObject();
        }
    }
}
