import type { DocumentLimits } from './document-limits.js';

export type SimulatorMode = 'on' | 'off';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose';
/** auto: pretty on a terminal, one JSON object per line otherwise (containers, files, log shippers). */
export type LogFormat = 'auto' | 'json' | 'pretty';

export interface OpenAiSettings {
  readonly apiKey: string;
  readonly baseUrl?: string;
  readonly chatModel: string;
  readonly embeddingModel: string;
}

export interface AzureOpenAiSettings {
  readonly apiKey: string;
  readonly endpoint: string;
  readonly apiVersion: string;
  readonly chatDeployment?: string;
  readonly embeddingDeployment?: string;
}

export interface RegionLoadThresholds {
  /** For every region not named in byRegion. */
  readonly everyRegionKw?: number;
  /** By region name (null prototype). */
  readonly byRegion: Readonly<Record<string, number>>;
}

export interface AlertSettings {
  /** A real meter with no reading for longer than this raises a meter-silent alert. */
  readonly silentAfterS: number;
  /** Fixed load thresholds in kW; regions without one learn it from their last hour. */
  readonly regionLoadKw: RegionLoadThresholds;
  /** Percentile of a region's last hour of load that a learned threshold sits at. */
  readonly regionLoadPercentile: number;
  /** Meter alerts per kind a region may have active; past it, one storm alert stands for the rest. */
  readonly meterAlertsPerRegion: number;
  /** Allows http and loopback/private callback addresses (tests, a private network); off by default. */
  readonly webhookAllowPrivate: boolean;
  readonly webhookTimeoutMs: number;
  readonly webhookMaxAttempts: number;
  readonly webhookRetryBaseMs: number;
  readonly webhookQueueLimit: number;
  readonly maxSubscriptions: number;
}

/** The whole configuration of the process, parsed once from the environment and deep-frozen. */
export interface AppConfig {
  readonly nodeEnv: string;
  readonly host: string;
  readonly port: number;
  readonly logLevel: LogLevel;
  readonly logFormat: LogFormat;
  readonly dataDir: string;
  readonly database?: DatabaseSettings;
  readonly telemetry: {
    readonly meterCount: number;
    /** Extra slots for real meters that register by posting readings while the simulator fills meterCount. */
    readonly realMeterSlots: number;
    readonly tickMs: number;
    readonly simulator: SimulatorMode;
    readonly seed: number;
    readonly snapshotMs: number;
  };
  readonly alerts: AlertSettings;
  readonly security: {
    readonly apiKeys: readonly string[];
    /** Keys that may also change the corpus (upload and delete documents); valid API keys everywhere. */
    readonly adminApiKeys: readonly string[];
    readonly corsOrigins: readonly string[];
    readonly rateLimitPerMinute: number;
    /** Server-sent-event streams one client address may hold open at once. */
    readonly eventStreamsPerAddress: number;
    /** Peers whose X-Forwarded-* headers are believed: addresses, CIDRs or loopback/linklocal/uniquelocal (none: trust no proxy). */
    readonly trustedProxies: readonly string[];
  };
  readonly compliance: {
    readonly topK: number;
    readonly minScore?: number;
    readonly llmTimeoutMs: number;
    readonly askRateLimitPerMinute: number;
    /** First wait before the index build is retried (an embedding service down at boot); doubles up to a minute. */
    readonly indexRetryMs: number;
    /** Folder of the knowledge-base notes; the notes bundled beside the module when unset. */
    readonly notesDir?: string;
    readonly limits: DocumentLimits;
    readonly openai?: OpenAiSettings;
    readonly azure?: AzureOpenAiSettings;
  };
}

/** How the process signs in to PostgreSQL: the URL's password, or a Microsoft Entra token of the managed identity. */
export type DatabaseAuth = 'password' | 'azure-managed-identity';

/** Database mode: several instances share one PostgreSQL. Absent in the embedded (single process, DATA_DIR) mode. */
export interface DatabaseSettings {
  readonly url: string;
  readonly poolMax: number;
  readonly auth: DatabaseAuth;
  /** App Service's managed identity endpoint, whose token is the password (azure-managed-identity only). */
  readonly identity?: { readonly url: string; readonly header: string; readonly clientId?: string };
  /** Readings older than this many hours are pruned from the database. */
  readonly readingsRetentionHours: number;
}

export const APP_CONFIG = Symbol.for('APP_CONFIG');
