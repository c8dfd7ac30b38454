output "api_endpoint" {
  description = "Base URL of the HTTP API (routes are below it: <api_endpoint>/v1/trust-list)."
  value       = aws_apigatewayv2_stage.default.invoke_url
}

output "api_id" {
  description = "Id of the HTTP API, for a custom domain mapping made elsewhere."
  value       = aws_apigatewayv2_api.http.id
}

output "routes" {
  description = "Route key => function serving it, and whether the gateway requires a staff JWT."
  value       = local.routes
}

output "function_names" {
  description = "Function key => Lambda function name."
  value       = { for key, fn in aws_lambda_function.this : key => fn.function_name }
}

output "function_arns" {
  description = "Function key => Lambda function ARN."
  value       = { for key, fn in aws_lambda_function.this : key => fn.arn }
}

output "function_role_arns" {
  description = "Function key => execution role ARN."
  value       = { for key, role in aws_iam_role.function : key => role.arn }
}

output "functions_security_group_id" {
  description = "Security group of the functions that use the database."
  value       = aws_security_group.functions.id
}

output "queue_urls" {
  description = "Queue key => URL."
  value       = { for key, queue in aws_sqs_queue.this : key => queue.url }
}

output "queue_arns" {
  description = "Queue key => ARN (for the consumers that live outside this configuration, such as the SMS sender)."
  value       = { for key, queue in aws_sqs_queue.this : key => queue.arn }
}

output "dead_letter_queue_urls" {
  description = "Queue key => URL of its dead-letter queue."
  value       = { for key, queue in aws_sqs_queue.dead_letter : key => queue.url }
}

output "signing_key_arn" {
  description = "ARN of the KMS Document Signer key."
  value       = aws_kms_key.signing.arn
}

output "signing_key_alias" {
  description = "Alias of the KMS Document Signer key."
  value       = aws_kms_alias.signing.name
}

output "dsc_certificate_parameter_name" {
  description = "SSM parameter where the DSC certificate (PEM) must be stored once the CSCA has issued it."
  value       = local.dsc_certificate_parameter_name
}

output "log_group_names" {
  description = "Function key => log group name, plus \"api\" for the API access log."
  value       = merge({ for key, group in aws_cloudwatch_log_group.function : key => group.name }, { api = aws_cloudwatch_log_group.api_access.name })
}
