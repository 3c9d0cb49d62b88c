# Database mode only (database_enabled): Azure Database for PostgreSQL Flexible Server, version 16.
# No database password exists: password authentication is off, and the web app's managed identity signs in
# with a Microsoft Entra token (DATABASE_AUTH=azure-managed-identity), being one of the server's Entra administrators.
resource "azurerm_postgresql_flexible_server" "main" {
  count               = var.database_enabled ? 1 : 0
  name                = local.postgres_name
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  version             = "16"
  sku_name            = var.postgres_sku
  storage_mb          = var.postgres_storage_mb
  auto_grow_enabled   = true
  zone                = var.postgres_zone

  backup_retention_days        = var.postgres_backup_retention_days
  geo_redundant_backup_enabled = var.postgres_geo_redundant_backup

  # Private access: the server is injected into its delegated subnet and resolves through the private DNS zone.
  public_network_access_enabled = var.postgres_network_access == "public"
  delegated_subnet_id           = var.postgres_network_access == "private" ? azurerm_subnet.database[0].id : null
  private_dns_zone_id           = var.postgres_network_access == "private" ? azurerm_private_dns_zone.postgres[0].id : null

  authentication {
    active_directory_auth_enabled = true
    password_auth_enabled         = false
    tenant_id                     = data.azurerm_client_config.current.tenant_id
  }

  dynamic "high_availability" {
    for_each = var.postgres_high_availability ? [1] : []
    content {
      mode                      = "ZoneRedundant"
      standby_availability_zone = var.postgres_standby_zone
    }
  }

  tags = local.tags

  # Azure moves the primary to the standby's zone on a failover; that is not drift to undo.
  lifecycle {
    ignore_changes = [zone, high_availability[0].standby_availability_zone]
  }

  depends_on = [azurerm_private_dns_zone_virtual_network_link.postgres]
}

resource "azurerm_postgresql_flexible_server_database" "main" {
  count     = var.database_enabled ? 1 : 0
  name      = local.database_name
  server_id = azurerm_postgresql_flexible_server.main[0].id
  charset   = "UTF8"
  collation = "en_US.utf8"
}

# The app's identity administers the server's Entra sign-in: it owns its schema (migrations run at boot), and
# Terraform can grant it without a SQL session (a plain role would need pgaadauth_create_principal run by hand).
resource "azurerm_postgresql_flexible_server_active_directory_administrator" "app" {
  count          = var.database_enabled ? 1 : 0
  server_name    = azurerm_postgresql_flexible_server.main[0].name
  resource_group = azurerm_resource_group.main.name
  tenant_id      = data.azurerm_client_config.current.tenant_id
  object_id      = azurerm_user_assigned_identity.app.principal_id
  principal_name = azurerm_user_assigned_identity.app.name
  principal_type = "ServicePrincipal"
}

resource "azurerm_postgresql_flexible_server_firewall_rule" "allowed" {
  for_each         = var.database_enabled && var.postgres_network_access == "public" ? toset(var.postgres_firewall_ip_ranges) : toset([])
  name             = "allow-${replace(each.value, "/[.-]/", "_")}"
  server_id        = azurerm_postgresql_flexible_server.main[0].id
  start_ip_address = split("-", each.value)[0]
  end_ip_address   = element(split("-", each.value), length(split("-", each.value)) - 1)
}
