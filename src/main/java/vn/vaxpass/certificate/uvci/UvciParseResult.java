package vn.vaxpass.certificate.uvci;

import java.util.Optional;

/** Either a {@link Uvci} or the first rule the candidate breaks, with a human-readable detail. */
public final class UvciParseResult {

    private final Uvci uvci;
    private final UvciError error;
    private final String detail;

    private UvciParseResult(Uvci uvci, UvciError error, String detail) {
        this.uvci = uvci;
        this.error = error;
        this.detail = detail;
    }

    static UvciParseResult valid(Uvci uvci) {
        return new UvciParseResult(uvci, null, "");
    }

    static UvciParseResult invalid(UvciError error, String detail) {
        return new UvciParseResult(null, error, detail);
    }

    public boolean isValid() {
        return uvci != null;
    }

    public Optional<Uvci> uvci() {
        return Optional.ofNullable(uvci);
    }

    public Optional<UvciError> error() {
        return Optional.ofNullable(error);
    }

    /** What exactly is wrong (position, length...); empty when valid. */
    public String detail() {
        return detail;
    }

    /** The UVCI, or an {@link InvalidUvciException} carrying the error code. */
    public Uvci orElseThrow() {
        if (uvci == null) {
            throw new InvalidUvciException(error, detail);
        }
        return uvci;
    }

    @Override
    public String toString() {
        return isValid() ? "valid " + uvci : error + ": " + detail;
    }
}
