/** One Dockerfile instruction with its continuation lines joined, as the builder sees it. */
export interface DockerInstruction {
  keyword: string;
  /** Everything after the keyword, continuations joined with a space. */
  args: string;
  /** 1-based line where the instruction starts. */
  line: number;
}

export interface DockerStage {
  /** Alias from `FROM image AS name`, if any. */
  name?: string;
  image: string;
  instructions: DockerInstruction[];
}

const FROM_PATTERN = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i;

/** Splits a Dockerfile into instructions (backslash continuations, comments inside them) and stages by FROM. */
export function parseDockerfile(text: string): DockerStage[] {
  const stages: DockerStage[] = [];
  for (const instruction of instructionsOf(text)) {
    if (instruction.keyword === 'FROM') {
      const match = FROM_PATTERN.exec(instruction.args);
      if (!match) throw new Error(`line ${instruction.line}: cannot read FROM ${instruction.args}`);
      stages.push({ image: match[1], name: match[2], instructions: [] });
    } else if (stages.length === 0) {
      if (instruction.keyword !== 'ARG') throw new Error(`line ${instruction.line}: ${instruction.keyword} before FROM`);
    } else {
      stages[stages.length - 1].instructions.push(instruction);
    }
  }
  return stages;
}

function instructionsOf(text: string): DockerInstruction[] {
  const instructions: DockerInstruction[] = [];
  let pending: { parts: string[]; line: number } | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    // Comment lines are dropped even in the middle of a continued instruction, as BuildKit does.
    if (trimmed.startsWith('#') || (trimmed === '' && !pending)) return;
    const continued = trimmed.endsWith('\\');
    const body = continued ? trimmed.slice(0, -1).trim() : trimmed;
    if (pending) pending.parts.push(body);
    else pending = { parts: [body], line: index + 1 };
    if (continued) return;
    instructions.push(toInstruction(pending.parts.filter((part) => part !== '').join(' '), pending.line));
    pending = undefined;
  });
  if (pending) instructions.push(toInstruction(pending.parts.join(' '), pending.line));
  return instructions;
}

function toInstruction(joined: string, line: number): DockerInstruction {
  const match = /^(\S+)\s*(.*)$/.exec(joined);
  if (!match) throw new Error(`line ${line}: empty instruction`);
  return { keyword: match[1].toUpperCase(), args: match[2], line };
}

/** The JSON-array (exec form) arguments of CMD/ENTRYPOINT/RUN, or undefined for the shell form. */
export function execForm(args: string): string[] | undefined {
  if (!args.trim().startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(args);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Key/value pairs of ENV or ARG (`K=V K2="V 2"`, the legacy `ENV K V`, and a bare `ARG K`). */
export function keyValues(args: string): Array<{ key: string; value?: string }> {
  if (!args.includes('=')) {
    const [key, ...rest] = args.trim().split(/\s+/);
    return [{ key, value: rest.length > 0 ? rest.join(' ') : undefined }];
  }
  const pairs: Array<{ key: string; value?: string }> = [];
  const pattern = /([A-Za-z_][A-Za-z0-9_]*)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g;
  for (const match of args.matchAll(pattern)) {
    const value = match[2]?.replace(/^(["'])(.*)\1$/, '$2');
    pairs.push({ key: match[1], value });
  }
  return pairs;
}

/** Splits COPY/ADD arguments into flags (`--from=build`), sources and the destination. */
export function copyArgs(args: string): { flags: Record<string, string>; sources: string[]; destination: string } {
  const words = execForm(args) ?? args.trim().split(/\s+/);
  const flags: Record<string, string> = {};
  const paths: string[] = [];
  for (const word of words) {
    const flag = /^--([a-z-]+)(?:=(.*))?$/.exec(word);
    if (flag && paths.length === 0) flags[flag[1]] = flag[2] ?? 'true';
    else paths.push(word);
  }
  if (paths.length < 2) throw new Error(`COPY needs a source and a destination: ${args}`);
  return { flags, sources: paths.slice(0, -1), destination: paths[paths.length - 1] };
}
