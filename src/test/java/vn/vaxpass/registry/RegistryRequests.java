package vn.vaxpass.registry;

import vn.vaxpass.identity.Gender;
import vn.vaxpass.registry.MatchRequests;
import vn.vaxpass.subject.SubjectData;
import vn.vaxpass.matching.SubjectMatcher;

/** Match requests as the matcher makes them, for registry tests. */
final class RegistryRequests {

    static final RegistryEntry DUC =
            RegistryEntryFixture.person("001085012345", "123456789", "Đặng Văn Đức", "1985-03-07", Gender.MALE, "00004");

    private static final SubjectMatcher MATCHER = new SubjectMatcher();

    private RegistryRequests() {
    }

    /** The first pass for a subject typing Đức's ID number: that number alone. */
    static MatchRequests forDucsNumber() {
        MatchRequests requests = new MatchRequests();
        MATCHER.requestDirect(subject(DUC.idNumber()), requests);
        return requests;
    }

    /**
     * Both numbers of Đức, and, as the search pass asks when the number's holder has another name, the blocks of
     * (DANG VAN DUC, 1985) and (00004, 1985).
     */
    static MatchRequests numbersAndBlocks() {
        MatchRequests requests = new MatchRequests();
        MATCHER.requestDirect(subject(DUC.idNumber()), requests);
        MATCHER.requestDirect(subject(DUC.oldIdNumber()), requests);
        RegistryEntry holderNamedOtherwise = RegistryEntryFixture.person("001085099999", null, "Lê Văn Nam",
                "1985-03-07", Gender.MALE, "00004");
        MATCHER.requestSearch(subject(holderNamedOtherwise.idNumber()), new InMemoryRegistryView().add(holderNamedOtherwise),
                requests);
        return requests;
    }

    private static SubjectData subject(String idNumber) {
        return new SubjectData("S-1", "Đặng Văn Đức", "07/03/1985", "Nam", idNumber, "00004");
    }
}
