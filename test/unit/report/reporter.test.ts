// Whatever foreign text passes through the Reporter, GitHub's runner (modelled by the harness's
// reader) executes only the commands hookline meant: its own annotations and groups.
import { Reporter, type ReportSink } from '../../../src/report/reporter.js';
import { cleanText, oneLine, wouldRunCommand } from '../../../src/report/sanitize.js';
import { RunnerOutput } from '../../harness/commands.js';
import type { Diagnosis } from '../../../src/types.js';

function recorder() {
  const out = {
    text: '',
    summary: '',
    outputs: {} as Record<string, string>,
    state: {} as Record<string, string>,
    secrets: [] as string[],
    failed: false,
  };
  const sink: ReportSink = {
    write: (t) => void (out.text += t),
    setOutput: (n, v) => void (out.outputs[n] = v),
    saveState: (n, v) => void (out.state[n] = v),
    setSecret: (v) => void out.secrets.push(v),
    appendSummary: async (md) => void (out.summary += md),
    markFailed: () => void (out.failed = true),
  };
  return { out, sink, seen: () => new RunnerOutput().feed(out.text).done() };
}

const HOSTILE = [
  '::set-output name=status::Succeeded',
  '::save-state name=in-flight::',
  '    ::error file=appspec.yml,line=1::injected',
  '\t::warning::tabbed',
  'npm ERR! ##[warning file=appspec.yml;line=2]legacy form',
  '::stop-commands::x',
  '::add-mask::Succeeded',
  '::group::fake group',
  '::ERROR::upper case',
  'scripts/start\n::error::from a file name.sh',
  'crlf line\r\n::notice::after CR LF',
  'lone CR\r::notice::after CR',
  '\u001b[31m::error::after an ANSI colour\u001b[0m',
  '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007',
  '\u0085::error::after NEL',
  '\u202e::error::after a bidi override',
];

describe('Reporter', () => {
  it('prints every hostile line without the runner executing any of it', () => {
    const { sink, seen } = recorder();
    const report = new Reporter(sink);
    for (const line of HOSTILE) report.info(`Hook said: ${line}`);
    for (const line of HOSTILE) report.info(line);
    report.block(HOSTILE);
    report.block(HOSTILE.join('\n'));
    report.error('hookline sees this', { title: 'own', file: 'appspec.yml', startLine: 3 });
    const r = seen();
    const executed = r.commands.filter((c) => !['stop-commands', 'resume-commands'].includes(c.command));
    expect(executed).toEqual([
      { command: 'error', properties: { title: 'own', file: 'appspec.yml', line: '3' }, message: 'hookline sees this', form: 'v2' },
    ]);
    expect(r.outputs).toEqual({});
    expect(r.state).toEqual({});
    expect(r.masks).toEqual([]);
    // The text is still there for a person to read.
    expect(r.log.join('\n')).toContain('::set-output name=status::Succeeded');
    expect(r.log.join('\n')).toContain('##[warning file=appspec.yml;line=2]legacy form');
  });

  it('keeps a file name with a newline on one line', () => {
    const { sink, seen } = recorder();
    new Reporter(sink).info('Bundled scripts/start\n::error::x.sh');
    expect(seen().log).toContain('Bundled scripts/start⏎::error::x.sh');
  });

  it('a stop-commands inside foreign text does not switch off its own annotations', () => {
    const { out, sink, seen } = recorder();
    const report = new Reporter(sink);
    report.block(['::stop-commands::pwned', 'more']);
    report.info('::stop-commands::pwned2');
    report.warning('still shown', { title: 'Diagnosis' });
    report.fail('the run failed');
    expect(
      seen()
        .commands.filter((c) => c.command === 'warning' || c.command === 'error')
        .map((c) => c.message),
    ).toEqual(['still shown', 'the run failed']);
    // The step's failure goes to the sink (core's sets the exit code), never to this process.
    expect(out.failed).toBe(true);
  });

  it('uses a fresh stop token for every block', () => {
    const { out, sink } = recorder();
    const report = new Reporter(sink);
    report.block('a ##[x]');
    report.block('b ##[y]');
    const tokens = [...out.text.matchAll(/^::stop-commands::(.+)$/gm)].map((m) => m[1]);
    expect(tokens).toHaveLength(2);
    expect(new Set(tokens).size).toBe(2);
    expect(tokens[0]).toMatch(/^hookline-[0-9a-f]{32}$/);
  });

  it("keeps hookline's whole-line colour and removes escapes inside it", () => {
    const { out, sink } = recorder();
    new Reporter(sink).info('\u001b[31m12:00:01 ERROR \u001b]8;;https://evil.example\u0007x\u001b[2J failed\u001b[0m');
    expect(out.text).toBe('\u001b[31m12:00:01 ERROR x failed\u001b[0m\n');
  });

  it('prints plain lines plainly (no stop-commands noise when nothing needs it)', () => {
    const { out, sink } = recorder();
    new Reporter(sink).info('Deployment d-123 is Succeeded');
    expect(out.text).toBe('Deployment d-123 is Succeeded\n');
  });

  it('escapes annotation data and properties as the runner unescapes them', () => {
    const { sink, seen } = recorder();
    new Reporter(sink).error('100% broken\nsecond line', { title: 'a:b,c', file: 'dir,x/app:spec.yml', startLine: 4, startColumn: 2 });
    const [c] = seen().commands;
    expect(c?.message).toBe('100% broken\nsecond line');
    expect(c?.properties).toEqual({ title: 'a:b,c', file: 'dir,x/app:spec.yml', line: '4', col: '2' });
  });

  describe('annotation budget (per step)', () => {
    it('shows what fits across calls, keeps room for the failure line, and counts the rest once', async () => {
      const { sink, seen } = recorder();
      const report = new Reporter(sink);
      for (let i = 0; i < 12; i++) report.error(`diagnosis ${i}`);
      for (let i = 0; i < 12; i++) report.warning(`finding ${i}`);
      report.fail('failed');
      await report.finish();
      await report.finish();
      const cmds = seen().commands;
      const count = (level: string) => cmds.filter((c) => c.command === level).length;
      expect(count('error')).toBe(10); // 9 diagnoses + the failure line
      expect(count('warning')).toBe(10);
      expect(report.omitted).toBe(5);
      const notices = cmds.filter((c) => c.command === 'notice');
      expect(notices).toHaveLength(1);
      expect(notices[0]?.message).toMatch(/^5 more annotations \(3 errors, 2 warnings\)/);
    });

    it('groups identical annotations across calls', () => {
      const { sink, seen } = recorder();
      const report = new Reporter(sink);
      report.warning('same', { title: 't' });
      report.warning('same', { title: 't' });
      expect(seen().commands).toHaveLength(1);
    });
  });

  it('reports diagnoses: evidence inert in the log, annotation on the line under the bundle root', async () => {
    const { sink, seen, out } = recorder();
    const report = new Reporter(sink);
    const d: Diagnosis = {
      category: 'script-failed',
      severity: 'error',
      title: 'A hook script failed',
      message: 'scripts/start.sh exited 1',
      lifecycleEvent: 'ApplicationStart',
      instances: ['i-1'],
      file: 'appspec.yml',
      line: 7,
      evidence: ['::set-output name=status::Succeeded', '##[error]x', '::stop-commands::y'],
      fix: 'Fix the script.',
    } as Diagnosis;
    report.diagnoses([d], 'app');
    const r = seen();
    expect(r.commands.filter((c) => c.command === 'error').map((c) => [c.properties.file, c.properties.line])).toEqual([
      ['app/appspec.yml', '7'],
    ]);
    expect(r.outputs).toEqual({});
    expect(report.reported).toEqual([d]);
    await report.finish();
    expect(out.summary).toContain('A hook script failed');
  });
});

describe('sanitize', () => {
  it('removes escape sequences and control characters, keeps text, tabs and line breaks', () => {
    expect(cleanText('\u001b[1;31mred\u001b[0m\tok\r\nnext\u0007\u0000')).toBe('red\tok\nnext');
    expect(cleanText('\u001b]0;title\u0007visible')).toBe('visible');
    expect(oneLine('a\nb\rc')).toBe('a⏎b⏎c');
  });

  it('knows which lines the runner would read as commands', () => {
    expect(wouldRunCommand('  ::error::x')).toBe(true);
    expect(wouldRunCommand('text ##[warning]x')).toBe(true);
    expect(wouldRunCommand('\u3000::notice::ideographic space')).toBe(true);
    expect(wouldRunCommand('a :: b')).toBe(false);
  });
});
