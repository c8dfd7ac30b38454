locals {
  # What each kind of function.zip needs (the values Quarkus writes to sam.native.yaml / sam.jvm.yaml).
  lambda_runtimes = {
    native = {
      runtime    = "provided.al2023"
      handler    = "not.used.in.provided.runtime"
      min_memory = 128
    }
    jvm = {
      runtime = "java21"
      handler = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest"
      # A JVM boots far too slowly below this; native binaries need much less.
      min_memory = 1024
    }
  }
  lambda_runtime = local.lambda_runtimes[var.lambda_package]

  common_environment = merge(
    {
      # One JSON object per log line, so CloudWatch Logs Insights can filter on fields.
      # (quarkus.log.console.json, without .enabled, is deprecated since Quarkus 3.19.)
      QUARKUS_LOG_CONSOLE_JSON_ENABLED = "true"
      QUARKUS_LOG_LEVEL                = var.log_level
    },
    # The native runtime must leave signals to Lambda (as in Quarkus' sam.native.yaml).
    var.lambda_package == "native" ? { DISABLE_SIGNAL_HANDLERS = "true" } : {},
    # On the JVM, stop at the C1 compiler: a cold start compiles far less (AWS's advice for Java functions;
    # deploy/bench/ColdStart.java measures with the same flag).
    var.lambda_package == "jvm" ? { JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1" } : {},
  )

  # The protected functions verify the token again before checking role and jurisdiction.
  jwt_environment = {
    MP_JWT_VERIFY_ISSUER             = var.jwt_issuer
    MP_JWT_VERIFY_AUDIENCES          = join(",", var.jwt_audience)
    MP_JWT_VERIFY_PUBLICKEY_LOCATION = var.jwt_jwks_uri
  }

  function_environment = {
    for key, f in local.functions : key => merge(
      local.common_environment,
      f.database ? local.database_environment : {},
      # vaxpass.signing.*: the DSC certificate inline (public, about 1 KB), so no function fetches it
      # at cold start. A missing certificate stops the plan (precondition below), hence the guard.
      f.dsc_certificate ? { VAXPASS_SIGNING_MODE = "kms" } : {},
      f.dsc_certificate && local.dsc_certificate_pem != null ? { VAXPASS_SIGNING_CERTIFICATE_PEM = local.dsc_certificate_pem } : {},
      # The key is ECC_NIST_P256 and its policy allows ECDSA_SHA_256 only, so ES256 is not a choice.
      f.signs ? { VAXPASS_SIGNING_KMS_KEY_ID = aws_kms_key.signing.arn, VAXPASS_SIGNING_ALGORITHM = "ES256" } : {},
      f.authorizer || length(f.jwt_routes) > 0 ? local.jwt_environment : {},
      # Secrets (sensitive variables): the key of the citizen sessions the lookup grants and the sign
      # function accepts, and the HMAC key of stored code hashes and throttle keys; every instance of
      # a function must share them.
      f.citizen_sessions && var.citizen_session_key != null ? { VAXPASS_CITIZEN_SESSION_KEY = var.citizen_session_key } : {},
      f.one_time_codes && var.lookup_hash_key != null ? { VAXPASS_LOOKUP_HASH_KEY = var.lookup_hash_key } : {},
      f.kind == "trigger" ? { QUARKUS_LAMBDA_HANDLER = key } : {},
      f.texts && var.sms_sender_id != "" ? { VAXPASS_SMS_SENDER_ID = var.sms_sender_id } : {},
      key == "renewal-scan" ? { VAXPASS_RENEWAL_NOTICE_DAYS = tostring(var.renewal_notice_days) } : {},
      contains(["registry-match", "correction"], key) ? { VAXPASS_REGISTRY_DAILY_QUOTA = tostring(var.registry_daily_quota) } : {},
      # vaxpass.correction.hand-back.*: every hand-back key, oldest first; the last signs, all stay served by kid.
      f.hand_back_keys ? {
        VAXPASS_HAND_BACK_MODE        = "kms"
        VAXPASS_HAND_BACK_KMS_KEY_IDS = join(",", local.hand_back_key_arns)
      } : {},
      f.hand_back_keys && local.officer_trust_anchors_pem != null ? { VAXPASS_OFFICER_TRUST_ANCHORS_PEM = local.officer_trust_anchors_pem } : {},
      key == "match-resume" ? {
        VAXPASS_MATCH_JOBS_RESEND_AFTER = "PT${local.match_jobs.resend_after_seconds}S"
        VAXPASS_MATCH_JOBS_MAX_ATTEMPTS = tostring(local.match_jobs.max_attempts)
      } : {},
      # vaxpass.revocations.*: the published list through the API itself (the $default stage has no
      # path prefix), so the verifier needs no database to know what a correction revoked.
      f.revocation_list ? {
        VAXPASS_REVOCATIONS_URL     = "${aws_apigatewayv2_api.http.api_endpoint}/v1/revocations"
        VAXPASS_REVOCATIONS_REFRESH = var.revocation_list_refresh
      } : {},
      # certificate-renewal-due -> VAXPASS_QUEUE_CERTIFICATE_RENEWAL_DUE_URL
      { for queue in f.sends_to : "VAXPASS_QUEUE_${upper(replace(queue, "-", "_"))}_URL" => aws_sqs_queue.this[queue].url },
    )
  }
}

resource "aws_lambda_function" "this" {
  for_each = local.functions

  function_name = each.value.function_name
  description   = "Vaxpass ${each.key} (${each.value.module})"
  role          = aws_iam_role.function[each.key].arn

  filename = each.value.zip
  # Guarded so that a missing package is reported by the precondition below, not as a bare file error.
  source_code_hash = fileexists(each.value.zip) ? filebase64sha256(each.value.zip) : null

  runtime       = local.lambda_runtime.runtime
  handler       = local.lambda_runtime.handler
  architectures = [var.lambda_architecture]
  memory_size   = max(each.value.memory, local.lambda_runtime.min_memory)
  timeout       = each.value.timeout

  # -1: no reservation, the function draws on the account's unreserved pool.
  reserved_concurrent_executions = each.value.reserved_concurrency == null ? -1 : each.value.reserved_concurrency

  environment {
    variables = local.function_environment[each.key]
  }

  dynamic "vpc_config" {
    for_each = each.value.database ? [true] : []

    content {
      subnet_ids         = var.private_subnet_ids
      security_group_ids = [aws_security_group.functions.id]
    }
  }

  lifecycle {
    precondition {
      condition     = fileexists(each.value.zip)
      error_message = "Function ${each.key} has no package: ${each.value.zip} does not exist. Build it with `./mvnw -B package -Pnative -DskipTests -pl ${each.value.module} -am`, download the CI artifact there, set artifacts_root, or leave ${each.key} out of enabled_functions."
    }

    # Without its DSC the function would deploy and then fail every request; the signing key does
    # not depend on any function, so it can be created first (README, "The DSC certificate").
    precondition {
      condition     = !each.value.dsc_certificate || local.dsc_certificate_pem != null
      error_message = "Function ${each.key} needs the DSC certificate and dsc_certificate_pem is not set. Until the CSCA has issued it for the signing key, leave ${each.key} out of enabled_functions (the key is created without it); the dsc_certificate_next_steps output and terraform/README.md (\"The DSC certificate\") say how to obtain it."
    }

    # Without its keys the lookup or the sign function would not start (the application requires them).
    precondition {
      condition     = (!each.value.citizen_sessions || var.citizen_session_key != null) && (!each.value.one_time_codes || var.lookup_hash_key != null)
      error_message = "Function ${each.key} needs citizen_session_key${each.value.one_time_codes ? " and lookup_hash_key" : ""} (terraform/README.md, \"The lookup's keys\"), or leave ${each.key} out of enabled_functions."
    }

    # Lambda measures the variables as one JSON object and refuses more than 4 KB, an error that
    # would otherwise first appear halfway through an apply. Known at plan for functions whose
    # values are all known; otherwise (the first plan, before the API and its endpoint exist) checked
    # at apply, before the function is changed.
    precondition {
      condition     = length(jsonencode(local.function_environment[each.key])) <= 4096
      error_message = "The environment variables of ${each.key} take ${nonsensitive(length(jsonencode(local.function_environment[each.key])))} bytes as JSON; Lambda accepts at most 4096. The DSC certificate (dsc_certificate_pem) is the largest value."
    }
  }

  # The log group must exist first, or Lambda creates one without retention; the role's policy must be
  # in place, or the first invocations cannot write logs and a function in the VPC cannot be created (Lambda
  # makes its network interfaces with the role).
  depends_on = [
    aws_cloudwatch_log_group.function,
    aws_iam_role_policy.function,
  ]
}
