package vn.vaxpass.database;

import java.util.Objects;
import java.util.Optional;

/**
 * A user name (absent when the secret holds the password alone) and a password. {@link #toString()} never shows
 * the password, so the record can be logged or fail an assertion without leaking it.
 */
public record DatabaseCredentials(Optional<String> username, String password) {

    public DatabaseCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[username=" + username.orElse("(from configuration)") + ", password=***]";
    }
}
