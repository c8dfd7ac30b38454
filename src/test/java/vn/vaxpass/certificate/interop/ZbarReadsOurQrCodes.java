package vn.vaxpass.certificate.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vaxpass.certificate.RecordFixture.aRecord;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.certificate.VaccinationRecord;
import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.qr.QrEncoder;
import vn.vaxpass.qr.QrPngWriter;
import vn.vaxpass.qr.QrReader;
import vn.vaxpass.qr.QrSvgWriter;
import vn.vaxpass.qr.QrSymbol;
import vn.vaxpass.signing.SigningFixture;

/**
 * The QR codes the engine draws for real certificates are read by a reader that shares none of its code
 * (zbarimg, ZBar's command line tool): the PNG gives back exactly the HC1 text. Our own reader reads the same
 * file to the same text, and the SVG is well-formed SVG.
 */
class ZbarReadsOurQrCodes {

    private static final String UVCI = "URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF";
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    /** 73 characters, near the schema's 80: the longest name makes the longest HC1 and the largest symbol. */
    private static final String LONG_NAME = "Tôn Thất Nguyễn Hoàng Khánh Diệp Phương Thảo Ngọc Bích Huyền Trân Mỹ Linh";

    @TempDir
    Path dir;

    static Stream<Arguments> certificates() {
        return Stream.of(CoseAlgorithm.values()).flatMap(algorithm -> Stream.of(
                Arguments.of(algorithm, "Đặng Văn Đức", aRecord().build()),
                Arguments.of(algorithm, "a 73-character name", aRecord().named(LONG_NAME).bornOn("1950").build())));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("certificates")
    void zbarimgReadsThePngToExactlyTheHc1Text(CoseAlgorithm algorithm, String label, VaccinationRecord record)
            throws Exception {
        ExternalTools.require("zbarimg");
        String hc1 = issue(algorithm, record).hc1();
        Path png = dir.resolve("certificate.png");
        Files.write(png, QrPngWriter.write(QrEncoder.encode(hc1)));

        ExternalTools.Output result = ExternalTools.runForStdout(dir, List.of("zbarimg", "--raw", "-q", png.toString()));

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        // zbarimg ends each symbol's text with a newline; anything else would be ours.
        assertThat(result.stdout()).isEqualTo(hc1 + "\n");
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("certificates")
    void ourReaderReadsTheSamePngToTheSameText(CoseAlgorithm algorithm, String label, VaccinationRecord record)
            throws Exception {
        String hc1 = issue(algorithm, record).hc1();
        Path png = dir.resolve("certificate.png");
        Files.write(png, QrPngWriter.write(QrEncoder.encode(hc1)));

        assertThat(QrReader.read(Files.readAllBytes(png))).isEqualTo(hc1);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("certificates")
    void theSvgIsWellFormedSvgOfTheWholeSymbol(CoseAlgorithm algorithm, String label, VaccinationRecord record)
            throws Exception {
        QrSymbol symbol = QrEncoder.encode(issue(algorithm, record).hc1());
        String svg = QrSvgWriter.write(symbol);

        Element root = parse(svg);

        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NAMESPACE);
        int side = symbol.size() + 2 * QrSymbol.QUIET_ZONE_MODULES;
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + side + " " + side);
        assertThat(root.getElementsByTagNameNS(SVG_NAMESPACE, "path").getLength()).isEqualTo(1);
    }

    private static IssuedCertificate issue(CoseAlgorithm algorithm, VaccinationRecord record) {
        return new CertificateIssuer(SigningFixture.signer(algorithm))
                .issue(record, UVCI, SigningFixture.COVERED_ISSUE_TIME);
    }

    /** A strict, namespace-aware parse that refuses DOCTYPEs: an SVG of ours never needs one. */
    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }
}
