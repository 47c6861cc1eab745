import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFileCommand, RunnerOutput } from '../harness/commands.js';
import { appendSummary, getInput, getState, keyValueEntry, saveState, setOutput, setSecret } from '../../src/runner-io.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'runner-io-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('inputs and state', () => {
  it('reads INPUT_<NAME> as the runner names it (upper case, spaces to _, hyphens kept), trimmed', () => {
    const env = { 'INPUT_DEPLOYMENT-GROUP': '  production \n', INPUT_MY_INPUT: 'x' };
    expect(getInput('deployment-group', env)).toBe('production');
    expect(getInput('my input', env)).toBe('x');
    expect(getInput('missing', env)).toBe('');
  });

  it('reads STATE_<name> untouched', () => {
    expect(getState('inFlight', { STATE_inFlight: '{"a":1}' })).toBe('{"a":1}');
    expect(getState('inFlight', {})).toBe('');
  });
});

describe('outputs and state through the file commands', () => {
  it('writes entries the runner reads back, multi-line values and all', () => {
    const output = path.join(dir, 'output');
    const state = path.join(dir, 'state');
    writeFileSync(output, '');
    writeFileSync(state, '');
    const env = { GITHUB_OUTPUT: output, GITHUB_STATE: state };
    const printed: string[] = [];
    const write = (t: string) => void printed.push(t);
    setOutput('deployment-id', 'd-ABC123', write, env);
    setOutput('failed-instances', 'i-1\ni-2\n::error::not a command', write, env);
    saveState('inFlight', '{"service":"codedeploy"}', write, env);
    expect(printed).toEqual([]);
    expect(parseFileCommand(readFileSync(output, 'utf8'))).toEqual({
      'deployment-id': 'd-ABC123',
      'failed-instances': 'i-1\ni-2\n::error::not a command',
    });
    expect(parseFileCommand(readFileSync(state, 'utf8'))).toEqual({ inFlight: '{"service":"codedeploy"}' });
  });

  it('refuses a value that holds the delimiter, and a file command file that is gone', () => {
    expect(() => keyValueEntry('x', 'a\nDELIM\nb', 'DELIM')).toThrow(/delimiter/);
    expect(() => setOutput('x', 'y', () => undefined, { GITHUB_OUTPUT: path.join(dir, 'nope') })).toThrow(/does not exist/);
  });

  it('falls back to the stdout commands, escaped, on a runner without the files', () => {
    const out: string[] = [];
    setOutput('url', 'http://a:1/b,c\n100%', (t) => out.push(t), {});
    saveState('s', 'v', (t) => out.push(t), {});
    const seen = new RunnerOutput({}).feed(out.join('')).done();
    expect(seen.outputs).toEqual({ url: 'http://a:1/b,c\n100%' });
    expect(seen.state).toEqual({ s: 'v' });
  });
});

describe('masks and the job summary', () => {
  it('masks a secret, even one with a line break', () => {
    const out: string[] = [];
    setSecret('abc\ndef%', (t) => out.push(t));
    expect(out.join('')).toBe('::add-mask::abc%0Adef%25\n');
    expect(new RunnerOutput({}).feed(out.join('')).done().masks).toEqual(['abc\ndef%']);
  });

  it('appends markdown to GITHUB_STEP_SUMMARY, and says so when the runner has none', async () => {
    const file = path.join(dir, 'summary.md');
    writeFileSync(file, '');
    await appendSummary('## one\n\n', { GITHUB_STEP_SUMMARY: file });
    await appendSummary('two\n', { GITHUB_STEP_SUMMARY: file });
    expect(readFileSync(file, 'utf8')).toBe('## one\n\ntwo\n');
    await expect(appendSummary('x', {})).rejects.toThrow(/GITHUB_STEP_SUMMARY/);
  });
});
