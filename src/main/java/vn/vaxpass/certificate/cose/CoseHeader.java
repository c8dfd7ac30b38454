package vn.vaxpass.certificate.cose;

/** COSE common header parameter labels used by the DCC (RFC 8152 §3.1, hcert spec §3.3.1). */
public enum CoseHeader {
    ALG(1),
    KID(4);

    private final int label;

    CoseHeader(int label) {
        this.label = label;
    }

    public int label() {
        return label;
    }
}
