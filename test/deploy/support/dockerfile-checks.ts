import { execForm, keyValues, type DockerStage } from './dockerfile.js';
import { SECRET_NAME, secretLiterals } from './secret-scan.js';

const ROOT_USERS = new Set(['root', '0', 'root:root', '0:0']);
const PINNED_IMAGE = /^[^:@\s]+(?::\d+\.\d+\.\d+[\w.-]*|@sha256:[0-9a-f]{64})$|:\d+\.\d+\.\d+[\w.-]*@sha256:[0-9a-f]{64}$/;

/** Everything wrong with a production Dockerfile, as readable findings; an empty list means it passes. */
export function dockerfileProblems(stages: DockerStage[]): string[] {
  const problems: string[] = [];
  if (stages.length < 2) problems.push(`${stages.length} stage(s): build and runtime must be separate stages`);
  for (const stage of stages) {
    if (!PINNED_IMAGE.test(stage.image)) problems.push(`FROM ${stage.image} is not pinned to an exact version`);
    problems.push(...secretsIn(stage));
  }
  const runtime = stages[stages.length - 1];
  if (!runtime) return problems;
  const last = (keyword: string) => runtime.instructions.filter((i) => i.keyword === keyword).at(-1);

  const user = last('USER');
  if (!user) problems.push('the runtime stage has no USER: it would run as root');
  else if (ROOT_USERS.has(user.args.trim())) problems.push(`the runtime stage runs as ${user.args}`);

  const healthcheck = last('HEALTHCHECK');
  if (!healthcheck || /^NONE$/i.test(healthcheck.args.trim())) problems.push('the runtime stage has no HEALTHCHECK');

  const cmd = last('CMD');
  if (!cmd) problems.push('the runtime stage has no CMD');
  else if (!execForm(cmd.args)) problems.push(`CMD ${cmd.args} is in shell form: a shell would be PID 1 and swallow SIGTERM`);
  const entrypoint = last('ENTRYPOINT');
  if (entrypoint && !execForm(entrypoint.args)) problems.push(`ENTRYPOINT ${entrypoint.args} is in shell form`);

  const exposed = runtime.instructions.filter((i) => i.keyword === 'EXPOSE').flatMap((i) => i.args.split(/\s+/));
  if (!exposed.some((port) => port === '8080' || port === '8080/tcp')) problems.push('the runtime stage does not EXPOSE 8080');

  const env = runtimeEnv(runtime);
  if (env.NODE_ENV !== 'production') problems.push('NODE_ENV is not production in the runtime stage');
  const volumes = runtime.instructions.filter((i) => i.keyword === 'VOLUME').flatMap((i) => execForm(i.args) ?? i.args.split(/\s+/));
  if (!env.DATA_DIR || !volumes.includes(env.DATA_DIR)) problems.push(`DATA_DIR (${env.DATA_DIR ?? 'unset'}) is not a declared VOLUME`);
  return problems;
}

/** ENV values of a stage, later instructions winning. */
export function runtimeEnv(stage: DockerStage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const instruction of stage.instructions.filter((i) => i.keyword === 'ENV')) {
    for (const { key, value } of keyValues(instruction.args)) env[key] = value ?? '';
  }
  return env;
}

function secretsIn(stage: DockerStage): string[] {
  const problems: string[] = [];
  for (const instruction of stage.instructions) {
    if (instruction.keyword === 'ENV' || instruction.keyword === 'ARG') {
      for (const { key, value } of keyValues(instruction.args)) {
        if (SECRET_NAME.test(key) || /KEY|SECRET|TOKEN|PASSWORD/i.test(key)) {
          problems.push(`line ${instruction.line}: ${instruction.keyword} ${key}${value === undefined ? '' : '=…'} puts a secret into the image or its build history`);
        }
      }
    }
    for (const found of secretLiterals(`${instruction.keyword} ${instruction.args}`)) problems.push(`line ${instruction.line}: ${found}`);
  }
  return problems;
}
