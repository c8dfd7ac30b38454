provider "aws" {
  region = var.region

  default_tags {
    tags = local.tags
  }
}

data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

locals {
  name       = "${var.project}-${var.environment}"
  account_id = data.aws_caller_identity.current.account_id
  partition  = data.aws_partition.current.partition

  tags = merge(var.tags, {
    Project     = var.project
    Environment = var.environment
    ManagedBy   = "terraform"
  })

  artifacts_root = coalesce(var.artifacts_root, "${path.module}/..")

  ##############################################################################
  # Functions. Each entry lists only what differs from function_defaults.
  #   module          Maven module whose target/function.zip is deployed
  #   memory, timeout MB and seconds
  #   database        runs in the VPC with the database URLs and the secret
  #   dsc_certificate gets the DSC certificate and signing mode kms (needs dsc_certificate_pem)
  #   signs           may sign with the KMS key (the key policy is built from this flag); the
  #                   kms signing mode needs dsc_certificate too
  #   sends_to        queues it sends to (keys of local.queues)
  #   revocation_list checks certificates against the API's own GET /v1/revocations, fetched over
  #                   its public HTTPS URL (verify runs outside the VPC) and kept for revocation_list_refresh
  #   reserved_concurrency
  #                   executions reserved for it (null: none); caps its SQS mapping too
  #   hand_back_keys  signs hand-backs with the newest hand-back KMS key and reads every one's public key
  #                   (the hand-back keys' policies are built from this flag)
  ##############################################################################

  function_defaults = {
    memory               = 256
    timeout              = 15
    database             = true
    dsc_certificate      = false
    signs                = false
    sends_to             = []
    revocation_list      = false
    reserved_concurrency = null
    hand_back_keys       = false
    texts                = false
  }

  # HTTP functions sit behind the API. API Gateway gives up on an integration after 30 s, so their
  # timeouts stay below it.
  #   routes           route keys served by the function
  #   authorizer       routes require a staff JWT (issuer and audience checked by the gateway)
  #   jwt_routes       of a public function, the routes that require a JWT all the same (a citizen's
  #                    portal login, from the same identity provider)
  #   citizen_sessions grants or accepts citizen sessions: gets their key (citizen_session_key)
  #   one_time_codes   keeps one-time codes and throttle counts: gets their key (lookup_hash_key)
  #   route_throttling per-route limits tighter than the stage's
  http_defaults = {
    authorizer       = false
    jwt_routes       = []
    citizen_sessions = false
    one_time_codes   = false
    route_throttling = {}
  }

  # The correction function's routes for staff (commune-health, village-team, commune-police, province-health,
  # ministry): a staff JWT at the gateway, role and jurisdiction in the function.
  correction_staff_routes = [
    "POST /v1/correction/lists",
    "GET /v1/correction/lists",
    "GET /v1/correction/lists/{listId}",
    "POST /v1/correction/lists/{listId}/sending",
    "PUT /v1/correction/lists/{listId}/items/{itemId}/assignment",
    "PUT /v1/correction/lists/{listId}/items/{itemId}/proposal",
    "PUT /v1/correction/lists/{listId}/items/{itemId}/decision",
    "POST /v1/correction/lists/{listId}/bulk-confirmation",
    "POST /v1/correction/lists/{listId}/hand-back",
    "GET /v1/correction/lists/{listId}/hand-back",
    "POST /v1/correction/lists/{listId}/hand-back/officer-signature",
    "POST /v1/correction/lists/{listId}/application",
    "GET /v1/correction/lists/{listId}/spreadsheet",
    "PUT /v1/correction/lists/{listId}/spreadsheet",
    "POST /v1/correction/communes/{commune}/subject-imports",
    "GET /v1/correction/subjects/{subjectId}",
    "PUT /v1/correction/subjects/{subjectId}",
    "GET /v1/correction/subjects/{subjectId}/audit",
    "GET /v1/correction/verification-list",
    "GET /v1/correction/verification-list/spreadsheet",
    "GET /v1/correction/progress",
    "GET /v1/correction/progress/spreadsheet",
  ]

  http_functions = {
    verify = {
      module          = "functions/verify/lambda"
      routes          = ["POST /v1/certificates/verify", "GET /v1/trust-list"]
      dsc_certificate = true
      # Verifying reads no table: no database URLs, no secret grant, no VPC (and no NAT on its path).
      database = false
      # The published revocation list, fetched over the API's public URL (outside the VPC: no NAT needed).
      revocation_list = true
    }
    registry-match = {
      module = "functions/registry-match/lambda"
      routes = [
        "POST /v1/registry-match/match",
        "POST /v1/registry-match/jobs",
        "GET /v1/registry-match/jobs/{id}",
        "GET /v1/registry-match/jobs/{id}/results",
      ]
      authorizer = true
      memory     = 512
      timeout    = 29
      # A job is split into chunks that match-chunks matches in the background.
      sends_to = ["registry-match-chunks"]
    }
    sign = {
      module = "functions/sign/lambda"
      routes = [
        "GET /v1/subjects/{id}/certificate",
        "POST /v1/facilities/{code}/confirmations",
        "GET /v1/revocations",
      ]
      # Confirmations are staff only. The certificate is fetched by staff (the identity provider's
      # tokens) and by citizens with a lookup session (HS256 under citizen_session_key), which the
      # gateway's JWT authorizer cannot check: the function checks both kinds itself on that route.
      # The revocation list is public, as verifiers everywhere download it.
      jwt_routes       = ["POST /v1/facilities/{code}/confirmations"]
      citizen_sessions = true
      memory           = 512
      timeout          = 29
      dsc_certificate  = true
      signs            = true
      sends_to         = ["citizen-notification"]
    }
    correction = {
      module = "functions/correction/lambda"
      # Staff routes need the identity provider's JWT at the gateway. The hand-back keys and checks are public
      # (anyone may check a hand-back); citizens' reports carry a lookup session (HS256), which the function checks.
      routes = concat(local.correction_staff_routes, [
        "GET /v1/correction/hand-back-keys",
        "POST /v1/correction/hand-back-checks",
        "POST /v1/correction/reports",
        "GET /v1/correction/reports",
      ])
      jwt_routes       = local.correction_staff_routes
      citizen_sessions = true
      memory           = 512
      timeout          = 29
      # Signs the police's hand-backs with the hand-back keys in KMS (kms_hand_back.tf).
      hand_back_keys = true
    }
    lookup = {
      module = "functions/lookup/lambda"
      routes = [
        "POST /v1/lookup/challenges",
        "POST /v1/lookup/challenges/{challengeId}/answer",
        "POST /v1/lookup/by-id-number",
      ]
      # The ID-number way needs the citizen's portal login; the phone way is public (the code proves it).
      jwt_routes       = ["POST /v1/lookup/by-id-number"]
      citizen_sessions = true
      one_time_codes   = true
      sends_to         = ["sms-requested"]
      # Public and a call may send an SMS: keep it far below the stage limit against SMS pumping. The
      # function limits per phone, ID number and client on top (vaxpass.lookup.*, in PostgreSQL).
      route_throttling = {
        "POST /v1/lookup/challenges" = { burst = 20, rate = 10 }
      }
    }
  }

  # Registry-match chunks (vaxpass.match-jobs.*, given to match-resume): the sweep sends a chunk not done
  # again once its last send is resend_after_seconds old, max_attempts sends in all, then gives it up
  # (chunk and job FAILED). resend_after_seconds must exceed the chunk queue's visibility timeout
  # (match-chunks' timeout + visibility_margin_seconds) by the margin: a chunk still being matched is
  # never sent twice (checked by a precondition in queues.tf).
  match_jobs = {
    resend_after_seconds      = 900 # 15 minutes, against a 6-minute visibility timeout
    max_attempts              = 3
    visibility_margin_seconds = 60
  }

  # Plain handlers from one module, told apart by QUARKUS_LAMBDA_HANDLER (set to the entry's key,
  # which is the handler's @Named value).
  #   schedule  EventBridge schedule expression that starts it
  #   queue     SQS queue it consumes (key of local.queues), with partial batch failure reporting
  trigger_defaults = {
    module          = "functions/triggers"
    schedule        = null
    queue           = null
    batch_size      = 10
    batching_window = 0
  }

  trigger_functions = {
    renewal-scan = {
      schedule = var.renewal_scan_schedule
      memory   = 512
      timeout  = 300
      sends_to = ["certificate-renewal-due"]
    }
    # Computes the next window's certificate (signs with the KMS key, as sign does) and tells the citizen.
    renewal-due = {
      queue           = "certificate-renewal-due"
      memory          = 512
      timeout         = 60
      dsc_certificate = true
      signs           = true
      # The outcome to the portal and app, and as a text to the citizen's phone.
      sends_to = ["citizen-notification", "sms-requested"]
    }
    match-chunks = {
      queue   = "registry-match-chunks"
      memory  = 1024 # matching is CPU-bound, and Lambda gives CPU in proportion to memory
      timeout = 300
      # One chunk per invocation: a slow chunk does not hold back others, and a failure retries only it.
      batch_size           = 1
      reserved_concurrency = var.match_chunks_reserved_concurrency
    }
    # Sends again the chunks of registry-match jobs that are not done although their message went out long ago
    # (a crash between writing a job and sending its messages; a message that went to the dead-letter queue).
    match-resume = {
      schedule = var.match_resume_schedule
      # The environment sets vaxpass.match-jobs.resend-after and max-attempts from local.match_jobs.
      timeout  = 60
      sends_to = ["registry-match-chunks"]
    }
    # Texts the lookup's one-time codes through Amazon SNS, once per code (table sms_delivery); a code past its
    # five minutes is dropped. Visibility 6 x 20 s: a text SNS refused comes back within the code's life.
    sms-requested = {
      queue   = "sms-requested"
      timeout = 20
      texts   = true
    }
    # Deletes lookup challenges a day after they expired (vaxpass.lookup.challenge-retention): they name the
    # subjects a request matched, personal data kept no longer than it serves.
    lookup-retention = {
      schedule = var.lookup_retention_schedule
      timeout  = 60
    }
  }

  # Every function, normalised to one shape (the attributes of the other kind set to null or empty).
  all_functions = merge(
    {
      for key, f in local.http_functions : key => merge(
        local.function_defaults,
        local.http_defaults,
        { kind = "http", schedule = null, queue = null, batch_size = null, batching_window = null },
        f,
      )
    },
    {
      for key, f in local.trigger_functions : key => merge(
        local.function_defaults,
        local.trigger_defaults,
        { kind = "trigger", routes = [], authorizer = false, jwt_routes = [], citizen_sessions = false, one_time_codes = false, route_throttling = {} },
        f,
      )
    },
  )

  enabled_functions = var.enabled_functions == null ? toset(keys(local.all_functions)) : var.enabled_functions

  # The functions this deployment creates, with their names and package paths.
  functions = {
    for key, f in local.all_functions : key => merge(f, {
      function_name = "${local.name}-${key}"
      zip           = "${local.artifacts_root}/${f.module}/target/function.zip"
    }) if contains(local.enabled_functions, key)
  }

  http_function_keys = toset([for key, f in local.functions : key if f.kind == "http"])
}
