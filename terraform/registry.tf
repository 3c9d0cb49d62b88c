resource "azurerm_container_registry" "main" {
  name                = local.registry_name
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  sku                 = var.registry_sku
  # No shared admin password: the app pulls with its managed identity, people push with their Entra ID login.
  admin_enabled          = false
  anonymous_pull_enabled = false
  tags                   = local.tags
}
