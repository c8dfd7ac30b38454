/**
 * The database connection of the functions in AWS. Credentials: read from the Secrets Manager secret Terraform names
 * ({@code VAXPASS_DATABASE_SECRET_ARN}) and handed to both datasources (reactive client and JDBC) through Quarkus'
 * credentials-provider mechanism, never through plain configuration. TLS: the certificate authorities the server is
 * verified against ({@link vn.vaxpass.database.DatabaseCa}, a bundle this jar ships) and the JDBC driver's socket
 * factory that trusts them alone.
 */
package vn.vaxpass.database;
