locals {
  # Each queue has a dead-letter queue. Entries list only what differs from queue_defaults.
  queue_defaults = {
    message_retention_seconds = 345600 # 4 days: outlasts a long weekend of a failing consumer
  }

  queues = {
    certificate-renewal-due = {} # renewal-scan -> renewal-due (ids only; the next scan sends again what is lost)
    citizen-notification    = {} # sign, renewal-due -> the citizen portal and the Health Book app
    # registry-match, match-resume -> match-chunks. The stale-chunk sweep (match-resume) is this queue's retry,
    # counted per chunk in the database: a message is received once, and a failed one goes to the dead-letter
    # queue for inspection; the sweep sends the chunk again, up to local.match_jobs.max_attempts sends in all.
    # So a message is in flight for one visibility timeout at most, which the sweep waits out (see queue_settings).
    registry-match-chunks = {
      max_receive_count = 1
    }
    # lookup (codes), renewal-due (outcomes) -> sms-requested. Kept as long as any queue: a code past its
    # expiresAt is dropped by the worker unsent, so an old one never reaches a phone, and a renewal's text
    # outlives a worker that was down for a while.
    sms-requested = {}
  }

  # Queue key => the function consuming it, from trigger_functions (whether deployed or not, so that
  # a queue's settings do not change when its consumer is enabled).
  queue_consumers = { for key, f in local.all_functions : f.queue => key if f.queue != null }

  queue_settings = {
    for queue, q in local.queues : queue => merge(local.queue_defaults, { max_receive_count = var.queue_max_receive_count }, q, {
      # AWS advises six times the consumer's timeout, so a message in a batch that is retried is
      # not handed to a second consumer meanwhile. The chunk queue takes one message per invocation
      # and is not retried by SQS (max_receive_count 1): its consumer's timeout and a margin suffice,
      # and keep it below the sweep's resend-after (precondition below).
      visibility_timeout_seconds = !contains(keys(local.queue_consumers), queue) ? 30 : (
        queue == "registry-match-chunks"
        ? local.all_functions[local.queue_consumers[queue]].timeout + local.match_jobs.visibility_margin_seconds
        : 6 * local.all_functions[local.queue_consumers[queue]].timeout
      )
    })
  }

  # The SQS mappings of the deployed consumers.
  queue_triggers = { for key, f in local.functions : key => f if f.queue != null }
}

resource "aws_sqs_queue" "dead_letter" {
  for_each = local.queues

  name                      = "${local.name}-${each.key}-dlq"
  message_retention_seconds = 1209600 # 14 days, the most SQS allows, to inspect and redrive
  sqs_managed_sse_enabled   = true
}

resource "aws_sqs_queue" "this" {
  for_each = local.queue_settings

  name                       = "${local.name}-${each.key}"
  message_retention_seconds  = each.value.message_retention_seconds
  visibility_timeout_seconds = each.value.visibility_timeout_seconds
  sqs_managed_sse_enabled    = true # messages carry names and phone numbers

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letter[each.key].arn
    maxReceiveCount     = each.value.max_receive_count
  })

  lifecycle {
    # The rule of the stale-chunk sweep (docs/messages.md): it sends a chunk again only once its last
    # message can no longer be in flight, so a slow chunk never gains a copy.
    precondition {
      condition     = each.key != "registry-match-chunks" || local.match_jobs.resend_after_seconds >= each.value.max_receive_count * each.value.visibility_timeout_seconds + local.match_jobs.visibility_margin_seconds
      error_message = "vaxpass.match-jobs.resend-after (${local.match_jobs.resend_after_seconds} s) must exceed the chunk queue's receives times its visibility timeout (${each.value.max_receive_count} x ${each.value.visibility_timeout_seconds} s) by ${local.match_jobs.visibility_margin_seconds} s."
    }
  }
}

# Only its own queue may move messages into a dead-letter queue.
resource "aws_sqs_queue_redrive_allow_policy" "dead_letter" {
  for_each = local.queues

  queue_url = aws_sqs_queue.dead_letter[each.key].id
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.this[each.key].arn]
  })
}

resource "aws_lambda_event_source_mapping" "queue" {
  for_each = local.queue_triggers

  event_source_arn                   = aws_sqs_queue.this[each.value.queue].arn
  function_name                      = aws_lambda_function.this[each.key].arn
  batch_size                         = each.value.batch_size
  maximum_batching_window_in_seconds = each.value.batching_window
  # The handler returns the ids of the messages that failed; only those are retried.
  function_response_types = ["ReportBatchItemFailures"]

  # With reserved concurrency alone, pollers beyond it are throttled and the throttled messages
  # count as receives on their way to the dead-letter queue. Capping the mapping at the same number
  # keeps them waiting in the queue instead.
  dynamic "scaling_config" {
    for_each = each.value.reserved_concurrency == null ? [] : [each.value.reserved_concurrency]

    content {
      maximum_concurrency = scaling_config.value
    }
  }

  # The role must be allowed to read the queue before the mapping is created.
  depends_on = [aws_iam_role_policy.function]
}
