package vn.vaxpass.lookup;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;

import vn.vaxpass.subject.StoredSubject;
import vn.vaxpass.subject.SubjectStore;

/**
 * The subjects whose stored phone or ID number has the key asked for, as {@link SubjectStore} finds them through the
 * expression indexes of migration V6. A household shares one phone, so a phone gives several;
 * {@link SamePersonPolicy} then decides.
 */
@ApplicationScoped
public class SubjectCandidates {

    /** More subjects than any household or any person's duplicate records: the rest are not read. */
    static final int MAX_CANDIDATES = 50;

    private final SubjectStore subjects;

    @Inject
    public SubjectCandidates(SubjectStore subjects) {
        this.subjects = subjects;
    }

    public Uni<List<SubjectCandidate>> withPhone(PhoneNumber phone) {
        return subjects.withPhoneKey(phone.national(), MAX_CANDIDATES).map(SubjectCandidates::candidates);
    }

    /** @param digits a well-formed ID number's digits */
    public Uni<List<SubjectCandidate>> withIdNumber(String digits) {
        return subjects.withIdNumberKey(digits, MAX_CANDIDATES).map(SubjectCandidates::candidates);
    }

    private static List<SubjectCandidate> candidates(List<StoredSubject> stored) {
        List<SubjectCandidate> candidates = new ArrayList<>(stored.size());
        for (StoredSubject subject : stored) {
            candidates.add(new SubjectCandidate(subject.subjectId(), subject.data().fullName(),
                    subject.data().dateOfBirth(), subject.data().gender(), subject.data().idNumber(), subject.phone()));
        }
        return candidates;
    }
}
