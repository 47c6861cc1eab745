// Elastic Beanstalk failures as one ordered table: the first rule whose `when` matches names the
// cause (table.ts). A rule reads one unit of evidence — one event's message, or one instance's tail
// logs — and its `source` says where the wording comes from. Regexes are unanchored so a line still
// matches behind a timestamp, `[ERROR]`, an event's "[Instance: i-…]" prefix or a legacy event's
// truncated `Output: (TRUNCATED)...`.
import type { DiagnosisCategory } from '../../types.js';
import { locateConfigFile } from '../locate.js';
import type { Rule } from '../table.js';
import { stripPrefixes } from '../text.js';
import {
  around,
  ebextCommand,
  ebextLocation,
  ebextStep,
  EBEXT_STEP,
  escapeRe,
  hookCause,
  hookFailure,
  HOOK_ENOENT,
  legacyHook,
  LEGACY_HOOK,
  lineMatching,
  linesOf,
  locateInEbextensions,
  locateResources,
  matchesAny,
  resourceNames,
  textLines,
  type EbCause,
  type EbextCommand,
  type EbFacts,
  type EngineStep,
  type HookFailure,
} from './beanstalk-evidence.js';

export type { EbCause, EbFacts, EngineStep } from './beanstalk-evidence.js';
export { ENGINE_STEP } from './beanstalk-evidence.js';

type EbRule = Rule<EbFacts, any, EbCause>; // eslint-disable-line @typescript-eslint/no-explicit-any -- each rule has its own evidence

// ------------------------------------------------------------------ sources

const SRC = {
  engine:
    'eb-engine.log on Amazon Linux 2/2023 platforms: "[ERROR] An error occurred during execution of command [app-deploy] - [<step>]. Stop running the command. Error: …" (https://github.com/rennokki/laravel-aws-eb/issues/73)',
  hooks: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/platforms-linux-extend.hooks.html',
  troubleshooting: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/troubleshooting.html',
  ebcli: 'https://github.com/aws/aws-elastic-beanstalk-cli/blob/master/ebcli/operations/commonops.py (_raise_if_error_event)',
} as const;

// ------------------------------------------------------------------ wording

const DISK_FULL = [
  /No space left on device/i,
  /\bENOSPC\b/,
  /not enough (?:free )?disk space/i,
  /Disk quota exceeded/i,
  /\bEDQUOT\b/,
  /insufficient (?:disk )?space/i,
  // Docker's devicemapper storage: "Thin Pool has 0 free data blocks … Create more free space in thin pool".
  /Thin Pool has \d+ free data blocks|free space in thin pool/i,
];
const CRLF = [
  /\^M: bad interpreter/,
  /\r: bad interpreter/,
  /\$'\\r': command not found/,
  /\r': command not found/,
  /syntax error near unexpected token `\$'\\r''/,
  // "/usr/bin/env: bash\r: No such file or directory"; consoles show the \r as a line break.
  /\/usr\/bin\/env: '?[\w.-]+(?:\r|\r?\n\s*'?: No such file or directory)/,
];
const COMMAND_NOT_FOUND = [
  /: command not found/,
  /: not found\s*$/m,
  /\bexit (?:code|status) 127\b/,
  /env: '?[\w./-]+'?: No such file or directory/,
  /exec: [\w./-]+: not found/,
];
const IAM = [
  /\bnot authorized to perform\b/i,
  /\bAccessDeniedException\b/,
  /not authorized to (?:access|assume|invoke)/i,
  /(?:do|does) not have (?:the )?(?:required )?permissions?/i,
  /missing (?:the )?(?:required )?permissions?/i,
  /Verify that your polic(?:y|ies) allows? you to perform/i,
  /Unable to assume (?:the )?role|Verify that the role exists/i,
];
const CONCURRENT = [
  /already (?:has|have) (?:a )?deployment in progress/i,
  /another (?:deployment|operation) is (?:already )?in progress/i,
  /\bOperationInProgress(?:Exception|Failure)?\b/,
  /operation is already in progress/i,
];

// ------------------------------------------------------------------ wording read by several rules

const DEPENDENCY = [
  /failed to install (?:the )?dependenc(?:y|ies)/i,
  /fail(?:ed)? to install dependencies/i,
  /failed to install dependency gems/i,
  /failed to install application dependencies/i,
  /Failed to run npm install/i,
  /Your requirements\.txt is invalid/i,
  /installing (?:composer|npm|yarn|pip) dependencies failed/i,
  /\b(?:npm|yarn|pnpm)\b[^\n]* install\b[^\n]*failed with error/i,
  /pip install .*failed/i,
  /\bnpm install\b[\s\S]*npm ERR!/,
  // The platform's own build (Buildfile, gradle/maven/go/dotnet) before the app is staged.
  /Build application failed on command/i,
  /\b(?:gradle|mvn|maven|go build|go mod download|dotnet (?:restore|publish|build))\b[^\n]*failed with error/i,
  /ERROR: Could not find a version that satisfies/,
  /ERROR: No matching distribution found/,
  /Could not install packages due to/,
  /bundle install.*failed|Bundler::\w+Error|Bundler could not find/i,
  /composer(?:\.phar)? install.*failed|Your requirements could not be resolved/i,
];
const DEPENDENCY_STEP =
  /InstallDependency|install(?:ing)? (?:\w+ )?dependenc|npm|yarn|pip|composer|bundle install|gems|(?<!Docker )Specific Build Application/i;
const APP_START = [
  /Following services are not running: /i,
  /\bweb: .*exited/i,
  /process (?:web|[\w-]+) exited/i,
  /Address already in use/i,
  /\bEADDRINUSE\b/,
  /Procfile.*(?:invalid|failed)/i,
  /(?:web|app)\.service: (?:Main process exited|Failed with result)/i,
  /Unable to access jarfile/,
  /Failed to start (?:the )?(?:application|app|web)/i,
  /pid symlinks failed|\/var\/pids\/web\.pid|Track pids in healthd/i,
  /Docker container quit unexpectedly/i,
  /container .* exited (?:with|unexpectedly)/i,
  // The runtimes' own "could not start" sentences.
  /listen EACCES|bind\(\) to \S+ failed \(13: Permission denied\)/,
  /no main manifest attribute|Could not find or load main class/,
  /Worker failed to boot|Failed to find (?:attribute|application object) /,
  /Failed at the \S+ start script/,
];
/** A process dying on an uncaught error, in the application's own log (not read in platform logs). */
const APP_CRASH = [
  /^(?:\S+ +\d+ [\d:]+ \S+ [\w.-]+(?:\[\d+\])?: )?Traceback \(most recent call last\)/,
  /\bUnhandled ?Promise ?Rejection|uncaught exception|UnhandledPromiseRejectionWarning/i,
  /Exception in thread "main"/,
  /^(?:\S+ +\d+ [\d:]+ \S+ [\w.-]+(?:\[\d+\])?: )?panic: /,
  /npm ERR! code ELIFECYCLE/,
];
const APP_NOT_FOUND = [
  /: command not found/,
  /\bsh: (?:\d+: )?[\w./@-]+: not found/,
  /exec: [\w./-]+: not found/,
  /Error: Cannot find module/,
  /npm ERR! missing script: |npm error Missing script: /i,
  /ModuleNotFoundError: No module named/,
  /Failed at step EXEC spawning/,
  /executable file not found in \$PATH/,
];
const PROXY_INVALID = [
  /validate (?:nginx|proxy|httpd) configuration failed/i,
  /nginx: \[emerg\] .* in \/\S+:\d+/,
  /nginx: configuration file \S+ test failed/,
  /\bAH00526: Syntax error on line \d+/,
];
const EBEXT_INVALID = [
  /The configuration file \S+ in application version \S+ contains invalid (?:YAML|JSON)/i,
  /Invalid option specification/i,
  /Unknown or duplicate parameter/i,
  /Invalid option value/i,
  /Error processing file \(Skipping\): '([^']+)'/i,
  /contains invalid key/i,
  /Configuration validation exception/i,
  /is not a valid (?:option|namespace)/i,
  /detected one or more multiline environment values/i,
  /cannot configure an Elastic Beanstalk environment with values for both/i,
  // "Each option setting in configuration file .ebextensions/x.config in application version v must be a map."
  /configuration file \S*\.ebextensions\/\S+ in application version/i,
];

// ------------------------------------------------------------------ rule builders

/** A rule that matches wording in the deciding text and reports it as it stands. */
function wording(
  id: string,
  category: DiagnosisCategory,
  source: string,
  patterns: readonly RegExp[],
  describe: (line: string, f: EbFacts) => Partial<EbCause> & { message: string },
): EbRule {
  return {
    id,
    category,
    source,
    when: (f: EbFacts) => lineMatching(f, patterns),
    explain: (f: EbFacts, line: string) => ({
      category,
      step: f.step ? f.step.step : null,
      file: null,
      line: null,
      evidence: [around(line, patterns)],
      key: id,
      ...describe(line, f),
    }),
  };
}

const say = (what: string) => (line: string) => ({ message: `${what} ${quote(line)}`.trim() });

function quote(line: string): string {
  const s = stripPrefixes(line)
    .replace(/^\[Instance: i-[0-9a-z]+\]\s*/, '')
    // syslog's "Jun  1 09:00:10 ip-172-31-1-2 web[2345]: " in front of the app's own lines
    .replace(/^[A-Z][a-z]{2} +\d+ \d{2}:\d{2}:\d{2} \S+ [\w.-]+(?:\[\d+\])?: /, '')
    .trim();
  return s ? `(${s.length > 220 ? `${s.slice(0, 219)}…` : s})` : '';
}

// ------------------------------------------------------------------ the table

export const BEANSTALK_RULES: readonly EbRule[] = [
  {
    id: 'beanstalk/disk-full',
    category: 'disk-full',
    source: 'Linux ENOSPC wording ("No space left on device") in eb-engine.log, cfn-init-cmd.log and eb-hooks.log',
    when: (f) => {
      const own = [...textLines(f), ...linesOf(f, 'cfn-init-cmd.log', 'eb-hooks.log', 'eb-activity.log')];
      return own.find((l) => matchesAny(l, DISK_FULL)) ?? null;
    },
    explain: (f, line: string) => {
      const hook = hookFailure(f);
      const cmd = hook ? null : ebextCommand(f);
      const loc = hook?.loc ?? (cmd ? ebextLocation(f, cmd) : null);
      const where = hook ? `the platform hook ${hook.path}` : cmd?.name ? `the .ebextensions command ${cmd.name}` : (f.step?.step ?? null);
      return {
        category: 'disk-full',
        message: `The instance ran out of disk space${where ? ` during ${where}` : ''}.`,
        step: hook ? `${hook.stage} hook ${hook.path}` : cmd ? ebextStep(cmd) : (f.step?.step ?? null),
        file: loc?.file ?? null,
        line: loc?.line ?? null,
        evidence: [f.step?.line, line].filter((x): x is string => !!x),
        fix: 'Free space on the instances (old logs, Docker images, caches under /var/app) or give them a bigger root volume (`aws:autoscaling:launchconfiguration` `RootVolumeSize`).',
        key: 'disk',
      };
    },
  },
  {
    id: 'beanstalk/hook-not-executable',
    category: 'script-not-executable',
    source: `${SRC.hooks}; "fork/exec .platform/hooks/prebuild/x.sh: permission denied" (https://github.com/rennokki/laravel-aws-eb/issues/8)`,
    when: (f) => {
      const h = hookFailure(f);
      return h && /permission denied/i.test(h.detail) ? h : null;
    },
    explain: (_f, h: HookFailure) =>
      hookCause(h, {
        category: 'script-not-executable',
        title: `${h.stage} hook ${h.name}: not executable`,
        message: `The platform hook ${h.path} is not executable: Beanstalk runs hooks directly (fork/exec), so the file needs its executable bit in the bundle.`,
        evidence: [h.detail],
        fix: `Commit it with \`git update-index --chmod=+x ${h.path}\` (or \`chmod +x\` before zipping); a zip made on Windows drops the bit.`,
      }),
  },
  {
    id: 'beanstalk/hook-crlf',
    category: 'script-line-endings',
    source: `${SRC.hooks}; "fork/exec .platform/hooks/prebuild/01_configure_php_ini.sh: no such file or directory" from a Windows checkout (https://github.com/rennokki/laravel-aws-eb/issues/34)`,
    when: (f) => {
      const h = hookFailure(f);
      if (!h) return null;
      const crlfSeen = matchesAny([h.detail, ...h.output].join('\n'), CRLF) || /\r/.test(h.detail) || /^[^\n]*\r\n/.test(h.content ?? '');
      // A clean LF file in the bundle proves the interpreter itself is missing (next rule).
      const interpreterMissing = HOOK_ENOENT.test(h.detail) && (h.content === undefined || /\r/.test(h.content));
      return crlfSeen || interpreterMissing ? h : null;
    },
    explain: (_f, h: HookFailure) =>
      hookCause(h, {
        category: 'script-line-endings',
        title: `${h.stage} hook ${h.name}: CRLF line endings`,
        message:
          `The platform hook ${h.path} could not be started: the kernel did not find the interpreter its \`#!\` line names. ` +
          `That is almost always Windows (CRLF) line endings — \`#!/bin/bash\\r\` names a program "bash\\r" that does not exist.`,
        evidence: [h.detail, ...h.output.filter((l) => matchesAny(l, CRLF))],
      }),
  },
  {
    id: 'beanstalk/hook-interpreter-missing',
    category: 'command-not-found',
    source: `${SRC.hooks}: fork/exec ENOENT for a hook whose bundle file has LF line endings`,
    when: (f) => {
      const h = hookFailure(f);
      return h && HOOK_ENOENT.test(h.detail) ? h : null;
    },
    explain: (_f, h: HookFailure) => {
      const shebang = /^#!\s*(\S+(?:\s+\S+)?)/.exec(h.content ?? '')?.[1];
      return hookCause(h, {
        category: 'command-not-found',
        title: `${h.stage} hook ${h.name}: interpreter not installed`,
        message: `The platform hook ${h.path} could not be started: its interpreter${shebang ? ` \`${shebang}\`` : ''} is not installed on the instance.`,
        evidence: [h.detail],
        fix: `Point the \`#!\` line of ${h.path} at an interpreter the platform has (\`#!/bin/bash\`), or install it in an earlier hook.`,
      });
    },
  },
  {
    id: 'beanstalk/hook-no-interpreter-line',
    category: 'platform-hook-failed',
    source: `${SRC.hooks}: fork/exec "exec format error" (a hook without a #! line)`,
    when: (f) => {
      const h = hookFailure(f);
      return h && /exec format error/i.test(h.detail) ? h : null;
    },
    explain: (_f, h: HookFailure) =>
      hookCause(h, {
        category: 'platform-hook-failed',
        title: `${h.stage} hook ${h.name}: no interpreter line`,
        message: `The platform hook ${h.path} cannot be executed: it has no \`#!\` interpreter line (exec format error).`,
        evidence: [h.detail],
        fix: `Start ${h.path} with an interpreter line such as \`#!/bin/bash\`.`,
      }),
  },
  {
    id: 'beanstalk/hook-command-not-found',
    category: 'command-not-found',
    source: `${SRC.hooks}: hook exits 127, eb-hooks.log shows the shell's "command not found"`,
    when: (f) => {
      const h = hookFailure(f);
      return h && matchesAny([h.detail, ...h.output].join('\n'), COMMAND_NOT_FOUND) ? h : null;
    },
    explain: (_f, h: HookFailure) =>
      hookCause(h, {
        category: 'command-not-found',
        title: `${h.stage} hook ${h.name}: command not found`,
        message: `The platform hook ${h.path} calls a program that is not installed on the instance (exit status 127).`,
        evidence: [h.detail, ...h.output.filter((l) => matchesAny(l, COMMAND_NOT_FOUND))],
        fix: 'Install the program first (an `.ebextensions` `packages:` entry or an earlier prebuild hook) or call it by its absolute path.',
      }),
  },
  {
    id: 'beanstalk/hook-failed',
    category: 'platform-hook-failed',
    source: `${SRC.hooks}; ${SRC.engine}`,
    when: (f) => hookFailure(f),
    explain: (_f, h: HookFailure) => {
      const exit = /exit status (\d+)/.exec(h.detail)?.[0];
      return hookCause(h, {
        category: 'platform-hook-failed',
        title: `${h.stage} hook ${h.name} failed`,
        message: `The platform hook ${h.path} failed during the ${h.stage} stage${exit ? ` with ${exit}` : ''}.`,
        evidence: [h.detail, ...h.output.slice(-5)],
      });
    },
  },
  {
    id: 'beanstalk/ebextensions-command-crlf',
    category: 'script-line-endings',
    source:
      '"/usr/bin/env: bash\\r: No such file or directory … container_command … failed" (https://github.com/FoxxMD/laravel-elasticbeanstalk-queue-worker/issues/9)',
    when: (f) => {
      const c = ebextCommand(f);
      return c && matchesAny([f.text, ...c.output].join('\n'), CRLF) ? c : null;
    },
    explain: (f, c: EbextCommand) => {
      const loc = ebextLocation(f, c);
      return {
        category: 'script-line-endings',
        title: `${ebextStep(c)}: CRLF line endings`,
        message: `The .ebextensions command ${c.name ? `\`${c.name}\` ` : ''}runs a script with Windows (CRLF) line endings: its \`#!\` line names "bash\\r", which does not exist.`,
        step: ebextStep(c),
        file: loc?.file ?? null,
        line: loc?.line ?? null,
        evidence: [...c.evidence.slice(0, 2), ...c.output.filter((l) => matchesAny(l, CRLF))],
        key: `ebext-crlf:${c.name ?? ''}`,
      };
    },
  },
  {
    id: 'beanstalk/ebextensions-command-not-found',
    category: 'command-not-found',
    source:
      'cfn-init-cmd.log "Command 02_install_node_dependencies … sudo: npm: command not found … Exited with error code 1" (https://github.com/rennokki/laravel-aws-eb/issues/63)',
    when: (f) => {
      const c = ebextCommand(f);
      return c && matchesAny([...c.output, ...(f.origin === 'event' ? [f.text] : [])].join('\n'), COMMAND_NOT_FOUND) ? c : null;
    },
    explain: (f, c: EbextCommand) => {
      const loc = ebextLocation(f, c);
      const missing = [...c.output, f.text].map((l) => /([\w./-]+): command not found|([\w./-]+): not found/.exec(l)).find(Boolean);
      const program = missing?.[1] ?? missing?.[2];
      return {
        category: 'command-not-found',
        title: `${ebextStep(c)}: ${program ? `${program}: ` : ''}command not found`,
        message: `The .ebextensions command ${c.name ? `\`${c.name}\` ` : ''}calls ${program ? `\`${program}\`, a program` : 'a program'} that is not installed on the instance.`,
        step: ebextStep(c),
        file: loc?.file ?? null,
        line: loc?.line ?? null,
        evidence: [...c.evidence.slice(0, 2), ...c.output.filter((l) => matchesAny(l, COMMAND_NOT_FOUND))],
        fix: 'Install the program before the command runs (`packages:`, a prebuild hook, or the platform that has it) or call it by its full path.',
        key: `ebext-nf:${c.name ?? ''}`,
      };
    },
  },
  {
    id: 'beanstalk/ebextensions-package-unavailable',
    category: 'ebextensions-command-failed',
    source:
      'cfn-init.log "Error occurred during build: Yum does not have python34-devel available for installation" under PreBuildEbExtension',
    when: (f) => {
      if (f.origin === 'logs' && f.step && !EBEXT_STEP.test(`${f.step.step} ${f.step.detail}`)) return null;
      const all = f.origin === 'event' ? [f.text] : linesOf(f, 'cfn-init.log', 'eb-activity.log', 'unknown');
      const line = all.find((l) => /(?:Yum|dnf|rpm) does not have (\S+) available|No package (\S+) available/i.test(l));
      return line ? { line, pkg: /(?:does not have|No package) (\S+) available/i.exec(line)?.[1] ?? '' } : null;
    },
    explain: (f, m: { line: string; pkg: string }) => {
      const loc = m.pkg ? locateInEbextensions(f.bundle, [(l) => new RegExp(`\\b${escapeRe(m.pkg)}\\b`).test(l)]) : null;
      return {
        category: 'ebextensions-command-failed',
        title: `packages: ${m.pkg || 'a package'} is not available`,
        message: `The \`packages:\` section of .ebextensions asks for ${m.pkg ? `\`${m.pkg}\`` : 'a package'}, which the platform's package manager does not have.`,
        step: 'packages',
        file: loc?.file ?? null,
        line: loc?.line ?? null,
        evidence: [f.step?.line, m.line].filter((x): x is string => !!x),
        fix: 'Use the package name that exists on this platform (Amazon Linux 2023 uses dnf and newer names), or drop it.',
        key: `pkg:${m.pkg}`,
      };
    },
  },
  {
    id: 'beanstalk/ebextensions-command-failed',
    category: 'ebextensions-command-failed',
    source:
      'cfn-init.log "[ERROR] Command 01_migrate (…) failed" / "Error encountered during build of postbuild_0_app: Command … failed" (https://github.com/rennokki/laravel-aws-eb/issues/27); legacy event "container_command 01_x in .ebextensions/x.config failed"',
    when: (f) => ebextCommand(f),
    explain: (f, c: EbextCommand) => {
      const loc = ebextLocation(f, c);
      const exit = /Exited with error code (\d+)/.exec(c.output.join('\n'))?.[1];
      const kind = c.section === 'container_commands' ? 'container command' : 'command';
      return {
        category: 'ebextensions-command-failed',
        title: c.name ? `${c.section ?? 'commands'}: ${c.name} failed` : `.ebextensions ${c.section ?? 'commands'} failed`,
        message:
          `The .ebextensions ${kind}${c.name ? ` \`${c.name}\`` : ''}${c.commandText ? ` (\`${c.commandText}\`)` : ''}` +
          `${loc ? ` in ${loc.file} line ${loc.line}` : ''} failed${exit ? ` with exit code ${exit}` : ''}.`,
        step: ebextStep(c),
        file: loc?.file ?? null,
        line: loc?.line ?? null,
        evidence: [...c.evidence.slice(0, 3), ...c.output.slice(-5)],
        fix: `Fix the command${c.name ? ` \`${c.name}\`` : ''} (its output is in the evidence); it must exit 0 — or add \`ignoreErrors: true\` if its failure is harmless.`,
        key: `ebext:${c.name ?? ''}`,
      };
    },
  },
  wording(
    'beanstalk/macosx-resource-fork',
    'bundle-invalid',
    'event "The configuration file __MACOSX/app/.ebextensions/._x.config in application version v contains invalid YAML or JSON" (a zip made by macOS Finder)',
    [/__MACOSX\//],
    (line) => ({
      title: 'The bundle carries macOS __MACOSX entries',
      message: `The zip holds macOS resource forks (__MACOSX/…/._*), which Elastic Beanstalk reads as configuration files. ${quote(line)}`,
      fix: 'Zip without them (`zip -r app.zip . -x "__MACOSX/*" "*.DS_Store"`, or `hookline bundle`).',
    }),
  ),
  {
    id: 'beanstalk/proxy-config-invalid',
    category: 'ebextensions-invalid',
    source:
      'eb-engine.log "[start proxy with new configuration] … validate nginx configuration failed … nginx: [emerg] \"location\" directive is not allowed here in /var/proxy/staging/nginx/conf.d/x.conf:1" (https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/platforms-linux-extend.proxy.html)',
    when: (f) => lineMatching(f, PROXY_INVALID),
    explain: (f, line: string) => {
      const at = /(?:in|of) (\/(?:var\/proxy\/staging|etc)\/(nginx|httpd)\/(\S+?)):(\d+)|line (\d+) of (\/etc\/(httpd)\/(\S+?)):/.exec(
        line,
      );
      const rel = at ? `.platform/${at[2] ?? at[7]}/${at[3] ?? at[8]}` : null;
      const known = rel !== null && (f.bundle === undefined || f.bundle.files.has(rel) || f.bundle.modes.has(rel));
      return {
        category: 'ebextensions-invalid',
        title: 'The proxy configuration in the bundle is invalid',
        message: `The nginx/Apache configuration the bundle adds (under .platform/) does not pass the proxy's own check. ${quote(line)}`,
        step: f.step?.step ?? null,
        file: known ? rel : null,
        line: known ? Number(at?.[4] ?? at?.[5] ?? 1) : null,
        evidence: [around(line, PROXY_INVALID)],
        fix: 'Files in .platform/nginx/conf.d/ are included inside the http block (server/location directives belong in .platform/nginx/conf.d/elasticbeanstalk/*.conf); run `nginx -t` on the result.',
        key: `proxy:${rel ?? ''}`,
      };
    },
  },
  wording(
    'beanstalk/docker-build-failed',
    'bundle-invalid',
    'event "Instance deployment failed to build the Docker image. The deployment failed."; legacy "Failed to build Docker image aws_beanstalk/staging-app … Hook /opt/elasticbeanstalk/hooks/appdeploy/pre/03build.sh failed"',
    [
      /failed to build the Docker image/i,
      /Failed to build Docker image/i,
      /docker build .*failed with error/i,
      /hooks\/appdeploy\/pre\/03build\.sh failed/,
      /Docker (?:Specific )?Build|Build Docker image/i,
    ],
    (line, f) => ({
      title: 'Docker image build failed',
      message: `Elastic Beanstalk could not build the application's Docker image from the bundle's Dockerfile. ${quote(line)}`,
      evidence: [
        around(line, [/docker/i]),
        ...linesOf(f, 'eb-engine.log')
          .filter((l) => /returned a non-zero code|ERROR \[|failed to solve|executor failed/i.test(l))
          .slice(-3),
      ],
      fix: 'Run `docker build .` on the bundle locally: the failing Dockerfile step is in the evidence (and in /var/log/eb-engine.log).',
    }),
  ),
  wording(
    'beanstalk/entry-file-missing',
    'bundle-invalid',
    "events \"Instance deployment: Both 'Dockerfile' and 'Dockerrun.aws.json' are missing in your source bundle\" and \"Instance deployment failed to generate a 'Procfile' for Node.js. Provide one of these files: 'package.json', 'server.js', or 'app.js'\" (https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/applications-sourcebundle.html)",
    [
      /(?:is|are) missing (?:in|from) (?:your|the) source bundle/i,
      /source bundle does not contain/i,
      /source bundle has issues/i,
      /there is no Procfile|no \.jar file at (?:the )?root|at root level of your source bundle/i,
      /failed to generate a 'Procfile'/i,
      /Provide one of these files/i,
      /source bundle has a single top-level (?:directory|folder)/i,
      /WSGIPath refers to a file that does not exist/i,
      /(?:could not|couldn't|unable to) find (?:a |an |the )?(?:JAR|WAR|application|executable|entry) file/i,
    ],
    (line) => ({
      title: 'The bundle lacks the file the platform starts from',
      message: `The source bundle does not have, at its root, the file this platform needs to start the application. ${quote(line)}`,
      fix: 'Zip the contents of the application folder, not the folder itself (`cd app && zip -r ../app.zip .`), and commit the entry file (Dockerfile, package.json, application.py, Procfile, the .jar).',
    }),
  ),
  wording(
    'beanstalk/unzip-failed',
    'bundle-invalid',
    'eb-engine.log StageApplication: "Command /usr/bin/unzip -q -o /opt/elasticbeanstalk/deployment/app_source_bundle -d /var/app/staging/ failed … appears to use backslashes as path separators"; unzip\'s own "End-of-central-directory signature not found"; legacy hook 01unzip.sh',
    [
      /\bunzip\b.*failed with error/i,
      /appears to use backslashes as path separators/i,
      /End-of-central-directory signature not found/i,
      /cannot find zipfile directory/i,
      /not a zip ?file|zipfile is empty|bad zipfile offset/i,
      /(?:failed to|could not|unable to) (?:unzip|extract) (?:the )?(?:source|application)? ?bundle/i,
      /hooks\/appdeploy\/pre\/01unzip\.sh failed/,
    ],
    (line) => ({
      title: 'The source bundle could not be unzipped',
      message: `The instance could not unpack the source bundle. ${quote(line)}`,
      fix: 'Build a standard zip with forward slashes (`zip -r` or `hookline bundle`; PowerShell 5 `Compress-Archive` writes backslashes) and deploy a `.zip` (or `.war`).',
    }),
  ),
  wording(
    'beanstalk/docker-config-invalid',
    'bundle-invalid',
    `${SRC.troubleshooting} (Docker: "No EXPOSE directive found in Dockerfile, abort deployment", "Failed to pull Docker image :latest: Invalid repository name", "Invalid auth configuration file")`,
    [
      /No EXPOSE directive found in Dockerfile/i,
      /Invalid repository name/i,
      /Invalid auth configuration file/i,
      /Dockerrun\.aws\.json.*(?:invalid|unsupported|not supported)|(?:invalid|unsupported) .*Dockerrun/i,
    ],
    (line) => ({
      title: 'Docker configuration in the bundle is invalid',
      message: `The Dockerfile or Dockerrun.aws.json in the bundle is not usable by the platform. ${quote(line)}`,
      fix: 'Declare the container port (`EXPOSE` in the Dockerfile or `Ports` in Dockerrun.aws.json) and check Dockerrun.aws.json against the platform version (v1, or v3 with docker-compose.yml on Amazon Linux 2).',
    }),
  ),
  wording(
    'beanstalk/docker-image-pull-failed',
    'bundle-access-denied',
    `events "Instance deployment failed to download the Docker image", "Instance deployment: The ECR service failed to authenticate your private repository"; ${SRC.troubleshooting} ("Failed to download authentication credentials")`,
    [
      /failed to download the Docker image/i,
      /ECR service failed to authenticate/i,
      /Failed to download authentication credentials/i,
      /pull access denied|repository does not exist or may require 'docker login'/i,
      /Failed to pull Docker image/i,
    ],
    (line) => ({
      title: 'The instances could not pull the Docker image',
      message: `The instances could not download the application's Docker image. ${quote(line)}`,
      fix: 'Check the image name and tag, and give the instance profile (aws-elasticbeanstalk-ec2-role) `AmazonEC2ContainerRegistryReadOnly` for ECR, or `s3:GetObject` on the bucket that holds the registry credentials.',
    }),
  ),
  wording(
    'beanstalk/source-bundle-download-failed',
    'bundle-access-denied',
    'instances fetch the application version from the Elastic Beanstalk S3 bucket with the instance profile (https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/iam-instanceprofile.html)',
    [
      /(?:failed to|could not|unable to) (?:download|retrieve|fetch) (?:the )?(?:application )?(?:source bundle|application version)/i,
      /source.?bundle.*(?:AccessDenied|Access Denied|\b403\b|Forbidden|NoSuchKey)/i,
      // CloudFormation reading the version's S3 object for the instances.
      /Service:AmazonCloudFormation, Message:S3 error: Access Denied/i,
    ],
    (line) => ({
      message: `The instances could not download the application version from S3. ${quote(line)}`,
      fix: "Give the instance profile read access to the elasticbeanstalk-<region>-<account> bucket (AWSElasticBeanstalkWebTier) and keep the version's S3 object in place until the deployment ends.",
    }),
  ),
  wording(
    'beanstalk/application-version-rejected',
    'bundle-invalid',
    `${SRC.troubleshooting} ("Failed to create the AWS Elastic Beanstalk application version": bundle too large or version quota)`,
    [/Failed to create the AWS Elastic Beanstalk application version/i, /Source bundle is empty or exceeds maximum allowed size/i],
    (line) => ({
      message: `Elastic Beanstalk did not accept the application version. ${quote(line)}`,
      fix: 'Keep the bundle under 500 MB (leave out node_modules, .git, build caches) and delete old application versions if the account reached its quota.',
    }),
  ),
  {
    id: 'beanstalk/dependency-install-failed',
    category: 'dependency-install-failed',
    source:
      'events "Instance deployment: \'npm\' failed to install dependencies that you defined in \'package.json\'", "Instance deployment failed to install dependency gems that you defined in \'Gemfile\'", "Instance deployment failed to install application dependencies"; eb-engine.log [InstallDependency] "fail to install dependencies with requirements.txt"; legacy "Failed to run npm install" / hooks 50npm.sh (https://github.com/Rokt33r/aws-eb-typescript-app/issues/1)',
    when: (f) => {
      const line = lineMatching(f, DEPENDENCY);
      if (line) return line;
      const hook = legacyHook(f);
      if (hook && /npm|yarn|bundle|gem|composer|pip|requirements|03deploy\.py|asset_compilation/i.test(hook.name))
        return f.origin === 'event' ? f.text : hook.path;
      if (f.step && DEPENDENCY_STEP.test(f.step.step)) return f.step.line;
      // The Ruby platform's build step (bundle exec rake assets:precompile), like a Buildfile build.
      if (f.step && /rake tasks|assets:precompile/i.test(`${f.step.step} ${f.step.detail}`)) return f.step.line;
      return null;
    },
    explain: (f, line: string) => {
      const detail = f.step?.detail ?? f.text;
      const tool = /\bnpm\b/i.test(detail)
        ? 'npm'
        : /\byarn\b/i.test(detail)
          ? 'yarn'
          : /\bpip\b|requirements\.txt|Pipfile/i.test(detail)
            ? 'pip'
            : /\bgems?\b|Gemfile|bundle/i.test(detail)
              ? 'bundler'
              : /composer/i.test(detail)
                ? 'composer'
                : null;
      const output = detail
        .split(/\\n|\n|Stderr:/)
        .map((s) => s.trim())
        .filter((s) =>
          /^(?:npm ERR!|npm error|ERROR:|error |Error:)|Could not find|No matching distribution|unable to resolve|requires|conflict/i.test(
            s,
          ),
        );
      return {
        category: 'dependency-install-failed',
        title: `${f.step?.step ?? 'Build'}: installing dependencies failed`,
        message: `Elastic Beanstalk could not install the application's dependencies${tool ? ` with ${tool}` : ''}${f.step ? ` (${f.step.step})` : ''}.`,
        step: f.step?.step ?? null,
        file: null,
        line: null,
        evidence: [around(line, DEPENDENCY), ...output.slice(0, 5)],
        key: `dep:${tool ?? ''}`,
      };
    },
  },
  {
    id: 'beanstalk/legacy-hook-failed',
    category: 'platform-hook-failed',
    source:
      'legacy platforms: "Hook /opt/elasticbeanstalk/hooks/appdeploy/pre/12_db_migration.sh failed. For more detail, check /var/log/eb-activity.log"; Windows: "Error occurred during build: Command hooks failed" (https://github.com/einaregilsson/beanstalk-deploy/issues/3)',
    when: (f) =>
      legacyHook(f) ?? (/Command hooks (?:\([^)]*\) )?failed/.test(f.text) ? { path: 'HooksExecutor (Windows)', name: 'hooks' } : null),
    explain: (f, h: { path: string; name: string }) => ({
      category: 'platform-hook-failed',
      title: `Hook ${h.name} failed`,
      message:
        h.name === 'hooks'
          ? "The Windows platform's deployment hooks failed (HooksExecutor): the cause is in C:\\cfn\\log\\cfn-init.log and the Elastic Beanstalk deployment logs on the instance."
          : `The platform hook ${h.path} failed (a legacy Amazon Linux AMI platform; hooks there come from the platform or from .ebextensions \`files:\`).`,
      step: h.path,
      file: null,
      line: null,
      evidence: [f.origin === 'event' ? around(f.text, [LEGACY_HOOK, /Command hooks/], 400) : h.path],
      key: `legacy-hook:${h.name}`,
    }),
  },
  {
    id: 'beanstalk/app-command-not-found',
    category: 'app-start-failed',
    source:
      'web.stdout.log / web.stderr.log lines of the Procfile process (the shell\'s "command not found", Node\'s "Cannot find module")',
    when: (f) => appLogLines(f).find((l) => matchesAny(l, APP_NOT_FOUND)) ?? null,
    explain: (f, line: string) => ({
      category: 'app-start-failed',
      title: 'The start command was not found',
      message: `The application's start command could not run ${quote(line)}: the Procfile (or the platform's default command) names a program, module or script the application does not have.`,
      step: f.step?.step ?? null,
      file: f.bundle?.files.has('Procfile') ? 'Procfile' : null,
      line: f.bundle?.files.has('Procfile') ? 1 : null,
      evidence: [line, f.step?.line].filter((x): x is string => !!x),
      fix: "Call the program through the app's own environment (`web: npx next start`, `web: python -m gunicorn …`) and make sure it is in package.json `dependencies` / requirements.txt, not only devDependencies.",
      key: 'start:not-found',
    }),
  },
  {
    id: 'beanstalk/app-start-failed',
    category: 'app-start-failed',
    source:
      'eb-engine.log "Following services are not running: web", "[Track pids in healthd] … /var/pids/web.pid: no such file or directory"; web.stdout.log process errors; nginx error.log "connect() failed (111: Connection refused) while connecting to upstream"; legacy "Docker container quit unexpectedly after launch"',
    when: (f) =>
      lineMatching(f, APP_START) ??
      (f.step && /Run Docker Container|Start (?:app|application|Docker)|RegisterAppProcesses|CheckServicesRunning/i.test(f.step.step)
        ? f.step.line
        : null) ??
      appLogLines(f).find((l) => matchesAny(l, APP_START) || matchesAny(l, APP_CRASH)) ??
      // nginx, then Apache (httpd/error_log), finding nothing listening where the app should be.
      linesOf(f, 'error.log', 'error_log').find((l) =>
        /connect\(\) failed \(111: Connection refused\) while connecting to upstream|AH00957/.test(l),
      ) ??
      null,
    explain: (f, line: string) => {
      const app = appLogLines(f)
        .filter((l) => matchesAny(l, APP_START) || /\b(?:error|exception|fatal)\b/i.test(l))
        .slice(-4);
      return {
        category: 'app-start-failed',
        title: `${f.step?.step ?? 'Start'}: the application did not start`,
        message: `The application process did not start, exited right away or does not listen where nginx sends requests${f.step ? ` (${f.step.step})` : ''}.`,
        step: f.step?.step ?? null,
        file: null,
        line: null,
        evidence: [around(line, APP_START), ...app],
        key: 'start',
      };
    },
  },
  wording(
    'beanstalk/instance-profile-or-role',
    'iam-permissions',
    'events "Environment must have instance profile associated with it.", "The instance profile … associated with the environment does not exist.", "A Service Role is required in this region", "Instance deployment failed to get one or more secrets" (https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/iam-instanceprofile.html, troubleshooting.html)',
    [
      /must have (?:an )?instance profile associated/i,
      /instance profile \S+ associated with the environment (?:does not exist|is invalid|has no role)/i,
      /Invalid IamInstanceProfile|IamInstanceProfile.*(?:not found|does not exist|invalid)/i,
      /A Service Role is required/i,
      /(?:service role|instance profile).*(?:does not exist|cannot be assumed|is not valid)/i,
      /failed to get one or more secrets/i,
      ...IAM,
    ],
    (line) => {
      const profile = /instance profile (\S+)/i.exec(line)?.[1];
      return {
        message: `A role is missing or lacks a permission. ${quote(line)}`,
        fix:
          /instance profile/i.test(line) && !/secrets/i.test(line)
            ? `Create the instance profile${profile && profile !== 'associated' ? ` ${profile}` : ''} (role with AWSElasticBeanstalkWebTier) and set it in \`aws:autoscaling:launchconfiguration\` \`IamInstanceProfile\`; new accounts no longer get a default one.`
            : /secrets/i.test(line)
              ? 'Check the secret ARNs and give the instance profile `secretsmanager:GetSecretValue` / `ssm:GetParameter` on them.'
              : undefined,
      };
    },
  ),
  wording(
    'beanstalk/instances-unreachable',
    'agent-unavailable',
    'events "The EC2 instances failed to communicate with AWS Elastic Beanstalk, either because of configuration problems with the VPC or a failed EC2 instance." and "The following resource(s) failed to create: [AWSEBInstanceLaunchWaitCondition]" (https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/vpc.html, troubleshooting.html)',
    [
      /instances failed to communicate with AWS Elastic Beanstalk/i,
      /\[AWSEBInstanceLaunchWaitCondition\]/,
      /WaitCondition (?:timed out|received failed message)|Received 0 conditions when expecting/i,
      /have not responded to commands|Responses were not received from/i,
      /Unable to (?:reach|connect to) (?:the )?Elastic Beanstalk/i,
    ],
    (line) => ({
      title: 'The instances cannot reach Elastic Beanstalk',
      message: `The instances never reported back to Elastic Beanstalk. ${quote(line)}`,
      fix: 'Instances in private subnets need a NAT gateway (or VPC endpoints for elasticbeanstalk, elasticbeanstalk-health, cloudformation, s3, sqs, logs); in public subnets they need a public IP (`AssociatePublicIpAddress: true`) and a route to an internet gateway.',
    }),
  ),
  wording(
    'beanstalk/command-timeout',
    'script-timeout',
    `${SRC.troubleshooting} ("Update environment operation is complete, but with command timeouts. Try increasing the timeout period.")`,
    [
      /complete, but with command timeouts/i,
      /have not responded in the allowed command timeout/i,
      /command timed out|timed out waiting for (?:the )?command/i,
    ],
    (line) => ({
      title: 'The deployment commands timed out',
      message: `The instances did not finish the deployment commands within the command timeout. ${quote(line)}`,
      fix: 'Make .ebextensions commands and hooks finish sooner (no long downloads or builds at deploy time) or raise `aws:elasticbeanstalk:command` `Timeout` (default 600 s).',
    }),
  ),
  wording(
    'beanstalk/health-check-after-deploy',
    'health-degraded',
    'events "Instance id(s) \'i-…\' did not pass health check after command execution. Aborting the operation." (https://github.com/rennokki/laravel-aws-eb/issues/71); troubleshooting.html "Elastic Load Balancer awseb-… Has Zero Healthy Instances"',
    [
      /did not pass health checks? after (?:command execution|deploy)/i,
      /Has Zero Healthy Instances/i,
      /instances? (?:failed|did not pass) (?:the )?health checks?/i,
    ],
    (line) => ({
      title: 'Instances failed their health check after the deployment',
      message: `The new version was installed but the instances did not pass the health check afterwards, so Elastic Beanstalk aborted the deployment. ${quote(line)}`,
      fix: 'Read /var/log/web.stdout.log and nginx/error.log on an instance: the app must answer the health check path with 200 on the port the platform expects (PORT, usually 8080 or 5000).',
    }),
  ),
  wording(
    'beanstalk/platform-template-bug',
    'platform-error',
    'Elastic Beanstalk release notes, 2019-06-07: "Service:AmazonCloudFormation, Message:Template error: Unable to get mapping for AWSEBAWSInstanceTypeFamily2Arch::t3a::Arch"',
    [/Unable to get mapping for AWSEB/i],
    say('The platform version does not support this setting (an AWS-side template limitation):'),
  ),
  {
    id: 'beanstalk/cloudformation-template-invalid',
    category: 'ebextensions-invalid',
    source:
      'events "Service:AmazonCloudFormation, Message:Template format error: Unresolved resource dependencies [Bucket] in the Resources block of the template" after an update with .ebextensions Resources (https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environment-resources.html)',
    when: (f) =>
      lineMatching(f, [
        /Template format error/i,
        /Template (?:validation )?error:/i,
        /Service:AmazonCloudFormation, Message:\[\/Resources\//,
        /Unrecognized resource types?/i,
        /Encountered unsupported property/i,
        /Unresolved resource dependencies/i,
        /InvalidParameterValue: Template\b|\bTemplate does not have\b/i,
        /resource\(s\) failed to (?:create|update): \[(?!AWSEB)/i,
      ]),
    explain: (f, line: string) => {
      const names = resourceNames(line);
      const loc = locateResources(f.bundle, names);
      return {
        category: 'ebextensions-invalid',
        title: `CloudFormation rejected the environment template${names.length ? ` (${names.join(', ')})` : ''}`,
        message: `CloudFormation rejected the update: the \`Resources\` (or option settings) added by .ebextensions do not form a valid template${loc ? ` — see ${loc.file} line ${loc.line}` : ''}. ${quote(line)}`,
        step: null,
        file: loc?.file ?? null,
        line: loc?.line ?? null,
        evidence: [line],
        fix: 'Fix the resource in .ebextensions (logical names must match their Ref/GetAtt, properties as CloudFormation documents them); `cfn-lint` on the Resources block shows the line.',
        key: `cfn:${names.join(',')}`,
      };
    },
  },
  {
    id: 'beanstalk/ebextensions-invalid',
    category: 'ebextensions-invalid',
    source:
      'events "The configuration file .ebextensions/x.config in application version v contains invalid YAML or JSON", "Invalid option specification (Namespace: …, OptionName: …): Unknown configuration setting.", "Instance deployment detected one or more multiline environment values" (troubleshooting.html)',
    when: (f) => lineMatching(f, EBEXT_INVALID),
    explain: (f, line: string) => {
      const named = /(\.ebextensions\/[^\s'"]+?\.config)/.exec(line)?.[1];
      const option = /OptionName: '?([\w.:-]+)'?|Unknown or duplicate parameter: (\S+)/.exec(line);
      const optionName = option?.[1] ?? option?.[2];
      const loc = named
        ? locateConfigFile(named, line)
        : optionName
          ? locateInEbextensions(f.bundle, [
              (l) => new RegExp(`(?:^|[\\s'"])${escapeRe(optionName)}['"]?\\s*:|option_name:\\s*['"]?${escapeRe(optionName)}`).test(l),
            ])
          : null;
      return {
        category: 'ebextensions-invalid',
        title: loc ? `${loc.file}: invalid configuration` : '.ebextensions: invalid configuration',
        message: `Elastic Beanstalk rejected the configuration. ${quote(line)}`,
        step: null,
        file: loc?.file ?? null,
        line: loc?.line ?? null,
        evidence: [line],
        key: `config:${named ?? optionName ?? ''}`,
      };
    },
  },
  wording(
    'beanstalk/load-balancer',
    'load-balancer',
    `${SRC.troubleshooting} ("ELB cannot be attached to multiple subnets in the same AZ", "Elastic Load Balancer awseb-… Cannot Be Found", IPv6 CIDR blocks for dualstack)`,
    [
      /cannot be attached to multiple subnets in the same (?:AZ|Availability Zone)/i,
      /Elastic Load Balancer \S+ Cannot Be Found/i,
      /IPv6 CIDR blocks? (?:are|is) required for (?:the subnets used with )?dualstack/i,
      /IpAddressType.*can only be applied/i,
      /resource\(s\) failed to create: \[AWSEB(?:V2)?LoadBalancer/i,
      /Creating load balancer failed/i,
    ],
    say('The load balancer configuration is invalid:'),
  ),
  wording(
    'beanstalk/concurrent-operation',
    'concurrent-deployment',
    'UpdateEnvironment/CreateApplicationVersion errors "OperationInProgressFailure": "… another operation is already in progress"',
    CONCURRENT,
    say('Another operation is in progress on the environment:'),
  ),
  wording(
    'beanstalk/environment-not-ready',
    'environment-not-ready',
    `UpdateEnvironment errors ("is in an invalid state for this operation. Must be Ready", "No Environment found"); ${SRC.troubleshooting} ("The stack … associated with environment … is in … state")`,
    [
      /is in an invalid state for this operation\. Must be Ready/i,
      /No Environment found/i,
      /Environment named \S+ (?:not found|does not exist)/i,
      /Environment must be in (?:the )?Ready state/i,
      /currently being (?:updated|terminated|launched)/i,
      /The stack \S+ associated with environment \S+ is in \S+ state/i,
      /associated CloudFormation stack \S+ does not exist/i,
    ],
    say('The environment cannot take a deployment now:'),
  ),
  wording(
    'beanstalk/version-not-found',
    'version-mismatch',
    'UpdateEnvironment error "No Application Version named \'v43\' found."',
    [/No Application Version named '?([^'\s]+)'?/i, /Application version \S+ (?:does not exist|not found)/i],
    say('The application version does not exist:'),
  ),
  wording(
    'beanstalk/version-left-behind',
    'version-mismatch',
    'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environments-health-enhanced-notifications.html ("Incorrect application version found on 2 out of 5 instances. Expected version "v1" (deployment 1).")',
    [/Incorrect application version/i],
    (line) => ({
      message: `Some instances run another application version than expected: a deployment failed part-way. ${quote(line)}`,
      consequence: /Environment health has/i.test(line),
      fix: 'Find why the last deployment failed (the other diagnoses), then redeploy so every instance runs the same version.',
    }),
  ),
  wording(
    'beanstalk/launch-configuration-unavailable',
    'platform-error',
    'events "Creating Auto Scaling launch configuration failed Reason: … The Launch Configuration creation operation is not available in your account. Use launch templates …" (https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environments-cfg-autoscaling-launch-templates.html)',
    [
      /Launch Configuration creation operation is not available/i,
      /Creating Auto Scaling launch configuration failed/i,
      /failed to create: \[AWSEBAutoScalingLaunchConfiguration\]/i,
      /Resource AWSEBAutoScalingGroup does not exist for stack/i,
    ],
    (line) => ({
      title: 'This account cannot create launch configurations',
      message: `AWS no longer lets this account create Auto Scaling launch configurations, and the environment still asks for one. ${quote(line)}`,
      fix: 'Make Elastic Beanstalk use a launch template: set `aws:autoscaling:launchconfiguration` `DisableIMDSv1: true` (or `RootVolumeType: gp3`), then update the environment.',
    }),
  ),
  wording(
    'beanstalk/platform-error',
    'platform-error',
    `events with AWS-side failures (throttling, internal errors, EC2 capacity); ${SRC.troubleshooting} ("EC2 Instance Launch Failure")`,
    [
      /Internal failure/i,
      /Service:Amazon\w+, Message:Rate exceeded/i,
      /\bThrottling\b|Rate exceeded/i,
      /InsufficientInstanceCapacity|We currently do not have sufficient \S+ capacity/i,
      /EC2 Instance Launch Failure/i,
      /InstanceLimitExceeded|VcpuLimitExceeded|more instances \(\d+\) than your current instance limit/i,
      /instance type \(\S+\) is not supported in your requested Availability Zone/i,
      /Stack named '\S+' aborted operation/i,
      /Service ?Unavailable|\bInternalError\b/,
    ],
    say('AWS reported a failure on its side:'),
  ),
  wording(
    'beanstalk/legacy-command-output',
    'ebextensions-command-failed',
    'legacy platforms quote the failed activity\'s output in "[Instance: i-…] Command failed on instance. Return code: 1 Output: (TRUNCATED)…"; platform hooks say "Hook … failed", so output naming no hook is an .ebextensions command\'s (https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/customize-containers-ec2.html)',
    [/Command failed on instance\. Return code: [1-9]\d* Output: (?!Engine execution|Instance deployment|null\b)\S/],
    (line) => ({
      title: 'An .ebextensions command failed',
      message: `An instance command failed and the output Elastic Beanstalk quotes names no platform hook: on these platforms that is an .ebextensions \`commands\`/\`container_commands\` entry (check the one that runs what the output shows). ${quote(line)}`,
      evidence: [line.replace(/^.*?Output: /, '')],
      fix: 'Find the command in .ebextensions that produced this output (the full output is in /var/log/eb-activity.log or cfn-init-cmd.log); it must exit 0 and must not wait for input (`--noinput`).',
    }),
  ),
  wording(
    'beanstalk/health-transition',
    'health-degraded',
    `events "Environment health has transitioned from Ok to Severe. …" and (basic health) "Environment health has been set to RED" (${SRC.ebcli})`,
    [/Environment health has (?:transitioned|been set) (?:from \w+ )?to (Severe|Degraded|Warning|RED|YELLOW)\b/i],
    (line) => ({
      title: `Environment health: ${/to (\w+)/i.exec(line)?.[1] ?? 'degraded'}`,
      message: quote(line).replace(/^\(|\)$/g, ''),
      consequence: true,
    }),
  ),
  {
    id: 'beanstalk/engine-step-unrecognised',
    category: 'unknown',
    source: SRC.engine,
    when: (f) => f.step,
    explain: (_f, s: EngineStep) => ({
      category: 'unknown',
      title: `${s.step} failed`,
      message: `The deployment step "${s.step}" failed on the instance: ${quote(s.detail).replace(/^\(|\)$/g, '')}`,
      step: s.step,
      file: null,
      line: null,
      evidence: [s.line, ...s.detail.split('\n').slice(1, 4)],
      fix: 'Read /var/log/eb-engine.log around the [ERROR] line in the evidence; the lines above it show the command that failed.',
      key: `step:${s.step}`,
    }),
  },
];

/** The application's own output: web.stdout.log / web.stderr.log (the Procfile `web` process). */
function appLogLines(f: EbFacts): string[] {
  // A tail without file headers may be the app's log as well as the platform's.
  if (f.logs.size === 1 && f.logs.has('unknown')) return linesOf(f, 'unknown');
  // web.* on Amazon Linux 2/2023, nodejs.log on the legacy Node.js platform, eb-…-stdouterr.log on Docker, catalina.out on Tomcat.
  return [...f.logs.keys()].filter((n) => APP_LOG.test(n)).flatMap((n) => linesOf(f, n));
}
const APP_LOG = /^web(?:[.-]|$)|^nodejs\.log$|stdouterr\.log$|^catalina\.out$/;
