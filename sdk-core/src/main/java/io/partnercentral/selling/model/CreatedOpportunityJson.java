package io.partnercentral.selling.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** The JSON reader and writer of the hand-written {@link CreatedOpportunity}; other members are skipped. */
final class CreatedOpportunityJson extends WireCodec<CreatedOpportunity> {
    static final CreatedOpportunityJson INSTANCE = new CreatedOpportunityJson();
    private static final List<String> MEMBER_NAMES = List.of("Id", "PartnerOpportunityIdentifier", "LastModifiedDate");

    private CreatedOpportunityJson() {}

    static WireCodec<CreatedOpportunity> codec() {
        return INSTANCE;
    }

    @Override
    public List<String> memberNames() {
        return MEMBER_NAMES;
    }

    @Override
    public CreatedOpportunity read(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        String id = null;
        String partnerId = null;
        Instant modified = null;
        String name = JsonCodec.firstField(p, "CreateOpportunityResponse");
        try {
            for (; name != null; name = p.nextFieldName()) {
                if (p.nextToken() == JsonToken.VALUE_NULL) {
                    continue;
                }
                switch (name) {
                    case "Id" -> id = JsonCodec.text(p);
                    case "PartnerOpportunityIdentifier" -> partnerId = JsonCodec.text(p);
                    case "LastModifiedDate" -> modified = JsonCodec.instant(p);
                    default -> p.skipChildren();
                }
            }
        } catch (WireFormatException e) {
            throw e.within(name);
        }
        JsonCodec.endObject(p);
        return new CreatedOpportunity(id, modified, partnerId, null);
    }

    @Override
    public void write(JsonGenerator g, CreatedOpportunity value, int view) throws IOException {
        g.writeStartObject();
        if (value.id() != null) {
            g.writeStringField("Id", value.id());
        }
        if (value.partnerOpportunityIdentifier() != null) {
            g.writeStringField("PartnerOpportunityIdentifier", value.partnerOpportunityIdentifier());
        }
        if (value.lastModifiedDate() != null) {
            g.writeStringField("LastModifiedDate", value.lastModifiedDate().toString());
        }
        g.writeEndObject();
    }
}
