output "app_url" {
  description = "HTTPS address of the deployed app (dashboard at /, API under /api, docs at /docs)."
  value       = "https://${azurerm_linux_web_app.main.default_hostname}"
}

output "app_hostname" {
  description = "Host name of the app, for CONNECTOR_HOST when exporting the Power Apps connector."
  value       = azurerm_linux_web_app.main.default_hostname
}

output "app_name" {
  description = "Name of the web app, for az webapp restart and az webapp log tail."
  value       = azurerm_linux_web_app.main.name
}

output "resource_group_name" {
  description = "Resource group that holds every resource of this deployment."
  value       = azurerm_resource_group.main.name
}

output "registry_name" {
  description = "Container registry name, for az acr build --registry."
  value       = azurerm_container_registry.main.name
}

output "registry_login_server" {
  description = "Container registry login server the web app pulls from."
  value       = azurerm_container_registry.main.login_server
}

output "image" {
  description = "Repository and tag the web app runs; push exactly this to the registry."
  value       = local.image
}

output "key_vault_name" {
  description = "Key Vault holding API_KEYS and the OpenAI key."
  value       = azurerm_key_vault.main.name
}

output "application_insights_name" {
  description = "Application Insights resource name, or null when disabled."
  value       = var.enable_application_insights ? azurerm_application_insights.main[0].name : null
}

output "postgres_server_name" {
  description = "Flexible Server name in the database mode (az postgres flexible-server show), or null in the embedded mode."
  value       = var.database_enabled ? azurerm_postgresql_flexible_server.main[0].name : null
}

output "worker_count" {
  description = "App Service instances the plan runs: 1 in the embedded mode, 2 or more in the database mode."
  value       = local.worker_count
}
