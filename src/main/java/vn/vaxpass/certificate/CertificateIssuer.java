package vn.vaxpass.certificate;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.vaxpass.certificate.cose.CoseSign1;
import vn.vaxpass.certificate.cwt.Cwt;
import vn.vaxpass.certificate.encoding.Base45Encoding;
import vn.vaxpass.certificate.encoding.Hc1Prefix;
import vn.vaxpass.certificate.encoding.ZlibCompression;
import vn.vaxpass.certificate.schema.DccSchema;
import vn.vaxpass.certificate.schema.ValueSets;
import vn.vaxpass.signing.Signer;

import vn.vaxpass.shared.FieldError;
import vn.vaxpass.shared.ValidityWindow;
/**
 * Issues a DCC vaccination certificate (hcert spec §2–4), as a list of small steps:
 * check the record → build the DCC → check it against the schema → CWT → COSE_Sign1 → zlib → Base45 → HC1.
 * A pure function of (record, UVCI, issuing instant, key): with ES256 the same input gives the same bytes.
 */
public final class CertificateIssuer {

    /** The CWT issuer claim: the issuing country (hcert spec §3.3.2). */
    public static final String ISSUER_COUNTRY = "VN";

    private final Signer signer;
    private final VaccinationRecordValidator recordValidator;
    private final DccSchema schema;

    public CertificateIssuer(Signer signer) {
        this(signer, new VaccinationRecordValidator(ValueSets.bundled()), DccSchema.issuing());
    }

    CertificateIssuer(Signer signer, VaccinationRecordValidator recordValidator, DccSchema schema) {
        this.signer = signer;
        this.recordValidator = recordValidator;
        this.schema = schema;
    }

    /**
     * @throws InvalidCertificateDataException when the record or the DCC built from it is not valid
     * @throws DscDoesNotCoverValidityException when the signing certificate does not cover [iat, exp]
     */
    public IssuedCertificate issue(VaccinationRecord record, String uvci, Instant issuedAt) {
        return issue(record, uvci, issuedAt, issuedAt);
    }

    /**
     * Issues with {@code iat} = {@code issuedAt} and checks the record's dates against another instant, the
     * moment of signing: a certificate of a window that began before the latest dose (a booster given within a
     * subject's current window) still certifies that dose.
     *
     * @param checkedAt no date in the record may lie after this instant's day in Vietnam
     */
    public IssuedCertificate issue(VaccinationRecord record, String uvci, Instant issuedAt, Instant checkedAt) {
        return sign(prepare(record, uvci, issuedAt, checkedAt));
    }

    /**
     * Every step of {@link #issue(VaccinationRecord, String, Instant, Instant)} before the signature: the checks, the
     * DCC and its CWT. What a signature would cover, so that a certificate already signed for it can be reused.
     *
     * @throws InvalidCertificateDataException when the record or the DCC built from it is not valid
     * @throws DscDoesNotCoverValidityException when the signing certificate does not cover [iat, exp]
     */
    public UnsignedCertificate prepare(VaccinationRecord record, String uvci, Instant issuedAt, Instant checkedAt) {
        ValidityWindow window = ValidityWindow.startingAt(issuedAt);
        List<FieldError> recordErrors = recordValidator.validate(record, LocalDate.ofInstant(checkedAt, ValidityWindow.VIETNAM));
        if (!recordErrors.isEmpty()) {
            throw new InvalidCertificateDataException(recordErrors);
        }
        ObjectNode dcc = DccPayloadFactory.create(record, uvci);
        List<FieldError> schemaErrors = schema.validate(dcc);
        if (!schemaErrors.isEmpty()) {
            throw new InvalidCertificateDataException(schemaErrors);
        }
        requireDscCovers(window);
        return new UnsignedCertificate(uvci, window, dcc,
                new Cwt(ISSUER_COUNTRY, window.issuedAt(), window.expiresAt(), dcc).encode());
    }

    /** The signing steps alone (COSE_Sign1 → zlib → Base45 → HC1), for a certificate {@link #prepare}d. */
    public IssuedCertificate sign(UnsignedCertificate unsigned) {
        byte[] kid = signer.kid();
        byte[] cose = CoseSign1.sign(unsigned.cwt(), signer.algorithm(), kid, signer::sign).encode();
        byte[] compressed = ZlibCompression.compress(cose);
        String base45 = Base45Encoding.encode(compressed);
        return new IssuedCertificate(unsigned.uvci(), unsigned.validity(), kid, unsigned.dcc(), unsigned.cwt(), cose,
                compressed, base45, Hc1Prefix.add(base45));
    }

    /**
     * The certificate {@code hc1}, signed earlier by this issuer's key for this very content, with its intermediates
     * decoded from it: what {@link #sign} would give, without a signature (hcert spec §4: HC1 → Base45 → zlib).
     *
     * @throws IllegalArgumentException when {@code hc1} is not an HC1 string
     */
    public IssuedCertificate signed(UnsignedCertificate unsigned, String hc1) {
        String base45 = Hc1Prefix.strip(hc1).orElseThrow(() -> new IllegalArgumentException("not an HC1 string"));
        byte[] compressed = Base45Encoding.decode(base45);
        byte[] cose = ZlibCompression.decompress(compressed);
        return new IssuedCertificate(unsigned.uvci(), unsigned.validity(), signer.kid(), unsigned.dcc(), unsigned.cwt(),
                cose, compressed, base45, hc1);
    }

    /** The signing steps alone, for a DCC that has passed its checks. */
    IssuedCertificate sign(ObjectNode dcc, String uvci, ValidityWindow window) {
        return sign(new UnsignedCertificate(uvci, window, dcc,
                new Cwt(ISSUER_COUNTRY, window.issuedAt(), window.expiresAt(), dcc).encode()));
    }

    private void requireDscCovers(ValidityWindow window) {
        X509Certificate dsc = signer.certificate();
        if (window.issuedAt().isBefore(dsc.getNotBefore().toInstant())
                || window.expiresAt().isAfter(dsc.getNotAfter().toInstant())) {
            throw new DscDoesNotCoverValidityException(dsc, window);
        }
    }

    public Signer signer() {
        return signer;
    }
}
