# One role per function, holding only what that function's entry in main.tf asks for, all of it written out in
# one inline policy per role: no AWS managed policy, whose statements a review of this directory cannot see
# (AWSLambdaBasicExecutionRole lets a function write to every log group of the account). The rules are checked
# by TheInfrastructureKeepsItsRules (terraform/checks).

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

data "aws_iam_policy_document" "function" {
  for_each = local.functions

  # Its own log group only. logs.tf creates the group before the function, so no logs:CreateLogGroup.
  statement {
    sid       = "WriteOwnLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.function[each.key].arn}:*"]
  }

  # The network interfaces Lambda makes in the VPC, with the function's role, for a function that reaches the
  # database: the EC2 actions of AWSLambdaVPCAccessExecutionRole. AWS documents them on "*" (DescribeNetworkInterfaces
  # works on nothing else, and the interfaces do not exist before Lambda creates them); the rules' exception list
  # names each one.
  dynamic "statement" {
    for_each = each.value.database ? [true] : []

    content {
      sid = "ManageVpcNetworkInterfaces"
      actions = [
        "ec2:CreateNetworkInterface",
        "ec2:DescribeNetworkInterfaces",
        "ec2:DescribeSubnets",
        "ec2:DeleteNetworkInterface",
        "ec2:AssignPrivateIpAddresses",
        "ec2:UnassignPrivateIpAddresses",
      ]
      resources = ["*"]
    }
  }

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

  # Also granted by the hand-back keys' policies (kms_hand_back.tf): Sign with the newest only, every
  # generation's public key for checking older hand-backs.
  dynamic "statement" {
    for_each = each.value.hand_back_keys ? [true] : []

    content {
      sid       = "SignHandBacks"
      actions   = ["kms:Sign"]
      resources = [aws_kms_key.hand_back[local.newest_hand_back_key].arn]
    }
  }

  dynamic "statement" {
    for_each = each.value.hand_back_keys ? [true] : []

    content {
      sid       = "ReadHandBackPublicKeys"
      actions   = ["kms:GetPublicKey"]
      resources = local.hand_back_key_arns
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

  # Texts to phone numbers: SNS's Publish to a phone number names no resource, so AWS requires "*"; the
  # statement after it denies publishing to any topic, so the grant is the texts alone.
  dynamic "statement" {
    for_each = each.value.texts ? [true] : []

    content {
      sid       = "TextPhoneNumbers"
      actions   = ["sns:Publish"]
      resources = ["*"]
    }
  }

  dynamic "statement" {
    for_each = each.value.texts ? [true] : []

    content {
      sid       = "NoTopics"
      effect    = "Deny"
      actions   = ["sns:Publish"]
      resources = ["arn:aws:sns:*:*:*"]
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
  for_each = local.functions

  name   = "${each.value.function_name}-access"
  role   = aws_iam_role.function[each.key].id
  policy = data.aws_iam_policy_document.function[each.key].json
}
