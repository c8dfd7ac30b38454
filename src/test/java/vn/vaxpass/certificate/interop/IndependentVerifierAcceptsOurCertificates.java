package vn.vaxpass.certificate.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.certificate.RecordFixture.aRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.signing.PemFiles;
import vn.vaxpass.signing.SigningFixture;
import vn.vaxpass.signing.SoftwareSigner;

/**
 * Certificates from the engine verify with an implementation that shares none of its code or
 * assumptions (../shared/tools/dcc-verify: cbor-x, strict Base45, Node's crypto): signature, kid and
 * time window, and its CBOR lint finds tag 18 on the COSE message and nothing else anywhere.
 */
class IndependentVerifierAcceptsOurCertificates {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(CoseAlgorithm.class)
    void verifiesSignatureKidAndTimeWithCleanCbor(CoseAlgorithm algorithm) throws Exception {
        SoftwareSigner signer = SigningFixture.signer(algorithm);
        IssuedCertificate certificate = new CertificateIssuer(signer)
                .issue(aRecord().bornOn("1950").build(), "URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF",
                        SigningFixture.COVERED_ISSUE_TIME);
        Path tool = ExternalTools.dccVerify();
        Path dsc = dir.resolve("dsc.pem");
        Files.writeString(dsc, PemFiles.toPem(signer.certificate()));
        Path hc1 = dir.resolve("certificate.hc1");
        Files.writeString(hc1, certificate.hc1());
        String clock = certificate.validity().issuedAt().plusSeconds(86_400).toString();

        ExternalTools.Result result = ExternalTools.run(tool,
                List.of("node", "verify-hc1.mjs", "@" + hc1, "@" + dsc, clock));

        assertThat(result.exitCode()).as(result.output()).isZero();
        JsonNode report = new ObjectMapper().readTree(result.output());
        assertThat(report.path("signatureValid").asBoolean()).isTrue();
        assertThat(report.path("kidMatchesDsc").asBoolean()).isTrue();
        assertThat(report.path("timeValid").asBoolean()).isTrue();
        JsonNode lint = report.path("cborLint");
        assertThat(lint.path("cose").path("tags")).containsExactly(new ObjectMapper().valueToTree(18));
        for (String part : new String[] {"cose", "protected", "payload"}) {
            assertThat(lint.path(part).path("indefinite").asInt()).as(part + " indefinite lengths").isZero();
            assertThat(lint.path(part).path("nonMinimal").asInt()).as(part + " non-minimal heads").isZero();
        }
        assertThat(lint.path("protected").path("tags")).isEmpty();
        assertThat(lint.path("payload").path("tags")).isEmpty();
    }
}
