package vn.vaxpass.certificate.cose;

/** CBOR tags around a DCC's COSE message (RFC 8152 §2, RFC 8392 §6). */
public final class CoseTag {

    /** COSE_Sign1: the only tag Vaxpass emits. */
    public static final int COSE_SIGN1 = 18;
    /** CWT: some issuers wrap COSE_Sign1 in it; verifiers accept it. */
    public static final int CWT = 61;

    private CoseTag() {
    }
}
