// The harness must read stdout as GitHub's runner does, or the e2e tests cannot see an injection.
import { RunnerOutput, parseWorkflowCommands } from '../../harness/commands.js';

const read = (text: string, env: Record<string, string> = {}) => new RunnerOutput(env).feed(text).done();

describe('runner command parsing', () => {
  it('trims leading whitespace before ::command', () => {
    const cmds = parseWorkflowCommands('   ::error file=a.yml,line=3::boom\n\t::warning::w');
    expect(cmds.map((c) => [c.command, c.message])).toEqual([
      ['error', 'boom'],
      ['warning', 'w'],
    ]);
    expect(cmds[0]?.properties).toEqual({ file: 'a.yml', line: '3' });
  });

  it('finds the legacy ##[command] form anywhere in a line, with ; separated properties', () => {
    const cmds = parseWorkflowCommands('hook output: ##[warning file=appspec.yml;line=2]pwned%5D');
    expect(cmds).toEqual([{ command: 'warning', properties: { file: 'appspec.yml', line: '2' }, message: 'pwned]', form: 'legacy' }]);
  });

  it('ignores unregistered names and text in the middle of a line', () => {
    expect(parseWorkflowCommands('x ::error::no\n::nonsense::no\n::error no')).toEqual([]);
  });

  it('is case-insensitive in the command name', () => {
    expect(parseWorkflowCommands('::ERROR::loud').map((c) => c.message)).toEqual(['loud']);
  });

  it('stops processing at ::stop-commands:: until the token, and shows the lines verbatim', () => {
    const r = read('::stop-commands::tok123\n::error::hidden\n##[warning]hidden too\n::TOK123::\n::notice::after');
    expect(r.commands.map((c) => c.command)).toEqual(['stop-commands', 'resume-commands', 'notice']);
    expect(r.log).toEqual(['::error::hidden', '##[warning]hidden too', 'Notice: after']);
  });

  it('resumes on the legacy ##[token] form as well', () => {
    const r = read('::stop-commands::tok123\nfoo ##[tok123]\n::error::live');
    expect(r.commands.map((c) => c.command)).toEqual(['stop-commands', 'resume-commands', 'error']);
  });

  it('refuses an empty, pause-logging or command-name token', () => {
    for (const token of ['', 'pause-logging', 'error']) {
      const r = read(`::stop-commands::${token}\n::notice::still live`);
      expect(r.commands.map((c) => c.command)).toEqual(['error', 'notice']);
    }
  });

  it('honours set-output and save-state with a deprecation warning on each use', () => {
    const r = read('  ::set-output name=status::Succeeded\n::save-state name=in-flight::{}');
    expect(r.outputs).toEqual({ status: 'Succeeded' });
    expect(r.state).toEqual({ 'in-flight': '{}' });
    expect(r.commands.filter((c) => c.form === 'runner' && c.command === 'warning')).toHaveLength(2);
  });

  it('refuses set-env and add-path unless unsecure commands are allowed', () => {
    expect(read('::set-env name=A::b').commands.map((c) => c.command)).toEqual(['set-env', 'error']);
    expect(read('::set-env name=A::b', { ACTIONS_ALLOW_UNSECURE_COMMANDS: 'true' }).commands.map((c) => c.command)).toEqual(['set-env']);
  });

  it('masks add-mask values in later lines', () => {
    const r = read('before secret\n::add-mask::secret\nafter secret');
    expect(r.masks).toEqual(['secret']);
    expect(r.log).toEqual(['before secret', 'after ***']);
  });

  it('unescapes data and property values', () => {
    const [c] = parseWorkflowCommands('::error file=a%2Cb%3Ac,title=t::line1%0Aline2 100%25');
    expect(c?.properties.file).toBe('a,b:c');
    expect(c?.message).toBe('line1\nline2 100%');
  });
});
