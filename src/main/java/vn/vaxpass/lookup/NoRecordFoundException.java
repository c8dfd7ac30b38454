package vn.vaxpass.lookup;

/** No vaccination record carries the logged-in citizen's own ID number and date of birth. */
public class NoRecordFoundException extends RuntimeException {

    public NoRecordFoundException() {
        super("No vaccination record has this ID number and date of birth. If you were vaccinated, ask your commune "
                + "health station to check your record: the ID number or date of birth on it may be wrong or missing.",
                null, false, false);
    }
}
