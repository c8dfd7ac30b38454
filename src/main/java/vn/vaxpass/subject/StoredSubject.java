package vn.vaxpass.subject;

/**
 * A subject as {@code vaccination_subject} holds them ({@link SubjectStore#read}): the personal data as clerks typed
 * it, the phone (null when none was typed), the province derived from the commune, and the version of the personal
 * data, which a result computed from them records. Holds personal data: never log it.
 */
public record StoredSubject(SubjectData data, String phone, String provinceCode, int version) {

    public String subjectId() {
        return data.subjectId();
    }
}
