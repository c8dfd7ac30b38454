# The Document Signer key. Its private half never leaves KMS; the DSC certificate that the CSCA
# issues for its public half comes back in as var.dsc_certificate_pem.

locals {
  # Trimmed and without carriage returns, so a certificate pasted from another system does not
  # change the functions' environment (or their size) with every paste.
  dsc_certificate_pem = var.dsc_certificate_pem == null ? null : replace(trimspace(var.dsc_certificate_pem), "\r", "")

  signing_function_keys = [for key, f in local.functions : key if f.signs]

  kms_key_administrators = length(var.kms_key_administrator_arns) > 0 ? var.kms_key_administrator_arns : ["arn:${local.partition}:iam::${local.account_id}:root"]
}

data "aws_iam_policy_document" "signing_key" {
  # Administration only: none of these actions signs or reveals the public key. GetPublicKey and Sign
  # are left out on purpose; whoever may change this policy can still grant them, and the policy then
  # shows it. So is kms:CreateGrant: a grant would hand Sign to any principal without the policy
  # showing it. Each action is named, no wildcard (kms:Create* included CreateGrant), so a new KMS
  # action is not granted unseen. A key policy's resource is always "*", meaning this key.
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

  # EU DCC signatures are ES256 (ECDSA P-256 with SHA-256); no other algorithm may be used.
  dynamic "statement" {
    for_each = length(local.signing_function_keys) > 0 ? [true] : []

    content {
      sid = "SignCertificates"
      principals {
        type        = "AWS"
        identifiers = [for key in local.signing_function_keys : aws_iam_role.function[key].arn]
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
    for_each = length(local.signing_function_keys) > 0 ? [true] : []

    content {
      sid = "ReadPublicKey"
      principals {
        type        = "AWS"
        identifiers = [for key in local.signing_function_keys : aws_iam_role.function[key].arn]
      }
      actions   = ["kms:GetPublicKey"]
      resources = ["*"]
    }
  }

  # Requesting the DSC: the CSR carries the public key and must be signed by the key itself, and
  # nobody else can do either (the sign function cannot start without the DSC). Only while
  # dsc_requester_arns is set, which the plan shows and CloudTrail records.
  dynamic "statement" {
    for_each = length(var.dsc_requester_arns) > 0 ? [true] : []

    content {
      sid = "SignDscRequest"
      principals {
        type        = "AWS"
        identifiers = var.dsc_requester_arns
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

  dynamic "statement" {
    for_each = length(var.dsc_requester_arns) > 0 ? [true] : []

    content {
      sid = "ReadPublicKeyForDscRequest"
      principals {
        type        = "AWS"
        identifiers = var.dsc_requester_arns
      }
      actions   = ["kms:GetPublicKey"]
      resources = ["*"]
    }
  }
}

resource "aws_kms_key" "signing" {
  description              = "Vaxpass ${var.environment} Document Signer key (EU DCC, ES256)"
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
  deletion_window_in_days  = var.kms_key_deletion_window_days
  # Asymmetric keys cannot be rotated by KMS: a new DSC means a new key and a new certificate.
  enable_key_rotation = false
  policy              = data.aws_iam_policy_document.signing_key.json
}

resource "aws_kms_alias" "signing" {
  name          = "alias/${local.name}-dsc-signing"
  target_key_id = aws_kms_key.signing.key_id
}
