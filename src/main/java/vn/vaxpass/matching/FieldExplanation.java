package vn.vaxpass.matching;

/**
 * One field's part in a match result, for the clerk who corrects the record. Says how the entered value stands
 * against the registry, never what the registry holds: that is for the commune police to confirm.
 *
 * @param field   {@code id_number}, {@code name}, {@code dob} or {@code gender}
 * @param verdict how it stands
 * @param message what it means, in words a clerk can act on
 */
public record FieldExplanation(String field, FieldVerdict verdict, String message) {

    public static final String ID_NUMBER = "id_number";
}
