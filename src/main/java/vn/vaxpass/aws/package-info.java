/**
 * How the functions build their AWS SDK clients (KMS, Secrets Manager): one HTTP client and one set of timeouts.
 * Depends on the AWS SDK only, never on a feature.
 */
package vn.vaxpass.aws;
