package vn.vaxpass.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GrayLuminanceSourceSharesPixelsWithZxing {

    private final GrayImage image = new GrayImage(3, 2, new byte[] {1, 2, 3, 4, 5, 6});
    private final GrayLuminanceSource source = new GrayLuminanceSource(image);

    @Test
    void theMatrixIsTheImageItselfNotACopy() {
        assertThat(source.getMatrix()).isSameAs(image.luminance());
        assertThat(source.getWidth()).isEqualTo(3);
        assertThat(source.getHeight()).isEqualTo(2);
    }

    @Test
    void rowsAreCopiedIntoTheGivenArrayWhenLargeEnough() {
        byte[] row = new byte[5];

        assertThat(source.getRow(1, row)).isSameAs(row).startsWith(4, 5, 6);
        assertThat(source.getRow(0, new byte[1])).containsExactly(1, 2, 3);
        assertThat(source.getRow(0, null)).containsExactly(1, 2, 3);
    }

    @Test
    void aRowOutsideTheImageIsRefused() {
        assertThatThrownBy(() -> source.getRow(2, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
