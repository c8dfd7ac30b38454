package vn.vaxpass.lookup;

/** A logged-in citizen asked about an ID number other than the one their login proved. Nothing is looked up. */
public class NotYourIdNumberException extends RuntimeException {

    public NotYourIdNumberException() {
        super("You can look up only your own ID number, the one you logged in with.", null, false, false);
    }
}
