// Per-instance log files in the formats the Amazon Linux 2/2023 platform writes them:
//   /var/log/eb-engine.log     2020/08/11 08:01:57.143552 [INFO] Executing instruction: …
//   /var/log/eb-hooks.log      same stamp; each platform hook's stdout ([INFO]) and stderr ([ERROR])
//   /var/log/cfn-init.log      2021-09-30 05:33:14,951 [INFO] Running config postbuild_0_app
//   /var/log/cfn-init-cmd.log  2024-12-03 17:53:01,286 P3644 [INFO] Command 01_migrate
// and the tail bundle RetrieveEnvironmentInfo points at: each file's last 100 lines under a
// `----` / path / `----` banner.

export type Level = 'INFO' | 'WARN' | 'ERROR';

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** `2020/08/11 08:01:57.143552` (UTC; the microseconds are milliseconds plus a counter). */
export function engineStamp(ms: number, micro = 0): string {
  const d = new Date(ms);
  return (
    `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}${pad(micro % 1000, 3)}`
  );
}

/** `2021-09-30 05:33:14,951` as Python's logging writes it. */
export function cfnStamp(ms: number): string {
  const d = new Date(ms);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())},${pad(d.getUTCMilliseconds(), 3)}`
  );
}

export const LOG_FILES = [
  '/var/log/eb-engine.log',
  '/var/log/eb-hooks.log',
  '/var/log/cfn-init.log',
  '/var/log/cfn-init-cmd.log',
  '/var/log/web.stdout.log',
  '/var/log/nginx/access.log',
  '/var/log/nginx/error.log',
] as const;
export type LogFile = (typeof LOG_FILES)[number];

/** The log files of one simulated instance (appended to across deployments, as on a real host). */
export class InstanceLogs {
  private readonly files = new Map<LogFile, string[]>();
  private micro = 0;

  constructor(private readonly now: () => number) {
    for (const f of LOG_FILES) this.files.set(f, []);
  }

  lines(file: LogFile): string[] {
    return this.files.get(file) ?? [];
  }

  text(file: LogFile): string {
    return this.lines(file).join('\n');
  }

  raw(file: LogFile, line: string): void {
    this.lines(file).push(line);
  }

  engine(level: Level, msg: string): void {
    this.raw('/var/log/eb-engine.log', `${engineStamp(this.now(), this.micro++)} [${level}] ${msg}`);
  }

  hooks(level: Level, msg: string): void {
    this.raw('/var/log/eb-hooks.log', `${engineStamp(this.now(), this.micro++)} [${level}] ${msg}`);
  }

  cfnInit(level: Level, msg: string): void {
    this.raw('/var/log/cfn-init.log', `${cfnStamp(this.now())} [${level}] ${msg}`);
  }

  cfnInitCmd(pid: number, level: Level, msg: string): void {
    this.raw('/var/log/cfn-init-cmd.log', `${cfnStamp(this.now())} P${pid} [${level}] ${msg}`);
  }

  /** The tail bundle of this instance: the last `n` lines of each non-empty file. */
  tail(n = 100): string {
    let out = '';
    for (const f of LOG_FILES) {
      const lines = this.lines(f);
      if (lines.length === 0) continue;
      out += `----------------------------------------\n${f}\n----------------------------------------\n`;
      out += lines.slice(-n).join('\n') + '\n\n\n';
    }
    return out;
  }
}

/** A traceback like cfn-init prints for a failed command (lines without a timestamp). */
export function cfnTraceback(commandName: string): string[] {
  return [
    'Traceback (most recent call last):',
    '  File "/usr/lib/python3.9/site-packages/cfnbootstrap/construction.py", line 579, in run_config',
    '    CloudFormationCarpenter(config, self._auth_config, self.strict_mode).build(worklog)',
    '  File "/usr/lib/python3.9/site-packages/cfnbootstrap/construction.py", line 277, in build',
    "    changes['commands'] = CommandTool().apply(",
    '  File "/usr/lib/python3.9/site-packages/cfnbootstrap/command_tool.py", line 127, in apply',
    '    raise ToolError(u"Command %s failed" % name)',
    `cfnbootstrap.construction_errors.ToolError: Command ${commandName} failed`,
  ];
}
