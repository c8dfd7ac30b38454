################################################################################
# Pages: the citizen portal (deploy/pages/site) as a static site, S3 behind CloudFront. The pages call the API
# gateway directly (CORS in api.tf), not through CloudFront: behind CloudFront every citizen would reach the API
# from an edge's address, and the lookup's per-client limit would count a whole city as one client.
################################################################################

locals {
  pages_root = "${local.artifacts_root}/deploy/pages/site"

  # The media types of the files the pages are made of; a file of another kind fails the plan (precondition).
  pages_content_types = {
    html = "text/html; charset=utf-8"
    css  = "text/css; charset=utf-8"
    js   = "text/javascript; charset=utf-8"
    json = "application/json; charset=utf-8"
    svg  = "image/svg+xml"
    png  = "image/png"
  }

  # The pages (the portal, the console) are uploaded with the API's address filled in (their vaxpass-api meta tag,
  # empty for same-origin serve, and their CSP's connect-src); every other file as it is.
  pages_documents = toset(["index.html", "console/index.html"])
  pages_files     = setsubtract(fileset(local.pages_root, "**"), local.pages_documents)

  api_origin = aws_apigatewayv2_api.http.api_endpoint

  # The pages' identity providers as /sign-in.json gives them to the pages' sign-in script (sign-in.js); the pages
  # exchange the code at the token endpoint themselves, so their CSP names its origin.
  sign_in_providers = { staff = var.sign_in.staff, citizen = var.sign_in.citizen }
  sign_in_page = {
    for audience, provider in local.sign_in_providers : audience => provider == null ? null : {
      name                  = provider.name
      authorizationEndpoint = provider.authorization_endpoint
      tokenEndpoint         = provider.token_endpoint
      clientId              = provider.client_id
      scope                 = provider.scope
    }
  }
  sign_in_origins = join("", [
    for origin in distinct([for provider in values(local.sign_in_providers) : regex("^https://[^/]+", provider.token_endpoint) if provider != null]) : " ${origin}"
  ])

  pages_filled = {
    for document in local.pages_documents : document => replace(
      replace(file("${local.pages_root}/${document}"), "<meta name=\"vaxpass-api\" content=\"\">",
      "<meta name=\"vaxpass-api\" content=\"${local.api_origin}\">"),
      "connect-src 'self'", "connect-src 'self' ${local.api_origin}${local.sign_in_origins}"
    )
  }

  # The same policy deploy/server sends (application.properties), allowing calls to the API: by a wildcard here,
  # since the API's CORS names this distribution (naming the API would close a loop); the page's own meta tag
  # names the API exactly, and a browser enforces both.
  pages_content_security_policy = join("; ", [
    "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' blob:",
    "connect-src 'self' https://*.execute-api.${var.region}.amazonaws.com${local.sign_in_origins}", "object-src 'none'", "base-uri 'none'",
    "form-action 'self'", "frame-ancestors 'none'",
  ])

  # AWS managed cache policy (fixed id): long-lived caching keyed on the path, compressed.
  cloudfront_caching_optimized_policy_id = "658327ea-f89d-4fab-a63d-7e88639e58f6"
}

resource "aws_s3_bucket" "pages" {
  bucket_prefix = "${local.name}-pages-"
}

resource "aws_s3_bucket_public_access_block" "pages" {
  bucket                  = aws_s3_bucket.pages.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "pages" {
  bucket = aws_s3_bucket.pages.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "pages" {
  bucket = aws_s3_bucket.pages.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_object" "pages" {
  for_each = local.pages_files

  bucket       = aws_s3_bucket.pages.id
  key          = each.value
  source       = "${local.pages_root}/${each.value}"
  etag         = filemd5("${local.pages_root}/${each.value}")
  content_type = lookup(local.pages_content_types, reverse(split(".", each.value))[0], null)

  lifecycle {
    precondition {
      condition     = contains(keys(local.pages_content_types), reverse(split(".", each.value))[0])
      error_message = "deploy/pages/site/${each.value} has no media type in local.pages_content_types (terraform/pages.tf)."
    }
  }
}

resource "aws_s3_object" "pages_documents" {
  for_each = local.pages_filled

  bucket        = aws_s3_bucket.pages.id
  key           = each.key
  content       = each.value
  content_type  = local.pages_content_types.html
  cache_control = "no-cache"

  lifecycle {
    precondition {
      condition     = strcontains(each.value, "content=\"${local.api_origin}\"") && strcontains(each.value, "connect-src 'self' ${local.api_origin}")
      error_message = "deploy/pages/site/${each.key} no longer has the vaxpass-api meta tag or the connect-src 'self' that terraform/pages.tf fills in."
    }
  }
}

# Which identity providers the pages send people to (serve answers the same from vaxpass.sign-in.*).
resource "aws_s3_object" "pages_sign_in" {
  bucket        = aws_s3_bucket.pages.id
  key           = "sign-in.json"
  content       = jsonencode(local.sign_in_page)
  content_type  = local.pages_content_types.json
  cache_control = "no-cache"
}

resource "aws_cloudfront_origin_access_control" "pages" {
  name                              = "${local.name}-pages"
  description                       = "CloudFront reads the pages bucket, nobody else"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

resource "aws_cloudfront_response_headers_policy" "pages" {
  name = "${local.name}-pages"

  security_headers_config {
    content_security_policy {
      content_security_policy = local.pages_content_security_policy
      override                = true
    }
    content_type_options {
      override = true
    }
    frame_options {
      frame_option = "DENY"
      override     = true
    }
    referrer_policy {
      referrer_policy = "no-referrer"
      override        = true
    }
    strict_transport_security {
      access_control_max_age_sec = 31536000
      include_subdomains         = true
      override                   = true
    }
  }
}

# PriceClass_200: edge locations in North America, Europe and Asia (Viet Nam included).
resource "aws_cloudfront_distribution" "pages" {
  enabled             = true
  comment             = "${local.name}: citizen portal"
  default_root_object = "index.html"
  http_version        = "http2and3"
  price_class         = "PriceClass_200"

  origin {
    origin_id                = "pages"
    domain_name              = aws_s3_bucket.pages.bucket_regional_domain_name
    origin_access_control_id = aws_cloudfront_origin_access_control.pages.id
  }

  default_cache_behavior {
    target_origin_id           = "pages"
    viewer_protocol_policy     = "redirect-to-https"
    allowed_methods            = ["GET", "HEAD"]
    cached_methods             = ["GET", "HEAD"]
    compress                   = true
    cache_policy_id            = local.cloudfront_caching_optimized_policy_id
    response_headers_policy_id = aws_cloudfront_response_headers_policy.pages.id
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

data "aws_iam_policy_document" "pages_bucket" {
  statement {
    sid       = "CloudFrontReadsThePages"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.pages.arn}/*"]

    principals {
      type        = "Service"
      identifiers = ["cloudfront.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "AWS:SourceArn"
      values   = [aws_cloudfront_distribution.pages.arn]
    }
  }
}

resource "aws_s3_bucket_policy" "pages" {
  bucket = aws_s3_bucket.pages.id
  policy = data.aws_iam_policy_document.pages_bucket.json
}
