# Created before the functions so that Lambda writes into groups with a retention, instead of
# creating its own that keep logs forever.
resource "aws_cloudwatch_log_group" "function" {
  for_each = local.functions

  name              = "/aws/lambda/${each.value.function_name}"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.logs_kms_key_arn
}

resource "aws_cloudwatch_log_group" "api_access" {
  name              = "/aws/apigateway/${local.name}-http"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.logs_kms_key_arn
}
