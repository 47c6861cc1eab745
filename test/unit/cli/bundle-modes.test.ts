// `hookline bundle` writes the archive the action would upload: restore-exec-bits on by default,
// `--keep-modes` as restore-exec-bits: false.
import path from 'node:path';
import { main } from '../../../src/cli/main.js';
import { cleanup, makeTree, tempDir } from '../bundle/helpers.js';

const dirs: string[] = [];
afterAll(() => cleanup(...dirs));

async function listing(args: string[]): Promise<string> {
  const root = makeTree(tempDir('hookline-cli-modes-'), {
    'appspec.yml': 'version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: scripts/start.sh\n',
    'scripts/start.sh': '#!/bin/sh\necho hi\n',
  });
  const out = tempDir('hookline-cli-out-');
  dirs.push(root, out);
  const text: string[] = [];
  const code = await main(['bundle', root, '--out', path.join(out, 'rev.zip'), '--list', ...args], {
    out: (s) => void text.push(s),
    err: (s) => void text.push(s),
  });
  expect(code).toBe(0);
  return text.join('');
}

test('restores the hook script mode by default; --keep-modes ships it as it is', async () => {
  expect(await listing([])).toMatch(/^100755 +\d+ scripts\/start\.sh$/m);
  expect(await listing(['--keep-modes'])).toMatch(/^100644 +\d+ scripts\/start\.sh$/m);
});
