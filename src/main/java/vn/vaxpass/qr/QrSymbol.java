package vn.vaxpass.qr;

import java.util.Objects;

/**
 * A QR symbol as a square of dark and light modules, without quiet zone (ISO/IEC 18004:2015 §6.3.1).
 * Immutable; writers add the quiet zone.
 */
public final class QrSymbol {

    /** Light modules around the symbol when rendered (ISO/IEC 18004:2015 §6.3.8 asks for at least 4). */
    public static final int QUIET_ZONE_MODULES = 4;

    private final int version;
    private final int size;
    private final boolean[] dark;

    QrSymbol(int version, int size, boolean[] dark) {
        if (dark.length != size * size) {
            throw new IllegalArgumentException("expected " + size * size + " modules, got " + dark.length);
        }
        this.version = version;
        this.size = size;
        this.dark = dark;
    }

    /** The QR version, 1 to 40; the symbol has {@code 17 + 4 * version} modules a side. */
    public int version() {
        return version;
    }

    /** Modules per side, quiet zone excluded. */
    public int size() {
        return size;
    }

    /** Whether the module in column {@code x}, row {@code y} (both from 0, top left) is dark. */
    public boolean isDark(int x, int y) {
        Objects.checkIndex(x, size);
        Objects.checkIndex(y, size);
        return dark[y * size + x];
    }

    /** Modules per side including the quiet zone on both sides. */
    int sizeWithQuietZone() {
        return size + 2 * QUIET_ZONE_MODULES;
    }
}
