package io.partnercentral.selling.model;

/**
 * Jackson views that pick the members each operation sends, for a mapper configured with
 * {@link WireCodecModule} (e.g. {@code mapper.writerWithView(WireViews.Create.class)}). Members without a view
 * travel everywhere; {@link ReadOnly} ones are only ever read; {@link CreateOnly} ones are sent by
 * CreateOpportunity but not by UpdateOpportunity, as the API reference's request syntax says.
 */
public final class WireViews {
    private WireViews() {}

    /** Members the service returns but no request carries. */
    public interface ReadOnly {}

    /** Members only CreateOpportunity carries. */
    public interface CreateOnly {}

    /** The view CreateOpportunity is written with. */
    public interface Create extends CreateOnly {}

    /** The view UpdateOpportunity is written with. */
    public interface Update {}
}
