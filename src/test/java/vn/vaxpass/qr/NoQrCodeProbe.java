package vn.vaxpass.qr;

/**
 * Reads images without a QR code in a JVM of its own and prints each outcome, one per line. ZXing throws shared
 * singleton exceptions except under Surefire (it looks for the surefire.test.class.path property), so only a
 * process started without that property sees what production sees.
 */
final class NoQrCodeProbe {

    private NoQrCodeProbe() {
    }

    public static void main(String[] args) {
        for (String resource : args) {
            for (int attempt = 0; attempt < 2; attempt++) {
                try {
                    System.out.println(QrReader.read(TestImages.bytes(resource)));
                } catch (QrReadException e) {
                    System.out.println(e.code());
                } catch (RuntimeException e) {
                    System.out.println(e);
                }
            }
        }
    }
}
