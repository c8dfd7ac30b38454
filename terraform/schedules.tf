locals {
  scheduled_functions = { for key, f in local.functions : key => f if f.schedule != null }
}

resource "aws_cloudwatch_event_rule" "schedule" {
  for_each = local.scheduled_functions

  name                = each.value.function_name
  description         = "Starts ${each.key} on ${each.value.schedule} (UTC)"
  schedule_expression = each.value.schedule
}

resource "aws_cloudwatch_event_target" "schedule" {
  for_each = local.scheduled_functions

  rule      = aws_cloudwatch_event_rule.schedule[each.key].name
  target_id = each.key
  arn       = aws_lambda_function.this[each.key].arn

  # A run that could not start within the hour is left to the next one rather than piling up.
  retry_policy {
    maximum_event_age_in_seconds = 3600
    maximum_retry_attempts       = 2
  }
}

resource "aws_lambda_permission" "schedule" {
  for_each = local.scheduled_functions

  statement_id  = "AllowInvokeFromEventBridgeSchedule"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.this[each.key].function_name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.schedule[each.key].arn
}
