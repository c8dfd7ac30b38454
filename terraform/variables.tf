################################################################################
# Deployment
################################################################################

variable "project" {
  description = "Short name that prefixes every resource name (with the environment: vaxpass-prod-verify)."
  type        = string
  default     = "vaxpass"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,19}$", var.project))
    error_message = "project must be 2-20 characters: lowercase letters, digits and hyphens, starting with a letter."
  }
}

variable "environment" {
  description = "Environment name (dev, staging, prod, ...). Part of every resource name, so two environments can share an account."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9]{1,9}$", var.environment))
    error_message = "environment must be 2-10 lowercase letters or digits, starting with a letter."
  }
}

variable "region" {
  description = "AWS region to deploy to. Singapore is the nearest full region to Vietnam; confirm it against the data-residency decision before production."
  type        = string
  default     = "ap-southeast-1"
}

variable "tags" {
  description = "Extra tags for every resource (added to Project, Environment and ManagedBy)."
  type        = map(string)
  default     = {}
}

################################################################################
# Functions
################################################################################

variable "enabled_functions" {
  description = "Keys of the functions to deploy (verify, registry-match, correction, sign, lookup, renewal-scan, renewal-due, match-chunks, match-resume, lookup-retention). null deploys all of them. Lets an environment go live before every module has a function.zip."
  type        = set(string)
  default     = null
}

variable "artifacts_root" {
  description = "Directory under which each module's target/function.zip is found (functions/verify/lambda/target/function.zip, ...). null means the repository root, the parent of this directory."
  type        = string
  default     = null
}

variable "lambda_package" {
  description = "How the function.zip files were built: \"native\" (./mvnw package -Pnative, runtime provided.al2023) or \"jvm\" (./mvnw package, runtime java21). All functions of one deployment use the same kind."
  type        = string
  default     = "native"

  validation {
    condition     = contains(["native", "jvm"], var.lambda_package)
    error_message = "lambda_package must be \"native\" or \"jvm\"."
  }
}

variable "lambda_architecture" {
  description = "Instruction set of the functions. A native function.zip runs only on the architecture it was built on (CI builds x86_64)."
  type        = string
  default     = "x86_64"

  validation {
    condition     = contains(["x86_64", "arm64"], var.lambda_architecture)
    error_message = "lambda_architecture must be \"x86_64\" or \"arm64\"."
  }
}

variable "log_level" {
  description = "Root log level of every function (QUARKUS_LOG_LEVEL)."
  type        = string
  default     = "INFO"

  validation {
    condition     = contains(["TRACE", "DEBUG", "INFO", "WARN", "ERROR"], var.log_level)
    error_message = "log_level must be one of TRACE, DEBUG, INFO, WARN, ERROR."
  }
}

variable "log_retention_days" {
  description = "Days that CloudWatch keeps function logs and API access logs."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a value CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, ...)."
  }
}

variable "logs_kms_key_arn" {
  description = "Optional customer managed KMS key to encrypt the log groups with (its key policy must allow the CloudWatch Logs service). null uses CloudWatch's own encryption."
  type        = string
  default     = null
}

variable "match_chunks_reserved_concurrency" {
  description = "Concurrent executions reserved for match-chunks (the registry-match worker), and the most its SQS mapping starts at once. Caps how many database connections a large registry-match job can take."
  type        = number
  default     = 5

  validation {
    # SQS event source mappings accept a maximum concurrency of 2 or more.
    condition     = var.match_chunks_reserved_concurrency >= 2 && floor(var.match_chunks_reserved_concurrency) == var.match_chunks_reserved_concurrency
    error_message = "match_chunks_reserved_concurrency must be a whole number, 2 or more."
  }
}

variable "lookup_retention_schedule" {
  description = "EventBridge schedule of lookup-retention, which deletes the lookup challenges that expired more than a day ago (vaxpass.lookup.challenge-retention)."
  type        = string
  default     = "rate(1 hour)"

  validation {
    condition     = can(regex("^(cron|rate)\\(.+\\)$", var.lookup_retention_schedule))
    error_message = "lookup_retention_schedule must be an EventBridge cron(...) or rate(...) expression."
  }
}

variable "match_resume_schedule" {
  description = "EventBridge schedule of match-resume, which sends again the registry-match chunks not done although their message went out longer ago than vaxpass.match-jobs.resend-after (local.match_jobs: 15 minutes), and gives up those sent max_attempts times (3). Runs more often than resend-after, so a stale chunk waits less than one more period."
  type        = string
  default     = "rate(5 minutes)"

  validation {
    condition     = can(regex("^(cron|rate)\\(.+\\)$", var.match_resume_schedule))
    error_message = "match_resume_schedule must be an EventBridge cron(...) or rate(...) expression."
  }
}

variable "renewal_scan_schedule" {
  description = "EventBridge schedule of renewal-scan. Rules run in UTC: the default, 19:00 UTC, is 02:00 in Vietnam (UTC+7)."
  type        = string
  default     = "cron(0 19 * * ? *)"

  validation {
    condition     = can(regex("^(cron|rate)\\(.+\\)$", var.renewal_scan_schedule))
    error_message = "renewal_scan_schedule must be an EventBridge cron(...) or rate(...) expression."
  }
}

variable "renewal_notice_days" {
  description = "renewal-scan finds the subjects whose certificate window ends within this many days (vaxpass.renewal.notice-days)."
  type        = number
  default     = 30

  validation {
    condition     = var.renewal_notice_days >= 1 && var.renewal_notice_days <= 180
    error_message = "renewal_notice_days must be between 1 and 180."
  }
}

variable "registry_daily_quota" {
  description = "Registry checks one account (the token's sub) may make per UTC day through registry-match: a single-subject check is one, each row of an uploaded subjects.csv one (vaxpass.registry.daily-quota); past it, 429 REGISTRY_QUOTA_EXCEEDED."
  type        = number
  default     = 500

  validation {
    condition     = var.registry_daily_quota >= 1
    error_message = "registry_daily_quota must be at least 1."
  }
}

variable "revocation_list_refresh" {
  description = "How long the verify function keeps the revocation list it fetched from the API's GET /v1/revocations before fetching it again (vaxpass.revocations.refresh, a duration such as 5m or 30s): how long a correction's revocation may take to reach verifiers."
  type        = string
  default     = "5m"

  validation {
    condition     = can(regex("^[1-9][0-9]*(s|m|h)$", var.revocation_list_refresh))
    error_message = "revocation_list_refresh must be a whole number of seconds, minutes or hours, such as 30s, 5m or 1h."
  }
}

variable "queue_max_receive_count" {
  description = "Receives after which a message moves to its queue's dead-letter queue. Not for registry-match-chunks, whose messages are received once and retried by the stale-chunk sweep (queues.tf)."
  type        = number
  default     = 5

  validation {
    condition     = var.queue_max_receive_count >= 1 && var.queue_max_receive_count <= 1000
    error_message = "queue_max_receive_count must be between 1 and 1000."
  }
}

################################################################################
# Network and database (created elsewhere; wired in here)
################################################################################

variable "vpc_id" {
  description = "VPC of the database. Functions that use the database run in it."
  type        = string
}

variable "private_subnet_ids" {
  description = "Private subnets for the functions' network interfaces. They need a route to the AWS APIs the functions call (SQS, KMS, Secrets Manager): a NAT gateway or VPC interface endpoints."
  type        = list(string)

  validation {
    condition     = length(var.private_subnet_ids) > 0
    error_message = "private_subnet_ids needs at least one subnet (two, in different zones, for availability)."
  }
}

variable "database_security_group_id" {
  description = "Security group of the PostgreSQL instance (or its RDS Proxy). The functions' security group may reach it on database_port."
  type        = string
}

variable "manage_database_ingress" {
  description = "Add an ingress rule to database_security_group_id that admits the functions. Set false when the database's owner manages that group's rules."
  type        = bool
  default     = true
}

variable "database_host" {
  description = "Host name of the PostgreSQL endpoint (the RDS instance, or preferably an RDS Proxy in front of it)."
  type        = string
}

variable "database_port" {
  description = "PostgreSQL port."
  type        = number
  default     = 5432

  validation {
    condition     = var.database_port >= 1 && var.database_port <= 65535
    error_message = "database_port must be between 1 and 65535."
  }
}

variable "database_name" {
  description = "Name of the PostgreSQL database."
  type        = string
  default     = "vaxpass"
}

variable "database_secret_arn" {
  description = "ARN of the Secrets Manager secret holding the database credentials as JSON with \"username\" and \"password\" (the format of an RDS-managed secret)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:secretsmanager:", var.database_secret_arn))
    error_message = "database_secret_arn must be a Secrets Manager secret ARN."
  }
}

variable "database_secret_kms_key_arn" {
  description = "KMS key that encrypts the database secret, when it is a customer managed key; the functions get kms:Decrypt on it through Secrets Manager only. null when the secret uses aws/secretsmanager."
  type        = string
  default     = null
}

################################################################################
# Signing
################################################################################

variable "dsc_certificate_pem" {
  description = "The Document Signer Certificate (DSC) as PEM text: the certificate that the CSCA issued for the public half of the KMS signing key. Public, not a secret. verify and sign receive it as VAXPASS_SIGNING_CERTIFICATE_PEM and cannot be deployed while it is null; the dsc_certificate_next_steps output says how to obtain it."
  type        = string
  default     = null

  validation {
    # One certificate only: no chain, and never a private key pasted by mistake.
    condition     = var.dsc_certificate_pem == null || can(regex("^-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\\s]+-----END CERTIFICATE-----$", trimspace(var.dsc_certificate_pem)))
    error_message = "dsc_certificate_pem must be exactly one PEM certificate, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----, with nothing else around it."
  }
}

variable "dsc_requester_arns" {
  description = "IAM principals that may read the signing key's public half and sign with the key, to request the DSC certificate (the CSR must be signed by the key it certifies). Empty by default. Set it only while a DSC is being requested and empty it again afterwards: a listed principal can sign anything with the Document Signer key, certificates included; CloudTrail records every kms:Sign."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for arn in var.dsc_requester_arns : can(regex("^arn:aws[a-z-]*:(iam|sts)::[0-9]{12}:", arn))])
    error_message = "dsc_requester_arns must be IAM principal ARNs (arn:aws:iam::<account>:role/... or :user/...)."
  }
}

variable "kms_key_administrator_arns" {
  description = "IAM principals that may administer (not use) the signing key; the identity running Terraform must be one of them, or KMS refuses the policy. Empty means the account root, which delegates administration to IAM policies in the account. Either way nobody may sign with the key but the sign function and, while a DSC is requested, dsc_requester_arns."
  type        = list(string)
  default     = []
}

variable "kms_key_deletion_window_days" {
  description = "Days a scheduled deletion of the signing key can still be cancelled."
  type        = number
  default     = 30

  validation {
    condition     = var.kms_key_deletion_window_days >= 7 && var.kms_key_deletion_window_days <= 30
    error_message = "kms_key_deletion_window_days must be between 7 and 30."
  }
}

################################################################################
# Lookup
################################################################################

variable "citizen_session_key" {
  description = "Base64 of at least 32 random bytes (openssl rand -base64 32): the HS256 key of the citizen sessions the lookup grants and the sign function accepts (VAXPASS_CITIZEN_SESSION_KEY, vaxpass.citizen-session.key). Sensitive: whoever holds it can fetch any subject's certificate for 10 minutes. Required while lookup or sign is enabled."
  type        = string
  default     = null
  sensitive   = true

  validation {
    condition     = var.citizen_session_key == null || can(regex("^[A-Za-z0-9+/]{43,}=*$", trimspace(var.citizen_session_key)))
    error_message = "citizen_session_key must be Base64 of at least 32 bytes."
  }
}

variable "lookup_hash_key" {
  description = "Base64 of at least 32 random bytes (openssl rand -base64 32): the HMAC key of the lookup's stored code hashes and throttle keys (VAXPASS_LOOKUP_HASH_KEY). Every instance shares it; changing it voids the codes of the last 5 minutes. Sensitive. Required while lookup is enabled."
  type        = string
  default     = null
  sensitive   = true

  validation {
    condition     = var.lookup_hash_key == null || can(regex("^[A-Za-z0-9+/]{43,}=*$", trimspace(var.lookup_hash_key)))
    error_message = "lookup_hash_key must be Base64 of at least 32 bytes."
  }
}

################################################################################
# HTTP API
################################################################################

variable "jwt_issuer" {
  description = "Issuer (iss) of the staff tokens that the API's JWT authorizer accepts; the authorizer reads the signing keys from its OpenID discovery document."
  type        = string

  validation {
    condition     = can(regex("^https://", var.jwt_issuer))
    error_message = "jwt_issuer must be an https:// URL."
  }
}

variable "jwt_audience" {
  description = "Audiences (aud) that the JWT authorizer accepts; the functions check the same list again."
  type        = list(string)

  validation {
    condition     = length(var.jwt_audience) > 0
    error_message = "jwt_audience needs at least one audience."
  }
}

variable "jwt_jwks_uri" {
  description = "URL of the issuer's JSON Web Key Set, from which the protected functions verify tokens again (MP_JWT_VERIFY_PUBLICKEY_LOCATION)."
  type        = string

  validation {
    condition     = can(regex("^https://", var.jwt_jwks_uri))
    error_message = "jwt_jwks_uri must be an https:// URL."
  }
}

variable "sms_sender_id" {
  description = "The brandname registered with Vietnamese carriers that texts (the lookup's codes) come from (SNS's AWS.SNS.SMS.SenderID); empty until one is registered, and then the carrier's default."
  type        = string
  default     = ""

  validation {
    condition     = can(regex("^[A-Za-z0-9]{0,11}$", var.sms_sender_id))
    error_message = "sms_sender_id is at most 11 letters and digits."
  }
}

variable "sign_in" {
  description = "The pages' OpenID Connect clients, both of jwt_issuer's provider, each used with the authorization code flow and PKCE as a public client (docs/pages.md). staff: the console's; register https://<pages domain>/console/ as its redirect URI; its access tokens carry the role in groups and the place in province, commune, village. citizen: the portal's, VNeID federated by the same issuer (e.g. a Cognito user pool with VNeID as its OIDC identity provider) so the gateway's one authorizer checks both; redirect URI https://<pages domain>/; its access tokens carry groups [citizen] and the proven ID number in id_number. Both token endpoints must answer the pages' origin (CORS). A missing client: the console says there is no sign-in, the portal offers the lookup by phone only."
  type = object({
    staff = optional(object({
      name                   = string
      authorization_endpoint = string
      token_endpoint         = string
      client_id              = string
      scope                  = optional(string, "openid")
    }))
    citizen = optional(object({
      name                   = string
      authorization_endpoint = string
      token_endpoint         = string
      client_id              = string
      scope                  = optional(string, "openid")
    }))
  })
  default = {}

  validation {
    condition = alltrue([
      for url in flatten([for client in [var.sign_in.staff, var.sign_in.citizen] : client == null ? [] : [client.authorization_endpoint, client.token_endpoint]]) : can(regex("^https://[^/]+/", url))
    ])
    error_message = "sign_in's endpoints must be https:// URLs."
  }
}

variable "cors_allow_origins" {
  description = "Browser origins allowed to call the API besides the portal's own CloudFront origin (for a web verifier elsewhere, or the portal under a custom domain)."
  type        = list(string)
  default     = []
}

variable "api_throttling_burst_limit" {
  description = "Request burst that the API stage allows across all routes before answering 429."
  type        = number
  default     = 200
}

variable "api_throttling_rate_limit" {
  description = "Steady requests per second that the API stage allows across all routes."
  type        = number
  default     = 100
}

variable "hand_back_key_generations" {
  type        = list(string)
  default     = ["1"]
  description = "Generations of the correction function's hand-back key (KMS, ECC_NIST_P256), oldest first; one KMS key each. The last signs hand-backs; every one's public key stays served by its key id so that hand-backs signed before a rotation still verify. To rotate, append a new generation; never remove one whose hand-backs must still be checked."

  validation {
    condition     = length(var.hand_back_key_generations) > 0 && length(distinct(var.hand_back_key_generations)) == length(var.hand_back_key_generations)
    error_message = "hand_back_key_generations needs at least one generation, each named once."
  }
}

variable "officer_trust_anchors_pem" {
  type        = string
  default     = null
  description = "PEM certificates of the CAs an officer's own signature over a hand-back must chain to: the government CA's root (VGCA, Ban Co yeu Chinh phu). Public. Without it officers' signatures are refused as untrusted and hand-backs rest on the server's signature."
}
