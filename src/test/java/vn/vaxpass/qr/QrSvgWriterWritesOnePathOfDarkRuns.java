package vn.vaxpass.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class QrSvgWriterWritesOnePathOfDarkRuns {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

    private final QrSymbol symbol = QrEncoder.encode(TestImages.vietnamHc1());

    @Test
    void isWellFormedSvgWithAViewBoxInModulesAndQuietZone() throws Exception {
        Document svg = parse(QrSvgWriter.write(symbol));

        Element root = svg.getDocumentElement();
        int side = symbol.size() + 2 * QrSymbol.QUIET_ZONE_MODULES;
        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NAMESPACE);
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + side + " " + side);
        assertThat(root.getAttribute("shape-rendering")).isEqualTo("crispEdges");
        assertThat(svg.getElementsByTagNameNS(SVG_NAMESPACE, "path").getLength()).isEqualTo(1);
        Element background = (Element) svg.getElementsByTagNameNS(SVG_NAMESPACE, "rect").item(0);
        assertThat(background.getAttribute("fill")).isEqualTo("#fff");
        assertThat(background.getAttribute("width")).isEqualTo(String.valueOf(side));
        assertThat(background.getAttribute("height")).isEqualTo(String.valueOf(side));
    }

    @Test
    void thePathCoversExactlyTheDarkModules() throws Exception {
        Element path = (Element) parse(QrSvgWriter.write(symbol)).getElementsByTagNameNS(SVG_NAMESPACE, "path").item(0);
        int quiet = QrSymbol.QUIET_ZONE_MODULES;
        int side = symbol.size() + 2 * quiet;
        boolean[][] covered = new boolean[side][side];

        String d = path.getAttribute("d");
        Matcher run = RUN.matcher(d);
        int end = 0;
        while (run.find()) {
            assertThat(run.start()).as("runs follow each other").isEqualTo(end);
            end = run.end();
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            assertThat(run.group(4)).isEqualTo(run.group(3));
            for (int i = 0; i < Integer.parseInt(run.group(3)); i++) {
                assertThat(covered[y][x + i]).as("covered once").isFalse();
                covered[y][x + i] = true;
            }
        }
        assertThat(end).as("the whole path is runs").isEqualTo(d.length());
        assertThat(path.getAttribute("fill")).isEqualTo("#000");
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                boolean inSymbol = x >= quiet && y >= quiet && x < quiet + symbol.size() && y < quiet + symbol.size();
                boolean dark = inSymbol && symbol.isDark(x - quiet, y - quiet);
                assertThat(covered[y][x]).as("module %d,%d", x, y).isEqualTo(dark);
            }
        }
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
