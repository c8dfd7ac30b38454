package vn.vaxpass.functions.verify;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.vaxpass.signing.TrustList;
import vn.vaxpass.signing.TrustListEntry;

/**
 * The Document Signer Certificates this deployment signs with, in the DCC gateway's trust-list shape.
 * Who may call: anyone (public; certificates are public by design).
 */
@Path("/v1/trust-list")
@Tag(name = "verify")
@PermitAll
public class TrustListResource {

    private final TrustList trustList;

    @Inject
    public TrustListResource(TrustList trustList) {
        this.trustList = trustList;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The DSCs this deployment signs with")
    public List<TrustListEntry> trustList() {
        return trustList.entries();
    }
}
