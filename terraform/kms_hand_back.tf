# The correction function's hand-back keys (HandBackKeys, mode kms): they sign the police's hand-backs and
# nothing else, and no other function may use them; the Document Signer key signs certificates only. One KMS
# key per generation (var.hand_back_key_generations, oldest first): asymmetric KMS keys cannot be rotated by
# KMS, so a rotation is a new generation. Only the newest may sign; every generation's public key stays
# readable, so hand-backs signed before a rotation still verify by their key id.

locals {
  hand_back_function_keys = [for key, f in local.functions : key if f.hand_back_keys]
  newest_hand_back_key    = var.hand_back_key_generations[length(var.hand_back_key_generations) - 1]
  hand_back_key_arns      = [for generation in var.hand_back_key_generations : aws_kms_key.hand_back[generation].arn]

  officer_trust_anchors_pem = var.officer_trust_anchors_pem == null ? null : replace(trimspace(var.officer_trust_anchors_pem), "\r", "")
}

data "aws_iam_policy_document" "hand_back_key" {
  for_each = toset(var.hand_back_key_generations)

  # Administration only, as the signing key's policy (kms.tf) and for the same reasons: each action named, no
  # Sign, GetPublicKey or CreateGrant.
  statement {
    sid = "Administer"
    principals {
      type        = "AWS"
      identifiers = local.kms_key_administrators
    }
    actions = [
      "kms:CancelKeyDeletion",
      "kms:CreateAlias",
      "kms:DeleteAlias",
      "kms:DescribeKey",
      "kms:DisableKey",
      "kms:EnableKey",
      "kms:GetKeyPolicy",
      "kms:GetKeyRotationStatus",
      "kms:ListGrants",
      "kms:ListKeyPolicies",
      "kms:ListResourceTags",
      "kms:PutKeyPolicy",
      "kms:RevokeGrant",
      "kms:ScheduleKeyDeletion",
      "kms:TagResource",
      "kms:UntagResource",
      "kms:UpdateAlias",
      "kms:UpdateKeyDescription",
    ]
    resources = ["*"]
  }

  # JWS ES256 is ECDSA P-256 with SHA-256; only the newest generation signs.
  dynamic "statement" {
    for_each = each.key == local.newest_hand_back_key && length(local.hand_back_function_keys) > 0 ? [true] : []

    content {
      sid = "SignHandBacks"
      principals {
        type        = "AWS"
        identifiers = [for key in local.hand_back_function_keys : aws_iam_role.function[key].arn]
      }
      actions   = ["kms:Sign"]
      resources = ["*"]
      condition {
        test     = "StringEquals"
        variable = "kms:SigningAlgorithm"
        values   = ["ECDSA_SHA_256"]
      }
    }
  }

  # kms:SigningAlgorithm is absent from GetPublicKey requests, so it gets its own statement.
  dynamic "statement" {
    for_each = length(local.hand_back_function_keys) > 0 ? [true] : []

    content {
      sid = "ReadHandBackPublicKey"
      principals {
        type        = "AWS"
        identifiers = [for key in local.hand_back_function_keys : aws_iam_role.function[key].arn]
      }
      actions   = ["kms:GetPublicKey"]
      resources = ["*"]
    }
  }
}

resource "aws_kms_key" "hand_back" {
  for_each = toset(var.hand_back_key_generations)

  description              = "Vaxpass ${var.environment} hand-back key, generation ${each.key} (police hand-backs, ES256)"
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
  deletion_window_in_days  = var.kms_key_deletion_window_days
  enable_key_rotation      = false
  policy                   = data.aws_iam_policy_document.hand_back_key[each.key].json
}

resource "aws_kms_alias" "hand_back" {
  for_each = toset(var.hand_back_key_generations)

  name          = "alias/${local.name}-hand-back-${each.key}"
  target_key_id = aws_kms_key.hand_back[each.key].key_id
}
