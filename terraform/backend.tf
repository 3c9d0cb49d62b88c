# State holds resource IDs and, for azurerm_key_vault_secret, the secret values: keep it in a private,
# encrypted, access-controlled store. Local state (the default) is fine for a first trial only.
#
# To share state, create a storage account and container once, uncomment, then `terraform init -migrate-state`:
#
# terraform {
#   backend "azurerm" {
#     resource_group_name  = "rg-tfstate"
#     storage_account_name = "sttfstatepowergrid"
#     container_name       = "tfstate"
#     key                  = "powergrid/prod.tfstate"
#     use_azuread_auth     = true
#   }
# }
