# Copy to env/<environment>.tfvars and fill in. Nothing here is secret: credentials stay in
# Secrets Manager and only the secret's ARN is given.

environment = "dev"
# region    = "ap-southeast-1"

# Network and database, created elsewhere.
vpc_id                     = "vpc-0123456789abcdef0"
private_subnet_ids         = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
database_security_group_id = "sg-0123456789abcdef0"
database_host              = "vaxpass-dev.proxy-abcdefghijkl.ap-southeast-1.rds.amazonaws.com"
database_secret_arn        = "arn:aws:secretsmanager:ap-southeast-1:123456789012:secret:rds!db-00000000-0000-0000-0000-000000000000-AbCdEf"

# Staff identity provider (here an Amazon Cognito user pool).
jwt_issuer   = "https://cognito-idp.ap-southeast-1.amazonaws.com/ap-southeast-1_EXAMPLE"
jwt_audience = ["0123456789abcdefghijklmnop"]
jwt_jwks_uri = "https://cognito-idp.ap-southeast-1.amazonaws.com/ap-southeast-1_EXAMPLE/.well-known/jwks.json"

# The pages' sign-in: app clients of the same user pool (public, authorization code with PKCE), VNeID federated into
# it for citizens. Its access tokens must carry aud, groups and the place claims (a pre token generation trigger).
sign_in = {
  staff = {
    name                   = "Cổng định danh Bộ Y tế"
    authorization_endpoint = "https://vaxpass-example.auth.ap-southeast-1.amazoncognito.com/oauth2/authorize"
    token_endpoint         = "https://vaxpass-example.auth.ap-southeast-1.amazoncognito.com/oauth2/token"
    client_id              = "0123456789abcdefghijklmnop"
  }
  citizen = {
    name                   = "VNeID"
    authorization_endpoint = "https://vaxpass-example.auth.ap-southeast-1.amazoncognito.com/oauth2/authorize"
    token_endpoint         = "https://vaxpass-example.auth.ap-southeast-1.amazoncognito.com/oauth2/token"
    client_id              = "abcdefghijklmnop0123456789"
  }
}

# Until every module builds a function.zip, deploy only those that do. verify and sign also need
# dsc_certificate_pem: for the first apply, before the CSCA has issued the DSC, use [] (the signing
# key is created all the same) and follow the dsc_certificate_next_steps output.
enabled_functions = ["verify"]

# The DSC certificate that the CSCA issued for the signing key (public; README, "The DSC certificate").
# Or leave it out here and run with TF_VAR_dsc_certificate_pem="$(cat dsc.pem)".
# dsc_certificate_pem = <<-EOT
#   -----BEGIN CERTIFICATE-----
#   MIIB...
#   -----END CERTIFICATE-----
# EOT

# Only while requesting a DSC: may read the key's public half and sign the CSR with it.
# dsc_requester_arns = ["arn:aws:iam::123456789012:role/vaxpass-pki-operator"]
