package vn.vaxpass.signing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The COSE signature algorithms a DCC may carry (hcert spec §3.3.1; IANA COSE Algorithms registry).
 */
public enum CoseAlgorithm {
    /** ECDSA with SHA-256 on P-256: the DCC primary algorithm. */
    ES256(-7),
    /** RSASSA-PSS with SHA-256, MGF1 SHA-256, salt 32: the DCC secondary algorithm (Vietnam's production one). */
    PS256(-37);

    private final int coseValue;

    CoseAlgorithm(int coseValue) {
        this.coseValue = coseValue;
    }

    public int coseValue() {
        return coseValue;
    }

    public static Optional<CoseAlgorithm> fromCoseValue(long value) {
        return Arrays.stream(values()).filter(a -> a.coseValue == value).findFirst();
    }
}
