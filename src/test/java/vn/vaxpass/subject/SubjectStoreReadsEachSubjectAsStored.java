package vn.vaxpass.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * One row mapping for every reader: a subject reads back with each stored value in its place (absent ID number and
 * phone as null), and a statement that joins other tables finds its own columns right after the subject's.
 */
@QuarkusTest
class SubjectStoreReadsEachSubjectAsStored {

    @Inject
    Pool pool;

    @Inject
    SubjectStore store;

    private SubjectRowsForStoreTests rows;

    @BeforeEach
    void clean() {
        rows = new SubjectRowsForStoreTests(pool);
    }

    @Test
    void everyStoredValueComesBackInItsPlace() {
        String id = rows.insert("full", new SubjectData(null, "Đặng Thị Hòa", "02/11/1987", "Nữ", " 001187054321 ",
                SubjectRowsForStoreTests.COMMUNE), "0912.345.678", SubjectRowsForStoreTests.PROVINCE, 3);

        StoredSubject subject = store.withIds(List.of(id)).await().indefinitely().get(0);

        assertThat(subject).isEqualTo(new StoredSubject(new SubjectData(id, "Đặng Thị Hòa", "02/11/1987", "Nữ",
                " 001187054321 ", SubjectRowsForStoreTests.COMMUNE), "0912.345.678",
                SubjectRowsForStoreTests.PROVINCE, 3));
    }

    @Test
    void aMissingIdNumberAndPhoneReadAsNull() {
        String id = rows.insert("bare", null, null);

        StoredSubject subject = store.withIds(List.of(id)).await().indefinitely().get(0);

        assertThat(subject.data().idNumber()).isNull();
        assertThat(subject.phone()).isNull();
        assertThat(subject.version()).isEqualTo(1);
    }

    @Test
    void aJoinReadsItsOwnColumnsAfterTheSubjects() {
        String id = rows.insert("joined", "001085012345", "0912345678");

        Row row = pool.preparedQuery("SELECT " + SubjectStore.COLUMNS + ", upper(s.full_name), $2::text AS extra"
                        + " FROM " + SubjectStore.TABLE + " WHERE s.subject_id = $1")
                .execute(Tuple.of(id, "own")).await().indefinitely().iterator().next();

        assertThat(SubjectStore.read(row).subjectId()).isEqualTo(id);
        assertThat(row.getString(SubjectStore.COLUMN_COUNT)).isEqualTo("NGUYỄN VĂN AN");
        assertThat(row.getString(SubjectStore.COLUMN_COUNT + 1)).isEqualTo("own");
        assertThat(row.size()).isEqualTo(SubjectStore.COLUMN_COUNT + 2);
    }

    @Test
    void existsTellsAStoredSubjectFromAnUnknownOne() {
        String id = rows.insert("there", null, null);

        Row row = pool.preparedQuery("SELECT " + SubjectStore.exists("$1::text") + ", "
                        + SubjectStore.exists("$2::text")).execute(Tuple.of(id, id + "-gone"))
                .await().indefinitely().iterator().next();

        assertThat(row.getBoolean(0)).isTrue();
        assertThat(row.getBoolean(1)).isFalse();
    }
}
