locals {
  # Registry, vault and site names are global DNS names: a short suffix derived from the subscription keeps
  # them unique without a random provider, and stable across applies.
  suffix = substr(sha1("${var.subscription_id}/${var.name}/${var.environment}"), 0, 6)
  base   = "${var.name}-${var.environment}"

  resource_group_name = "rg-${local.base}"
  registry_name       = "acr${var.name}${var.environment}${local.suffix}"
  key_vault_name      = "kv-${local.base}-${local.suffix}"
  plan_name           = "asp-${local.base}"
  web_app_name        = "app-${local.base}-${local.suffix}"
  identity_name       = "id-${local.base}"
  image               = "${var.image_repository}:${var.image_tag}"
  postgres_name       = "psql-${local.base}-${local.suffix}"
  database_name       = "powergrid"

  storage_mode     = var.database_enabled ? "database" : "embedded"
  private_database = var.database_enabled && var.postgres_network_access == "private"
  # Two instances by default in the database mode: App Service's availability SLA needs two or more.
  worker_count = coalesce(var.worker_count, var.database_enabled ? 2 : 1)

  # The copilot talks to OpenAI or Azure OpenAI only when a key is configured; offline otherwise.
  llm_enabled = var.llm_provider != "offline"

  tags = merge({ application = "powergrid", environment = var.environment, managed_by = "terraform" }, var.tags)
}
