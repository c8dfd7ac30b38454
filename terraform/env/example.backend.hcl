# Copy to env/<environment>.backend.hcl; used as `terraform init -backend-config=env/<environment>.backend.hcl`.
bucket         = "example-terraform-state"
key            = "vaxpass/dev/terraform.tfstate"
region         = "ap-southeast-1"
encrypt        = true
dynamodb_table = "example-terraform-locks"
