package vn.vaxpass.http.security;

/**
 * Who may call: the roles a bearer token carries in its {@code groups} claim (MicroProfile JWT). Constants, so
 * that {@code @RolesAllowed} and the token command spell them the same way.
 *
 * <ul>
 *   <li>{@link #MINISTRY}: the Ministry of Health, nationwide;</li>
 *   <li>{@link #PROVINCE_HEALTH}: a province's health department, within claim {@link Claims#PROVINCE};</li>
 *   <li>{@link #COMMUNE_HEALTH}: a commune health station, within claim {@link Claims#COMMUNE};</li>
 *   <li>{@link #VILLAGE_TEAM}: a village team, within claims {@link Claims#COMMUNE} and {@link Claims#VILLAGE};</li>
 *   <li>{@link #COMMUNE_POLICE}: a commune's police, within claim {@link Claims#COMMUNE};</li>
 *   <li>{@link #FACILITY_STAFF}: a vaccination facility's staff, for claim {@link Claims#FACILITY};</li>
 *   <li>{@link #CITIZEN}: a citizen logged in to the portal, proven to be claim {@link Claims#ID_NUMBER};</li>
 *   <li>{@link #CITIZEN_SESSION}: the short-lived session the lookup function grants for claim
 *       {@link Claims#SUBJECT_ID}'s certificate.</li>
 * </ul>
 */
public final class Roles {

    public static final String MINISTRY = "ministry";
    public static final String PROVINCE_HEALTH = "province-health";
    public static final String COMMUNE_HEALTH = "commune-health";
    public static final String VILLAGE_TEAM = "village-team";
    public static final String COMMUNE_POLICE = "commune-police";
    public static final String FACILITY_STAFF = "facility-staff";
    public static final String CITIZEN = "citizen";
    public static final String CITIZEN_SESSION = "citizen-session";

    private Roles() {
    }
}
