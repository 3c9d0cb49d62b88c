import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyArgs, execForm, keyValues, parseDockerfile, type DockerStage } from './support/dockerfile.js';
import { dockerfileProblems, runtimeEnv } from './support/dockerfile-checks.js';
import { DockerIgnore } from './support/dockerignore.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const stages = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
const runtime = stages[stages.length - 1];
const ignore = DockerIgnore.parse(readFileSync(join(ROOT, '.dockerignore'), 'utf8'));

const GOOD = `# syntax=docker/dockerfile:1
FROM node:24.22.3-bookworm AS build
RUN npm ci \\
    # a comment inside a continued instruction
    && npm run build
FROM node:24.22.3-bookworm-slim
ENV NODE_ENV=production DATA_DIR=/data
USER node
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK CMD ["node", "-e", "0"]
CMD ["node", "dist/main.js"]
`;

describe('the production Dockerfile', () => {
  it('passes every check: stages, non-root user, health check, exec-form CMD, no secrets, pinned images', () => {
    expect(dockerfileProblems(stages)).toEqual([]);
  });

  it('builds in a full Node 24 LTS image and runs in the slim one', () => {
    expect(stages.map((stage) => stage.image)).toEqual([expect.stringMatching(/^node:24\.\d+\.\d+-bookworm$/), expect.stringMatching(/^node:24\.\d+\.\d+-bookworm-slim$/)]);
    const build = stages[0].instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
    expect(build).toEqual(expect.arrayContaining([expect.stringMatching(/^npm ci\b/), 'npm run build', expect.stringMatching(/^npm prune --omit=dev\b/)]));
  });

  it('runs node itself as PID 1 with the entry point the package declares', () => {
    const cmd = execForm(runtime.instructions.filter((i) => i.keyword === 'CMD').at(-1)?.args ?? '');
    const startProd = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['start:prod'];
    expect(cmd).toEqual(startProd.split(' '));
    expect(runtime.instructions.map((i) => i.keyword)).not.toContain('ENTRYPOINT');
  });

  it('asks /api/health/live (liveness, never failed by an optional dependency) on the configured port with node (slim images have no curl)', () => {
    const healthcheck = runtime.instructions.find((i) => i.keyword === 'HEALTHCHECK')?.args ?? '';
    const command = execForm(healthcheck.replace(/^(--\S+\s+)*CMD\s+/, ''));
    expect(command?.slice(0, 2)).toEqual(['node', '-e']);
    expect(command?.[2]).toContain("'/api/health/live'");
    expect(command?.[2]).toContain('process.env.PORT');
  });

  it('copies into the runtime only build output, production dependencies and the manifest', () => {
    const copies = runtime.instructions.filter((i) => i.keyword === 'COPY').map((i) => copyArgs(i.args));
    for (const copy of copies) expect(copy.flags.from).toBe('build');
    expect(copies.flatMap((copy) => copy.sources).sort()).toEqual(['/app/client/dist', '/app/client/package.json', '/app/dist', '/app/node_modules', '/app/package.json']);
    expect(runtimeEnv(runtime)).toMatchObject({ NODE_ENV: 'production', PORT: '8080', DATA_DIR: '/data' });
  });
});

describe(dockerfileProblems.name, () => {
  it('accepts a minimal correct Dockerfile', () => {
    expect(dockerfileProblems(parseDockerfile(GOOD))).toEqual([]);
  });

  it.each([
    ['a single stage', (text: string) => text.replace(/^FROM node:\S+ AS build[\s\S]*?(?=FROM)/m, ''), /1 stage/],
    ['no USER', (text: string) => text.replace('USER node\n', ''), /no USER/],
    ['USER root', (text: string) => text.replace('USER node', 'USER root'), /runs as root/],
    ['no HEALTHCHECK', (text: string) => text.replace(/^HEALTHCHECK.*\n/m, ''), /no HEALTHCHECK/],
    ['a shell-form CMD', (text: string) => text.replace(/^CMD .*$/m, 'CMD node dist/main.js'), /shell form/],
    ['an OpenAI key in ENV', (text: string) => text.replace('ENV NODE_ENV', 'ENV OPENAI_API_KEY=sk-abcdefghijklmnopqrstuv NODE_ENV'), /OPENAI_API_KEY/],
    ['a token build argument', (text: string) => text.replace('RUN npm ci', 'ARG NPM_TOKEN\nRUN npm ci'), /NPM_TOKEN/],
    ['an unpinned base image', (text: string) => text.replace('node:24.22.3-bookworm-slim', 'node:lts-slim'), /not pinned/],
    ['no EXPOSE 8080', (text: string) => text.replace('EXPOSE 8080', 'EXPOSE 3000'), /EXPOSE 8080/],
    ['DATA_DIR off the volume', (text: string) => text.replace('VOLUME ["/data"]', 'VOLUME ["/srv"]'), /DATA_DIR/],
  ])('rejects %s', (_name, mutate, finding) => {
    const problems = dockerfileProblems(parseDockerfile(mutate(GOOD)));
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(finding)]));
  });
});

describe(parseDockerfile.name, () => {
  it('joins continuation lines, drops comments inside them and splits stages by FROM', () => {
    const parsed: DockerStage[] = parseDockerfile(GOOD);
    expect(parsed.map((stage) => stage.name)).toEqual(['build', undefined]);
    expect(parsed[0].instructions).toEqual([{ keyword: 'RUN', args: 'npm ci && npm run build', line: 3 }]);
  });

  it('reads ENV pairs in both syntaxes and COPY flags', () => {
    expect(keyValues('A=1 B="two words" C=')).toEqual([{ key: 'A', value: '1' }, { key: 'B', value: 'two words' }, { key: 'C', value: '' }]);
    expect(keyValues('LEGACY some value')).toEqual([{ key: 'LEGACY', value: 'some value' }]);
    expect(copyArgs('--from=build --chown=node /app/dist ./dist')).toEqual({ flags: { from: 'build', chown: 'node' }, sources: ['/app/dist'], destination: './dist' });
  });
});

describe('.dockerignore', () => {
  it.each(['.env', '.env.local', '.env.production', 'client/.env', 'data/meters.bin', 'node_modules/x/index.js', 'client/node_modules/vite/package.json', '.git/HEAD', 'dist/main.js', 'client/dist/index.html', 'coverage/lcov.info', 'test-output/report.xml', 'terraform/terraform.tfstate', 'terraform/terraform.tfvars', 'server.log'])(
    'keeps %s out of the build context',
    (path) => expect(ignore.ignores(path)).toBe(true),
  );

  it.each(['package.json', 'package-lock.json', 'nest-cli.json', 'tsconfig.json', 'tsconfig.build.json', 'src/main.ts', 'src/compliance/corpus/notes/article-8.md', 'client/package.json', 'client/index.html', 'client/src/main.tsx', 'client/vite.config.ts'])(
    'sends %s, which the build needs',
    (path) => expect(ignore.ignores(path)).toBe(false),
  );

  it('applies exceptions and directory rules the way the Docker builder does', () => {
    const rules = DockerIgnore.parse('.env*\n!.env.example\n**/secrets\n*.md\n!docs/**/*.md\n');
    expect([rules.ignores('.env'), rules.ignores('.env.example'), rules.ignores('a/b/secrets/key'), rules.ignores('README.md'), rules.ignores('docs/x/y.md')]).toEqual([true, false, true, true, false]);
  });
});
