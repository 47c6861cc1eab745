// Parsers for what an action writes: workflow commands on stdout/stderr, read the way GitHub's
// runner reads them (actions/runner: ActionCommand.TryParseV2 / TryParse, ActionCommandManager),
// and the `name<<DELIMITER` / `name=value` records of GITHUB_OUTPUT, GITHUB_STATE and GITHUB_ENV.
//
// The runner's rules, modelled here:
// - `::name k=v,…::data` is a command when the line, *after leading whitespace is trimmed*,
//   starts with `::` and `name` is a registered command (case-insensitive).
// - the legacy `##[name k=v;…]data` is a command *anywhere* in a line.
// - `::stop-commands::TOKEN` stops all command processing until a command named TOKEN
//   (`::TOKEN::` or `##[TOKEN]`); the token may not be empty, `pause-logging` or a command name.
// - `set-output` and `save-state` still work, with a deprecation warning on every use;
//   `set-env` and `add-path` are refused (an error) unless ACTIONS_ALLOW_UNSECURE_COMMANDS.
// - `add-mask` hides the value in every later line of the log.

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
  /** `v2` for `::…::`, `legacy` for `##[…]`, `runner` for an issue the runner raised itself. */
  form?: 'v2' | 'legacy' | 'runner';
}

export const REGISTERED_COMMANDS = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-path',
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo',
];

// The runner's escaping: data escapes %, CR, LF; property values also escape : and ,.
function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProperty(s: string): string {
  return s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
// The legacy form escapes ; and ] instead.
function unescapeLegacy(s: string): string {
  return s.replace(/%3B/g, ';').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%5D/g, ']').replace(/%25/g, '%');
}

/** Splits `k=v` pairs the way the runner does: empty entries dropped, the first `=` separates. */
function properties(text: string, separator: string, unescape: (s: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split(separator).filter((p) => p !== '')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && eq < pair.length - 1) out[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return out;
}

function nameOf(info: string): string {
  const space = info.indexOf(' ');
  return space < 0 ? info : info.slice(0, space);
}

/** TryParseV2: `::` at the start once leading whitespace (as .NET's TrimStart sees it) is gone. */
export function parseV2(line: string, registered: Set<string>): WorkflowCommand | undefined {
  const trimmed = line.replace(/^[\s\u0085\u001c-\u001f]+/, '');
  if (!trimmed.startsWith('::')) return undefined;
  const end = trimmed.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = trimmed.slice(2, end);
  const command = nameOf(info);
  if (!registered.has(command.toLowerCase())) return undefined;
  const space = info.indexOf(' ');
  return {
    command,
    properties: space > 0 ? properties(info.slice(space + 1).trim(), ',', unescapeProperty) : {},
    message: unescapeData(trimmed.slice(end + 2)),
    form: 'v2',
  };
}

/** TryParse (legacy): `##[` anywhere in the line, up to the next `]`. */
export function parseLegacy(line: string, registered: Set<string>): WorkflowCommand | undefined {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const close = line.indexOf(']', start);
  if (close < 0) return undefined;
  const info = line.slice(start + 3, close);
  const command = nameOf(info);
  if (!registered.has(command.toLowerCase())) return undefined;
  const space = info.indexOf(' ');
  return {
    command,
    properties: space > 0 ? properties(info.slice(space + 1), ';', unescapeLegacy) : {},
    message: unescapeLegacy(line.slice(close + 1)),
    form: 'legacy',
  };
}

const DEPRECATED = (name: string) =>
  `The \`${name}\` command is deprecated and will be disabled soon. Please upgrade to using Environment Files. For more information see: https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/`;

/** What one step's output did, as the runner saw it. */
export interface ProcessedOutput {
  /** Every command the runner executed, in order (stop/resume included), plus issues it raised. */
  commands: WorkflowCommand[];
  /** Lines a person reads in the log (commands consumed; annotations as "Error: message"; masks applied). */
  log: string[];
  /** Outputs and state set through the deprecated `set-output` / `save-state` commands. */
  outputs: Record<string, string>;
  state: Record<string, string>;
  masks: string[];
}

/** A stateful reader of one step's output, line by line, as the runner's command manager. */
export class RunnerOutput {
  private readonly registered = new Set(REGISTERED_COMMANDS);
  private stopToken: string | undefined;
  private readonly result: ProcessedOutput = { commands: [], log: [], outputs: {}, state: {}, masks: [] };

  constructor(private readonly env: Record<string, string> = {}) {}

  /** Feeds text (any number of lines); a trailing partial line is treated as a line. */
  feed(text: string): this {
    for (const line of text.split(/\r\n|\r|\n/)) this.line(line);
    return this;
  }

  done(): ProcessedOutput {
    return this.result;
  }

  private line(line: string): void {
    if (line === '') return;
    const cmd = parseV2(line, this.registered) ?? parseLegacy(line, this.registered);
    if (!cmd) return this.show(line);
    const name = cmd.command.toLowerCase();
    if (this.stopToken !== undefined) {
      if (name !== this.stopToken.toLowerCase()) return this.show(line);
      this.registered.delete(this.stopToken.toLowerCase());
      this.stopToken = undefined;
      this.result.commands.push({ ...cmd, command: 'resume-commands' });
      return;
    }
    if (name === 'stop-commands') {
      const token = cmd.message;
      if (!token || token.toLowerCase() === 'pause-logging' || this.registered.has(token.toLowerCase())) {
        if (this.env.ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS !== 'true')
          return this.issue('error', `Invalid stop-commands token: [${token}]`);
      }
      this.stopToken = token;
      this.registered.add(token.toLowerCase());
      this.result.commands.push(cmd);
      return;
    }
    this.result.commands.push(cmd);
    this.execute(name, cmd);
  }

  private execute(name: string, cmd: WorkflowCommand): void {
    const r = this.result;
    switch (name) {
      case 'error':
      case 'warning':
      case 'notice':
        r.log.push(`${name[0]!.toUpperCase()}${name.slice(1)}: ${this.mask(cmd.message)}`);
        return;
      case 'group':
        r.log.push(`▸ ${this.mask(cmd.message)}`);
        return;
      case 'set-output':
      case 'save-state': {
        this.issue('warning', DEPRECATED(name));
        const key = cmd.properties.name;
        if (!key) return this.issue('error', `Required field 'name' is missing in ##[${name}] command.`);
        (name === 'set-output' ? r.outputs : r.state)[key] = cmd.message;
        return;
      }
      case 'set-env':
      case 'add-path':
        if (this.env.ACTIONS_ALLOW_UNSECURE_COMMANDS !== 'true') this.issue('error', `The \`${name}\` command is disabled.`);
        return;
      case 'add-mask':
        if (cmd.message.trim()) r.masks.push(cmd.message);
        return;
      case 'echo':
        r.log.push(this.mask(cmd.message));
        return;
      default:
        return; // debug, endgroup, matchers: nothing a test reads
    }
  }

  private issue(level: 'error' | 'warning', message: string): void {
    this.result.commands.push({ command: level, properties: {}, message, form: 'runner' });
    this.result.log.push(`${level === 'error' ? 'Error' : 'Warning'}: ${message}`);
  }

  private show(line: string): void {
    this.result.log.push(this.mask(line));
  }

  private mask(s: string): string {
    let out = s;
    for (const m of this.result.masks) out = out.split(m).join('***');
    return out;
  }
}

/** Every command the runner would execute in this text (stateful: stop-commands honoured). */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  return new RunnerOutput().feed(stdout).done().commands;
}

export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] as string);
      out[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}
