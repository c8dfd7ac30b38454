package vn.vaxpass.database;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code vaxpass.database.secret.*}: where the database credentials are read from in AWS. */
@ConfigMapping(prefix = "vaxpass.database.secret")
public interface DatabaseSecretConfig {

    /** The secret's ARN (Terraform: {@code VAXPASS_DATABASE_SECRET_ARN}); without it nothing is read. */
    Optional<String> arn();

    /** The secret's region; by default the one in its ARN. */
    Optional<String> region();

    /** Only for tests against a Secrets Manager-compatible endpoint. */
    Optional<String> endpoint();

    /**
     * How long a value read is used for new connections before it is read again. Short, so that new connections
     * follow a rotated password within this time; a read costs one call only when a connection is opened.
     */
    @WithDefault("PT1M")
    Duration refreshAfter();
}
