package vn.vaxpass.qr;

import com.google.zxing.LuminanceSource;

/** Hands a decoded gray image to ZXing without copying it (ZXing's binarizers only read the matrix). */
final class GrayLuminanceSource extends LuminanceSource {

    private final GrayImage image;

    GrayLuminanceSource(GrayImage image) {
        super(image.width(), image.height());
        this.image = image;
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        if (y < 0 || y >= getHeight()) {
            throw new IllegalArgumentException("row " + y + " outside 0.." + (getHeight() - 1));
        }
        int width = getWidth();
        byte[] target = row == null || row.length < width ? new byte[width] : row;
        System.arraycopy(image.luminance(), y * width, target, 0, width);
        return target;
    }

    @Override
    public byte[] getMatrix() {
        return image.luminance();
    }
}
