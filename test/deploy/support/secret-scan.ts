/** Secret-shaped names: a value assigned to one of these must never be a literal. */
export const SECRET_NAME = /(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEYS?|ACCESS_?KEY|CONNECTION_?STRING)$/i;

const KNOWN_SECRET_SHAPES: Array<[string, RegExp]> = [
  ['OpenAI key', /\bsk-[A-Za-z0-9_-]{16,}/],
  ['private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['storage account key', /AccountKey=[A-Za-z0-9+/=]{20,}/i],
  ['Application Insights key', /InstrumentationKey=[0-9a-f-]{32,}/i],
  ['admin password attribute', /\badmin_password\b/],
  ['long key-like literal', /["'](?=[A-Za-z0-9+/_=]*\d)(?=[A-Za-z0-9+/_=]*[A-Za-z])[A-Za-z0-9+/_=]{32,}["']/],
];

const ASSIGNMENT = /\b([A-Za-z][A-Za-z0-9_]*)[ \t]*=[ \t]*("[^"\n]*"|'[^'\n]*'|[^\s"'#]+)/g;

/**
 * Literal secrets in a configuration text (HCL, Dockerfile, env file, shell): known key shapes, and
 * secret-named settings given a literal value. Key Vault references, variable or command expansions and
 * <placeholders> are not values.
 */
export function secretLiterals(text: string): string[] {
  const found: string[] = [];
  for (const [label, shape] of KNOWN_SECRET_SHAPES) {
    const match = shape.exec(text);
    if (match) found.push(`${label}: ${match[0]}`);
  }
  for (const match of text.matchAll(ASSIGNMENT)) {
    const [, name, rawValue] = match;
    const value = rawValue.replace(/^(["'])(.*)\1$/, '$2');
    if (SECRET_NAME.test(name) && isLiteral(value, rawValue)) found.push(`${name} = ${rawValue}`);
  }
  return found;
}

function isLiteral(value: string, rawValue: string): boolean {
  if (value === '' || value.startsWith('<') || value.includes('$')) return false;
  if (value.startsWith('@Microsoft.KeyVault(')) return false;
  // An unquoted HCL value is an expression (var.x, local.y, resource.attr), not a literal.
  const quoted = /^["']/.test(rawValue);
  return quoted || !/^[a-z_]+\.[A-Za-z0-9_.[\]]+$/.test(value);
}
