resource "azurerm_key_vault" "main" {
  name                       = local.key_vault_name
  location                   = azurerm_resource_group.main.location
  resource_group_name        = azurerm_resource_group.main.name
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  rbac_authorization_enabled = true
  purge_protection_enabled   = var.key_vault_purge_protection
  soft_delete_retention_days = 7
  tags                       = local.tags
}

# Whoever runs `terraform apply` writes the secrets; the app's identity can only read them (identity.tf).
resource "azurerm_role_assignment" "deployer_key_vault_secrets_officer" {
  scope                = azurerm_key_vault.main.id
  role_definition_name = "Key Vault Secrets Officer"
  principal_id         = data.azurerm_client_config.current.object_id
}

resource "azurerm_key_vault_secret" "api_keys" {
  name         = "api-keys"
  value        = var.api_keys
  key_vault_id = azurerm_key_vault.main.id
  content_type = "text/plain; comma-separated API keys"
  depends_on   = [azurerm_role_assignment.deployer_key_vault_secrets_officer]
}

resource "azurerm_key_vault_secret" "llm_api_key" {
  count        = local.llm_enabled ? 1 : 0
  name         = "llm-api-key"
  value        = var.llm_api_key
  key_vault_id = azurerm_key_vault.main.id
  content_type = "text/plain; ${var.llm_provider} API key"
  depends_on   = [azurerm_role_assignment.deployer_key_vault_secrets_officer]
}
