// restore-exec-bits: the "none set" rule on the scripts a release runs, and the modes the archive
// gets from it (read back with yauzl, an independent reader).
import path from 'node:path';
import { buildBundle, directoryModel, restoreExecBits } from '../../../src/bundle/index.js';
import { withRestoredModes } from '../../../src/bundle/exec-bits.js';
import { executedScripts, noticeRestored, withExecBits } from '../../../src/flows/exec-bits.js';
import { Reporter, type ReportSink } from '../../../src/report/reporter.js';
import { treeFromModel, validateBundle } from '../../../src/validate/index.js';
import { cleanup, makeTree, readZip, tempDir } from './helpers.js';

const APPSPEC = `version: 0.0
os: linux
hooks:
  BeforeInstall:
    - location: scripts/install.sh
  ApplicationStart:
    - location: /scripts/start.sh
`;
const SH = '#!/bin/bash\necho hi\n';

let dirs: string[] = [];
const dir = (): string => {
  const d = tempDir('hookline-exec-');
  dirs.push(d);
  return d;
};
afterEach(() => {
  cleanup(...dirs);
  dirs = [];
});

function modeOf(model: Awaited<ReturnType<typeof directoryModel>>, p: string): number | undefined {
  return model.entries.find((e) => e.path === p)?.mode;
}

describe('restore-exec-bits', () => {
  test('a tree whose hook scripts have no x bit gets 0755 on exactly those scripts, in the zip too', async () => {
    const root = makeTree(dir(), {
      'appspec.yml': APPSPEC,
      'scripts/install.sh': SH,
      'scripts/start.sh': SH,
      'scripts/helper.sh': SH,
      '.platform/hooks/predeploy/01_migrate.sh': SH,
      '.platform/hooks/predeploy/lib/util.sh': SH,
      '.platform/confighooks/postdeploy/reload.sh': SH,
    });
    const model = withExecBits(await directoryModel({ root }));
    expect(executedScripts(model).sort()).toEqual([
      '.platform/confighooks/postdeploy/reload.sh',
      '.platform/hooks/predeploy/01_migrate.sh',
      'scripts/install.sh',
      'scripts/start.sh',
    ]);
    for (const p of executedScripts(model)) expect(modeOf(model, p)).toBe(0o100755);
    // Not executed by the deployment: left as they are.
    expect(modeOf(model, 'scripts/helper.sh')).toBe(0o100644);
    expect(modeOf(model, '.platform/hooks/predeploy/lib/util.sh')).toBe(0o100644);

    const out = path.join(dir(), 'bundle.zip');
    await buildBundle({ root, model, requireAppspec: true, outFile: out });
    const modes = new Map((await readZip(out)).map((e) => [e.name, e.mode]));
    expect(modes.get('scripts/start.sh')).toBe(0o100755);
    expect(modes.get('.platform/hooks/predeploy/01_migrate.sh')).toBe(0o100755);
    expect(modes.get('scripts/helper.sh')).toBe(0o100644);
  });

  test('validation sees the restored modes: no not-executable finding', async () => {
    const root = makeTree(dir(), { 'appspec.yml': APPSPEC, 'scripts/install.sh': SH, 'scripts/start.sh': SH });
    const before = validateBundle(treeFromModel(await directoryModel({ root })), 'codedeploy');
    expect(before.filter((f) => f.rule === 'script/not-executable').map((f) => f.file)).toEqual(['scripts/install.sh', 'scripts/start.sh']);
    const after = validateBundle(treeFromModel(withExecBits(await directoryModel({ root }))), 'codedeploy');
    expect(after.filter((f) => f.rule === 'script/not-executable')).toEqual([]);
  });

  test('one executable script means the tree kept its modes: nothing changes and the finding stays', async () => {
    const root = makeTree(dir(), {
      'appspec.yml': APPSPEC,
      'scripts/install.sh': { content: SH, mode: 0o755 },
      'scripts/start.sh': SH,
    });
    const model = await directoryModel({ root });
    const res = restoreExecBits(model, executedScripts(model));
    expect(res.restored).toEqual([]);
    expect(res.model).toBe(model);
    const findings = validateBundle(treeFromModel(withExecBits(model)), 'codedeploy');
    expect(findings.filter((f) => f.rule === 'script/not-executable').map((f) => f.file)).toEqual(['scripts/start.sh']);
  });

  test('keeps the file-type bits and widens a private mode to exactly 0755', async () => {
    const root = makeTree(dir(), { '.platform/hooks/prebuild/a.sh': { content: SH, mode: 0o600 } });
    const model = await directoryModel({ root });
    const res = restoreExecBits(model, ['.platform/hooks/prebuild/a.sh', 'missing.sh']);
    expect(res.restored).toEqual(['.platform/hooks/prebuild/a.sh']);
    expect(modeOf(res.model, '.platform/hooks/prebuild/a.sh')).toBe(0o100755);
    // The input model is not changed.
    expect(modeOf(model, '.platform/hooks/prebuild/a.sh')).toBe(0o100600);
  });

  test("a folder's tree digest covers the restored modes (restore on and off name different archives)", async () => {
    const root = makeTree(dir(), { '.platform/hooks/prebuild/a.sh': SH });
    const walked = await directoryModel({ root });
    const base = 'ab'.repeat(32);
    const digestible = Object.assign(walked, { treeDigest: () => Promise.resolve(base) });
    const res = restoreExecBits(digestible, ['.platform/hooks/prebuild/a.sh']);
    const restored = await (res.model as typeof digestible).treeDigest();
    expect(restored).toBe(withRestoredModes(base, ['.platform/hooks/prebuild/a.sh']));
    expect(restored).toMatch(/^[0-9a-f]{64}$/);
    expect(restored).not.toBe(base);
    expect(withRestoredModes(base, ['b.sh'])).not.toBe(restored);
  });

  test('a tree without scripts to run is left as it is', async () => {
    const root = makeTree(dir(), { 'index.html': 'x', 'run.sh': SH });
    const model = await directoryModel({ root });
    expect(withExecBits(model)).toBe(model);
  });

  test('one notice lists the restored scripts; none when nothing was restored', async () => {
    const text: string[] = [];
    const sink: ReportSink = {
      write: (t) => void text.push(t),
      setOutput: () => undefined,
      saveState: () => undefined,
      setSecret: () => undefined,
      appendSummary: async () => undefined,
      markFailed: () => undefined,
    };
    const report = new Reporter(sink);
    const root = makeTree(dir(), { 'appspec.yml': APPSPEC, 'scripts/install.sh': SH, 'scripts/start.sh': SH });
    noticeRestored(await directoryModel({ root }), report);
    expect(text.join('')).toBe('');
    noticeRestored(withExecBits(await directoryModel({ root })), report);
    const notices = text
      .join('')
      .split('\n')
      .filter((l) => l.startsWith('::notice'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('scripts/install.sh, scripts/start.sh');
    expect(notices[0]).toContain('restore-exec-bits: false');
  });
});
