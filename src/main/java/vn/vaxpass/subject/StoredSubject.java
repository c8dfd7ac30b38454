package vn.vaxpass.subject;

/** A subject as {@code vaccination_subject} holds them, with the version of the data a result was computed from. */
public record StoredSubject(SubjectData data, int version) {
}
