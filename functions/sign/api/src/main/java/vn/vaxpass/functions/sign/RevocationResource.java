package vn.vaxpass.functions.sign;

import java.time.Clock;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.issuance.RevocationStore;

/**
 * The certificates revoked because their record was corrected after they were handed out, until they expire.
 * Who may call: anyone (verifiers need it; it holds hashes only, no UVCI, no person).
 */
@Path("/v1/revocations")
@Tag(name = "sign")
@PermitAll
public class RevocationResource {

    private final RevocationStore revocations;
    private final Clock clock;

    @Inject
    public RevocationResource(RevocationStore revocations, Clock clock) {
        this.revocations = revocations;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoked certificates, as DCC revocation hashes (type UCI)")
    public Uni<RevocationList> revocations() {
        return revocations.revokedAt(clock.instant()).map(RevocationList::of);
    }
}
