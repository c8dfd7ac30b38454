package vn.vaxpass.functions.verify;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.vaxpass.qr.QrReadException;
import vn.vaxpass.qr.QrReader;
import vn.vaxpass.certificate.verify.CertificateVerifier;
import vn.vaxpass.http.ProblemException;

/**
 * Verifies a certificate given as HC1 text or as a photo of its QR code.
 * Who may call: anyone (public; verifiers at borders, venues, the citizen's own app). It reveals only what
 * the QR code itself carries.
 */
@Path("/v1/certificates/verify")
@Tag(name = "verify", description = "Public: anyone may verify a certificate.")
@PermitAll
public class VerifyResource {

    /** A QR code text holds at most 4,296 alphanumeric characters (ISO/IEC 18004, version 40-L). */
    public static final int MAX_HC1_LENGTH = 4296;
    public static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;
    public static final String MISSING_HC1 = "MISSING_HC1";
    public static final String HC1_TOO_LONG = "HC1_TOO_LONG";
    public static final String IMAGE_TOO_LARGE = "IMAGE_TOO_LARGE";

    private final CertificateVerifier verifier;

    @Inject
    public VerifyResource(CertificateVerifier verifier) {
        this.verifier = verifier;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify HC1 text", description = "Always 200 for a verification made, valid or not; "
            + "the result names the step that failed. 400 when no text is given.")
    public VerifyResponse verifyText(VerifyRequest request) {
        if (request == null || request.hc1() == null || request.hc1().isBlank()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, MISSING_HC1,
                    "Send {\"hc1\": \"HC1:...\"}, the text read from the certificate's QR code.");
        }
        if (request.hc1().length() > MAX_HC1_LENGTH) {
            throw new ProblemException(Response.Status.BAD_REQUEST, HC1_TOO_LONG,
                    "The text is longer than any QR code can hold (" + MAX_HC1_LENGTH + " characters).");
        }
        return VerifyResponse.of(verifier.verify(request.hc1().strip()));
    }

    @POST
    @Consumes({"image/png", "image/jpeg"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a QR code image", description = "A PNG or JPEG of the certificate's QR code, "
            + "at most 2 MB. 413 when larger, 422 when no QR code can be read from it.")
    public VerifyResponse verifyImage(byte[] image) {
        if (image == null || image.length == 0) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "MISSING_IMAGE", "Send the QR code image as the request body.");
        }
        if (image.length > MAX_IMAGE_BYTES) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, IMAGE_TOO_LARGE,
                    "The image is larger than 2 MB; send a smaller photo or the HC1 text.");
        }
        try {
            return VerifyResponse.of(verifier.verify(QrReader.read(image)));
        } catch (QrReadException e) {
            throw new ProblemException(ProblemException.UNPROCESSABLE_CONTENT, e.code().name(), e.code().publicMessage());
        }
    }
}
