package vn.vaxpass.matching;

/** The personal data compared with the registry, in the order {@code mismatched_fields} lists them. */
public enum MatchField {
    NAME("name"),
    DOB("dob"),
    GENDER("gender");

    private final String code;

    MatchField(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
