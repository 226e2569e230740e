import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

describe('npm start with an option it does not know', () => {
  it('says which option, shows the usage and exits without a stack trace', () => {
    const run = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(root, 'tools', 'simulator', 'cli.ts'),
        '--bogus',
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Unknown option '--bogus'/);
    expect(run.stderr).toMatch(/--say "TEXT"/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
