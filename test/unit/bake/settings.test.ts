// The bake inputs: off by default (also `off` and `0`), a bounded duration otherwise, and
// on-bake-failure one of fail | redeploy-previous.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSettings, InputError, type CodeDeploySettings } from '../../../src/settings/index.js';

const env = { GITHUB_WORKSPACE: mkdtempSync(join(tmpdir(), 'hookline-ws-')), AWS_REGION: 'eu-west-1' };
const base = { application: 'shop', 'deployment-group': 'prod', 's3-bucket': 'shop-releases' };
const read = (inputs: Record<string, string>) => readSettings((name) => ({ ...base, ...inputs })[name] ?? '', env) as CodeDeploySettings;

describe('bake settings', () => {
  it('off unless given', () => {
    expect(read({})).toMatchObject({ bakeMs: 0, onBakeFailure: 'fail' });
    expect(read({ bake: 'off' }).bakeMs).toBe(0);
    expect(read({ bake: '0' }).bakeMs).toBe(0);
  });

  it('a duration as the other inputs take it', () => {
    expect(read({ bake: '10m' }).bakeMs).toBe(600_000);
    expect(read({ bake: '1h30m', 'on-bake-failure': 'redeploy-previous' })).toMatchObject({
      bakeMs: 5_400_000,
      onBakeFailure: 'redeploy-previous',
    });
  });

  it('refuses junk and durations outside 1s..6h, naming the input', () => {
    for (const bad of ['soon', '500ms', '7h']) {
      expect(() => read({ bake: bad })).toThrow(InputError);
      expect(() => read({ bake: bad })).toThrow(/Input 'bake'/);
    }
    expect(() => read({ 'on-bake-failure': 'rollback' })).toThrow(/Input 'on-bake-failure' must be one of fail, redeploy-previous/);
  });
});
