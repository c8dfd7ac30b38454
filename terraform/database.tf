# The database is not created here: its VPC, subnets, security group, endpoint and credentials
# secret come in as variables. This file connects the functions to it.

locals {
  database_environment = {
    # The reactive client (queries) and JDBC (Flyway) need both URLs (STACK-NOTES). verify-full, not a choice:
    # encrypted and the server checked against the RDS and RDS Proxy authorities the functions ship
    # (src/main/resources/database/rds-ca-bundle.pem, named by the Lambda modules' %prod properties) under the
    # name database_host gives. "require" would encrypt towards whoever answers.
    QUARKUS_DATASOURCE_REACTIVE_URL = "postgresql://${var.database_host}:${var.database_port}/${var.database_name}?sslmode=verify-full"
    QUARKUS_DATASOURCE_JDBC_URL     = "jdbc:postgresql://${var.database_host}:${var.database_port}/${var.database_name}?sslmode=verify-full"
    # Username and password are read from this secret at start-up, never passed as plain variables.
    VAXPASS_DATABASE_SECRET_ARN = var.database_secret_arn
  }
}

# Attached to every function that uses the database.
resource "aws_security_group" "functions" {
  name        = "${local.name}-functions"
  description = "Vaxpass functions: PostgreSQL and HTTPS to AWS APIs only"
  vpc_id      = var.vpc_id

  tags = {
    Name = "${local.name}-functions"
  }
}

resource "aws_vpc_security_group_egress_rule" "functions_to_database" {
  security_group_id            = aws_security_group.functions.id
  description                  = "PostgreSQL"
  ip_protocol                  = "tcp"
  from_port                    = var.database_port
  to_port                      = var.database_port
  referenced_security_group_id = var.database_security_group_id
}

# AWS APIs (SQS, KMS, Secrets Manager) and the token issuer's keys, through a NAT gateway or
# VPC endpoints; no other outbound traffic.
resource "aws_vpc_security_group_egress_rule" "functions_to_https" {
  security_group_id = aws_security_group.functions.id
  description       = "HTTPS to AWS APIs and the JWT issuer"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "database_from_functions" {
  count = var.manage_database_ingress ? 1 : 0

  security_group_id            = var.database_security_group_id
  description                  = "PostgreSQL from ${local.name} functions"
  ip_protocol                  = "tcp"
  from_port                    = var.database_port
  to_port                      = var.database_port
  referenced_security_group_id = aws_security_group.functions.id
}
