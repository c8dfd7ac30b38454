package vn.vaxpass.signing;

import java.math.BigInteger;

import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * The multiples of one public P-256 point P that make u·P a sum without doublings (fixed-base windowing
 * with 8-bit signed windows, Hankerson–Menezes–Vanstone §3.3.1): j·256<sup>i</sup>·P for j in [1, 128] and
 * each byte position i &lt; 32, and 2<sup>256</sup>·P for the last carry, all affine. u is recoded into
 * digits in [−127, 128] (Booth), so at most 33 table entries are added, each read by its index: variable
 * time, for public scalars only (signature verification). About 262 KB per point. Immutable and thread-safe.
 */
final class P256WindowTable {

    static final int POSITIONS = 32;
    static final int ENTRIES = 128;
    /** Digits per scalar: the 32 bytes plus the final carry. */
    static final int DIGITS = POSITIONS + 1;

    private final int[] table = new int[(POSITIONS * ENTRIES + 1) * P256Accumulator.ENTRY];

    P256WindowTable(ECPoint point) {
        ECCurve curve = point.getCurve();
        ECPoint base = point.normalize();
        for (int i = 0; i < POSITIONS; i++) {
            ECPoint[] row = new ECPoint[ENTRIES];
            row[0] = base;
            for (int j = 1; j < ENTRIES; j++) {
                row[j] = row[j - 1].add(base);
            }
            curve.normalizeAll(row);
            for (int j = 0; j < ENTRIES; j++) {
                P256Accumulator.store(row[j], table, offset(i, j + 1));
            }
            base = row[ENTRIES - 1].twice().normalize();
        }
        P256Accumulator.store(base, table, offset(POSITIONS, 1));
    }

    /** Memory held by the table, in bytes. */
    int tableBytes() {
        return table.length * Integer.BYTES;
    }

    /** The digits of u in [0, 2^256): u = Σ d_i·256^i with d_i in [−127, 128], least significant first. */
    static int[] digits(BigInteger u) {
        byte[] bytes = BigIntegers.asUnsignedByteArray(POSITIONS, u);
        int[] digits = new int[DIGITS];
        int carry = 0;
        for (int i = 0; i < POSITIONS; i++) {
            int digit = (bytes[POSITIONS - 1 - i] & 0xff) + carry;
            carry = digit > ENTRIES ? 1 : 0;
            digits[i] = digit - (carry << 8);
        }
        digits[POSITIONS] = carry;
        return digits;
    }

    /** Adds d·256^i·P; false on the doubling case (see {@link P256Accumulator#add(int[], int[])}). */
    boolean add(P256Accumulator sum, int position, int digit) {
        if (digit == 0) {
            return true;
        }
        return sum.add(table, offset(position, Math.abs(digit)), digit < 0);
    }

    private static int offset(int position, int multiple) {
        return (position * ENTRIES + multiple - 1) * P256Accumulator.ENTRY;
    }
}
