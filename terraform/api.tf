locals {
  # "POST /v1/certificates/verify" => { function = "verify", authorizer = false }
  routes = merge([
    for key in local.http_function_keys : {
      for route in local.functions[key].routes : route => {
        function   = key
        authorizer = local.functions[key].authorizer || contains(local.functions[key].jwt_routes, route)
      }
    }
  ]...)

  route_throttling = merge([
    for key in local.http_function_keys : local.functions[key].route_throttling
  ]...)
}

resource "aws_apigatewayv2_api" "http" {
  name          = "${local.name}-http"
  description   = "Vaxpass public and staff API"
  protocol_type = "HTTP"

  # The portal (terraform/pages.tf) calls the API from its CloudFront origin; a page reads the ETag (the
  # certificate's refresh) and Retry-After (how long to wait) only when they are exposed.
  cors_configuration {
    allow_origins  = concat(["https://${aws_cloudfront_distribution.pages.domain_name}"], var.cors_allow_origins)
    allow_methods  = ["GET", "POST", "PUT", "OPTIONS"]
    allow_headers  = ["authorization", "content-type", "if-none-match", "if-match"]
    expose_headers = ["etag", "retry-after"]
    max_age        = 3600
  }

  lifecycle {
    precondition {
      condition     = length(setsubtract(local.enabled_functions, keys(local.all_functions))) == 0
      error_message = "enabled_functions names unknown functions: ${join(", ", setsubtract(local.enabled_functions, keys(local.all_functions)))}. Known: ${join(", ", keys(local.all_functions))}."
    }
  }
}

# Staff tokens: the gateway checks signature, expiry, issuer and audience; the functions then check
# role and jurisdiction.
resource "aws_apigatewayv2_authorizer" "jwt" {
  api_id           = aws_apigatewayv2_api.http.id
  name             = "${local.name}-staff-jwt"
  authorizer_type  = "JWT"
  identity_sources = ["$request.header.Authorization"]

  jwt_configuration {
    issuer   = var.jwt_issuer
    audience = var.jwt_audience
  }
}

resource "aws_apigatewayv2_integration" "function" {
  for_each = local.http_function_keys

  api_id                 = aws_apigatewayv2_api.http.id
  description            = "Lambda ${aws_lambda_function.this[each.key].function_name}"
  integration_type       = "AWS_PROXY"
  integration_uri        = aws_lambda_function.this[each.key].invoke_arn
  payload_format_version = "2.0" # the event shape quarkus-amazon-lambda-http reads
}

resource "aws_apigatewayv2_route" "this" {
  for_each = local.routes

  api_id             = aws_apigatewayv2_api.http.id
  route_key          = each.key
  target             = "integrations/${aws_apigatewayv2_integration.function[each.value.function].id}"
  authorization_type = each.value.authorizer ? "JWT" : "NONE"
  authorizer_id      = each.value.authorizer ? aws_apigatewayv2_authorizer.jwt.id : null
}

resource "aws_apigatewayv2_stage" "default" {
  api_id      = aws_apigatewayv2_api.http.id
  name        = "$default"
  auto_deploy = true

  default_route_settings {
    throttling_burst_limit = var.api_throttling_burst_limit
    throttling_rate_limit  = var.api_throttling_rate_limit
  }

  dynamic "route_settings" {
    for_each = local.route_throttling

    content {
      route_key              = route_settings.key
      throttling_burst_limit = route_settings.value.burst
      throttling_rate_limit  = route_settings.value.rate
    }
  }

  # No paths (they carry subject ids), bodies, headers or token claims: citizens' data stays out
  # of the logs; the route key says what was called.
  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api_access.arn
    format = jsonencode({
      requestId          = "$context.requestId"
      requestTime        = "$context.requestTime"
      sourceIp           = "$context.identity.sourceIp"
      httpMethod         = "$context.httpMethod"
      routeKey           = "$context.routeKey"
      status             = "$context.status"
      protocol           = "$context.protocol"
      responseLength     = "$context.responseLength"
      responseLatency    = "$context.responseLatency"
      integrationLatency = "$context.integrationLatency"
      integrationStatus  = "$context.integrationStatus"
      integrationError   = "$context.integrationErrorMessage"
      authorizerError    = "$context.authorizer.error"
    })
  }

  # Route settings may only name routes that exist.
  depends_on = [aws_apigatewayv2_route.this]
}

resource "aws_lambda_permission" "api" {
  for_each = local.http_function_keys

  statement_id  = "AllowInvokeFromHttpApi"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.this[each.key].function_name
  principal     = "apigateway.amazonaws.com"
  # Any stage and route of this API; which routes reach the function is decided by the integrations.
  source_arn = "${aws_apigatewayv2_api.http.execution_arn}/*/*"
}
