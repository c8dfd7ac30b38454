package vn.vaxpass.qr;

/**
 * Renders a QR symbol as SVG 1.1: a white square and one path of dark runs, one unit per module, quiet zone
 * included, so the image scales to any size without resampling.
 */
public final class QrSvgWriter {

    private QrSvgWriter() {
    }

    /** The SVG document, viewBox {@code 0 0 n n} with n the side in modules including the quiet zone. */
    public static String write(QrSymbol symbol) {
        int side = symbol.sizeWithQuietZone();
        int quiet = QrSymbol.QUIET_ZONE_MODULES;
        StringBuilder svg = new StringBuilder(symbol.size() * symbol.size() * 2);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 ")
                .append(side).append(' ').append(side)
                .append("\" shape-rendering=\"crispEdges\">")
                .append("<rect width=\"").append(side).append("\" height=\"").append(side)
                .append("\" fill=\"#fff\"/>")
                .append("<path fill=\"#000\" d=\"");
        for (int y = 0; y < symbol.size(); y++) {
            int x = 0;
            while (x < symbol.size()) {
                if (!symbol.isDark(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < symbol.size() && symbol.isDark(x, y)) {
                    x++;
                }
                int run = x - start;
                svg.append('M').append(start + quiet).append(' ').append(y + quiet)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        svg.append("\"/></svg>");
        return svg.toString();
    }
}
