import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECRET_NAME, secretLiterals } from './support/secret-scan.js';
import { nested, parseTfvars, TerraformModule, type Block } from './support/terraform.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const TF_DIR = join(ROOT, 'terraform');
const KEY_VAULT_REFERENCE = /^@Microsoft\.KeyVault\(SecretUri=\$\{azurerm_key_vault_secret\.(\w+)(\[0\])?\.versionless_id\}\)$/;

let tf: TerraformModule;
let webApp: Block;
let siteConfig: Block;
let appSettings: Record<string, string>;

beforeAll(async () => {
  tf = await TerraformModule.load(TF_DIR);
  webApp = tf.resource('azurerm_linux_web_app', 'main');
  siteConfig = nested(webApp, 'site_config');
  appSettings = settingsOf(webApp);
});

/** The web app's settings: the common map merged with the chosen language-model provider's map. */
function settingsOf(app: Block): Record<string, string> {
  expect(app.app_settings).toBe('${merge(local.app_settings, local.llm_app_settings)}');
  return tf.locals().app_settings as Record<string, string>;
}

function providerSettings(): Record<string, Record<string, string>> {
  expect(tf.locals().llm_app_settings).toBe('${local.llm_app_settings_by_provider[var.llm_provider]}');
  return tf.locals().llm_app_settings_by_provider as Record<string, Record<string, string>>;
}

/** Resolves `local.name` (one level) so references such as OPENAI_API_KEY = local.llm_secret_reference can be checked. */
function resolveLocal(value: string): string {
  const match = /^\$\{local\.(\w+)\}$/.exec(value) ?? /^local\.(\w+)$/.exec(value);
  return match ? String(tf.locals()[match[1]]) : value;
}

describe('terraform fmt', () => {
  it('leaves every file under terraform/ unchanged (CI runs terraform fmt -check -recursive terraform/)', () => {
    const result = spawnSync('terraform', ['fmt', '-check', '-recursive', '-diff', 'terraform/'], { cwd: ROOT, encoding: 'utf8' });
    if (result.error) {
      throw new Error(`terraform is not on PATH (${result.error.message}): install Terraform >= 1.9 to run the format check`);
    }
    expect({ status: result.status, diff: result.stdout }).toEqual({ status: 0, diff: '' });
  });
});

describe('Terraform module layout', () => {
  it('is split by concern into the expected files', () => {
    for (const file of ['providers.tf', 'variables.tf', 'outputs.tf', 'resource-group.tf', 'registry.tf', 'app-service.tf', 'identity.tf', 'key-vault.tf', 'monitoring.tf', 'backend.tf']) {
      expect([...tf.files.keys()]).toContain(file);
    }
    expect(tf.fileOf('azurerm_container_registry', 'main')).toBe('registry.tf');
    expect(tf.fileOf('azurerm_key_vault', 'main')).toBe('key-vault.tf');
    expect(tf.fileOf('azurerm_user_assigned_identity', 'app')).toBe('identity.tf');
    expect(tf.fileOf('azurerm_linux_web_app', 'main')).toBe('app-service.tf');
  });

  it('pins Terraform and the azurerm provider to its 4.x line', () => {
    const [settings] = tf.blocks('terraform');
    expect(settings.required_version).toMatch(/^>= 1\.\d+\.\d+, < 2\.0\.0$/);
    const [providers] = settings.required_providers as Array<Record<string, { source: string; version: string }>>;
    expect(providers.azurerm.source).toBe('hashicorp/azurerm');
    expect(providers.azurerm.version).toMatch(/^~> 4\.\d+$/);
    expect(Number(providers.azurerm.version.split('.')[1])).toBeGreaterThanOrEqual(42);
  });

  it('keeps the remote-state backend as a commented example only', () => {
    const backend = tf.files.get('backend.tf') ?? '';
    expect(backend).toMatch(/^#\s+backend "azurerm" \{/m);
    expect(backend.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#'))).toEqual([]);
  });
});

describe('image pull through a managed identity', () => {
  it('disables the registry admin account and anonymous pulls', () => {
    const registry = tf.resource('azurerm_container_registry', 'main');
    expect(registry.admin_enabled).toBe(false);
    expect(registry.anonymous_pull_enabled).toBe(false);
  });

  it('gives the web app a user-assigned identity that holds AcrPull on the registry', () => {
    const identity = nested(webApp, 'identity');
    expect(identity.type).toBe('UserAssigned');
    expect(identity.identity_ids).toEqual(['${azurerm_user_assigned_identity.app.id}']);
    const pulls = Object.values(tf.resources('azurerm_role_assignment')).filter((r) => r.role_definition_name === 'AcrPull');
    expect(pulls).toHaveLength(1);
    expect(pulls[0].scope).toBe('${azurerm_container_registry.main.id}');
    expect(pulls[0].principal_id).toBe('${azurerm_user_assigned_identity.app.principal_id}');
  });

  it('pulls the image with that identity, never with registry credentials', () => {
    expect(siteConfig.container_registry_use_managed_identity).toBe(true);
    expect(siteConfig.container_registry_managed_identity_client_id).toBe('${azurerm_user_assigned_identity.app.client_id}');
    const stack = nested(siteConfig, 'application_stack');
    expect(stack.docker_registry_url).toBe('https://${azurerm_container_registry.main.login_server}');
    expect(stack).not.toHaveProperty('docker_registry_username');
    expect(stack).not.toHaveProperty('docker_registry_password');
    expect(Object.keys(appSettings)).not.toContain('DOCKER_REGISTRY_SERVER_PASSWORD');
  });
});

describe('secrets in Key Vault', () => {
  it('uses RBAC authorization and lets the app identity only read secrets', () => {
    const vault = tf.resource('azurerm_key_vault', 'main');
    expect(vault.rbac_authorization_enabled).toBe(true);
    expect(vault).not.toHaveProperty('access_policy');
    const readers = Object.values(tf.resources('azurerm_role_assignment')).filter((r) => r.principal_id === '${azurerm_user_assigned_identity.app.principal_id}' && r.scope === '${azurerm_key_vault.main.id}');
    expect(readers.map((r) => r.role_definition_name)).toEqual(['Key Vault Secrets User']);
    expect(webApp.key_vault_reference_identity_id).toBe('${azurerm_user_assigned_identity.app.id}');
  });

  it('stores API_KEYS and the OpenAI key as secrets whose values come from sensitive variables', () => {
    const secrets = tf.resources('azurerm_key_vault_secret');
    expect(Object.keys(secrets).sort()).toEqual(['api_keys', 'llm_api_key']);
    const variables = tf.named('variable');
    for (const secret of Object.values(secrets)) {
      const variable = /^\$\{var\.(\w+)\}$/.exec(String(secret.value))?.[1];
      expect(variable).toBeDefined();
      expect(variables[variable as string].sensitive).toBe(true);
    }
  });

  it('hands every secret-named app setting to the app as a Key Vault reference', () => {
    expect(appSettings.API_KEYS).toMatch(KEY_VAULT_REFERENCE);
    const byProvider = providerSettings();
    expect(Object.keys(byProvider).sort()).toEqual(['azure-openai', 'offline', 'openai']);
    expect(byProvider.offline).toEqual({});
    const secretSettings = Object.values(byProvider).flatMap((settings) => Object.entries(settings)).filter(([name]) => SECRET_NAME.test(name));
    expect(secretSettings.map(([name]) => name).sort()).toEqual(['AZURE_OPENAI_API_KEY', 'OPENAI_API_KEY']);
    for (const [, value] of secretSettings) {
      expect(resolveLocal(value)).toContain('@Microsoft.KeyVault(SecretUri=${azurerm_key_vault_secret.llm_api_key[0].versionless_id})');
    }
    for (const [name, value] of Object.entries(appSettings).filter(([key]) => SECRET_NAME.test(key))) {
      expect({ name, value }).toEqual({ name, value: expect.stringMatching(KEY_VAULT_REFERENCE) });
    }
  });

  it('contains no literal secret in any Terraform file or the example variables', () => {
    for (const name of [...tf.files.keys(), 'terraform.tfvars.example']) {
      const text = readFileSync(join(TF_DIR, name), 'utf8');
      expect({ file: name, secrets: secretLiterals(text) }).toEqual({ file: name, secrets: [] });
    }
  });
});

describe('variables', () => {
  it('declares a type and a description for every variable, and validates every non-boolean one', () => {
    const variables = Object.entries(tf.named('variable'));
    expect(variables.length).toBeGreaterThan(10);
    for (const [name, variable] of variables) {
      expect({ name, type: typeof variable.type, description: typeof variable.description === 'string' && variable.description.length > 10 }).toEqual({ name, type: 'string', description: true });
      if (variable.type !== '${bool}') expect({ name, validations: Array.isArray(variable.validation) }).toEqual({ name, validations: true });
    }
  });

  it('marks secret-named variables sensitive and gives them no default value', () => {
    const secretNamed = Object.entries(tf.named('variable')).filter(([name]) => SECRET_NAME.test(name));
    expect(secretNamed.map(([name]) => name).sort()).toEqual(['api_keys', 'llm_api_key']);
    for (const [name, variable] of secretNamed) {
      expect({ name, sensitive: variable.sensitive, default: variable.default ?? null }).toEqual({ name, sensitive: true, default: null });
    }
  });

  it('accepts in terraform.tfvars.example only declared variables, with secrets left commented out', async () => {
    const example = readFileSync(join(TF_DIR, 'terraform.tfvars.example'), 'utf8');
    const values = await parseTfvars('terraform.tfvars.example', example);
    const declared = Object.keys(tf.named('variable'));
    for (const name of Object.keys(values)) expect(declared).toContain(name);
    expect(Object.keys(values).filter((name) => SECRET_NAME.test(name))).toEqual([]);
  });
});

describe('web app settings', () => {
  it('serves HTTPS only with TLS 1.2 at least, FTP and basic-auth publishing off', () => {
    expect(webApp.https_only).toBe(true);
    expect(siteConfig.minimum_tls_version).toBe('1.2');
    expect(siteConfig.scm_minimum_tls_version).toBe('1.2');
    expect(siteConfig.ftps_state).toBe('Disabled');
    expect(webApp.ftp_publish_basic_authentication_enabled).toBe(false);
    expect(webApp.webdeploy_publish_basic_authentication_enabled).toBe(false);
  });

  it('probes liveness (/api/health/live, which an optional dependency never fails) and evicts an unhealthy instance', () => {
    expect(siteConfig.health_check_path).toBe('/api/health/live');
    expect(siteConfig.health_check_eviction_time_in_min).toBeGreaterThanOrEqual(2);
    expect(siteConfig.health_check_eviction_time_in_min).toBeLessThanOrEqual(10);
    expect(siteConfig.always_on).toBe(true);
  });

  it('routes to port 8080 and keeps DATA_DIR on persistent App Service storage', () => {
    expect(appSettings.WEBSITES_PORT).toBe('8080');
    expect(appSettings.PORT).toBe('8080');
    expect(appSettings.WEBSITES_ENABLE_APP_SERVICE_STORAGE).toBe('true');
    expect(appSettings.DATA_DIR).toMatch(/^\/home\//);
  });

  it('runs a single instance, since the simulator state belongs to one process', () => {
    expect(tf.resource('azurerm_service_plan', 'main')).toMatchObject({ os_type: 'Linux', worker_count: 1 });
  });
});

describe('monitoring', () => {
  it('creates Application Insights and its companions only when enable_application_insights is set (off by default)', () => {
    const flag = tf.named('variable').enable_application_insights;
    expect(flag).toMatchObject({ type: '${bool}', default: false });
    const gated = ['azurerm_log_analytics_workspace', 'azurerm_application_insights', 'azurerm_monitor_diagnostic_setting', 'azurerm_application_insights_standard_web_test'];
    for (const type of gated) {
      const blocks = Object.values(tf.resources(type));
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) expect({ type, count: block.count }).toEqual({ type, count: '${var.enable_application_insights ? 1 : 0}' });
    }
  });
});

describe('outputs', () => {
  it('exposes the app URL and the registry login server, each described', () => {
    const outputs = tf.named('output');
    expect(outputs.app_url.value).toBe('https://${azurerm_linux_web_app.main.default_hostname}');
    expect(outputs.registry_login_server.value).toBe('${azurerm_container_registry.main.login_server}');
    for (const [name, output] of Object.entries(outputs)) expect({ name, described: typeof output.description === 'string' && output.description.length > 10 }).toEqual({ name, described: true });
  });

  it('declares every output the deploy script reads', () => {
    const script = readFileSync(join(ROOT, 'scripts/deploy.sh'), 'utf8');
    const used = [...script.matchAll(/tf_output (\w+)/g)].map((match) => match[1]);
    expect(used.length).toBeGreaterThan(4);
    for (const name of used) expect(Object.keys(tf.named('output'))).toContain(name);
  });
});

describe(secretLiterals.name, () => {
  it('flags literal secrets and lets references through', () => {
    expect(secretLiterals('admin_password = "Passw0rd!"')).toHaveLength(2);
    expect(secretLiterals('OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwx')).not.toEqual([]);
    expect(secretLiterals('api_keys = "correct-horse-battery"')).toEqual(['api_keys = "correct-horse-battery"']);
    expect(secretLiterals('value = "dGhpc2lzYXNlY3JldGtleXRoYXRpc2xvbmcxMjM0NTY="')).not.toEqual([]);
    expect(secretLiterals('API_KEYS = "@Microsoft.KeyVault(SecretUri=${azurerm_key_vault_secret.api_keys.versionless_id})"')).toEqual([]);
    expect(secretLiterals('OPENAI_API_KEY = local.llm_secret_reference\nvalue = var.api_keys\nAPI_KEYS=')).toEqual([]);
  });
});
