package vn.vaxpass.server.demo;

/**
 * A demo subject whose certificate is available: synthetic personal data, shown in the start-up hints only because it
 * is made up.
 *
 * @param dateOfBirth as the lookup takes it: {@code YYYY-MM-DD}, or {@code YYYY}
 */
public record DemoSubject(String subjectId, String idNumber, String dateOfBirth, String communeCode,
        String provinceCode, String fullName, String phone) {
}
