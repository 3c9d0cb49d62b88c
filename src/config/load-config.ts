import { resolve } from 'node:path';
import type { AppConfig, AzureOpenAiSettings, LogFormat, LogLevel, OpenAiSettings, SimulatorMode } from './app-config.js';
import { EnvReader } from './env-reader.js';
import { deepFreeze } from './deep-freeze.js';
import { readDatabase } from './database-config.js';
import { readAlertSettings } from './alert-settings.js';
import { DEFAULT_DOCUMENT_LIMITS } from './document-limits.js';

export const MAX_METER_COUNT = 1_000_000;
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
const LOG_FORMATS: readonly LogFormat[] = ['auto', 'json', 'pretty'];
const SIMULATOR_MODES: readonly SimulatorMode[] = ['on', 'off'];

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment into a frozen AppConfig, or throws one ConfigError listing every bad variable. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): AppConfig {
  const read = new EnvReader(env);
  const apiKeys = read.list('API_KEYS');
  if (apiKeys.some((key) => key.length < 8)) read.problems.push('API_KEYS entries must be at least 8 characters long');
  const adminApiKeys = read.list('ADMIN_API_KEYS');
  if (adminApiKeys.some((key) => key.length < 8)) read.problems.push('ADMIN_API_KEYS entries must be at least 8 characters long');

  const config: AppConfig = {
    nodeEnv: read.string('NODE_ENV', 'development'),
    host: read.string('HOST', '0.0.0.0'),
    port: read.int('PORT', 8080, 0, 65535),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'log'),
    logFormat: read.oneOf('LOG_FORMAT', LOG_FORMATS, 'auto'),
    dataDir: resolve(read.string('DATA_DIR', './data')),
    database: readDatabase(read),
    telemetry: {
      meterCount: read.int('METER_COUNT', 5000, 1, MAX_METER_COUNT),
      realMeterSlots: read.int('REAL_METER_SLOTS', 1000, 0, MAX_METER_COUNT),
      tickMs: read.int('TICK_MS', 1000, 10, 3_600_000),
      simulator: read.oneOf('SIMULATOR', SIMULATOR_MODES, 'on'),
      seed: read.int('SEED', 42, 0, 2 ** 31 - 1),
      snapshotMs: read.int('SNAPSHOT_MS', 30_000, 100, 86_400_000),
    },
    alerts: readAlertSettings(read),
    security: {
      apiKeys,
      adminApiKeys,
      corsOrigins: read.list('CORS_ORIGINS'),
      rateLimitPerMinute: read.int('RATE_LIMIT_PER_MINUTE', 500, 1, 1_000_000),
      eventStreamsPerAddress: read.int('EVENT_STREAMS_PER_ADDRESS', 20, 1, 100_000),
      trustedProxies: read.proxyList('TRUSTED_PROXIES'),
    },
    compliance: {
      topK: read.int('RAG_TOP_K', 5, 1, 20),
      minScore: read.optionalNumber('RAG_MIN_SCORE', 0, 1),
      llmTimeoutMs: read.int('LLM_TIMEOUT_MS', 20_000, 100, 300_000),
      askRateLimitPerMinute: read.int('ASK_RATE_LIMIT_PER_MINUTE', 60, 1, 1_000_000),
      indexRetryMs: read.int('COMPLIANCE_INDEX_RETRY_MS', 2000, 10, 600_000),
      notesDir: optionalPath(read.optionalString('COMPLIANCE_NOTES_DIR')),
      limits: {
        maxDocumentChars: read.int('COMPLIANCE_MAX_DOCUMENT_CHARS', DEFAULT_DOCUMENT_LIMITS.maxDocumentChars, 1000, 100_000_000),
        maxDocumentChunks: read.int('COMPLIANCE_MAX_DOCUMENT_PASSAGES', DEFAULT_DOCUMENT_LIMITS.maxDocumentChunks, 1, 1_000_000),
        maxDocuments: read.int('COMPLIANCE_MAX_DOCUMENTS', DEFAULT_DOCUMENT_LIMITS.maxDocuments, 0, 1_000_000),
        maxCorpusChars: read.int('COMPLIANCE_MAX_CORPUS_CHARS', DEFAULT_DOCUMENT_LIMITS.maxCorpusChars, 1000, 2_000_000_000),
        pdfTimeoutMs: read.int('COMPLIANCE_PDF_TIMEOUT_MS', DEFAULT_DOCUMENT_LIMITS.pdfTimeoutMs, 100, 600_000),
        pdfMemoryMb: read.int('COMPLIANCE_PDF_MEMORY_MB', DEFAULT_DOCUMENT_LIMITS.pdfMemoryMb, 32, 8192),
      },
      openai: readOpenAi(read),
      azure: readAzure(read),
    },
  };
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return deepFreeze(config);
}

function optionalPath(value: string | undefined): string | undefined {
  return value === undefined ? undefined : resolve(value);
}

function readOpenAi(read: EnvReader): OpenAiSettings | undefined {
  const apiKey = read.optionalString('OPENAI_API_KEY');
  const baseUrl = read.url('OPENAI_BASE_URL');
  if (apiKey === undefined) return undefined;
  return {
    apiKey,
    baseUrl,
    chatModel: read.string('OPENAI_MODEL', 'gpt-4o-mini'),
    embeddingModel: read.string('OPENAI_EMBEDDING_MODEL', 'text-embedding-3-small'),
  };
}

function readAzure(read: EnvReader): AzureOpenAiSettings | undefined {
  const apiKey = read.optionalString('AZURE_OPENAI_API_KEY');
  const endpoint = read.url('AZURE_OPENAI_ENDPOINT');
  if (apiKey === undefined && endpoint === undefined) return undefined;
  if (apiKey === undefined || endpoint === undefined) {
    read.problems.push('AZURE_OPENAI_API_KEY and AZURE_OPENAI_ENDPOINT must be set together');
    return undefined;
  }
  const chatDeployment = read.optionalString('AZURE_OPENAI_CHAT_DEPLOYMENT');
  const embeddingDeployment = read.optionalString('AZURE_OPENAI_EMBEDDING_DEPLOYMENT');
  if (chatDeployment === undefined && embeddingDeployment === undefined) {
    read.problems.push('Azure OpenAI needs AZURE_OPENAI_CHAT_DEPLOYMENT or AZURE_OPENAI_EMBEDDING_DEPLOYMENT');
  }
  return {
    apiKey,
    endpoint,
    apiVersion: read.string('AZURE_OPENAI_API_VERSION', '2024-10-21'),
    chatDeployment,
    embeddingDeployment,
  };
}
