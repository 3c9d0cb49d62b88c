resource "azurerm_service_plan" "main" {
  name                = local.plan_name
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  os_type             = "Linux"
  sku_name            = var.app_service_sku
  # One instance: the meter simulator, its snapshots and the search index belong to one process and one DATA_DIR.
  worker_count = 1
  tags         = local.tags
}

resource "azurerm_linux_web_app" "main" {
  name                = local.web_app_name
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  service_plan_id     = azurerm_service_plan.main.id

  https_only                                     = true
  client_affinity_enabled                        = false
  public_network_access_enabled                  = true
  ftp_publish_basic_authentication_enabled       = false
  webdeploy_publish_basic_authentication_enabled = false

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.app.id]
  }
  # Key Vault references resolve with this identity instead of a system-assigned one.
  key_vault_reference_identity_id = azurerm_user_assigned_identity.app.id

  site_config {
    always_on                                     = true
    http2_enabled                                 = true
    minimum_tls_version                           = "1.2"
    scm_minimum_tls_version                       = "1.2"
    ftps_state                                    = "Disabled"
    remote_debugging_enabled                      = false
    health_check_path                             = "/api/health/live"
    health_check_eviction_time_in_min             = 5
    container_registry_use_managed_identity       = true
    container_registry_managed_identity_client_id = azurerm_user_assigned_identity.app.client_id

    application_stack {
      docker_registry_url = "https://${azurerm_container_registry.main.login_server}"
      docker_image_name   = local.image
    }
  }

  app_settings = merge(local.app_settings, local.llm_app_settings)

  logs {
    detailed_error_messages = false
    failed_request_tracing  = false
    # Container stdout/stderr to the file system, which `az webapp log tail` streams.
    http_logs {
      file_system {
        retention_in_days = 7
        retention_in_mb   = 35
      }
    }
  }

  tags = local.tags

  # The identity must hold AcrPull and Key Vault Secrets User before the first image pull and secret read.
  depends_on = [
    azurerm_role_assignment.app_acr_pull,
    azurerm_role_assignment.app_key_vault_secrets_user,
  ]
}

locals {
  app_settings = {
    # The container listens on 8080; App Service terminates TLS and forwards to it.
    WEBSITES_PORT = "8080"
    PORT          = "8080"
    # App Service's front end reaches the container from a private address: trust its X-Forwarded-*
    # (client address for rate limits, https host for nextLink); public clients cannot come from there.
    TRUSTED_PROXIES = "linklocal,uniquelocal"
    # /home is App Service storage: persistent across restarts and image updates (see the README, Deployment).
    WEBSITES_ENABLE_APP_SERVICE_STORAGE = "true"
    DATA_DIR                            = "/home/data"
    # The probe is /api/health/live: an optional dependency (the embedding service) being down must not evict the
    # only instance. /api/health stays the readiness report for people and the availability test.
    WEBSITES_CONTAINER_START_TIME_LIMIT = "600"
    LOG_LEVEL                           = var.log_level
    METER_COUNT                         = tostring(var.meter_count)
    CORS_ORIGINS                        = join(",", var.cors_origins)
    API_KEYS                            = "@Microsoft.KeyVault(SecretUri=${azurerm_key_vault_secret.api_keys.versionless_id})"
  }

  llm_secret_reference = local.llm_enabled ? "@Microsoft.KeyVault(SecretUri=${azurerm_key_vault_secret.llm_api_key[0].versionless_id})" : ""

  llm_app_settings_by_provider = {
    offline = {}
    openai = {
      OPENAI_API_KEY         = local.llm_secret_reference
      OPENAI_MODEL           = var.openai_model
      OPENAI_EMBEDDING_MODEL = var.openai_embedding_model
    }
    azure-openai = {
      AZURE_OPENAI_API_KEY              = local.llm_secret_reference
      AZURE_OPENAI_ENDPOINT             = var.azure_openai_endpoint
      AZURE_OPENAI_CHAT_DEPLOYMENT      = var.azure_openai_chat_deployment
      AZURE_OPENAI_EMBEDDING_DEPLOYMENT = var.azure_openai_embedding_deployment
    }
  }
  llm_app_settings = local.llm_app_settings_by_provider[var.llm_provider]
}
