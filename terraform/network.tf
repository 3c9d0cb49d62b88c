# Database mode with private access only: one virtual network, a subnet the web app's outbound traffic joins
# (regional VNet integration) and a subnet delegated to the Flexible Server, plus the private DNS zone its
# host name resolves in. The server then has no public endpoint at all.
resource "azurerm_virtual_network" "main" {
  count               = local.private_database ? 1 : 0
  name                = "vnet-${local.base}"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  address_space       = [var.vnet_address_space]
  tags                = local.tags
}

resource "azurerm_subnet" "app" {
  count                = local.private_database ? 1 : 0
  name                 = "snet-app"
  resource_group_name  = azurerm_resource_group.main.name
  virtual_network_name = azurerm_virtual_network.main[0].name
  address_prefixes     = [cidrsubnet(var.vnet_address_space, 24 - tonumber(split("/", var.vnet_address_space)[1]), 0)]

  delegation {
    name = "app-service"
    service_delegation {
      name    = "Microsoft.Web/serverFarms"
      actions = ["Microsoft.Network/virtualNetworks/subnets/action"]
    }
  }
}

resource "azurerm_subnet" "database" {
  count                = local.private_database ? 1 : 0
  name                 = "snet-postgres"
  resource_group_name  = azurerm_resource_group.main.name
  virtual_network_name = azurerm_virtual_network.main[0].name
  address_prefixes     = [cidrsubnet(var.vnet_address_space, 24 - tonumber(split("/", var.vnet_address_space)[1]), 1)]

  delegation {
    name = "postgres-flexible-server"
    service_delegation {
      name    = "Microsoft.DBforPostgreSQL/flexibleServers"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}

resource "azurerm_private_dns_zone" "postgres" {
  count               = local.private_database ? 1 : 0
  name                = "${local.base}.private.postgres.database.azure.com"
  resource_group_name = azurerm_resource_group.main.name
  tags                = local.tags
}

resource "azurerm_private_dns_zone_virtual_network_link" "postgres" {
  count                 = local.private_database ? 1 : 0
  name                  = "postgres-${local.base}"
  private_dns_zone_name = azurerm_private_dns_zone.postgres[0].name
  resource_group_name   = azurerm_resource_group.main.name
  virtual_network_id    = azurerm_virtual_network.main[0].id
}
