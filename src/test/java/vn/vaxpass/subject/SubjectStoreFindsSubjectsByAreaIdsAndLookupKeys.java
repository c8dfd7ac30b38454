package vn.vaxpass.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The store's reads: a commune or province a page at a time by subject_id, a range of it, a list of ids, and the
 * subjects whose phone or ID number has a lookup key, however the clerk typed it.
 */
@QuarkusTest
class SubjectStoreFindsSubjectsByAreaIdsAndLookupKeys {

    private static final String COMMUNE = SubjectRowsForStoreTests.COMMUNE;
    private static final String PROVINCE = SubjectRowsForStoreTests.PROVINCE;
    private static final String PHONE = SubjectRowsForStoreTests.PHONE_KEY;
    private static final String ID = SubjectRowsForStoreTests.ID_DIGITS;

    @Inject
    Pool pool;

    @Inject
    SubjectStore store;

    private SubjectRowsForStoreTests rows;
    private String a;
    private String b;
    private String c;
    private String elsewhere;

    @BeforeEach
    void subjects() {
        rows = new SubjectRowsForStoreTests(pool);
        c = rows.insert("c", spaced(ID), "+84 " + PHONE.substring(0, 3) + " " + PHONE.substring(3));
        a = rows.insert("a", ID, "0" + PHONE.substring(0, 3) + "." + PHONE.substring(3));
        b = rows.insert("b", SubjectRowsForStoreTests.OTHER_ID_DIGITS, "0352 123 456");
        elsewhere = rows.insert("d", new SubjectData(null, "Trần Minh Khôi", "1990", "Nam", ID,
                SubjectRowsForStoreTests.OTHER_COMMUNE), PHONE, PROVINCE, 1);
    }

    @Test
    void aCommuneIsReadPageByPageInSubjectIdOrder() {
        List<StoredSubject> first = store.after(SubjectStore.Area.COMMUNE, COMMUNE, "", 2).await().indefinitely();
        List<StoredSubject> second = store.after(SubjectStore.Area.COMMUNE, COMMUNE, first.get(1).subjectId(), 2)
                .await().indefinitely();

        assertThat(first).extracting(StoredSubject::subjectId).containsExactly(a, b);
        assertThat(second).extracting(StoredSubject::subjectId).containsExactly(c);
    }

    @Test
    void aProvinceHoldsTheSubjectsOfAllItsCommunes() {
        assertThat(store.after(SubjectStore.Area.PROVINCE, PROVINCE, "", 10).await().indefinitely())
                .extracting(StoredSubject::subjectId).containsExactly(a, b, c, elsewhere);
    }

    @Test
    void aRangeIncludesBothEnds() {
        assertThat(store.between(SubjectStore.Area.PROVINCE, PROVINCE, b, elsewhere).await().indefinitely())
                .extracting(StoredSubject::subjectId).containsExactly(b, c, elsewhere);
        assertThat(store.between(SubjectStore.Area.COMMUNE, COMMUNE, b, elsewhere).await().indefinitely())
                .extracting(StoredSubject::subjectId).containsExactly(b, c);
    }

    @Test
    void idsNotStoredAreLeftOut() {
        assertThat(store.withIds(List.of(c, a + "-gone", a)).await().indefinitely())
                .extracting(StoredSubject::subjectId).containsExactly(a, c);
    }

    @Test
    void everyWayOfTypingAPhoneSharesItsKey() {
        assertThat(store.withPhoneKey(PHONE, 50).await().indefinitely())
                .extracting(StoredSubject::subjectId).containsExactly(a, c, elsewhere);
        assertThat(store.withPhoneKey(PHONE, 2).await().indefinitely())
                .extracting(StoredSubject::subjectId).containsExactly(a, c);
    }

    @Test
    void anIdNumberIsFoundByItsDigits() {
        assertThat(store.withIdNumberKey(ID, 50).await().indefinitely())
                .extracting(StoredSubject::subjectId).containsExactly(a, c, elsewhere);
        assertThat(store.withIdNumberKey(SubjectRowsForStoreTests.OTHER_ID_DIGITS, 50).await().indefinitely())
                .extracting(StoredSubject::subjectId).containsExactly(b);
    }

    private static String spaced(String digits) {
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6, 9) + " "
                + digits.substring(9);
    }
}
