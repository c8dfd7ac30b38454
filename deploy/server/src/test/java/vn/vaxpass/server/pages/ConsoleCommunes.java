package vn.vaxpass.server.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.lookup.LookupRows;
import vn.vaxpass.matching.MatchStatus;

/** Communes of Hà Nội (province 01) made for one console test each, with residents whose registry check failed. */
@ApplicationScoped
class ConsoleCommunes {

    static final String PROVINCE = "01";
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Inject
    Pool pool;

    record Commune(String code, List<String> subjectIds) {
    }

    /** A commune of its own whose residents, named as given, the registry found with another name. */
    Commune withMisnamedResidents(String... fullNames) {
        String code = String.format("9%04d", (ProcessHandle.current().pid() * 37 + NEXT.incrementAndGet()) % 10_000);
        pool.preparedQuery("INSERT INTO commune (commune_code, province_code, name) VALUES ($1, $2, $3)"
                + " ON CONFLICT (commune_code) DO NOTHING")
                .execute(Tuple.of(code, PROVINCE, "Xã Thử " + code)).await().indefinitely();
        LookupRows rows = new LookupRows(pool);
        List<String> subjects = new ArrayList<>();
        for (String fullName : fullNames) {
            String subjectId = "C-" + code + "-" + subjects.size();
            pool.preparedQuery("INSERT INTO vaccination_subject (subject_id, full_name, date_of_birth, gender,"
                            + " id_number, phone, commune_code, province_code) VALUES ($1, $2, '1980-05-01', 'Nam', $3,"
                            + " $4, $5, $6)")
                    .execute(Tuple.tuple().addString(subjectId).addString(fullName)
                            .addString(LookupRows.freshIdNumber()).addString(LookupRows.freshPhone()).addString(code)
                            .addString(PROVINCE))
                    .await().indefinitely();
            rows.matched(subjectId, MatchStatus.MISMATCH, "name");
            subjects.add(subjectId);
        }
        return new Commune(code, subjects);
    }
}
