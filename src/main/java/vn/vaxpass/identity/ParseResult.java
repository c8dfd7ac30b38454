package vn.vaxpass.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * What reading a field as typed gives: either a value or the code of the reason it could not be read, never both.
 * Immutable.
 *
 * @param <T> the value read
 * @param <E> the reason codes of this field; their names are part of the API (logs and HTTP problems carry them)
 */
public final class ParseResult<T, E extends Enum<E>> {

    private final T value;
    private final E error;

    private ParseResult(T value, E error) {
        this.value = value;
        this.error = error;
    }

    static <T, E extends Enum<E>> ParseResult<T, E> valid(T value) {
        return new ParseResult<>(Objects.requireNonNull(value, "value"), null);
    }

    static <T, E extends Enum<E>> ParseResult<T, E> invalid(E error) {
        return new ParseResult<>(null, Objects.requireNonNull(error, "error"));
    }

    public boolean isValid() {
        return value != null;
    }

    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    public Optional<E> error() {
        return Optional.ofNullable(error);
    }

    /**
     * The value.
     *
     * @throws IllegalArgumentException naming the error code, when there is no value
     */
    public T orElseThrow() {
        if (value == null) {
            throw new IllegalArgumentException(error.name());
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParseResult<?, ?> that
                && Objects.equals(value, that.value) && Objects.equals(error, that.error);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, error);
    }

    @Override
    public String toString() {
        return value != null ? "valid " + value : "invalid: " + error;
    }
}
