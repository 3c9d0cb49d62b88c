import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';
import { copyArgs, execForm, keyValues, type DockerStage } from './dockerfile.js';
import type { DockerIgnore } from './dockerignore.js';

/** A stage replayed on this machine: its root directory stands for the image's `/`. */
export interface ReplayedStage {
  stage: DockerStage;
  root: string;
  workdir: string;
  env: Record<string, string>;
  /** What the replay did for each instruction, for the test's failure messages. */
  log: string[];
}

export interface ReplayOptions {
  /** Build context on disk: the files `contextFiles` selected. */
  context: string;
  /** Stages replayed so far, by alias, for `COPY --from`. */
  earlier: ReadonlyMap<string, ReplayedStage>;
  /** Environment inherited from the machine (PATH, npm cache and certificates); Docker ENV goes on top. */
  baseEnv: Record<string, string>;
  /** Whether RUN lines execute; false for the runtime stage, whose RUN lines touch absolute paths. */
  runCommands: boolean;
  timeoutMs: number;
}

/** The files `docker build .` would send: what git knows of the working tree, less the .dockerignore rules. */
export function contextFiles(root: string, ignore: DockerIgnore): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return listed
    .split('\0')
    .filter((path) => path !== '' && !ignore.ignores(path))
    .filter((path) => existsSync(join(root, path)) && statSync(join(root, path)).isFile());
}

/** Copies the selected files into a fresh context directory. */
export function writeContext(root: string, files: string[], context: string): void {
  for (const file of files) {
    mkdirSync(dirname(join(context, file)), { recursive: true });
    cpSync(join(root, file), join(context, file));
  }
}

/** Replays one stage's WORKDIR, ENV, ARG, COPY and RUN instructions in `root`. */
export function replayStage(stage: DockerStage, root: string, options: ReplayOptions): ReplayedStage {
  const replayed: ReplayedStage = { stage, root, workdir: '/', env: {}, log: [] };
  for (const instruction of stage.instructions) {
    switch (instruction.keyword) {
      case 'WORKDIR':
        replayed.workdir = posix.resolve(replayed.workdir, instruction.args.trim());
        mkdirSync(join(root, replayed.workdir), { recursive: true });
        break;
      case 'ENV':
      case 'ARG':
        for (const { key, value } of keyValues(instruction.args)) replayed.env[key] = value ?? replayed.env[key] ?? '';
        break;
      case 'COPY':
        replayCopy(instruction.args, replayed, options);
        break;
      case 'RUN':
        replayRun(instruction.args, replayed, options);
        break;
      default:
        replayed.log.push(`${instruction.keyword}: recorded, nothing to replay`);
    }
  }
  return replayed;
}

function replayCopy(args: string, stage: ReplayedStage, options: ReplayOptions): void {
  const { flags, sources, destination } = copyArgs(args);
  const from = flags.from === undefined ? undefined : options.earlier.get(flags.from);
  if (flags.from !== undefined && !from) throw new Error(`COPY --from=${flags.from}: no earlier stage of that name`);
  const target = join(stage.root, posix.resolve(stage.workdir, destination));
  const intoDirectory = destination.endsWith('/') || sources.length > 1;
  for (const source of sources) {
    if (/[*?[]/.test(source)) throw new Error(`COPY ${source}: wildcards are not replayed; list the paths`);
    const path = from ? join(from.root, posix.resolve(from.workdir, source)) : join(options.context, source);
    if (!existsSync(path)) throw new Error(`COPY ${source}: not in the ${from ? `${flags.from} stage` : 'build context'} (${path})`);
    const directory = statSync(path).isDirectory();
    const to = intoDirectory && !directory && source !== '.' ? join(target, basename(source)) : target;
    mkdirSync(directory ? to : dirname(to), { recursive: true });
    // Like the builder: a directory's contents land in the destination, symlinks are kept as links.
    cpSync(path, to, { recursive: true, verbatimSymlinks: true });
    stage.log.push(`COPY ${source} -> ${to}`);
  }
}

function replayRun(args: string, stage: ReplayedStage, options: ReplayOptions): void {
  const command = execForm(args)?.join(' ') ?? args;
  const npmPin = /^npm install --global npm@(\S+)/.exec(command);
  if (npmPin) {
    // Installing npm globally would change this machine: check that the replay's npm is the pinned one instead.
    const local = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
    if (local.split('.')[0] !== npmPin[1].split('.')[0]) throw new Error(`the image pins npm ${npmPin[1]}, this machine has ${local}: the replay would not be faithful`);
    stage.log.push(`RUN ${command}: this machine's npm ${local} stands in`);
    return;
  }
  if (!options.runCommands) {
    const volumeSetup = /^mkdir -p (\/\S+) && chown \S+ \1$/.exec(command);
    if (!volumeSetup) throw new Error(`RUN ${command}: the replay only knows how to create the volume directory in the runtime stage`);
    mkdirSync(join(stage.root, volumeSetup[1]), { recursive: true });
    stage.log.push(`RUN ${command}: created ${volumeSetup[1]} under the stage root`);
    return;
  }
  const started = Date.now();
  const result = spawnSync('sh', ['-c', command], {
    cwd: join(stage.root, stage.workdir),
    env: { ...options.baseEnv, ...stage.env },
    encoding: 'utf8',
    timeout: options.timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`RUN ${command} failed (status ${result.status}, signal ${result.signal}, ${seconds} s):\n${output}`);
  }
  stage.log.push(`RUN ${command}: ok in ${seconds} s`);
}
