package vn.vaxpass.identity;

/** The two forms of a Vietnamese ID number, told apart by their length. */
public enum IdNumberKind {
    /** Chứng minh nhân dân: the old identity card's 9 digits. */
    CMND(9),
    /**
     * Căn cước công dân: the 12-digit personal identification number, province of birth registration first
     * (Circular 07/2016/TT-BCA, Article 7; see {@link CccdEvidence}).
     */
    CCCD(12);

    private final int length;

    IdNumberKind(int length) {
        this.length = length;
    }

    /** Number of digits. */
    public int length() {
        return length;
    }
}
