// How the action talks to the Actions runner: inputs and state from the environment, outputs and
// state through the GITHUB_OUTPUT / GITHUB_STATE files (heredoc with a random delimiter), masks
// on stdout, the job summary appended to GITHUB_STEP_SUMMARY — the same protocol @actions/core
// writes. Not importing @actions/core keeps its HTTP client out of the step's start-up: core
// imports @actions/http-client for OIDC, which loads all of undici (≈ 0.8 MB of JavaScript,
// compiled and evaluated before the first AWS request, for a feature hookline never uses).
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { access, appendFile, constants } from 'node:fs/promises';
import { EOL } from 'node:os';

type Env = NodeJS.ProcessEnv;

/** INPUT_<NAME> (upper-cased, spaces to `_`), trimmed; '' when unset — as core.getInput. */
export function getInput(name: string, env: Env = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** STATE_<name> saved by the main step; '' when unset — as core.getState. */
export function getState(name: string, env: Env = process.env): string {
  return env[`STATE_${name}`] ?? '';
}

// The runner's escaping of command data and property values (actions/runner ActionCommand).
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `name<<DELIM`, the value, `DELIM`: a multi-line value cannot end the entry early. */
export function keyValueEntry(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`${name}: the value holds the file command's delimiter`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

/** Where stdout commands go: the Reporter passes its stdout (the one writer of the step's log). */
type Write = (text: string) => void;

function keyValue(kind: 'OUTPUT' | 'STATE', legacy: string, name: string, value: string, env: Env, write: Write): void {
  const file = env[`GITHUB_${kind}`];
  if (file) {
    if (!existsSync(file)) throw new Error(`GITHUB_${kind} names a file that does not exist: ${file}`);
    appendFileSync(file, keyValueEntry(name, value), 'utf8');
    return;
  }
  // A runner without the file commands (older than 2.297) still reads the stdout command.
  write(`${EOL}::${legacy} name=${escapeProperty(name)}::${escapeData(value)}${EOL}`);
}

export function setOutput(name: string, value: string, write: Write, env: Env = process.env): void {
  keyValue('OUTPUT', 'set-output', name, value, env, write);
}

export function saveState(name: string, value: string, write: Write, env: Env = process.env): void {
  keyValue('STATE', 'save-state', name, value, env, write);
}

/** Hide `value` in the log from here on. */
export function setSecret(value: string, write: Write): void {
  write(`::add-mask::${escapeData(value)}${EOL}`);
}

/** Appends markdown to the step's job summary file. */
export async function appendSummary(markdown: string, env: Env = process.env): Promise<void> {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) throw new Error('GITHUB_STEP_SUMMARY is not set: this runner does not support job summaries.');
  await access(file, constants.R_OK | constants.W_OK);
  await appendFile(file, markdown, 'utf8');
}
