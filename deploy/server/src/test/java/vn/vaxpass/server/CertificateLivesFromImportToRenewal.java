package vn.vaxpass.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.shared.ValidityWindow;
import vn.vaxpass.certificate.interop.ExternalTools;
import vn.vaxpass.issuance.AnchoredWindows;
import vn.vaxpass.qr.QrReader;
import vn.vaxpass.renewal.CitizenNotification;
import vn.vaxpass.renewal.RenewalScan;
import vn.vaxpass.csv.CsvFileException;
import vn.vaxpass.csv.CsvRowHandler;
import vn.vaxpass.matching.MatchStatus;
import vn.vaxpass.vaccination.SubjectsFile;
import vn.vaxpass.synthetic.TruthFile;
import vn.vaxpass.messaging.testing.ElasticMqResource;
import vn.vaxpass.server.clock.MovableClock;
import vn.vaxpass.synthetic.SyntheticDataGenerator;
import vn.vaxpass.testing.TestTokens;
import vn.vaxpass.vaccination.DosesFile;

/**
 * One subject's certificate the whole way through the server, over its real HTTP endpoints wherever one exists:
 * <ol>
 *   <li>import the registry, communes, subjects and doses (synthetic, with ground truth);</li>
 *   <li>commune health staff run a registry-match job for the subject's commune, through the queue, to its end;</li>
 *   <li>the facility's staff confirm each day they vaccinated the subject;</li>
 *   <li>the certificate as HC1 (facility token), verified by the verify function; as PNG, read back to the same HC1;</li>
 *   <li>ten days before the window ends, the daily renewal scan finds the subject; through the queues, the
 *       consumer computes the next certificate and a {@code citizen-notification} tells the citizen;</li>
 *   <li>the clock moves past the 12-month window: the next request gives another HC1, issued at the next window's
 *       start, valid at the moved clock;</li>
 *   <li>both HC1s verified by the independent Node.js verifier (../shared/tools/dcc-verify) at their own clocks.</li>
 * </ol>
 * Each step is a method below, listed in {@link #certificateLivesFromImportToRenewal()}.
 */
@QuarkusTest
@TestProfile(LongLivedSigningKeys.class)
class CertificateLivesFromImportToRenewal {

    private static final String JOBS = "/v1/registry-match/jobs";
    private static final String NOTIFICATIONS = "citizen-notification";
    /** How long the match job may take through the queue here; it takes a second or two. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    Pool pool;

    @Inject
    SyntheticSetImport synthetic;

    @Inject
    MovableClock clock;

    @Inject
    RenewalScan renewalScan;

    @TempDir
    Path data;

    private final ObjectMapper json = new ObjectMapper();

    /** What each subject's registry check should say. */
    private Map<String, TruthFile.Expected> truth;

    /** The subject followed: a VERIFIED one by the generator's truth, and where it lives and was vaccinated. */
    private String subjectId;
    private String province;
    private String commune;
    private String facility;
    private final SortedSet<String> doseDays = new TreeSet<>();

    /** Each HC1 handed out, with the clock it was valid at, for the independent verifier. */
    private final List<String[]> issued = new ArrayList<>();

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void certificateLivesFromImportToRenewal() throws Exception {
        importRegistrySubjectsAndDoses();
        matchTheCommuneThroughAJob();
        facilityConfirmsItsDays();

        String first = certificateAsHc1();
        JsonNode firstChecked = verifiedByTheVerifyFunction(first);
        pngReadsBackToTheSameHc1(first);
        Instant anchor = Instant.parse(firstChecked.path("certificate").path("issuedAt").asText());
        Instant expires = Instant.parse(firstChecked.path("certificate").path("expiresAt").asText());

        theCitizenIsToldAheadOfTheWindowsEnd(expires);

        Instant movedTo = anchor.plus(366, ChronoUnit.DAYS);
        clock.moveTo(movedTo);
        String renewed = certificateAsHc1();
        JsonNode renewedChecked = verifiedByTheVerifyFunction(renewed);

        assertThat(renewed).isNotEqualTo(first);
        assertThat(Instant.parse(renewedChecked.path("certificate").path("issuedAt").asText()))
                .isEqualTo(AnchoredWindows.containing(anchor, movedTo).issuedAt())
                .isEqualTo(Instant.parse(firstChecked.path("certificate").path("expiresAt").asText()));
        independentVerifierAcceptsEach();
    }

    /** Step 5: the daily scan ten days before the window ends; the notification reaches its queue. */
    private void theCitizenIsToldAheadOfTheWindowsEnd(Instant expires) {
        ElasticMqResource.receive(NOTIFICATIONS);                  // whatever another test left
        clock.moveTo(expires.minus(10, ChronoUnit.DAYS));
        assertThat(renewalScan.scan().due()).isPositive();
        String expected = CitizenNotification.renewed(subjectId, ValidityWindow.startingAt(expires)).toJson();
        Instant deadline = Instant.now().plus(PATIENCE);
        List<String> received = new ArrayList<>();
        while (!received.contains(expected)) {
            assertThat(Instant.now()).as("the renewal notification arrived in time").isBefore(deadline);
            received.addAll(ElasticMqResource.receive(NOTIFICATIONS));
            pause();
        }
    }

    /** Step 1: the four files of a synthetic set, through the core imports, as {@code vaxpass import} does. */
    private void importRegistrySubjectsAndDoses() throws IOException, CsvFileException {
        truth = synthetic.importInto(data, SyntheticDataGenerator.Settings.of(1_200, 400, 23));
        followAVerifiedSubject();
    }

    /** Step 2: commune health staff submit a job for the subject's commune and follow it until it finishes. */
    private void matchTheCommuneThroughAJob() {
        String token = TestTokens.communeHealth(province, commune);
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("scope", "commune", "code", commune))
                .when().post(JOBS).then().statusCode(202).extract().path("id");
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonPath job;
        while (true) {
            job = given().auth().oauth2(token).when().get(JOBS + "/" + id).then().statusCode(200).extract().jsonPath();
            if ("FINISHED".equals(job.getString("state"))) {
                break;
            }
            assertThat(Instant.now()).as("job finished in time: %s", job.prettify()).isBefore(deadline);
            pause();
        }
        String results = given().auth().oauth2(token).when().get(JOBS + "/" + id + "/results")
                .then().statusCode(200).extract().asString();
        assertThat(results.lines()).contains(subjectId + ",VERIFIED,,,");
    }

    /** Step 3: the facility's staff confirm each day they gave the subject a dose. */
    private void facilityConfirmsItsDays() {
        String staff = TestTokens.facilityStaff(facility);
        for (String day : doseDays) {
            given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("day", day))
                    .when().post("/v1/facilities/{code}/confirmations", facility)
                    .then().statusCode(200).body("facilityCode", equalTo(facility));
        }
    }

    /** Step 4: the certificate, as the facility fetches it. */
    private String certificateAsHc1() {
        String hc1 = given().auth().oauth2(TestTokens.facilityStaff(facility)).accept("text/plain")
                .when().get("/v1/subjects/{id}/certificate", subjectId)
                .then().statusCode(200).extract().asString();
        assertThat(hc1).startsWith("HC1:");
        issued.add(new String[] {hc1, clock.instant().toString()});
        return hc1;
    }

    private JsonNode verifiedByTheVerifyFunction(String hc1) throws IOException {
        String answer = given().contentType(ContentType.JSON).body(Map.of("hc1", hc1))
                .when().post("/v1/certificates/verify")
                .then().statusCode(200).extract().asString();
        JsonNode verified = json.readTree(answer);
        assertThat(verified.path("valid").asBoolean()).as(answer).isTrue();
        return verified;
    }

    private void pngReadsBackToTheSameHc1(String hc1) throws Exception {
        byte[] png = given().auth().oauth2(TestTokens.facilityStaff(facility)).accept("image/png")
                .when().get("/v1/subjects/{id}/certificate", subjectId)
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(QrReader.read(png)).isEqualTo(hc1);
    }

    /** Last step: the Node.js verifier, which shares no code with ours; skipped with the reason where Node is missing. */
    private void independentVerifierAcceptsEach() throws IOException {
        String dsc = given().when().get("/v1/trust-list").then().statusCode(200).extract().path("[0].rawData");
        Path tool = ExternalTools.dccVerify();
        for (String[] certificate : issued) {
            Path hc1 = Files.writeString(data.resolve("certificate-" + issued.indexOf(certificate) + ".hc1"),
                    certificate[0]);
            ExternalTools.Result result = ExternalTools.run(tool,
                    List.of("node", "verify-hc1.mjs", "@" + hc1.toAbsolutePath(), dsc, certificate[1]));
            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(json.readTree(result.output()).path("signatureValid").asBoolean()).isTrue();
        }
    }

    private void followAVerifiedSubject() throws IOException, CsvFileException {
        try (InputStream in = Files.newInputStream(data.resolve(SyntheticDataGenerator.SUBJECTS_FILE))) {
            SubjectsFile.FORMAT.read(in, CsvRowHandler.of(row -> {
                if (subjectId == null && truth.get(row.get(0)).status() == MatchStatus.VERIFIED) {
                    subjectId = row.get(0);
                }
            }, error -> { }));
        }
        var row = pool.preparedQuery("SELECT province_code, commune_code FROM vaccination_subject WHERE subject_id = $1")
                .executeAndAwait(Tuple.of(subjectId)).iterator().next();
        province = row.getString("province_code");
        commune = row.getString("commune_code");
        try (InputStream in = Files.newInputStream(data.resolve(SyntheticDataGenerator.DOSES_FILE))) {
            DosesFile.FORMAT.read(in, CsvRowHandler.of(dose -> {
                if (dose.get("subject_id").equals(subjectId)) {
                    doseDays.add(dose.get("vaccinated_on"));
                    facility = dose.get("facility_code");
                }
            }, error -> { }));
        }
        assertThat(doseDays).as("the subject's doses").isNotEmpty();
    }

    /** Polling the asynchronous worker, not timing it. */
    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
