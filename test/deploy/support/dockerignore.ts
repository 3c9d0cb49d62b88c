interface IgnoreRule {
  pattern: RegExp;
  /** `!pattern`: re-includes what an earlier rule excluded. */
  exception: boolean;
}

/**
 * The .dockerignore rules as the Docker builder applies them: patterns are relative to the context root,
 * `*` and `?` stay within one path segment, `**` spans any number of segments, the last matching rule wins,
 * and excluding a directory excludes everything under it.
 */
export class DockerIgnore {
  private constructor(private readonly rules: IgnoreRule[]) {}

  static parse(text: string): DockerIgnore {
    const rules = text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) => {
        const exception = line.startsWith('!');
        const cleaned = clean(exception ? line.slice(1) : line);
        return { exception, pattern: toRegExp(cleaned) };
      });
    return new DockerIgnore(rules);
  }

  /** True when the file at this context-relative path stays out of the build context. */
  ignores(path: string): boolean {
    const segments = clean(path).split('/');
    const prefixes = segments.map((_, index) => segments.slice(0, index + 1).join('/'));
    let ignored = false;
    for (const rule of this.rules) {
      // A rule that matches the path or one of its parent directories decides, until a later rule does.
      if (prefixes.some((prefix) => rule.pattern.test(prefix))) ignored = !rule.exception;
    }
    return ignored;
  }
}

function clean(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.?\/+/, '').replace(/\/+$/, '').replace(/\/{2,}/g, '/');
}

function toRegExp(pattern: string): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index];
    if (char === '*' && pattern[index + 1] === '*') {
      const slash = pattern[index + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      index += slash ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
