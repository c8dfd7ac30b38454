# One role per function, holding only what that function's entry in main.tf asks for.

locals {
  # Functions whose role gets an inline policy (every flag below adds a statement).
  functions_with_grants = {
    for key, f in local.functions : key => f
    if f.database || f.signs || length(f.sends_to) > 0 || f.queue != null
  }
}

data "aws_iam_policy_document" "lambda_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "function" {
  for_each = local.functions

  name               = each.value.function_name
  description        = "Execution role of the ${each.key} function"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

# Logs, plus the network interfaces that a function in a VPC needs.
resource "aws_iam_role_policy_attachment" "execution" {
  for_each = local.functions

  role       = aws_iam_role.function[each.key].name
  policy_arn = "arn:${local.partition}:iam::aws:policy/service-role/${each.value.database ? "AWSLambdaVPCAccessExecutionRole" : "AWSLambdaBasicExecutionRole"}"
}

data "aws_iam_policy_document" "function" {
  for_each = local.functions_with_grants

  dynamic "statement" {
    for_each = each.value.database ? [true] : []

    content {
      sid       = "ReadDatabaseCredentials"
      actions   = ["secretsmanager:GetSecretValue"]
      resources = [var.database_secret_arn]
    }
  }

  dynamic "statement" {
    for_each = each.value.database && var.database_secret_kms_key_arn != null ? [true] : []

    content {
      sid       = "DecryptDatabaseCredentials"
      actions   = ["kms:Decrypt"]
      resources = [var.database_secret_kms_key_arn]
      condition {
        test     = "StringEquals"
        variable = "kms:ViaService"
        values   = ["secretsmanager.${var.region}.amazonaws.com"]
      }
    }
  }

  # Also granted by the key policy, which is what limits signing to these roles; stated here too so
  # that a role's policy tells everything the function can do.
  dynamic "statement" {
    for_each = each.value.signs ? [true] : []

    content {
      sid       = "SignCertificates"
      actions   = ["kms:Sign", "kms:GetPublicKey"]
      resources = [aws_kms_key.signing.arn]
    }
  }

  dynamic "statement" {
    for_each = length(each.value.sends_to) > 0 ? [true] : []

    content {
      sid       = "SendMessages"
      actions   = ["sqs:SendMessage"]
      resources = [for queue in each.value.sends_to : aws_sqs_queue.this[queue].arn]
    }
  }

  # What the SQS event source mapping does on the function's behalf.
  dynamic "statement" {
    for_each = each.value.queue != null ? [each.value.queue] : []

    content {
      sid = "ConsumeQueue"
      actions = [
        "sqs:ReceiveMessage",
        "sqs:DeleteMessage",
        "sqs:ChangeMessageVisibility",
        "sqs:GetQueueAttributes",
      ]
      resources = [aws_sqs_queue.this[statement.value].arn]
    }
  }
}

resource "aws_iam_role_policy" "function" {
  for_each = local.functions_with_grants

  name   = "${each.value.function_name}-access"
  role   = aws_iam_role.function[each.key].id
  policy = data.aws_iam_policy_document.function[each.key].json
}
