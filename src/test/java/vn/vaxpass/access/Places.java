package vn.vaxpass.access;

import java.util.List;

/** The places and people the reach tests ask about: two communes of Hà Nội, one of Hồ Chí Minh City. */
final class Places {

    static final String HANOI = "01";
    static final String HCMC = "79";
    static final String PHUC_XA = "00001";
    static final String TRUC_BACH = "00004";
    static final String BEN_NGHE = "26734";

    static final String FACILITY = "F001";
    static final String OTHER_FACILITY = "F002";
    static final String SUBJECT = "S-1";
    static final String OTHER_SUBJECT = "S-2";
    /** The facilities that gave {@link #SUBJECT}'s doses. */
    static final List<String> VACCINATED_AT = List.of(FACILITY, "F003");

    private Places() {
    }
}
