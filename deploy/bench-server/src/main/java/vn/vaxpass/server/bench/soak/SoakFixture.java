package vn.vaxpass.server.bench.soak;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.server.security.TokenCommand;

/**
 * The soak's synthetic people, written straight into the database (running it again adds nothing): citizens ready
 * for a certificate (VERIFIED for their current version, two doses confirmed by their facility), each with a phone
 * and an ID number no one else has, and per worker a commune of its own with subjects for its match jobs, so that
 * two workers' jobs never match the same subjects and no job ever touches a citizen's VERIFIED result.
 */
@Dependent
class SoakFixture {

    static final String CITIZEN_PREFIX = "SOAK-C-";
    static final String MATCH_PREFIX = "SOAK-M-";
    static final String FULL_NAME = "Nguyễn Văn An";
    static final String GENDER = "Nam";
    static final String DATE_OF_BIRTH = "07/03/1986";
    /** 079: Hồ Chí Minh City; 0: a man born in the 1900s; 86: born in 1986 (bench-http-data's are born in 1985). */
    static final String ID_NUMBER_PREFIX = "079086";
    /** 059…: a mobile number (first national digit 5) in a range no other fixture uses. */
    static final String PHONE_PREFIX = "059";
    static final String PROVINCE = "79";
    static final String CITIZENS_COMMUNE = "26734";
    /** A worker's match commune is this digit and the worker's number: 90000, 90001, … */
    static final String MATCH_COMMUNE_FIRST_DIGIT = "9";
    static final String FACILITY = "79-998";
    static final List<LocalDate> DOSE_DAYS = List.of(LocalDate.of(2021, 8, 2), LocalDate.of(2021, 9, 15));

    private static final String CITIZENS = "INSERT INTO vaccination_subject (subject_id, full_name, date_of_birth, gender,"
            + " id_number, phone, commune_code, province_code) SELECT $1 || g, $2, $3, $4, $5 || lpad(g::text, 6, '0'),"
            + " $6 || lpad(g::text, 7, '0'), $7, $8 FROM generate_series(1, $9) g ON CONFLICT (subject_id) DO NOTHING";
    private static final String VERIFIED = "INSERT INTO match_result (id, subject_id, subject_version, status,"
            + " mismatched_fields, matched_at) SELECT nextval('match_result_seq'), s.subject_id, s.version, 'VERIFIED', '',"
            + " clock_timestamp() FROM vaccination_subject s WHERE s.subject_id LIKE $1 || '%'"
            + " AND NOT EXISTS (SELECT 1 FROM match_result m WHERE m.subject_id = s.subject_id)";
    private static final String DOSES = "INSERT INTO dose (id, subject_id, dose_number, total_doses, vaccinated_on, product,"
            + " manufacturer, prophylaxis, lot, facility_code) SELECT nextval('dose_seq'), s.subject_id, n, 2, ($2::date[])[n],"
            + " 'EU/1/20/1528', 'ORG-100030215', 'J07BX03', 'FF2587', $3 FROM vaccination_subject s, generate_series(1, 2) n"
            + " WHERE s.subject_id LIKE $1 || '%' AND NOT EXISTS (SELECT 1 FROM dose d WHERE d.subject_id = s.subject_id)";
    private static final String COMMUNE = "INSERT INTO commune (commune_code, province_code, name) VALUES ($1, $2, $3)"
            + " ON CONFLICT (commune_code) DO NOTHING";
    private static final String MATCH_SUBJECTS = "INSERT INTO vaccination_subject (subject_id, full_name, date_of_birth,"
            + " gender, commune_code, province_code) SELECT $1 || g, $2, $3, $4, $5, $6 FROM generate_series(1, $7) g"
            + " ON CONFLICT (subject_id) DO NOTHING";

    /** A citizen of the fixture, with a portal login (the citizen token) for the ID-number way. */
    record Citizen(String subjectId, String idNumber, String phone, String citizenToken) {
    }

    /** What the workers call with. */
    record Data(List<Citizen> citizens, List<String> matchCommunes, String provinceToken) {
    }

    private final Pool pool;
    private final DoseConfirmations confirmations;
    private final Instance<TokenCommand> tokens;
    private final Clock clock;

    @Inject
    SoakFixture(Pool pool, DoseConfirmations confirmations, Instance<TokenCommand> tokens, Clock clock) {
        this.pool = pool;
        this.confirmations = confirmations;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Writes what is missing and mints tokens that outlive the soak by {@code tokenMinutes}. */
    Data prepare(int citizens, int workers, int matchSubjects, long tokenMinutes) {
        pool.preparedQuery(CITIZENS).execute(Tuple.from(List.of(CITIZEN_PREFIX, FULL_NAME, DATE_OF_BIRTH, GENDER,
                        ID_NUMBER_PREFIX, PHONE_PREFIX, CITIZENS_COMMUNE, PROVINCE, citizens)))
                .chain(() -> pool.preparedQuery(VERIFIED).execute(Tuple.of(CITIZEN_PREFIX)))
                .chain(() -> pool.preparedQuery(DOSES).execute(Tuple.of(CITIZEN_PREFIX,
                        DOSE_DAYS.toArray(LocalDate[]::new), FACILITY)))
                .await().indefinitely();
        for (LocalDate day : DOSE_DAYS) {
            confirmations.confirmDay(FACILITY, day, "bench-soak", clock.instant()).await().indefinitely();
        }
        List<String> communes = new ArrayList<>();
        for (int worker = 0; worker < workers; worker++) {
            String commune = MATCH_COMMUNE_FIRST_DIGIT + "%04d".formatted(worker);
            pool.preparedQuery(COMMUNE).execute(Tuple.of(commune, PROVINCE, "Xã soak " + worker)).await().indefinitely();
            pool.preparedQuery(MATCH_SUBJECTS).execute(Tuple.from(List.of(MATCH_PREFIX + commune + "-", FULL_NAME,
                    DATE_OF_BIRTH, GENDER, commune, PROVINCE, matchSubjects))).await().indefinitely();
            communes.add(commune);
        }
        TokenCommand citizenLogins = tokens.get().as(Roles.CITIZEN, tokenMinutes);
        List<Citizen> people = new ArrayList<>(citizens);
        for (int i = 1; i <= citizens; i++) {
            String idNumber = ID_NUMBER_PREFIX + "%06d".formatted(i);
            people.add(new Citizen(CITIZEN_PREFIX + i, idNumber, PHONE_PREFIX + "%07d".formatted(i),
                    citizenLogins.mint(Map.of(Claims.ID_NUMBER, idNumber))));
        }
        String province = tokens.get().as(Roles.PROVINCE_HEALTH, tokenMinutes).mint(Map.of(Claims.PROVINCE, PROVINCE));
        return new Data(people, communes, province);
    }
}
