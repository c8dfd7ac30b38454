package vn.vaxpass.certificate.cwt;

/** Keys inside the hcert claim (-260) (hcert spec §3.3.2). */
public enum HcertClaim {
    /** The EU Digital COVID Certificate, version 1. */
    EU_DCC_V1(1);

    private final int key;

    HcertClaim(int key) {
        this.key = key;
    }

    public int key() {
        return key;
    }
}
