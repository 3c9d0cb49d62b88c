export interface ErrorDefinition {
  readonly code: string;
  readonly status: number;
  readonly message: string;
}

/** Declares a feature's error codes: the key is the stable code clients branch on. */
export function defineErrors<K extends string>(
  definitions: Record<K, { status: number; message: string }>,
): { readonly [P in K]: ErrorDefinition } {
  const entries = Object.entries(definitions) as [K, { status: number; message: string }][];
  return Object.freeze(
    Object.fromEntries(entries.map(([code, def]) => [code, Object.freeze({ code, ...def })])),
  ) as unknown as { readonly [P in K]: ErrorDefinition };
}

/** The one error type services throw; the exception filter turns it into {statusCode, code, message}. */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;

  constructor(definition: ErrorDefinition, message?: string, headers: Record<string, string> = {}) {
    super(message ?? definition.message);
    this.name = 'AppError';
    this.code = definition.code;
    this.status = definition.status;
    this.headers = headers;
  }
}

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
}
