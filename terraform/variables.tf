# --- placement and naming ---

variable "subscription_id" {
  type        = string
  description = "Azure subscription ID to deploy into (az account show --query id -o tsv)."

  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.subscription_id))
    error_message = "subscription_id must be a GUID."
  }
}

variable "name" {
  type        = string
  description = "Short application name used in every resource name (lowercase letters and digits, 2-9 characters)."
  default     = "powergrid"

  validation {
    # Registry names allow only letters and digits; Key Vault names stop at 24 characters.
    condition     = can(regex("^[a-z][a-z0-9]{1,8}$", var.name))
    error_message = "name must be 2-9 lowercase letters or digits and start with a letter."
  }
}

variable "environment" {
  type        = string
  description = "Environment label used in resource names and tags, for example dev, test or prod."
  default     = "prod"

  validation {
    condition     = can(regex("^[a-z][a-z0-9]{1,4}$", var.environment))
    error_message = "environment must be 2-5 lowercase letters or digits and start with a letter."
  }

  validation {
    # kv-<name>-<environment>-<6-character suffix> must fit Key Vault's 24-character limit.
    condition     = length(var.name) + length(var.environment) <= 13
    error_message = "name and environment together must be at most 13 characters (Key Vault names stop at 24)."
  }
}

variable "location" {
  type        = string
  description = "Azure region for every resource, for example westeurope."
  default     = "westeurope"

  validation {
    condition     = can(regex("^[a-z0-9]+$", var.location))
    error_message = "location must be a region name such as westeurope (lowercase, no spaces)."
  }
}

variable "tags" {
  type        = map(string)
  description = "Extra tags added to every resource."
  default     = {}

  validation {
    condition     = alltrue([for key in keys(var.tags) : length(key) <= 512])
    error_message = "Tag names must be at most 512 characters."
  }
}

# --- sizes ---

variable "app_service_sku" {
  type        = string
  description = "App Service plan SKU. Basic or higher: the simulator needs Always On, which Free and Shared lack."
  default     = "B1"

  validation {
    condition     = contains(["B1", "B2", "B3", "S1", "S2", "S3", "P0v3", "P1v3", "P2v3", "P3v3", "P1mv3", "P2mv3"], var.app_service_sku)
    error_message = "app_service_sku must be a Linux SKU that supports Always On: B1-B3, S1-S3, P0v3-P3v3, P1mv3 or P2mv3."
  }
}

variable "registry_sku" {
  type        = string
  description = "Container registry SKU."
  default     = "Basic"

  validation {
    condition     = contains(["Basic", "Standard", "Premium"], var.registry_sku)
    error_message = "registry_sku must be Basic, Standard or Premium."
  }
}

# --- image ---

variable "image_repository" {
  type        = string
  description = "Repository of the app image inside the registry."
  default     = "powergrid"

  validation {
    condition     = can(regex("^[a-z0-9]+([._/-][a-z0-9]+)*$", var.image_repository))
    error_message = "image_repository must be a lowercase repository path such as powergrid."
  }
}

variable "image_tag" {
  type        = string
  description = "Image tag the web app runs. Use an immutable tag (a git commit) so a restart cannot change the code."
  default     = "latest"

  validation {
    condition     = can(regex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$", var.image_tag))
    error_message = "image_tag must be a valid Docker tag (letters, digits, _ . -, at most 128 characters)."
  }
}

# --- application settings ---

variable "log_level" {
  type        = string
  description = "LOG_LEVEL of the app."
  default     = "log"

  validation {
    condition     = contains(["fatal", "error", "warn", "log", "debug", "verbose"], var.log_level)
    error_message = "log_level must be fatal, error, warn, log, debug or verbose."
  }
}

variable "meter_count" {
  type        = number
  description = "METER_COUNT: simulated meters (1 to 1,000,000)."
  default     = 5000

  validation {
    condition     = var.meter_count >= 1 && var.meter_count <= 1000000 && floor(var.meter_count) == var.meter_count
    error_message = "meter_count must be a whole number from 1 to 1000000."
  }
}

variable "cors_origins" {
  type        = list(string)
  description = "Origins allowed by CORS (the bundled dashboard is same-origin and needs none)."
  default     = []

  validation {
    condition     = alltrue([for origin in var.cors_origins : can(regex("^https?://[^/,\\s]+$", origin))])
    error_message = "Each CORS origin must look like https://host[:port], without a path or comma."
  }
}

variable "api_keys" {
  type        = string
  description = "API_KEYS: comma-separated keys clients send in x-api-key. Stored in Key Vault, never in app settings."
  sensitive   = true
  nullable    = false

  validation {
    condition     = alltrue([for key in split(",", var.api_keys) : length(trimspace(key)) >= 16])
    error_message = "api_keys must be one or more comma-separated keys of at least 16 characters (for example: openssl rand -hex 24)."
  }
}

variable "key_vault_purge_protection" {
  type        = bool
  description = "Purge protection on the Key Vault: deleted secrets stay recoverable for 7 days and cannot be purged early."
  default     = true
}

# --- language model ---

variable "llm_provider" {
  type        = string
  description = "Chat and embedding provider of the copilot: offline (built in, no key), openai or azure-openai."
  default     = "offline"

  validation {
    condition     = contains(["offline", "openai", "azure-openai"], var.llm_provider)
    error_message = "llm_provider must be offline, openai or azure-openai."
  }
}

variable "llm_api_key" {
  type        = string
  description = "API key of the OpenAI or Azure OpenAI resource; stored in Key Vault. Required unless llm_provider is offline."
  sensitive   = true
  default     = null

  validation {
    condition     = var.llm_provider == "offline" || try(length(var.llm_api_key) >= 20, false)
    error_message = "llm_api_key is required (at least 20 characters) when llm_provider is openai or azure-openai."
  }
}

variable "openai_model" {
  type        = string
  description = "OPENAI_MODEL: chat model when llm_provider is openai."
  default     = "gpt-4o-mini"

  validation {
    condition     = length(var.openai_model) > 0
    error_message = "openai_model must not be empty."
  }
}

variable "openai_embedding_model" {
  type        = string
  description = "OPENAI_EMBEDDING_MODEL: embedding model when llm_provider is openai."
  default     = "text-embedding-3-small"

  validation {
    condition     = length(var.openai_embedding_model) > 0
    error_message = "openai_embedding_model must not be empty."
  }
}

variable "azure_openai_endpoint" {
  type        = string
  description = "AZURE_OPENAI_ENDPOINT, for example https://my-resource.openai.azure.com; required when llm_provider is azure-openai."
  default     = null

  validation {
    condition     = var.llm_provider != "azure-openai" || can(regex("^https://[^\\s]+$", var.azure_openai_endpoint))
    error_message = "azure_openai_endpoint must be an https URL when llm_provider is azure-openai."
  }
}

variable "azure_openai_chat_deployment" {
  type        = string
  description = "AZURE_OPENAI_CHAT_DEPLOYMENT: chat deployment name when llm_provider is azure-openai."
  default     = null

  validation {
    condition     = var.llm_provider != "azure-openai" || try(length(var.azure_openai_chat_deployment) > 0, false)
    error_message = "azure_openai_chat_deployment is required when llm_provider is azure-openai."
  }
}

variable "azure_openai_embedding_deployment" {
  type        = string
  description = "AZURE_OPENAI_EMBEDDING_DEPLOYMENT: embedding deployment name when llm_provider is azure-openai."
  default     = null

  validation {
    condition     = var.llm_provider != "azure-openai" || try(length(var.azure_openai_embedding_deployment) > 0, false)
    error_message = "azure_openai_embedding_deployment is required when llm_provider is azure-openai."
  }
}

# --- monitoring ---

variable "enable_application_insights" {
  type        = bool
  description = "Create Log Analytics, Application Insights, diagnostic settings and an availability test on /api/health."
  default     = false
}

# --- storage mode and database ---

variable "database_enabled" {
  type        = bool
  description = "Database mode: an Azure Database for PostgreSQL Flexible Server holds readings, meters, documents and rate limits, so several instances serve one state. Off: the embedded mode, one instance with its state under /home/data."
  default     = false
}

variable "worker_count" {
  type        = number
  description = "App Service instances. Null picks the mode's default: 2 in the database mode (App Service's availability SLA needs two or more), 1 in the embedded mode."
  default     = null

  validation {
    condition     = var.worker_count == null || try(var.worker_count >= 1 && var.worker_count <= 30 && floor(var.worker_count) == var.worker_count, false)
    error_message = "worker_count must be a whole number from 1 to 30, or null for the mode's default."
  }

  validation {
    # The embedded mode keeps its state in one process and one DATA_DIR; a second instance would fight it for the lock.
    condition     = var.database_enabled || var.worker_count == null || var.worker_count == 1
    error_message = "worker_count above 1 needs database_enabled = true: the embedded mode runs exactly one instance."
  }
}

variable "postgres_sku" {
  type        = string
  description = "Flexible Server compute SKU (B_ burstable, GP_ general purpose, MO_ memory optimized). High availability needs GP_ or MO_."
  default     = "GP_Standard_D2ds_v5"

  validation {
    condition     = can(regex("^(B|GP|MO)_Standard_[A-Za-z0-9_]+$", var.postgres_sku))
    error_message = "postgres_sku must be a Flexible Server SKU such as B_Standard_B2s, GP_Standard_D2ds_v5 or MO_Standard_E2ds_v5."
  }
}

variable "postgres_storage_mb" {
  type        = number
  description = "Flexible Server storage in MB (grows only; it cannot shrink after creation)."
  default     = 32768

  validation {
    condition     = contains([32768, 65536, 131072, 262144, 524288, 1048576, 2097152, 4193280, 4194304, 8388608, 16777216, 33553408], var.postgres_storage_mb)
    error_message = "postgres_storage_mb must be one of the sizes Flexible Server offers: 32768, 65536, 131072, 262144, 524288, 1048576 and up."
  }
}

variable "postgres_high_availability" {
  type        = bool
  description = "Zone-redundant high availability: a standby in another availability zone, promoted automatically (about twice the compute cost)."
  default     = false

  validation {
    condition     = !var.postgres_high_availability || !startswith(var.postgres_sku, "B_")
    error_message = "postgres_high_availability needs a GP_ or MO_ postgres_sku; burstable servers cannot have a standby."
  }
}

variable "postgres_zone" {
  type        = string
  description = "Availability zone of the primary server; the zone-redundant standby goes to postgres_standby_zone."
  default     = "1"

  validation {
    condition     = contains(["1", "2", "3"], var.postgres_zone)
    error_message = "postgres_zone must be 1, 2 or 3."
  }
}

variable "postgres_standby_zone" {
  type        = string
  description = "Availability zone of the high-availability standby; must differ from postgres_zone."
  default     = "2"

  validation {
    condition     = contains(["1", "2", "3"], var.postgres_standby_zone) && var.postgres_standby_zone != var.postgres_zone
    error_message = "postgres_standby_zone must be 1, 2 or 3 and differ from postgres_zone."
  }
}

variable "postgres_backup_retention_days" {
  type        = number
  description = "Days of point-in-time restore the server keeps (7 to 35)."
  default     = 7

  validation {
    condition     = var.postgres_backup_retention_days >= 7 && var.postgres_backup_retention_days <= 35 && floor(var.postgres_backup_retention_days) == var.postgres_backup_retention_days
    error_message = "postgres_backup_retention_days must be a whole number from 7 to 35."
  }
}

variable "postgres_geo_redundant_backup" {
  type        = bool
  description = "Copy backups to the paired region, so the server can be restored there after a regional outage (set at creation only)."
  default     = false
}

variable "postgres_network_access" {
  type        = string
  description = "private: the server lives in a delegated subnet of a virtual network the web app joins (no public endpoint). public: a public endpoint open only to postgres_firewall_ip_ranges."
  default     = "private"

  validation {
    condition     = contains(["private", "public"], var.postgres_network_access)
    error_message = "postgres_network_access must be private or public."
  }
}

variable "postgres_firewall_ip_ranges" {
  type        = list(string)
  description = "Public access only: IPv4 ranges allowed to reach the server, as start-end or a single address (for example the web app's outbound addresses and an operator's address)."
  default     = []

  validation {
    condition     = alltrue([for range in var.postgres_firewall_ip_ranges : can(regex("^(\\d{1,3}\\.){3}\\d{1,3}(-(\\d{1,3}\\.){3}\\d{1,3})?$", range))])
    error_message = "Each postgres_firewall_ip_ranges entry must be an IPv4 address or a range such as 20.50.1.10-20.50.1.20."
  }
}

variable "vnet_address_space" {
  type        = string
  description = "Private access only: address space of the virtual network that holds the app's integration subnet and the database subnet."
  default     = "10.40.0.0/16"

  validation {
    condition     = can(cidrhost(var.vnet_address_space, 0)) && tonumber(split("/", var.vnet_address_space)[1]) <= 24
    error_message = "vnet_address_space must be an IPv4 CIDR of /24 or larger, such as 10.40.0.0/16."
  }
}
