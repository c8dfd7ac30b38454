/**
 * The database credentials of the functions in AWS: read from the Secrets Manager secret Terraform names
 * ({@code VAXPASS_DATABASE_SECRET_ARN}) and handed to both datasources (reactive client and JDBC) through
 * Quarkus' credentials-provider mechanism, never through plain configuration.
 */
package vn.vaxpass.database;
