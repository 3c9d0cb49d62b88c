terraform {
  # Cross-variable validation blocks need Terraform 1.9.
  required_version = ">= 1.9.0, < 2.0.0"

  required_providers {
    azurerm = {
      source = "hashicorp/azurerm"
      # 4.42 introduced `rbac_authorization_enabled` on Key Vault; 5.x changes defaults, so stay on 4.x.
      # `terraform init` writes .terraform.lock.hcl with the exact build: commit it.
      version = "~> 4.42"
    }
  }
}

provider "azurerm" {
  subscription_id = var.subscription_id

  features {
    key_vault {
      # A vault destroyed with purge protection stays soft-deleted; recreate by recovering it, never by purging secrets.
      purge_soft_delete_on_destroy    = false
      recover_soft_deleted_key_vaults = true
    }
    resource_group {
      prevent_deletion_if_contains_resources = true
    }
  }
}

data "azurerm_client_config" "current" {}
