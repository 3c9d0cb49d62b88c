import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { secretLiterals } from './support/secret-scan.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

function deployScript(...args: string[]) {
  return spawnSync('bash', ['scripts/deploy.sh', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('deploy scripts', () => {
  it('maps every npm deploy:* script to a command scripts/deploy.sh documents', () => {
    const usage = deployScript('--help');
    expect(usage.status).toBe(0);
    const commands = Object.entries(scripts).filter(([name]) => name.startsWith('deploy:'));
    expect(commands.map(([name]) => name).sort()).toEqual(['deploy:apply', 'deploy:connector', 'deploy:health', 'deploy:image', 'deploy:init', 'deploy:logs', 'deploy:plan', 'deploy:restart']);
    for (const [name, command] of commands) {
      const sub = name.slice('deploy:'.length);
      expect(command).toBe(`bash scripts/deploy.sh ${sub}`);
      expect(usage.stdout).toMatch(new RegExp(`^  ${sub}\\s`, 'm'));
    }
  });

  it('refuses an unknown command with the usage and status 2', () => {
    const result = deployScript('deploy-everything');
    expect({ status: result.status, usage: result.stderr.startsWith('usage:') }).toEqual({ status: 2, usage: true });
  });

  it('is valid bash and stops on the first failing step', () => {
    const script = readFileSync(join(ROOT, 'scripts/deploy.sh'), 'utf8');
    expect(spawnSync('bash', ['-n', 'scripts/deploy.sh'], { cwd: ROOT }).status).toBe(0);
    expect(script).toContain('set -euo pipefail');
  });

  it.each(['Dockerfile', '.dockerignore', 'scripts/deploy.sh', 'README.md', '.env.example'])('writes no literal secret in %s', (file) => {
    expect(secretLiterals(readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });
});
