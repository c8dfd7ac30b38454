package vn.vaxpass.signing;

import java.util.Arrays;

import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.custom.sec.SecP256R1Curve;
import org.bouncycastle.math.ec.custom.sec.SecP256R1Field;
import org.bouncycastle.math.raw.Nat;
import org.bouncycastle.math.raw.Nat256;
import org.bouncycastle.util.Pack;

/**
 * A running sum of P-256 points in Jacobian coordinates (x = X/Z², y = Y/Z³) to which affine points are
 * added: the mixed addition of Hankerson, Menezes and Vanstone, <i>Guide to Elliptic Curve Cryptography</i>,
 * Algorithm 3.22 (8M + 3S), on BouncyCastle's P-256 field arithmetic with preallocated scratch, so a sum of
 * table entries allocates nothing. Field elements are {@code int[8]}, least significant word first, fully
 * reduced, as {@link SecP256R1Field} keeps them. Not thread-safe: one per computation.
 */
final class P256Accumulator {

    /** Words in one field element; an affine table entry is x then y, {@value #ENTRY} words. */
    static final int WORDS = 8;
    static final int ENTRY = 2 * WORDS;
    static final ECPoint P256_G = CustomNamedCurves.getByName("P-256").getG();

    private final int[] x = Nat256.create();
    private final int[] y = Nat256.create();
    private final int[] z = Nat256.create();
    private boolean infinity = true;

    private final int[] wide = Nat256.createExt();
    private final int[] zz = Nat256.create();
    private final int[] h = Nat256.create();
    private final int[] r = Nat256.create();
    private final int[] hh = Nat256.create();
    private final int[] hhh = Nat256.create();
    private final int[] v = Nat256.create();

    private final int[] entryX = Nat256.create();
    private final int[] entryY = Nat256.create();

    /** Whether these are the domain parameters this arithmetic is for: P-256 with its standard generator. */
    static boolean isP256(ECDomainParameters domain) {
        return domain.getCurve() instanceof SecP256R1Curve && domain.getG().equals(P256_G);
    }

    /** Writes a normalized point into a table of affine entries at {@code offset}. */
    static void store(ECPoint normalized, int[] table, int offset) {
        store(normalized.getAffineXCoord().getEncoded(), table, offset);
        store(normalized.getAffineYCoord().getEncoded(), table, offset + WORDS);
    }

    /** Big-endian bytes to little-endian words, as BouncyCastle's Nat256 keeps them. */
    private static void store(byte[] bigEndian, int[] words, int offset) {
        for (int i = 0; i < WORDS; i++) {
            words[offset + i] = Pack.bigEndianToInt(bigEndian, bigEndian.length - 4 * (i + 1));
        }
    }

    boolean isInfinity() {
        return infinity;
    }

    /** Starts the sum at the affine point (x, y). */
    void load(int[] px, int[] py) {
        System.arraycopy(px, 0, x, 0, WORDS);
        System.arraycopy(py, 0, y, 0, WORDS);
        Arrays.fill(z, 0);
        z[0] = 1;
        infinity = false;
    }

    /**
     * Adds the affine point (px, py). Returns false, leaving the sum unchanged, when that point equals the
     * sum: the formula divides by zero there and the point would have to be doubled, which the callers leave
     * to BouncyCastle. For a random scalar that is about 2<sup>−250</sup> likely (a crafted signature can
     * force it). The branches depend only on whether that case, or the sum being infinity, occurs.
     */
    boolean add(int[] px, int[] py) {
        if (infinity) {
            load(px, py);
            return true;
        }
        SecP256R1Field.square(z, zz, wide);
        SecP256R1Field.multiply(px, zz, h, wide);           // U2 = px·Z²
        SecP256R1Field.subtract(h, x, h);                   // H = U2 − X
        SecP256R1Field.multiply(zz, z, r, wide);
        SecP256R1Field.multiply(r, py, r, wide);            // S2 = py·Z³
        SecP256R1Field.subtract(r, y, r);                   // R = S2 − Y
        if (Nat256.isZero(h)) {
            if (Nat256.isZero(r)) {
                return false;
            }
            infinity = true;
            return true;
        }
        SecP256R1Field.square(h, hh, wide);
        SecP256R1Field.multiply(hh, h, hhh, wide);
        SecP256R1Field.multiply(hh, x, v, wide);            // V = X·H²
        SecP256R1Field.square(r, x, wide);
        SecP256R1Field.subtract(x, hhh, x);
        SecP256R1Field.subtract(x, v, x);
        SecP256R1Field.subtract(x, v, x);                   // X3 = R² − H³ − 2V
        SecP256R1Field.multiply(y, hhh, hhh, wide);         // Y·H³
        SecP256R1Field.subtract(v, x, v);
        SecP256R1Field.multiply(v, r, y, wide);
        SecP256R1Field.subtract(y, hhh, y);                 // Y3 = R(V − X3) − Y·H³
        SecP256R1Field.multiply(z, h, z, wide);             // Z3 = Z·H
        return true;
    }

    /** Adds the table entry at {@code offset}, or its negation; variable-time, for public scalars only. */
    boolean add(int[] table, int offset, boolean negate) {
        System.arraycopy(table, offset, entryX, 0, WORDS);
        System.arraycopy(table, offset + WORDS, entryY, 0, WORDS);
        if (negate) {
            SecP256R1Field.negate(entryY, entryY);
        }
        return add(entryX, entryY);
    }

    /**
     * Whether the sum's affine x equals c modulo p, for c &lt; p, without an inversion: c·Z² == X
     * (the projective comparison BouncyCastle's ECDSASigner also makes).
     */
    boolean xEquals(int[] c) {
        SecP256R1Field.square(z, zz, wide);
        SecP256R1Field.multiply(c, zz, zz, wide);
        return Nat256.eq(zz, x);
    }

    /**
     * The sum as a normalized BouncyCastle point, negated when {@code negate} is 1 (0 or 1, chosen without a
     * branch); the inversion is constant-time (BouncyCastle's safegcd).
     */
    ECPoint toPoint(ECCurve curve, int negate) {
        if (infinity) {
            return curve.getInfinity();
        }
        SecP256R1Field.inv(z, zz);
        SecP256R1Field.square(zz, hh, wide);
        SecP256R1Field.multiply(x, hh, v, wide);            // x = X/Z²
        SecP256R1Field.multiply(hh, zz, hh, wide);
        SecP256R1Field.multiply(y, hh, h, wide);            // y = Y/Z³
        SecP256R1Field.negate(h, r);
        Nat.cmov(WORDS, negate, r, 0, h, 0);
        return curve.createPoint(Nat256.toBigInteger(v), Nat256.toBigInteger(h));
    }
}
