terraform {
  # The project's floor. Everything used here (preconditions, typed variables with validation) is
  # older than 1.6; 2.x may change the language, so it is excluded until someone tries it.
  required_version = ">= 1.6.0, < 2.0.0"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # 5.70 has all that is used here (per-rule security group resources, SQS maximum_concurrency,
      # redrive allow policies); 6.x changes region handling and is not adopted yet.
      version = "~> 5.70"
    }
  }

  # State lives in S3; bucket, key and lock settings differ per environment and are given at init:
  #   terraform init -backend-config=env/<environment>.backend.hcl
  # CI only checks the configuration, with `terraform init -backend=false`.
  backend "s3" {}
}
