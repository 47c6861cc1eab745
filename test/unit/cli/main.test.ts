import { readFileSync } from 'node:fs';
import { main } from '../../../src/cli/main.js';
import { VERSION } from '../../../src/version.js';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

describe('hookline CLI', () => {
  it('prints the package version', async () => {
    const { io: i, out } = io();
    expect(await main(['--version'], i)).toBe(0);
    expect(out.join('')).toBe(`${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('lists every command in --help', async () => {
    const { io: i, out } = io();
    expect(await main(['--help'], i)).toBe(0);
    for (const c of ['validate', 'bundle', 'explain']) expect(out.join('')).toContain(`hookline ${c}`);
  });

  it('answers an unknown command or flag with usage and exit 2', async () => {
    const a = io();
    expect(await main(['deploy-now'], a.io)).toBe(2);
    expect(a.err.join('')).toMatch(/unknown command 'deploy-now'/);
    const b = io();
    expect(await main(['validate', '--formt', 'json'], b.io)).toBe(2);
    expect(b.err.join('')).toMatch(/--formt/);
  });
});
