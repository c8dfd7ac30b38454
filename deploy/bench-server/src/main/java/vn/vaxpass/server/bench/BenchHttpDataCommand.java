package vn.vaxpass.server.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Unremovable;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.vaxpass.confirmation.DoseConfirmations;
import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.server.VaxpassSubcommand;
import vn.vaxpass.server.certificate.CommandOutput;
import vn.vaxpass.server.security.TokenCommand;

/**
 * The data {@code deploy/bench/http} loads the server with: N subjects ready for a certificate (VERIFIED for their
 * current version, two doses confirmed by their facility), written straight into the database under the ids
 * {@code BENCH-1} … {@code BENCH-N} (synthetic people; running it again adds nothing), and the tokens to call with:
 * {@code citizens.tsv} (a portal login per subject: token, ID number, date of birth) for the lookup, and a ministry
 * token for certificates.
 */
@Dependent
@Unremovable
@Command(name = "bench-http-data", description = "Subjects ready for certificates and tokens to call with, for deploy/bench/http.")
public class BenchHttpDataCommand implements Callable<Integer>, VaxpassSubcommand {

    static final String PREFIX = "BENCH-";
    static final String FACILITY = "79-999";
    static final String DATE_OF_BIRTH = "07/03/1985";
    static final List<LocalDate> DOSE_DAYS = List.of(LocalDate.of(2021, 8, 1), LocalDate.of(2021, 9, 14));
    /** 079: Hồ Chí Minh City; 0: a man born in the 1900s; 85: born in 1985. */
    static final String ID_NUMBER_PREFIX = "079085";

    private static final String SUBJECTS = "INSERT INTO vaccination_subject (subject_id, full_name, date_of_birth, gender,"
            + " id_number, commune_code, province_code) SELECT $1 || g, 'Nguyễn Văn An', $2, 'Nam', $3 || lpad(g::text, 6, '0'),"
            + " '26734', '79' FROM generate_series(1, $4) g ON CONFLICT (subject_id) DO NOTHING";
    private static final String VERIFIED = "INSERT INTO match_result (id, subject_id, subject_version, status,"
            + " mismatched_fields, matched_at) SELECT nextval('match_result_seq'), s.subject_id, s.version, 'VERIFIED', '',"
            + " clock_timestamp() FROM vaccination_subject s WHERE s.subject_id LIKE $1 || '%'"
            + " AND NOT EXISTS (SELECT 1 FROM match_result m WHERE m.subject_id = s.subject_id)";
    private static final String DOSES = "INSERT INTO dose (id, subject_id, dose_number, total_doses, vaccinated_on, product,"
            + " manufacturer, prophylaxis, lot, facility_code) SELECT nextval('dose_seq'), s.subject_id, n, 2, ($2::date[])[n],"
            + " 'EU/1/20/1528', 'ORG-100030215', 'J07BX03', 'FF2587', $3 FROM vaccination_subject s, generate_series(1, 2) n"
            + " WHERE s.subject_id LIKE $1 || '%' AND NOT EXISTS (SELECT 1 FROM dose d WHERE d.subject_id = s.subject_id)";

    @Option(names = "--subjects", defaultValue = "1000", description = "How many subjects (default: ${DEFAULT-VALUE}).")
    int subjects;

    @Option(names = "--out", required = true, description = "Directory for citizens.tsv and ministry.token.")
    Path out;

    private final Pool pool;
    private final DoseConfirmations confirmations;
    private final Instance<TokenCommand> tokens;
    private final Clock clock;
    private final ObjectMapper json;

    @Inject
    public BenchHttpDataCommand(Pool pool, DoseConfirmations confirmations, Instance<TokenCommand> tokens, Clock clock, ObjectMapper json) {
        this.pool = pool;
        this.confirmations = confirmations;
        this.tokens = tokens;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public Integer call() {
        pool.preparedQuery(SUBJECTS).execute(Tuple.of(PREFIX, DATE_OF_BIRTH, ID_NUMBER_PREFIX, subjects))
                .chain(() -> pool.preparedQuery(VERIFIED).execute(Tuple.of(PREFIX)))
                .chain(() -> pool.preparedQuery(DOSES).execute(Tuple.of(PREFIX,
                        DOSE_DAYS.toArray(LocalDate[]::new), FACILITY)))
                .await().indefinitely();
        int confirmed = 0;
        for (LocalDate day : DOSE_DAYS) {
            confirmed += confirmations.confirmDay(FACILITY, day, "bench", clock.instant()).await().indefinitely()
                    .newlyConfirmed();
        }
        List<String> citizens = new ArrayList<>(subjects);
        TokenCommand citizenLogins = tokens.get().as(Roles.CITIZEN, 24 * 60);
        for (int i = 1; i <= subjects; i++) {
            String idNumber = ID_NUMBER_PREFIX + "%06d".formatted(i);
            String token = citizenLogins.mint(Map.of(Claims.ID_NUMBER, idNumber));
            citizens.add(token + "\t" + idNumber + "\t" + DATE_OF_BIRTH);
        }
        String ministry = tokens.get().as(Roles.MINISTRY, 24 * 60).mint(Map.of());
        try {
            Files.createDirectories(out);
            Files.write(out.resolve("citizens.tsv"), citizens, StandardCharsets.UTF_8);
            Files.writeString(out.resolve("ministry.token"), ministry + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("subjects", subjects);
        summary.put("subjectIds", PREFIX + "1 … " + PREFIX + subjects);
        summary.put("dosesNewlyConfirmed", confirmed);
        summary.put("citizenTokens", out.resolve("citizens.tsv").toString());
        summary.put("ministryToken", out.resolve("ministry.token").toString());
        CommandOutput.print(json, summary);
        return 0;
    }
}
