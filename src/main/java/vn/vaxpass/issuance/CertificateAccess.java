package vn.vaxpass.issuance;

/**
 * Whose certificate a caller may have: the Ministry of Health anyone's; facility staff the certificate of a
 * person their facility vaccinated; a citizen, through a lookup session, only their own. A subject outside the
 * caller's reach is answered as if it did not exist.
 */
public sealed interface CertificateAccess {

    boolean permits(SubjectRecord record);

    static CertificateAccess ministry() {
        return new Ministry();
    }

    static CertificateAccess facility(String facilityCode) {
        return new Facility(facilityCode);
    }

    static CertificateAccess citizen(String subjectId) {
        return new Citizen(subjectId);
    }

    record Ministry() implements CertificateAccess {
        @Override
        public boolean permits(SubjectRecord record) {
            return true;
        }
    }

    /** Staff of the facility that gave at least one of the subject's doses. */
    record Facility(String facilityCode) implements CertificateAccess {
        @Override
        public boolean permits(SubjectRecord record) {
            return facilityCode != null
                    && record.doses().stream().anyMatch(d -> facilityCode.equals(d.content().facilityCode()));
        }
    }

    /** The citizen whose lookup session names this subject. */
    record Citizen(String subjectId) implements CertificateAccess {
        @Override
        public boolean permits(SubjectRecord record) {
            return subjectId != null && subjectId.equals(record.subjectId());
        }
    }
}
