package vn.vaxpass.matching;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.subject.StoredSubject;
import vn.vaxpass.subject.SubjectStore;

/**
 * The subjects of a batch run's scope, a page at a time by keyset ({@code subject_id > last}), as
 * {@link SubjectStore} reads them on the (commune_code, subject_id) and (province_code, subject_id) indexes: every
 * page costs the same, however deep into the province, and a subject added meanwhile is neither skipped nor repeated.
 */
@ApplicationScoped
public class SubjectPages {

    private final SubjectStore store;

    @Inject
    public SubjectPages(SubjectStore store) {
        this.store = store;
    }

    /** Up to {@code size} subjects of the scope after {@code lastSubjectId} ("" for the first page), by subject_id. */
    public Uni<List<StoredSubject>> after(SubjectScope scope, String lastSubjectId, int size) {
        return store.after(scope.level().area(), scope.code(), lastSubjectId, size);
    }

    /** The subjects of the scope from {@code first} to {@code last} subject_id, both included, by subject_id. */
    public Uni<List<StoredSubject>> between(SubjectScope scope, String first, String last) {
        return store.between(scope.level().area(), scope.code(), first, last);
    }

    /** The subjects with these ids that are stored, by subject_id; ids not stored are left out. */
    public Uni<List<StoredSubject>> withIds(List<String> subjectIds) {
        return store.withIds(subjectIds);
    }
}
