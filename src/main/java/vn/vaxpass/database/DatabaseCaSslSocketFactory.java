package vn.vaxpass.database;

import java.security.GeneralSecurityException;

import org.postgresql.ssl.WrappedFactory;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The PostgreSQL JDBC driver's TLS sockets for the functions in AWS (Flyway's connections): they trust the
 * {@link DatabaseCa} bundle alone. The driver's own factory would look for {@code ~/.postgresql/root.crt}, or take a
 * file path (a Lambda has the bundle in its jar or binary, not as a file); its single-certificate factory reads one
 * certificate of the bundle. Named by {@code quarkus.datasource.jdbc.additional-jdbc-properties.sslfactory}; under
 * {@code sslmode=verify-full} in the URL the driver then checks the server's name against its certificate too.
 * The driver creates it by reflection, hence the registration for native images.
 */
@RegisterForReflection
public final class DatabaseCaSslSocketFactory extends WrappedFactory {

    /**
     * Called by the driver with {@code sslfactoryarg}: {@code null} (unset) for the shipped bundle, or another bundle
     * as {@link DatabaseCa#certificates(String)} reads it.
     */
    public DatabaseCaSslSocketFactory(String bundle) throws GeneralSecurityException {
        factory = DatabaseCa.sslContext(bundle).getSocketFactory();
    }
}
