package vn.vaxpass.server.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static vn.vaxpass.server.security.ReachFixture.A;
import static vn.vaxpass.server.security.ReachFixture.A2;
import static vn.vaxpass.server.security.ReachFixture.B;
import static vn.vaxpass.server.security.ReachFixture.FACILITY;
import static vn.vaxpass.server.security.ReachFixture.FOREIGN;
import static vn.vaxpass.server.security.ReachFixture.FOREIGN_ID_NUMBER;
import static vn.vaxpass.server.security.ReachFixture.HOME;
import static vn.vaxpass.server.security.ReachFixture.HOME_BIRTH;
import static vn.vaxpass.server.security.ReachFixture.HOME_ID_NUMBER;
import static vn.vaxpass.server.security.ReachFixture.HOME_NAME;
import static vn.vaxpass.server.security.ReachFixture.OTHER_FACILITY;
import static vn.vaxpass.server.security.ReachFixture.OTHER_PROVINCE;
import static vn.vaxpass.server.security.ReachFixture.PROVINCE;
import static vn.vaxpass.server.security.ReachFixture.VILLAGE;
import static vn.vaxpass.server.security.EveryOperationAnswersOnlyItsRolesWithinTheirReach.Who.ANONYMOUS;
import static vn.vaxpass.server.security.EveryOperationAnswersOnlyItsRolesWithinTheirReach.Who.CITIZEN;
import static vn.vaxpass.server.security.EveryOperationAnswersOnlyItsRolesWithinTheirReach.Who.FACILITY_STAFF;
import static vn.vaxpass.server.security.EveryOperationAnswersOnlyItsRolesWithinTheirReach.Who.MINISTRY;
import static vn.vaxpass.server.security.EveryOperationAnswersOnlyItsRolesWithinTheirReach.Who.POLICE;
import static vn.vaxpass.server.security.EveryOperationAnswersOnlyItsRolesWithinTheirReach.Who.PROVINCE_HEALTH;
import static vn.vaxpass.server.security.EveryOperationAnswersOnlyItsRolesWithinTheirReach.Who.SESSION;
import static vn.vaxpass.server.security.EveryOperationAnswersOnlyItsRolesWithinTheirReach.Who.STATION;
import static vn.vaxpass.server.security.EveryOperationAnswersOnlyItsRolesWithinTheirReach.Who.VILLAGE_TEAM;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.http.security.SecurityProblemMappers;
import vn.vaxpass.testing.TestTokens;

/**
 * Issue 14's access matrix: every operation the server's OpenAPI document lists, called by every role the project
 * knows, within its reach and outside it (the neighbouring commune of the same province, a commune and province
 * elsewhere, another facility, another citizen's number or session), and anonymously. What each may do is ONE table,
 * {@link #rules}: an operation of the document without a rule fails, so a new endpoint cannot escape the matrix, and a
 * rule without an operation fails too. A caller the rule allows must not be refused (401, 403, 404) nor fail (5xx);
 * a role it does not name gets 403 ROLE_NOT_ALLOWED (401 UNAUTHENTICATED without a token); a named role outside its
 * reach gets the rule's answer (404 where answering would tell that something exists). Every request is one that would
 * succeed for the right caller, and no refused call may write anything ({@link ReachFixture#written}).
 */
@QuarkusTest
class EveryOperationAnswersOnlyItsRolesWithinTheirReach {

    /** The roles, and no role at all. */
    enum Who { ANONYMOUS, MINISTRY, PROVINCE_HEALTH, STATION, VILLAGE_TEAM, POLICE, FACILITY_STAFF, CITIZEN, SESSION }

    private static final Set<Who> ANYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);
    private static final Set<Who> LIST_READERS = EnumSet.of(STATION, VILLAGE_TEAM, POLICE, PROVINCE_HEALTH, MINISTRY);
    private static final Set<Who> REPORT_READERS = EnumSet.of(STATION, POLICE, PROVINCE_HEALTH, MINISTRY);
    private static final Set<Who> CHECKERS = EnumSet.of(STATION, PROVINCE_HEALTH, MINISTRY);
    private static final String CSV = "text/csv";
    private static final String JOB_CSV_HEADER = "subject_id,full_name,date_of_birth,gender,id_number,phone,commune_code\n";

    @Inject
    Pool pool;
    @Inject
    DoseConfirmations confirmations;

    /**
     * What the fixture held after the last call, when that call was refused and so changed nothing (the next refused
     * call starts from it); null after an allowed call. The cases run one after another, in order.
     */
    private String lastWritten;
    /** Each caller's token, minted once: the matrix runs in a minute, well within a token's ten. */
    private final Map<String, Optional<String>> tokens = new HashMap<>();

    /**
     * Who may call what. One line per operation (and per request form where one operation takes two): the roles that
     * may, and what a named role outside its reach gets ({@link Outside#NONE}: the operation has no reach to leave).
     * A new endpoint: add its line here, with a request that would succeed for its own caller.
     */
    private static List<Rule> rules(ReachFixture f) {
        String list = "/v1/correction/lists/" + f.open;
        String handedBack = "/v1/correction/lists/" + f.handedBack;
        return List.of(
                rule("GET /dev/sign-in", ANYONE, Outside.NONE, (r, c) -> r),
                rule("POST /dev/sign-in", ANYONE, Outside.NONE, (r, c) -> json(r, Map.of("role", Roles.COMMUNE_HEALTH,
                        "province", PROVINCE, "commune", A))),
                rule("GET /sign-in.json", ANYONE, Outside.NONE, (r, c) -> r),
                rule("POST /v1/certificates/verify", ANYONE, Outside.NONE, (r, c) -> json(r, Map.of("hc1", "HC1:NCF"))),
                rule("GET /v1/trust-list", ANYONE, Outside.NONE, (r, c) -> r),
                rule("GET /v1/revocations", ANYONE, Outside.NONE, (r, c) -> r),
                rule("POST /v1/lookup/challenges", ANYONE, Outside.NONE, (r, c) -> json(r, Map.of("phone", "0912000999",
                        "fullName", HOME_NAME, "dateOfBirth", HOME_BIRTH))),
                rule("POST /v1/lookup/challenges/{challengeId}/answer", ANYONE, Outside.NONE,
                        (r, c) -> json(r.pathParam("challengeId", f.challenge), Map.of("code", "000000"))),
                rule("GET /v1/correction/hand-back-keys", ANYONE, Outside.NONE, (r, c) -> r),
                rule("POST /v1/correction/hand-back-checks", ANYONE, Outside.NONE,
                        (r, c) -> r.contentType(ContentType.TEXT).body("x")),
                rule("POST /v1/correction/hand-back-checks", "JSON: the document and the officer's signature", ANYONE,
                        Outside.NONE, (r, c) -> json(r, Map.of("document", "x", "officerSignature", "MIIB"))),
                rule("GET /test-only/unannotated", NOBODY, Outside.NONE, (r, c) -> r),

                rule("POST /v1/lookup/by-id-number", EnumSet.of(CITIZEN), new Outside(403, "NOT_YOUR_ID_NUMBER"),
                        (r, c) -> json(r, Map.of("idNumber", HOME_ID_NUMBER, "dateOfBirth", HOME_BIRTH))),
                rule("GET /v1/subjects/{id}/certificate", EnumSet.of(MINISTRY, FACILITY_STAFF, SESSION),
                        new Outside(404, null), (r, c) -> r.pathParam("id", HOME).accept(ContentType.JSON)),
                rule("POST /v1/facilities/{code}/confirmations", EnumSet.of(FACILITY_STAFF),
                        new Outside(403, "OUTSIDE_JURISDICTION"), (r, c) -> json(r.pathParam("code", FACILITY),
                                Map.of("day", ReachFixture.DOSE_DAY.toString()))),

                rule("POST /v1/registry-match/match", CHECKERS, new Outside(404, "SUBJECT_NOT_FOUND"),
                        (r, c) -> json(r, Map.of("subjectId", HOME, "proposed",
                                Map.of("fullName", "Phạm Thị Lạ", "idNumber", FOREIGN_ID_NUMBER)))),
                rule("POST /v1/registry-match/jobs", EnumSet.of(STATION, PROVINCE_HEALTH),
                        new Outside(403, "OUTSIDE_JURISDICTION"),
                        (r, c) -> json(r, Map.of("scope", "commune", "code", A))),
                // The home subject's id, uploaded for the caller's own commune: the station of A changes its own
                // subject; anyone else would take over a subject of A (issue 14, defect 1).
                rule("POST /v1/registry-match/jobs", "text/csv naming A's subject for the caller's own commune",
                        EnumSet.of(STATION, PROVINCE_HEALTH), new Outside(409, "SUBJECT_ID_TAKEN"),
                        (r, c) -> r.contentType(CSV).body((JOB_CSV_HEADER + HOME + ",Kẻ Mạo Danh,01/01/2000,Nam,"
                                + "001200000001,0900000000," + c.commune() + "\n").getBytes(StandardCharsets.UTF_8))),
                rule("GET /v1/registry-match/jobs/{id}", CHECKERS, new Outside(404, "JOB_NOT_FOUND"),
                        (r, c) -> r.pathParam("id", f.job)),
                rule("GET /v1/registry-match/jobs/{id}/results", CHECKERS, new Outside(404, "JOB_NOT_FOUND"),
                        (r, c) -> r.pathParam("id", f.job)),

                rule("GET /v1/correction/lists", LIST_READERS, new Outside(404, "NOT_FOUND"),
                        (r, c) -> r.queryParam("commune", A)),
                rule("POST /v1/correction/lists", EnumSet.of(STATION), new Outside(404, "NOT_FOUND"),
                        (r, c) -> json(r, Map.of("communeCode", A))),
                rule("GET /v1/correction/lists/{listId}", LIST_READERS, new Outside(404, "NOT_FOUND"),
                        (r, c) -> r.pathParam("listId", f.open)),
                rule("GET /v1/correction/lists/{listId}/spreadsheet", LIST_READERS, new Outside(404, "NOT_FOUND"),
                        (r, c) -> r.pathParam("listId", f.open)),
                rule("PUT /v1/correction/lists/{listId}/spreadsheet", EnumSet.of(STATION, VILLAGE_TEAM, POLICE),
                        new Outside(404, "NOT_FOUND"), (r, c) -> r.pathParam("listId", f.open).contentType(CSV)
                                .body("x\n".getBytes(StandardCharsets.UTF_8))),
                rule("PUT /v1/correction/lists/{listId}/items/{itemId}/assignment", EnumSet.of(STATION),
                        new Outside(404, "NOT_FOUND"), (r, c) -> json(item(r, f), Map.of("village", VILLAGE))),
                rule("PUT /v1/correction/lists/{listId}/items/{itemId}/proposal", EnumSet.of(STATION, VILLAGE_TEAM),
                        new Outside(404, "NOT_FOUND"), (r, c) -> json(item(r, f), Map.of("idNumber", "001190000333"))),
                rule("PUT /v1/correction/lists/{listId}/items/{itemId}/decision", EnumSet.of(POLICE),
                        new Outside(404, "NOT_FOUND"), (r, c) -> json(item(r, f), Map.of("decision", "REJECT",
                                "reason", "Chưa xác minh được"))),
                rule("POST /v1/correction/lists/{listId}/sending", EnumSet.of(STATION), new Outside(404, "NOT_FOUND"),
                        (r, c) -> r.pathParam("listId", f.open)),
                rule("POST /v1/correction/lists/{listId}/bulk-confirmation", EnumSet.of(POLICE),
                        new Outside(404, "NOT_FOUND"), (r, c) -> r.pathParam("listId", f.open)),
                rule("POST /v1/correction/lists/{listId}/hand-back", EnumSet.of(POLICE), new Outside(404, "NOT_FOUND"),
                        (r, c) -> r.pathParam("listId", f.open)),
                rule("GET /v1/correction/lists/{listId}/hand-back", REPORT_READERS, new Outside(404, "NOT_FOUND"),
                        (r, c) -> r.pathParam("listId", f.handedBack)),
                // The fixture's hand-back is applied already: its own police get 409, which is no refusal of the caller.
                rule("POST /v1/correction/lists/{listId}/hand-back/officer-signature", EnumSet.of(POLICE),
                        new Outside(404, "NOT_FOUND"), (r, c) -> json(r.pathParam("listId", f.handedBack),
                                Map.of("signature", "MIIB"))),
                rule("POST /v1/correction/lists/{listId}/application", EnumSet.of(STATION),
                        new Outside(404, "NOT_FOUND"), (r, c) -> r.pathParam("listId", f.handedBack)),
                rule("GET /v1/correction/subjects/{subjectId}", EnumSet.of(STATION), new Outside(404, "NOT_FOUND"),
                        (r, c) -> r.pathParam("subjectId", HOME)),
                rule("PUT /v1/correction/subjects/{subjectId}", EnumSet.of(STATION), new Outside(404, "NOT_FOUND"),
                        (r, c) -> json(r.pathParam("subjectId", HOME).header("If-Match", "\"" + f.version(HOME) + "\""),
                                Map.of("fullName", f.anotherFormOfHomesName(), "reason", "Sửa theo giấy tờ"))),
                rule("GET /v1/correction/subjects/{subjectId}/audit", EnumSet.of(STATION, POLICE, MINISTRY),
                        new Outside(404, "NOT_FOUND"), (r, c) -> r.pathParam("subjectId", HOME)),
                rule("POST /v1/correction/communes/{commune}/subject-imports", EnumSet.of(STATION),
                        new Outside(404, "NOT_FOUND"), (r, c) -> r.pathParam("commune", A).contentType(CSV)
                                .body(("subject_id,id_number\n" + ReachFixture.UNVERIFIED + ",001190000444\n")
                                        .getBytes(StandardCharsets.UTF_8))),
                rule("GET /v1/correction/verification-list", REPORT_READERS, new Outside(404, "NOT_FOUND"),
                        (r, c) -> r.queryParam("commune", A)),
                rule("GET /v1/correction/verification-list/spreadsheet", REPORT_READERS, new Outside(404, "NOT_FOUND"),
                        (r, c) -> r.queryParam("commune", A)),
                rule("GET /v1/correction/progress", REPORT_READERS, new Outside(403, "OUTSIDE_SCOPE"),
                        (r, c) -> r.queryParam("province", PROVINCE).queryParam("commune", A)),
                rule("GET /v1/correction/progress/spreadsheet", REPORT_READERS, new Outside(403, "OUTSIDE_SCOPE"),
                        (r, c) -> r.queryParam("province", PROVINCE).queryParam("commune", A)),
                // A session reports on its own subject, whichever it is: there is no reach to leave.
                rule("POST /v1/correction/reports", EnumSet.of(SESSION), Outside.NONE,
                        (r, c) -> json(r, Map.of("fullName", "Tên Đúng"))),
                rule("GET /v1/correction/reports", EnumSet.of(SESSION), Outside.NONE, (r, c) -> r));
    }

    /** Every caller: each role within the fixture's home reach, the same role outside it, and no token. */
    private static List<Caller> callers() {
        return List.of(
                new Caller("anonymous", ANONYMOUS, true, null, null),
                new Caller("ministry", MINISTRY, true, null, account(Roles.MINISTRY, "ministry")),
                new Caller("province-health 01", PROVINCE_HEALTH, true, A,
                        account(Roles.PROVINCE_HEALTH, "province-01").province(PROVINCE)),
                new Caller("province-health 79", PROVINCE_HEALTH, false, B,
                        account(Roles.PROVINCE_HEALTH, "province-79").province(OTHER_PROVINCE)),
                new Caller("commune-health A", STATION, true, A, account(Roles.COMMUNE_HEALTH, "station-a")
                        .province(PROVINCE).commune(A)),
                new Caller("commune-health A2 (same province)", STATION, false, A2, account(Roles.COMMUNE_HEALTH,
                        "station-a2").province(PROVINCE).commune(A2)),
                new Caller("commune-health B (province 79)", STATION, false, B, account(Roles.COMMUNE_HEALTH, "station-b")
                        .province(OTHER_PROVINCE).commune(B)),
                new Caller("village-team A", VILLAGE_TEAM, true, A, account(Roles.VILLAGE_TEAM, "village-a").commune(A)
                        .claim(Claims.VILLAGE, VILLAGE)),
                new Caller("village-team A2", VILLAGE_TEAM, false, A2, account(Roles.VILLAGE_TEAM, "village-a2")
                        .commune(A2).claim(Claims.VILLAGE, VILLAGE)),
                new Caller("village-team B", VILLAGE_TEAM, false, B, account(Roles.VILLAGE_TEAM, "village-b").commune(B)
                        .claim(Claims.VILLAGE, VILLAGE)),
                new Caller("commune-police A", POLICE, true, A, account(Roles.COMMUNE_POLICE, "police-a").commune(A)),
                new Caller("commune-police A2", POLICE, false, A2, account(Roles.COMMUNE_POLICE, "police-a2").commune(A2)),
                new Caller("commune-police B", POLICE, false, B, account(Roles.COMMUNE_POLICE, "police-b").commune(B)),
                new Caller("facility-staff " + FACILITY, FACILITY_STAFF, true, null,
                        account(Roles.FACILITY_STAFF, "facility-1").facility(FACILITY)),
                new Caller("facility-staff " + OTHER_FACILITY, FACILITY_STAFF, false, null,
                        account(Roles.FACILITY_STAFF, "facility-2").facility(OTHER_FACILITY)),
                new Caller("citizen of " + HOME, CITIZEN, true, null,
                        account(Roles.CITIZEN, "citizen-home").claim(Claims.ID_NUMBER, HOME_ID_NUMBER)),
                new Caller("citizen of " + FOREIGN, CITIZEN, false, null,
                        account(Roles.CITIZEN, "citizen-foreign").claim(Claims.ID_NUMBER, FOREIGN_ID_NUMBER)),
                new Caller("citizen-session of " + HOME, SESSION, true, null, null),
                new Caller("citizen-session of " + FOREIGN, SESSION, false, null, null));
    }

    @TestFactory
    Stream<DynamicNode> everyOperationForEveryCaller() {
        Map<String, Object> paths = given().get("/q/openapi?format=json").then().statusCode(200).extract()
                .jsonPath().getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> ((Map<?, ?>) operations).keySet().stream().map(Object::toString)
                .filter(method -> Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method))
                .forEach(method -> documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path)));

        ReachFixture fixture = new ReachFixture(pool, confirmations);
        List<Rule> rules = rules(fixture);
        Map<String, List<Rule>> byOperation = new LinkedHashMap<>();
        rules.forEach(rule -> byOperation.computeIfAbsent(rule.operation(), key -> new ArrayList<>()).add(rule));

        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(dynamicTest("the table has a rule for every operation of the OpenAPI document, and no other",
                () -> {
                    assertThat(byOperation.keySet()).as("operations without a rule: add each to rules()")
                            .containsAll(documented);
                    assertThat(documented).as("rules of operations the OpenAPI document does not list")
                            .containsAll(byOperation.keySet());
                }));
        for (Map.Entry<String, List<Rule>> operation : byOperation.entrySet()) {
            for (Rule rule : operation.getValue()) {
                String title = rule.variant() == null ? rule.operation() : rule.operation() + " (" + rule.variant() + ")";
                nodes.add(dynamicContainer(title, ordered(callers(), rule).stream().map(caller -> dynamicTest(
                        caller.name() + ": " + rule.expected(caller), () -> check(fixture, rule, caller)))));
            }
        }
        return nodes.stream();
    }

    /** The refused first, the allowed last: an allowed write then changes nothing a refusal was checked against. */
    private static List<Caller> ordered(List<Caller> callers, Rule rule) {
        return callers.stream().sorted(Comparator.comparing(caller -> rule.expected(caller).allowed())).toList();
    }

    private void check(ReachFixture fixture, Rule rule, Caller caller) {
        Expected expected = rule.expected(caller);
        String before = expected.allowed() ? null : lastWritten != null ? lastWritten : fixture.written();
        lastWritten = null;
        RequestSpecification request = given().redirects().follow(false);
        String token = tokens.computeIfAbsent(caller.name(), name -> Optional.ofNullable(caller.token())).orElse(null);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        Response response = rule.request().prepare(request, caller).when().request(rule.method(), rule.path());
        int status = response.statusCode();
        String body = response.asString();
        if (expected.allowed()) {
            assertThat(status).as("%s may call %s, and got %s", caller.name(), rule.operation(), body)
                    .isNotIn(401, 403, 404).isLessThan(500);
            return;
        }
        assertThat(status).as("%s calling %s: %s", caller.name(), rule.operation(), body).isEqualTo(expected.status());
        if (expected.code() != null) {
            assertThat(response.jsonPath().getString("code")).as("%s calling %s: %s", caller.name(), rule.operation(),
                    body).isEqualTo(expected.code());
        }
        String after = fixture.written();
        assertThat(after).as("what %s's refused call to %s wrote", caller.name(), rule.operation()).isEqualTo(before);
        lastWritten = after;
    }

    private static Rule rule(String operation, Set<Who> may, Outside outside, Prepare request) {
        return rule(operation, null, may, outside, request);
    }

    private static Rule rule(String operation, String variant, Set<Who> may, Outside outside, Prepare request) {
        return new Rule(operation, variant, may, outside, request);
    }

    private static RequestSpecification json(RequestSpecification request, Map<String, ?> body) {
        return request.contentType(ContentType.JSON).body(body);
    }

    private static RequestSpecification item(RequestSpecification request, ReachFixture fixture) {
        return request.pathParam("listId", fixture.open).pathParam("itemId", fixture.item);
    }

    private static TestTokens account(String role, String account) {
        return TestTokens.role(role).subject("matrix-" + account);
    }

    /** One operation's rule: who may, and what a role it names gets outside its reach. */
    record Rule(String operation, String variant, Set<Who> may, Outside outside, Prepare request) {

        String method() {
            return operation.substring(0, operation.indexOf(' '));
        }

        String path() {
            return operation.substring(operation.indexOf(' ') + 1);
        }

        Expected expected(Caller caller) {
            if (may.contains(caller.who())) {
                return caller.inside() || outside == Outside.NONE ? Expected.ALLOWED
                        : new Expected(false, outside.status(), outside.code());
            }
            return caller.who() == ANONYMOUS ? new Expected(false, 401, SecurityProblemMappers.UNAUTHENTICATED)
                    : new Expected(false, 403, SecurityProblemMappers.ROLE_NOT_ALLOWED);
        }
    }

    /** What a role the rule names gets outside its reach; {@link #NONE} where the operation has no reach to leave. */
    record Outside(int status, String code) {

        static final Outside NONE = new Outside(0, null);
    }

    /** Allowed (any answer but 401, 403, 404 and 5xx), or refused with this status and problem code. */
    record Expected(boolean allowed, int status, String code) {

        static final Expected ALLOWED = new Expected(true, 0, null);

        @Override
        public String toString() {
            return allowed ? "allowed" : status + (code == null ? "" : " " + code);
        }
    }

    /**
     * A caller of the matrix: its role, whether its claims reach the fixture's home (commune A, province 01, facility
     * {@value ReachFixture#FACILITY}, subject {@value ReachFixture#HOME}), its own commune where it has one, and its token.
     */
    record Caller(String name, Who who, boolean inside, String commune, TestTokens claims) {

        String token() {
            if (who == SESSION) {
                return TestTokens.citizenSession(inside ? HOME : FOREIGN);
            }
            return claims == null ? null : claims.mint();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The request a rule sends, for this caller (its commune, say); the path's parameters included. */
    @FunctionalInterface
    interface Prepare {
        RequestSpecification prepare(RequestSpecification request, Caller caller);
    }
}
