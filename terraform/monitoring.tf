# Optional (var.enable_application_insights, off by default). The image ships no Application Insights SDK, so
# what this adds is: container and HTTP logs in Log Analytics, and an availability test on /api/health.
resource "azurerm_log_analytics_workspace" "main" {
  count               = var.enable_application_insights ? 1 : 0
  name                = "log-${local.base}"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  sku                 = "PerGB2018"
  retention_in_days   = 30
  tags                = local.tags
}

resource "azurerm_application_insights" "main" {
  count               = var.enable_application_insights ? 1 : 0
  name                = "appi-${local.base}"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  workspace_id        = azurerm_log_analytics_workspace.main[0].id
  application_type    = "Node.JS"
  tags                = local.tags
}

resource "azurerm_monitor_diagnostic_setting" "web_app" {
  count                      = var.enable_application_insights ? 1 : 0
  name                       = "diag-${local.base}"
  target_resource_id         = azurerm_linux_web_app.main.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main[0].id

  enabled_log {
    category = "AppServiceConsoleLogs"
  }
  enabled_log {
    category = "AppServiceHTTPLogs"
  }
  enabled_log {
    category = "AppServicePlatformLogs"
  }
}

resource "azurerm_application_insights_standard_web_test" "health" {
  count                   = var.enable_application_insights ? 1 : 0
  name                    = "health-${local.base}"
  location                = azurerm_resource_group.main.location
  resource_group_name     = azurerm_resource_group.main.name
  application_insights_id = azurerm_application_insights.main[0].id
  frequency               = 300
  timeout                 = 30
  geo_locations           = ["emea-nl-ams-azr", "emea-gb-db3-azr", "us-va-ash-azr"]
  tags                    = local.tags

  request {
    url = "https://${azurerm_linux_web_app.main.default_hostname}/api/health"
  }

  validation_rules {
    expected_status_code = 200
    ssl_check_enabled    = true
  }
}
