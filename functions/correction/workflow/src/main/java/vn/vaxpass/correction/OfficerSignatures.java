package vn.vaxpass.correction;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Checks an officer's own signature over a hand-back's decisions hash: a CMS (PKCS #7, RFC 5652) detached
 * SignedData. CMS rather than JWS with x5c because that is what Vietnam's digital-signature tokens make: the USB
 * tokens of the government CA (VGCA) and of the licensed public CAs sign through PKCS #11 drivers and their signing
 * tools (VGCA Sign, vSign and the like) produce PKCS #7 / CMS; none produces JOSE. The signed content is the decisions
 * hash exactly as the hand-back holds it: 64 lower-case hex characters in ASCII, no line end.
 *
 * <p>One step per check, one code per failure, in this order: readable CMS with one signer
 * ({@link #MALFORMED}), the signer's certificate inside ({@link #CERTIFICATE_MISSING}), a plausible signing time
 * ({@link #SIGNING_TIME_IMPLAUSIBLE}), the certificate valid then ({@link #CERTIFICATE_EXPIRED},
 * {@link #CERTIFICATE_NOT_YET_VALID}) and made for signing ({@link #CERTIFICATE_NOT_FOR_SIGNING}), the signature
 * over exactly this hash ({@link #NOT_OVER_THE_HASH}), and a chain from the certificate to a configured CA valid at
 * the signing time ({@link #CERTIFICATE_UNTRUSTED}). Revocation is not checked: the functions cannot reach the CA's
 * CRL or OCSP responder from where they run, and the certificate's subject is recorded so an auditor can.
 */
@ApplicationScoped
public class OfficerSignatures {

    public static final String MALFORMED = "OFFICER_SIGNATURE_MALFORMED";
    public static final String CERTIFICATE_MISSING = "OFFICER_CERTIFICATE_MISSING";
    public static final String SIGNING_TIME_IMPLAUSIBLE = "OFFICER_SIGNING_TIME_IMPLAUSIBLE";
    public static final String CERTIFICATE_EXPIRED = "OFFICER_CERTIFICATE_EXPIRED";
    public static final String CERTIFICATE_NOT_YET_VALID = "OFFICER_CERTIFICATE_NOT_YET_VALID";
    public static final String CERTIFICATE_NOT_FOR_SIGNING = "OFFICER_CERTIFICATE_NOT_FOR_SIGNING";
    public static final String NOT_OVER_THE_HASH = "OFFICER_SIGNATURE_NOT_OVER_THE_HASH";
    public static final String CERTIFICATE_UNTRUSTED = "OFFICER_CERTIFICATE_UNTRUSTED";

    /** Clocks of a token's computer and of the server disagree by this much at most. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** A signature larger than this is not a token's: a CMS with a chain of three certificates is about 5 KB. */
    public static final int MAX_SIGNATURE_BYTES = 64 * 1024;
    private static final int KEY_USAGE_DIGITAL_SIGNATURE = 0;
    private static final int KEY_USAGE_NON_REPUDIATION = 1;

    /** Whose certificate signed, and when it says it signed. */
    @RegisterForReflection
    public record Signer(String subject, String issuer, String serialNumber, Instant signedAt) {
    }

    /** A signature checked: its signer when every step holds, else the code of the step that failed. */
    @RegisterForReflection
    public record Verdict(boolean valid, Signer signer, String problem) {

        static Verdict refused(String problem) {
            return new Verdict(false, null, problem);
        }
    }

    private final OfficerTrustAnchors trustAnchors;
    private final Clock clock;

    @Inject
    public OfficerSignatures(OfficerTrustAnchors trustAnchors, Clock clock) {
        this.trustAnchors = trustAnchors;
        this.clock = clock;
    }

    /**
     * @param signatureBase64 the CMS SignedData, DER in base64 (a PEM's body; its armour lines are allowed)
     * @param decisionsHash the hand-back's decisions hash, the content that must have been signed
     * @param notBefore the server's hand-back time: an officer cannot have signed its hash earlier
     */
    public Verdict check(String signatureBase64, String decisionsHash, Instant notBefore) {
        CMSSignedData cms = parse(signatureBase64, decisionsHash);
        if (cms == null || cms.getSignerInfos().size() != 1) {
            return Verdict.refused(MALFORMED);
        }
        SignerInformation signerInfo = cms.getSignerInfos().getSigners().iterator().next();
        X509Certificate certificate = signerCertificate(cms, signerInfo);
        if (certificate == null) {
            return Verdict.refused(CERTIFICATE_MISSING);
        }
        Instant now = clock.instant();
        Instant signedAt = signingTime(signerInfo, now);
        if (signedAt == null || signedAt.isAfter(now.plus(CLOCK_SKEW)) || signedAt.isBefore(notBefore.minus(CLOCK_SKEW))) {
            return Verdict.refused(SIGNING_TIME_IMPLAUSIBLE);
        }
        try {
            certificate.checkValidity(Date.from(signedAt));
        } catch (CertificateExpiredException e) {
            return Verdict.refused(CERTIFICATE_EXPIRED);
        } catch (CertificateNotYetValidException e) {
            return Verdict.refused(CERTIFICATE_NOT_YET_VALID);
        }
        if (!madeForSigning(certificate)) {
            return Verdict.refused(CERTIFICATE_NOT_FOR_SIGNING);
        }
        if (!signatureHolds(signerInfo, certificate)) {
            return Verdict.refused(NOT_OVER_THE_HASH);
        }
        if (!chainsToAnAnchor(certificate, cms, signedAt)) {
            return Verdict.refused(CERTIFICATE_UNTRUSTED);
        }
        return new Verdict(true, new Signer(certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(), certificate.getSerialNumber().toString(16), signedAt),
                null);
    }

    /** What an officer signs: the hash's ASCII bytes. */
    public static byte[] signedContent(String decisionsHash) {
        return decisionsHash.getBytes(StandardCharsets.US_ASCII);
    }

    private static CMSSignedData parse(String signatureBase64, String decisionsHash) {
        if (signatureBase64 == null || signatureBase64.length() > MAX_SIGNATURE_BYTES * 4 / 3 + 256) {
            return null;
        }
        String body = signatureBase64.replaceAll("-----(BEGIN|END) [A-Z0-9 ]+-----", "").replaceAll("\\s", "");
        try {
            return new CMSSignedData(new CMSProcessableByteArray(signedContent(decisionsHash)),
                    Base64.getDecoder().decode(body));
        } catch (CMSException | IllegalArgumentException | ClassCastException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static X509Certificate signerCertificate(CMSSignedData cms, SignerInformation signerInfo) {
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signerInfo.getSID());
        if (matches.isEmpty()) {
            return null;
        }
        try {
            return new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
        } catch (CertificateException e) {
            return null;
        }
    }

    /** The signed signingTime attribute (RFC 5652 §11.3); without one, the time the server receives it. */
    private static Instant signingTime(SignerInformation signerInfo, Instant now) {
        AttributeTable attributes = signerInfo.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null) {
            return now;
        }
        try {
            return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean madeForSigning(X509Certificate certificate) {
        boolean[] keyUsage = certificate.getKeyUsage();
        return keyUsage == null || keyUsage[KEY_USAGE_DIGITAL_SIGNATURE] || keyUsage[KEY_USAGE_NON_REPUDIATION];
    }

    private static boolean signatureHolds(SignerInformation signerInfo, X509Certificate certificate) {
        try {
            return signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            // A digest that does not match the content is a CMSSignerDigestMismatchException: not over this hash.
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private boolean chainsToAnAnchor(X509Certificate certificate, CMSSignedData cms, Instant signedAt) {
        Set<TrustAnchor> anchors = trustAnchors.anchors();
        if (anchors.isEmpty()) {
            return false;
        }
        try {
            List<X509Certificate> carried = new ArrayList<>();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            for (X509CertificateHolder holder : (Collection<X509CertificateHolder>) cms.getCertificates().getMatches(null)) {
                carried.add(converter.getCertificate(holder));
            }
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(carried)));
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(signedAt));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
