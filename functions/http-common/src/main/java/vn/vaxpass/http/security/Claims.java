package vn.vaxpass.http.security;

/**
 * The claims, beside {@code sub} and {@code groups}, that say where a caller's authority reaches ({@link TokenReach}
 * reads them into the caller's reach).
 */
public final class Claims {

    /** MicroProfile JWT's role claim: the caller's roles ({@link Roles}). */
    public static final String GROUPS = "groups";
    /**
     * Province code (the subjects' {@code province_code}) of a province's staff. Commune staff's tokens may carry it
     * too; their commune alone bounds them (commune codes are unique nationwide).
     */
    public static final String PROVINCE = "province";
    /** Commune code (the subjects' {@code commune_code}) of a commune health station's staff. */
    public static final String COMMUNE = "commune";
    /** The village (a label its commune's station chose) of a village team; its commune is claim {@link #COMMUNE}. */
    public static final String VILLAGE = "village";
    /** Facility code (the doses' {@code facility_code}) of a vaccination facility's staff. */
    public static final String FACILITY = "facility";
    /** The vaccination subject a citizen session was granted for. */
    public static final String SUBJECT_ID = "subject_id";
    /** The personal ID number the portal proved a citizen holds. */
    public static final String ID_NUMBER = "id_number";

    private Claims() {
    }
}
