package vn.vaxpass.certificate.cwt;

/** CWT claim keys the DCC uses (RFC 8392 §3.1, hcert spec §3.3.2). */
public enum CwtClaim {
    ISSUER(1),
    EXPIRATION(4),
    ISSUED_AT(6),
    /** The health certificate claim (hcert spec §3.3.2). */
    HCERT(-260);

    private final int key;

    CwtClaim(int key) {
        this.key = key;
    }

    public int key() {
        return key;
    }
}
