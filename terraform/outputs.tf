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

output "dsc_certificate_next_steps" {
  description = "While dsc_certificate_pem is not set: how to obtain the DSC certificate for the signing key and give it to the functions. null once it is set."
  value       = local.dsc_certificate_pem != null ? null : <<-EOT
    dsc_certificate_pem is not set, so verify and sign cannot be deployed. To obtain it:
    1. Add the requesting principal to dsc_requester_arns and apply.
    2. Read the public key (DER SubjectPublicKeyInfo):
         aws kms get-public-key --region ${var.region} --key-id ${aws_kms_alias.signing.name} \
           --query PublicKey --output text | base64 -d > dsc-public-key.der
    3. Make a CSR for the key, signed through KMS (ECDSA_SHA_256), with the subject the CSCA asks for.
    4. Send the CSR to the CSCA; it returns the DSC certificate (dsc.pem).
    5. Check that the certificate holds this key; the two hashes must be equal:
         openssl x509 -in dsc.pem -noout -pubkey | openssl pkey -pubin -outform DER | sha256sum
         sha256sum < dsc-public-key.der
    6. Empty dsc_requester_arns, set dsc_certificate_pem (TF_VAR_dsc_certificate_pem="$(cat dsc.pem)"),
       add verify and sign to enabled_functions, and apply.
  EOT
}

output "log_group_names" {
  description = "Function key => log group name, plus \"api\" for the API access log."
  value       = merge({ for key, group in aws_cloudwatch_log_group.function : key => group.name }, { api = aws_cloudwatch_log_group.api_access.name })
}

output "pages_url" {
  description = "The citizen portal (CloudFront); its pages call the API at api_endpoint (CORS allows this origin)."
  value       = "https://${aws_cloudfront_distribution.pages.domain_name}/"
}
