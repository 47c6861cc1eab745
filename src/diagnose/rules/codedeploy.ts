// CodeDeploy: one ordered rule table for a failed lifecycle event (and, through the same table,
// for the deployment's errorInformation.message). The first rule whose evidence is present decides
// the cause, so the order is the precedence: what breaks the instance or the revision itself
// (disk, agent, download, unpacking, appspec) before what a script did, the script's own cause
// (line endings, interpreter, user, mode, output, time, missing command) before "it exited non-zero".
//
// Wording sources: aws/aws-codedeploy-agent — the Ruby agent 1.x under lib/instance_agent/ and the
// Rust agent 2.0 under src/ — and the CodeDeploy user guide (error-codes.html, troubleshooting pages).
// Rules cite the file or page their sentences come from.

import type { ErrorCode } from '@aws-sdk/client-codedeploy';
import type { Diagnosis, DiagnosisCategory } from '../../types.js';
import { CATEGORY_INFO, PREVIOUS_REVISION_EVENTS } from '../catalog.js';
import {
  AGENT_LOGS,
  atHook,
  atScript,
  backgroundsWithoutRedirect,
  diagnosis,
  HOSTS,
  scriptLabel,
  stderrTail,
  type HookFacts,
} from '../hook.js';
import { bundleHas, findAppspec, locateHookLocation, normaliseRelative, resolvedScriptPath, suggestBundlePaths } from '../locate.js';
import { matchesAny, matchingLines, P } from '../patterns.js';
import type { Rule } from '../table.js';
import { evidenceList, showLine } from '../text.js';

export type HookRule = Rule<HookFacts, any, Diagnosis>; // eslint-disable-line @typescript-eslint/no-explicit-any -- each rule has its own evidence shape

const AGENT_REPO = 'github.com/aws/aws-codedeploy-agent';
const RUBY = `${AGENT_REPO} lib/instance_agent/plugins/codedeploy`;
const RUST = `${AGENT_REPO} src`;
const ERROR_CODES_PAGE = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/error-codes.html';

// ── Wording ────────────────────────────────────────────────────────────────────────────────

/** command_poller.rb#recover_from_crash? and Rust command_poller/crash_recovery.rs (error code 7). */
const AGENT_RESTART = [
  /Failing in-progress lifecycle event after an agent restart/i,
  /\bFailedAfterRestart\b/,
  /agent (?:likely )?restarted while running/i,
  /failed after (?:the )?(?:agent|host|instance) (?:restart|reboot)/i,
];

/** The service's words when the agent never answered (error-codes.html AGENT_ISSUE, console instance details). */
const AGENT_GONE = [
  /agent was not able to receive the lifecycle event/i,
  /problem with the (?:AWS )?CodeDeploy agent/i,
  /(?:AWS )?CodeDeploy agent has stopped/i,
  /timed out while waiting for the (?:CodeDeploy )?agent/i,
  /agent (?:was )?(?:restarted|stopped|shut down|killed|terminated) (?:during|while)/i,
  /No host (?:agent )?(?:has )?polled/i,
  /agent (?:is not|isn't) (?:running|installed|responding)/i,
  /codedeploy-agent (?:is not running|not found|dead)/i,
  /Unable to connect to (?:the )?CodeDeploy/i,
  /codedeploy-commands(?:-secure|-fips)?\.[\w.-]*amazonaws\.com.*(?:timed out|refused|failed)/i,
  // lib/instance_agent/agent/base.rb logs "Cannot reach InstanceService: <class> - <message>" when a poll fails; a denial is an IAM cause instead.
  /Cannot reach InstanceService: (?!\S*AccessDenied)/,
  /Signature expired: \d{8}T\d{6}Z is now earlier than/,
];

/**
 * The console's sentence for events that never ran: "(1) Multiple deployments are attempting to run
 * at the same time on an instance; (2) The AWS CodeDeploy agent has stopped." The first is what Auto
 * Scaling scale-outs with several deployment groups produce (troubleshooting-auto-scaling.html).
 */
const EVENTS_DID_NOT_RUN = [/lifecycle events did not run/i, /Multiple deployments are attempting to run at the same time/i];

/**
 * DownloadBundle unpacks into a fresh deployment-archive; a file there that "already exists" means
 * a second agent process or a broken agent release is writing the same archive (agent issues 255, 322).
 */
const ARCHIVE_COLLISION = /deployment-archive[\\/][^'"]*['"]?\s*already exists|already exists[^\n]*deployment-archive/i;

/**
 * The agent failing on its own state under the deployment root — ongoing-deployment/ (config.rb
 * :ongoing_deployment_tracking, deployment_command_tracker.rb), deployment-instructions/
 * (command_executor.rb), deployment-logs/ (log.rb): a broken install or wrong ownership, not the revision.
 */
const AGENT_STATE_IO =
  /(?:Permission denied|Read-only file system|Operation not permitted|No such file or directory)\b[^\n]*(?:ongoing-deployment|deployment-instructions|deployment-logs)\b/i;

/** Decisive wherever they appear: command_executor.rb#download_from_s3/#download_from_github, Rust aws_clients/s3_client.rs. */
const DOWNLOAD_FAILED = [
  /Aws::S3::Errors/,
  /S3 GetObject failed for/,
  /Could not download bundle/i,
  /Missing credentials/i,
  /failed to load IMDS session token/i,
  /IamSession credentials/,
  // The service / GitHub: the registered revision is gone (error-codes.html REVISION_MISSING).
  /(?:bundle|revision|object) .{0,80}(?:does not exist|could not be found|was not found)/i,
];

/** DownloadBundle only: Ruby's IOError when the S3 body never arrived (troubleshooting-deployments.html). */
const DOWNLOAD_EMPTY = [/not opened for reading/];

/** No route to S3 while downloading (command_executor.rb: "Try using s3 endpoint override"). */
const NO_ROUTE = [
  /Seahorse::Client::NetworkingError/,
  /Failed to open TCP connection/i,
  /Try using s3 endpoint override/,
  /Net::(?:Open|Read)Timeout/,
  /dispatch failure/i,
];

/** installer.rb#generate_normal_copy, Rust installer/error.rs FileAlreadyExists. */
const FILE_EXISTS = [/specified file already exists at this location/i, /Destination '[^']*' already exists/];
/** The copy during Install finds something in the way (Errno::EEXIST / EISDIR, Rust "(os error 17)"). */
const INSTALL_IN_THE_WAY = [
  /File exists @ \w+/,
  /Errno::EEXIST/,
  /File exists \(os error 17\)/,
  /Is a directory @ \w+/,
  /Not a directory @ \w+/,
];

/**
 * hook_executor.rb#parse_app_spec and Rust lifecycle_event/executor.rs ("did not find an AppSpec
 * file within the unpacked revision directory"), File.read of a missing appspec.yml (Ruby), Rust
 * host_command/commands/download_bundle.rs ("the specified file does not exist at the expected
 * location … AppSpec"), and the service for ECS/Lambda revisions.
 */
const APPSPEC_MISSING = [
  /did not find an AppSpec file/i,
  /No such file or directory(?: @ \w+)? - \S*deployment-archive\/appspec\.(?:ya?ml|json)\b/,
  /specified file does not exist at the expected location/i,
  /(?:revision|bundle|archive) (?:does not|doesn't) (?:contain|have|include) (?:an? |the )?AppSpec/i,
  /(?:no|missing) AppSpec file/i,
  /AppSpec file (?:was |is )?(?:missing|not found)/i,
  /appspec\.(?:ya?ml|json) (?:file )?(?:was )?not (?:been )?found/i,
];

/**
 * platform/linux_util.rb#execute_zip_command/#execute_tar_command, the rubyzip fallback in
 * command_executor.rb#unpack_bundle, Rust host_command/bundle_unpacker.rs, gzip/tar stderr, and
 * deployment_specification.rb's bundle-type checks.
 */
const UNPACK = [
  /Error extracting (?:zip|tar|tgz) archive/i,
  /(?:unzip|tar) failed \(exit -?\d+\)/,
  /Zip::\w*Error|Zip end of central directory/,
  /End-of-central-directory signature not found/i,
  /not a zip ?file|cannot find zipfile directory/i,
  /gzip: stdin: not in gzip format/,
  /tar: This does not look like a tar archive/,
  /bundle'?s? type is incorrect|BundleType in \w+Revision must be|bundle ?type (?:is )?(?:invalid|not valid|mismatch)/i,
  /__MACOSX/,
];

/**
 * application_specification/*.rb (AppSpecValidationException), install_instruction.rb, Rust
 * application_specification/error.rs and installer/error.rs — all "The deployment failed because …
 * application specification file / AppSpec file" — command_executor.rb#validate_app_spec_hooks,
 * Psych / serde_yaml parse errors, and the service's texts for ECS/Lambda AppSpecs.
 */
const APPSPEC_INVALID = [
  /The deployment failed because .*(?:application specification ?file|AppSpec file)/i,
  /The deployment failed because of a YAML parsing error/i,
  /file contains unknown lifecycle events/i,
  /lifecycle event which is not a default one/i,
  /invalid version value|unsupported operating system \(/i,
  /Psych::SyntaxError/,
  /\(<unknown>\): .* at line \d+ column \d+/,
  /did not find expected (?:key|node content|'-' indicator)|mapping values are not allowed|could not find expected ':'|found character that cannot start any token|found a tab character/,
  /\b(?:invalid (?:range part|sensitivity|category(?: range)?) \S|duplicate categories\b)/,
  /attempts to escape the deployment archive directory/,
  /AppSpec (?:file )?(?:cannot|could not|can't|couldn't) be (?:parsed|read|loaded)/i,
  /(?:invalid|malformed) AppSpec|AppSpec (?:file )?(?:is )?(?:invalid|not valid|malformed)/i,
  /AppSpec file .{0,120}(?:invalid|not valid|cannot be parsed)/i,
  /JSON::ParserError|unexpected token at '/,
];

/** Ruby exceptions raised while application_specification.rb walks a structurally wrong appspec (the agent reports only e.message). */
const RUBY_EXCEPTION = [
  /undefined method [`'‘][^`'’]+[`'’] for /,
  /\bNoMethodError\b/,
  /no implicit conversion of \w+ into \w+/,
  /\bTypeError\b/,
  /can't convert \w+ (?:in)?to \w+/,
  /undefined local variable or method/,
];

/** installer.rb copies each files[].source: Errno::ENOENT under deployment-archive (Ruby), "IO error: … (os error 2)" (Rust installer/error.rs). */
const SOURCE_MISSING = /No such file or directory(?: @ \w+)? - (\S*deployment-archive\/(\S+))/;
const SOURCE_MISSING_RUST = /No such file or directory \(os error 2\)/;

/** hook_executor.rb / Rust executor.rs: exec of an existing script failed (the interpreter its first line names is not there). */
const EXEC_ENOENT = /failed with error (?:Errno::ENOENT\b|No such file or directory)/;
/** Errno::ENOEXEC / "(os error 8)": no "#!" line, a byte-order mark before it, or a binary for another architecture. */
const EXEC_FORMAT = [/Exec format error/, /Errno::ENOEXEC/];

/** hook_executor.rb SCRIPT_EXECUTABILITY_CODE, Rust "… as executable: …", spawn EACCES, PowerShell execution policy. */
const NOT_EXECUTABLE = [
  /Unable to set script at specified location: .* as executable/,
  /failed with error (?:Errno::EACCES|Permission denied)/,
  /running scripts is disabled on this system/,
];

/** hook_executor.rb / Rust executor.rs OUTPUTS_LEFT_OPEN_CODE. */
const OUTPUTS_OPEN = [/failed to close STD(?:OUT|ERR)/i, /\bOutputsLeftOpen\b/, /outputs left open/i];
/** hook_executor.rb / Rust executor.rs SCRIPT_TIMED_OUT_CODE. */
const TIMED_OUT = [/failed to complete in \d+ seconds/i, /\bScriptTimedOut\b/, /timed out after \d+ seconds/i];
/** A long-running server logging into the hook's output (it is attached to the hook's stdout). */
const SERVER_OUTPUT = [
  /Started \w+ in [\d.]+ seconds/,
  /Tomcat started on port/i,
  /Netty started on port/i,
  /Listening on (?:port )?:?\d+/i,
  /listening on (?:http|port|\d)/i,
  /Server (?:is )?(?:running|listening|started) (?:on|at)/i,
  /Running on http/i,
  /Serving Flask app/,
  /Booting worker with pid/,
  /Puma starting/,
  /Uvicorn running on/,
  /nohup: ignoring input$/,
];

/** The AWS CLI / SDKs inside a hook script, denied by the instance profile. */
const CLI_DENIED = [
  /An error occurred \((?:AccessDenied(?:Exception)?|UnauthorizedOperation|AuthorizationError|UnauthorizedAccess)\) when calling/,
  /is not authorized to perform/i,
];

/** Deployment-level sentences of the service (error-codes.html; CreateDeploymentGroup validation). */
const HEALTH = [
  /too many individual instances failed/i,
  /too few healthy instances/i,
  /minimum (?:number of )?healthy (?:instances|hosts)/i,
];
const NO_INSTANCES = [
  /no instances (?:were )?(?:found|specified|matched)/i,
  /(?:matched|matches|identif(?:y|ies|ied)) no instances/i,
  /no (?:target )?instances? (?:in|for) (?:the|this|your) deployment group/i,
  /deployment group contains no instances/i,
];
const LOAD_BALANCER = [
  /valid pair of target groups/i,
  /target ?group ?pair/i,
  /specification for load balancing .* is invalid/i,
  /target group .* must be behind (?:a |the )?listener/i,
  /target group .* (?:is not|isn't) associated with/i,
  /(?:load balancer|target group|listener)s? .{0,80}(?:could not be found|does not exist|not found)/i,
  /ELB could not be updated/i,
  /(?:failed|unable) to (?:register|deregister) .{0,80}(?:load balancer|target group)/i,
  /not registered with (?:the )?(?:load balancer|target group)/i,
  /lifecycle hook .{0,80}Auto Scaling group|Auto Scaling group .{0,80}lifecycle hook/i,
  /(?:isn't|is not|not) configured correctly with its (?:Amazon EC2 )?Auto Scaling group/i,
];

const TRAFFIC_EVENTS = new Set(['AllowTraffic', 'BlockTraffic', 'TestTraffic', 'AllowTestTraffic']);
const SCRIPT_LOCATION = /Script (?:does not exist )?at specified location: (.+?)(?: run as user (\S+))?(?: failed| is not| resolves|$)/;

// ── Helpers ────────────────────────────────────────────────────────────────────────────────

function hits(texts: readonly string[], patterns: readonly RegExp[]): string[] | null {
  const found = matchingLines(texts, patterns);
  return found.length > 0 ? found : null;
}

const inMessage = (h: HookFacts, patterns: readonly RegExp[]) => hits([h.f.message], patterns);
const inAny = (h: HookFacts, patterns: readonly RegExp[]) => hits(h.texts, patterns);
const lifecycle = (h: HookFacts) => h.scope === 'lifecycle';

function isMissing(h: HookFacts): boolean {
  return (
    h.f.errorCode === 'ScriptMissing' ||
    /Script does not exist at specified location|resolves outside the deployment archive/i.test(h.f.message)
  );
}

function namingCodeDeploy(lines: string[] | null): string[] | null {
  const named = (lines ?? []).filter((l) => /codedeploy/i.test(l));
  return named.length > 0 ? named : null;
}

/**
 * "Permission denied" about the script itself: the path right before ": Permission denied" (shells)
 * or after "Permission denied … - " (Ruby Errno::EACCES) ends with the script's name. A redirect or
 * mkdir the script makes is denied on another path, even when the shell prefixes the script's name.
 */
function deniedOnScript(line: string, base: string): boolean {
  if (base === '') return false;
  const shell = /(\S+): Permission denied\s*$/.exec(line)?.[1];
  const ruby = /Permission denied(?: @ \w+)? - (\S+)/.exec(line)?.[1];
  return [shell, ruby].some((p) => p !== undefined && (p === base || p.endsWith(`/${base}`)));
}

/** Exec of the (existing) script failed with ENOENT: the agent's sentence, or the raw errno text naming the script. */
function execEnoent(h: HookFacts): boolean {
  if (EXEC_ENOENT.test(h.f.message)) return true;
  const script = normaliseRelative(h.f.scriptName);
  return script !== '' && /No such file or directory/.test(h.f.message) && h.f.message.includes(script);
}

function secondsIn(message: string): string | undefined {
  return /in (\d+) seconds/.exec(message)?.[1];
}

function firstLine(script: string | undefined): string | undefined {
  return script?.split('\n')[0];
}

/** The appspec line whose `source:` names this bundle path (or a parent of it). */
function locateFilesSource(h: HookFacts, path: string): { file: string | null; line: number | null } {
  const appspec = findAppspec(h.bundle);
  if (!appspec) return { file: null, line: null };
  const rel = normaliseRelative(path);
  const rows = appspec.text.split('\n');
  let best: number | null = null;
  rows.forEach((row, i) => {
    const m = /^\s*-?\s*source:\s*['"]?([^'"#]*?)['"]?\s*(?:#.*)?$/.exec(row);
    if (!m) return;
    const src = normaliseRelative(m[1] ?? '');
    if (src !== '' && (rel === src || rel.startsWith(`${src}/`))) best = i + 1;
  });
  return { file: appspec.path, line: best };
}

// ── The table ──────────────────────────────────────────────────────────────────────────────

export const HOOK_RULES: readonly HookRule[] = [
  {
    id: 'codedeploy/agent-restarted',
    category: 'agent-unavailable',
    source: `${RUBY}/command_poller.rb (recover_from_crash?); ${RUST}/command_poller/crash_recovery.rs`,
    when: (h) => inMessage(h, AGENT_RESTART),
    explain: (h, ev: string[]) =>
      diagnosis('agent-unavailable', h, {
        message:
          `The CodeDeploy agent on ${HOSTS} restarted while ${h.f.event || 'a lifecycle event'} was running (a reboot, an agent update, ` +
          `or a hook that restarted or killed the agent), so the agent failed the in-progress event when it came back.`,
        fix: 'Do not restart the instance or the codedeploy-agent service from a hook; if the instance rebooted, redeploy. Check /var/log/aws/codedeploy-agent/codedeploy-agent.log for why it stopped.',
        evidence: [h.f.message, ...ev],
      }),
  },
  {
    id: 'codedeploy/disk-full',
    category: 'disk-full',
    source: `${RUBY}/command_executor.rb (unpack_bundle: "The disk is (or was) full during extraction."); ${RUST}/host_command/bundle_unpacker.rs; errno ENOSPC/EDQUOT`,
    when: (h) => inAny(h, P.diskFull),
    explain: (h, ev: string[]) => {
      const unpacking = /during extraction|extracting zip archive: 50|unzip failed \(exit 50\)/i.test(ev.join('\n'));
      return diagnosis('disk-full', h, {
        message:
          `${h.f.event || 'The deployment'} failed on ${HOSTS} because the instance's disk is full` +
          `${unpacking ? ' (while the bundle was being unpacked)' : h.f.scriptName ? ` (while running ${scriptLabel(h.f)})` : ''}. ` +
          'Every later deployment to this instance fails the same way until space is freed.',
        evidence: [h.f.message, ...ev],
      });
    },
  },
  {
    id: 'codedeploy/events-did-not-run',
    category: 'concurrent-deployment',
    source:
      'CodeDeploy console instance diagnostics ("One or more lifecycle events did not run"); https://docs.aws.amazon.com/codedeploy/latest/userguide/troubleshooting-auto-scaling.html',
    when: (h) => inMessage(h, EVENTS_DID_NOT_RUN),
    explain: (h, ev: string[]) =>
      diagnosis('concurrent-deployment', h, {
        message:
          `The lifecycle events on ${HOSTS} did not run: another deployment was running on the same instance at the same time ` +
          '(typical when an Auto Scaling scale-out triggers several deployment groups at once), or the CodeDeploy agent had stopped.',
        fix: 'Deploy one revision at a time to an instance (one deployment group per Auto Scaling group, or serialise releases); if nothing else was deploying, restart the CodeDeploy agent.',
        evidence: [h.f.message, ...ev],
      }),
  },
  {
    id: 'codedeploy/agent-state-io',
    category: 'agent-unavailable',
    source: `${AGENT_REPO} lib/instance_agent/config.rb (ongoing-deployment), ${RUBY}/deployment_command_tracker.rb, command_executor.rb (deployment-instructions); https://github.com/aws/aws-codedeploy-agent/issues/395`,
    when: (h) => (AGENT_STATE_IO.test(h.f.message) ? [h.f.message] : null),
    explain: (h, ev: string[]) =>
      diagnosis('agent-unavailable', h, {
        message: `The CodeDeploy agent on ${HOSTS} cannot write its own state under the deployment root: its install is broken or the directory's owner or permissions changed.`,
        fix: 'Reinstall the CodeDeploy agent (or restore ownership of its root directory to the user it runs as) and redeploy.',
        evidence: ev,
      }),
  },
  {
    id: 'codedeploy/agent-not-answering',
    category: 'agent-unavailable',
    source: `${ERROR_CODES_PAGE} (AGENT_ISSUE); CodeDeploy console lifecycle-event diagnostics`,
    // A hook's own output may say some other agent "is not running": only lines naming CodeDeploy count there.
    when: (h) => inMessage(h, AGENT_GONE) ?? namingCodeDeploy(hits([h.f.logTail], AGENT_GONE)),
    explain: (h, ev: string[]) =>
      diagnosis('agent-unavailable', h, {
        message: `The CodeDeploy agent on ${HOSTS} did not complete ${h.f.event || 'the deployment'}: it was not running, not polling, or restarted while the event ran.`,
        evidence: [h.f.message, ...ev],
      }),
  },
  {
    id: 'codedeploy/archive-collision',
    category: 'agent-unavailable',
    source:
      'https://github.com/aws/aws-codedeploy-agent/issues/255 and /issues/322 (DownloadBundle: "Destination …/deployment-archive/appspec.yml already exists")',
    when: (h) => (h.f.event === 'DownloadBundle' && ARCHIVE_COLLISION.test(h.f.message) ? [h.f.message] : null),
    explain: (h, ev: string[]) =>
      diagnosis('agent-unavailable', h, {
        message:
          `DownloadBundle on ${HOSTS} found files already in the fresh deployment-archive it was unpacking into: a second CodeDeploy agent process ` +
          '(often after an upgrade) or a broken agent release is writing the same archive.',
        fix: 'Make sure exactly one codedeploy-agent process runs (`ps aux | grep codedeploy`), then reinstall or upgrade the agent and redeploy.',
        evidence: ev,
      }),
  },
  {
    id: 'codedeploy/bundle-download-denied',
    category: 'bundle-access-denied',
    source: `${RUBY}/command_executor.rb (download_from_s3, download_from_github); ${RUST}/aws_clients/s3_client.rs ("S3 GetObject failed for")`,
    when: (h) =>
      inMessage(h, DOWNLOAD_FAILED) ??
      (h.f.event === 'DownloadBundle' ? (inAny(h, P.s3Denied) ?? inAny(h, NO_ROUTE) ?? inMessage(h, DOWNLOAD_EMPTY)) : null),
    explain: (h, ev: string[]) => {
      const noRoute = matchesAny(ev.join('\n'), NO_ROUTE);
      return diagnosis('bundle-access-denied', h, {
        message: noRoute
          ? `${HOSTS} could not reach S3 to download the revision during ${h.f.event}: the instance has no route to S3 (private subnet without a NAT gateway or an S3 VPC endpoint, or a proxy the agent does not use).`
          : `${HOSTS} could not download the revision from S3 during ${h.f.event || 'the deployment'}: the instance profile lacks access, the object or bucket does not exist (or is in another region), or the agent has no credentials.`,
        fix: noRoute
          ? 'Give the subnet a route to S3 (NAT gateway or a gateway VPC endpoint for S3), or set `:proxy_uri:` in the agent configuration.'
          : undefined,
        evidence: [h.f.message, ...ev],
      });
    },
  },
  {
    id: 'codedeploy/iam-denied',
    category: 'iam-permissions',
    source: `${ERROR_CODES_PAGE} (IAM_ROLE_PERMISSIONS, AUTO_SCALING_IAM_ROLE_PERMISSIONS); https://docs.aws.amazon.com/codedeploy/latest/userguide/security_iam_troubleshoot.html`,
    // In AllowTraffic/BlockTraffic the denial may only be in the details: it beats the load-balancer fallback.
    when: (h) => inMessage(h, P.iam) ?? (TRAFFIC_EVENTS.has(h.f.event) ? inAny(h, P.iam) : null),
    explain: (h, ev: string[]) =>
      TRAFFIC_EVENTS.has(h.f.event)
        ? diagnosis('iam-permissions', h, {
            message: `${h.f.event} failed on ${HOSTS}: the CodeDeploy service role may not (de)register instances with the load balancer.`,
            fix: "Attach the AWSCodeDeployRole managed policy (it includes the elasticloadbalancing actions) to the deployment group's service role.",
            evidence: [h.f.message, ...ev],
          })
        : diagnosis('iam-permissions', h, {
            message: `${h.f.event || 'The deployment'} failed${lifecycle(h) ? ` on ${HOSTS}` : ''}: a role is denied an action it needs (the CodeDeploy service role, the caller, or the Lambda/ELB permission named in the message).`,
            evidence: [h.f.message, ...ev],
          }),
  },
  {
    id: 'codedeploy/concurrent-deployment',
    category: 'concurrent-deployment',
    source:
      'CodeDeploy API DeploymentLimitExceededException; https://docs.aws.amazon.com/codedeploy/latest/userguide/troubleshooting-auto-scaling.html',
    when: (h) => inMessage(h, P.concurrent),
    explain: (h, ev: string[]) =>
      diagnosis('concurrent-deployment', h, {
        message: `Another deployment was already running for this target: ${showLine(h.f.message)}`,
        evidence: ev,
      }),
  },
  {
    id: 'codedeploy/file-exists',
    category: 'file-exists',
    source: `${RUBY}/installer.rb (generate_normal_copy); ${RUST}/installer/error.rs (FileAlreadyExists)`,
    when: (h) => inMessage(h, FILE_EXISTS) ?? (h.f.event === 'Install' ? inMessage(h, INSTALL_IN_THE_WAY) : null),
    explain: (h, ev: string[]) =>
      diagnosis('file-exists', h, {
        message: `${h.f.event || 'Install'} stopped because a file the revision installs is already on ${HOSTS} and was not put there by CodeDeploy (file_exists_behavior is DISALLOW by default).`,
        evidence: [h.f.message, ...ev],
      }),
  },
  {
    id: 'codedeploy/appspec-missing',
    category: 'bundle-invalid',
    source: `${RUBY}/hook_executor.rb (parse_app_spec); ${RUST}/lifecycle_event/executor.rs (parse_app_spec); ${RUST}/host_command/commands/download_bundle.rs`,
    when: (h) => inMessage(h, APPSPEC_MISSING) ?? (h.f.event === 'DownloadBundle' ? inAny(h, APPSPEC_MISSING) : null),
    explain: (h, ev: string[]) =>
      diagnosis('bundle-invalid', h, {
        message: `The revision has no appspec.yml at its root${lifecycle(h) ? ` (${h.f.event} on ${HOSTS})` : ''}: the archive was built from the folder above the application, or the file is named differently.`,
        fix: 'Build the archive from inside the application folder so appspec.yml sits at its root (`cd app && zip -r ../app.zip .`); hookline bundle does this.',
        evidence: [h.f.message, ...ev],
      }),
  },
  {
    id: 'codedeploy/bundle-unpack-failed',
    category: 'bundle-invalid',
    source: `${AGENT_REPO} lib/instance_agent/platform/linux_util.rb (execute_zip_command, execute_tar_command); ${RUBY}/command_executor.rb (unpack_bundle); ${RUST}/host_command/bundle_unpacker.rs`,
    when: (h) => inMessage(h, UNPACK) ?? (h.f.event === 'DownloadBundle' ? inAny(h, UNPACK) : null),
    explain: (h, ev: string[]) =>
      diagnosis('bundle-invalid', h, {
        message: `The revision could not be unpacked${lifecycle(h) ? ` on ${HOSTS} (${h.f.event})` : ''}: the bundle type registered does not match the archive (zip registered as tar, or the reverse), or the archive is corrupt.`,
        evidence: [h.f.message, ...ev],
      }),
  },
  {
    id: 'codedeploy/appspec-rejected',
    category: 'appspec-invalid',
    source: `${RUBY}/application_specification/ (AppSpecValidationException); ${RUBY}/command_executor.rb (validate_app_spec_hooks); ${RUST}/application_specification/error.rs; ${RUST}/installer/error.rs`,
    when: (h) => inMessage(h, APPSPEC_INVALID),
    explain: (h, ev: string[]) => {
      const loc = findAppspec(h.bundle);
      return diagnosis('appspec-invalid', h, {
        message: `The agent rejected appspec.yml${lifecycle(h) ? ` during ${h.f.event}` : ''}: ${showLine(h.f.message, 240)}`,
        evidence: [h.f.message, ...ev],
        file: h.hookLoc?.file ?? loc?.path ?? null,
      });
    },
  },
  {
    id: 'codedeploy/appspec-ruby-exception',
    category: 'appspec-invalid',
    source: `${RUBY}/application_specification/application_specification.rb (walks hooks/files/permissions; a wrong YAML shape raises NoMethodError/TypeError, reported as the bare exception message)`,
    when: (h) =>
      (h.f.errorCode === '' || h.f.errorCode === 'UnknownError') && !SCRIPT_LOCATION.test(h.f.message)
        ? inMessage(h, RUBY_EXCEPTION)
        : null,
    explain: (h, ev: string[]) =>
      diagnosis('appspec-invalid', h, {
        message:
          `The agent crashed while reading appspec.yml${lifecycle(h) ? ` during ${h.f.event} on ${HOSTS}` : ''} (${showLine(h.f.message, 160)}): ` +
          'a section has the wrong shape — e.g. `hooks` entries that are not lists of `- location:` items, `files`/`permissions` given as a map, or an indentation slip.',
        fix: 'Fix the structure of appspec.yml (each hook is a list of `- location:` items, `files` and `permissions` are lists); `hookline validate` shows the line.',
        evidence: [h.f.message, ...ev],
        file: findAppspec(h.bundle)?.path ?? null,
      }),
  },
  {
    id: 'codedeploy/files-source-missing',
    category: 'bundle-invalid',
    source: `${RUBY}/installer.rb (generate_instructions copies files[].source) and install_instruction.rb (CopyCommand); ${RUST}/installer/error.rs (Io)`,
    when: (h) =>
      h.f.event === 'Install' ? (SOURCE_MISSING.exec(h.f.message) ?? (SOURCE_MISSING_RUST.test(h.f.message) ? [h.f.message] : null)) : null,
    explain: (h, m: string[]) => {
      const path = m[2];
      const where = path ? locateFilesSource(h, path) : { file: findAppspec(h.bundle)?.path ?? null, line: null };
      return diagnosis('bundle-invalid', h, {
        title: 'Install: a files source is not in the bundle',
        message:
          `Install failed on ${HOSTS}: ${path ? `\`${path}\`` : 'a `files` source'} is not in the revision. ` +
          'The agent copies every `files[].source` from the unpacked bundle, so a path the build did not produce (or that is spelled differently) stops the install.',
        fix: 'Make the build put that path in the bundle, or correct `files[].source` in appspec.yml (bundle-relative, case-sensitive).',
        evidence: [h.f.message, path ? `missing from the bundle: ${path}` : undefined],
        ...where,
      });
    },
  },
  {
    id: 'codedeploy/previous-revision-script-missing',
    category: 'previous-revision-script',
    source: `${RUBY}/hook_executor.rb (MAPPING_BETWEEN_HOOKS_AND_DEPLOYMENTS: LastSuccessfulOrIgnore); ${RUST}/lifecycle_event/deployment_selector.rs`,
    when: (h) => lifecycle(h) && PREVIOUS_REVISION_EVENTS.has(h.f.event) && isMissing(h),
    explain: (h) => previousRevision(h, 'is missing from that revision'),
  },
  {
    id: 'codedeploy/script-missing',
    category: 'script-missing',
    source: `${RUBY}/hook_executor.rb (SCRIPT_MISSING_CODE); ${RUST}/lifecycle_event/executor.rs ("resolves outside the deployment archive", "does not exist")`,
    when: (h) => lifecycle(h) && isMissing(h),
    explain: (h) => scriptMissing(h),
  },
  {
    id: 'codedeploy/crlf',
    category: 'script-line-endings',
    source: 'bash/dash/env with a CRLF script ("bad interpreter: ^M", "$\'\\r\': command not found")',
    when: (h) => {
      const crlf = inAny(h, P.crlf);
      if (crlf) return crlf;
      const crlfFile = h.script !== undefined && /^[^\n]*\r\n/.test(h.script);
      return crlfFile && (h.f.errorCode === 'ScriptFailed' || execEnoent(h)) ? [`${h.f.scriptName}: first line ends with \\r\\n`] : null;
    },
    explain: (h, ev: string[]) => lineEndings(h, ev),
  },
  {
    id: 'codedeploy/interpreter-missing',
    category: 'command-not-found',
    source: `${RUBY}/hook_executor.rb (execute_script rescues Errno::ENOENT); ${RUST}/lifecycle_event/executor.rs ("failed with error …")`,
    when: (h) => {
      const shebang = firstLine(h.script);
      return execEnoent(h) && shebang !== undefined && !shebang.includes('\r') ? shebang : null;
    },
    explain: (h, shebang: string) => {
      const interpreter = /^#!\s*(\S+)/.exec(shebang)?.[1];
      return diagnosis('command-not-found', h, {
        message: `${scriptLabel(h.f)} could not be started on ${HOSTS}: ${interpreter ? `its interpreter \`${interpreter}\`` : 'the interpreter its first line names'} is not installed there.`,
        fix: interpreter
          ? `Install \`${interpreter}\` on the instance (AMI, user data, or an earlier hook), or change the first line to an interpreter that exists (e.g. \`#!/bin/bash\`).`
          : 'Start the script with a `#!` line naming an interpreter that exists on the instance.',
        evidence: [h.f.message, `${h.f.scriptName}:1: ${shebang}`],
        ...atScript(h),
      });
    },
  },
  {
    id: 'codedeploy/exec-enoent',
    category: 'script-line-endings',
    source: `${RUBY}/hook_executor.rb (execute_script rescues Errno::ENOENT); ${RUST}/lifecycle_event/executor.rs — the script exists, so exec failed on its "#!" interpreter, almost always "bash\\r" from CRLF`,
    when: (h) => (lifecycle(h) && execEnoent(h) ? [h.f.message] : null),
    explain: (h, ev: string[]) => lineEndings(h, ev, true),
  },
  {
    id: 'codedeploy/exec-format',
    category: 'script-not-executable',
    source: `${RUBY}/hook_executor.rb (Errno::ENOEXEC); ${RUST}/lifecycle_event/executor.rs ("Exec format error (os error 8)")`,
    when: (h) => inMessage(h, EXEC_FORMAT),
    explain: (h, ev: string[]) => {
      const first = firstLine(h.script);
      const bom = first?.startsWith('\ufeff');
      return diagnosis('script-not-executable', h, {
        message:
          `${scriptLabel(h.f)} is not a program the kernel can start on ${HOSTS}: ` +
          `${bom ? 'it starts with a byte-order mark before `#!`' : first !== undefined && !first.startsWith('#!') ? 'its first line is not a `#!` line' : 'it has no `#!` line (or a byte-order mark before it), or it is a binary for another architecture'}.`,
        fix: 'Start the script with `#!/bin/bash` (no BOM, saved as UTF-8 without signature), or set `location` to a script run through its interpreter.',
        evidence: [h.f.message, ...ev],
        ...atScript(h),
      });
    },
  },
  {
    id: 'codedeploy/runas-refused',
    category: 'runas-failed',
    source: `${AGENT_REPO} lib/instance_agent/platform/linux_util.rb (prepare_script_command: "su <user> -c"); ${RUST}/lifecycle_event/script.rs (build_command); su/sudo/nologin messages`,
    when: (h) => inAny(h, P.runas) ?? (/ run as user /.test(h.f.message) ? inAny(h, P.sudoPassword) : null),
    explain: (h, ev: string[]) => {
      const user = / run as user (\S+)/.exec(h.f.message)?.[1] ?? /user '?([\w.-]+)'? does not exist/.exec(ev.join('\n'))?.[1];
      const notRoot =
        /must be run from a terminal|Authentication failure|incorrect password|Permission denied|cannot set|terminal is required|no tty present|password is required/i.test(
          ev.join('\n'),
        );
      return diagnosis('runas-failed', h, {
        message: notRoot
          ? `${scriptLabel(h.f)} could not switch to ${user ? `user \`${user}\`` : 'the `runas` user'} on ${HOSTS}: \`su\` asked for a password, which means the CodeDeploy agent is not running as root.`
          : `${scriptLabel(h.f)} could not run as ${user ? `user \`${user}\`` : 'the `runas` user'} on ${HOSTS}.`,
        fix: notRoot
          ? 'Run the CodeDeploy agent as root (the default service unit), or drop `runas` and switch user inside the script with sudo rules that need no password.'
          : `Set \`runas\` to a user that exists on the instance (e.g. ec2-user on Amazon Linux, ubuntu on Ubuntu)${user ? ` or create \`${user}\` before this hook` : ''}.`,
        evidence: [h.f.message, ...ev],
        ...atHook(h),
      });
    },
  },
  {
    id: 'codedeploy/not-executable',
    category: 'script-not-executable',
    source: `${RUBY}/hook_executor.rb (SCRIPT_EXECUTABILITY_CODE); ${RUST}/lifecycle_event/executor.rs ("Unable to set script … as executable")`,
    when: (h) => {
      if (h.f.errorCode === 'ScriptNotExecutable') return [h.f.message];
      const base = h.f.scriptName.split('/').pop() ?? '';
      const denied = matchingLines(h.texts, P.permissionDenied).filter(
        (l) => /as executable|exit (?:code|status) 126/.test(l) || deniedOnScript(l, base),
      );
      return denied.length > 0 ? denied : inMessage(h, NOT_EXECUTABLE);
    },
    explain: (h, ev: string[]) =>
      diagnosis('script-not-executable', h, {
        message: /running scripts is disabled/.test(ev.join('\n'))
          ? `PowerShell refused to run ${scriptLabel(h.f)} on ${HOSTS}: the execution policy disables scripts.`
          : `${scriptLabel(h.f)} could not be executed on ${HOSTS}: it lost its executable bit (zip built on Windows, or not committed with +x) and the agent could not fix it, or it lives on a noexec mount.`,
        evidence: [h.f.message, ...ev],
        ...atScript(h),
      }),
  },
  {
    id: 'codedeploy/stdout-held-open',
    category: 'stdout-held-open',
    source: `${RUBY}/hook_executor.rb (OUTPUTS_LEFT_OPEN_CODE: "failed to close STDOUT"); ${RUST}/lifecycle_event/script.rs`,
    when: (h) => {
      const held = inAny(h, OUTPUTS_OPEN);
      if (held) return held;
      if (!timedOut(h)) return null;
      const server = hits([h.f.logTail], SERVER_OUTPUT);
      const bg = backgroundsWithoutRedirect(h.script);
      return server ?? (bg ? [`${h.f.scriptName}: ${bg}`] : null);
    },
    explain: (h, ev: string[]) => {
      const seconds = secondsIn(h.f.message);
      return diagnosis('stdout-held-open', h, {
        message:
          `${scriptLabel(h.f)} started a background process that still holds the hook's stdout/stderr, so the agent waited` +
          `${seconds ? ` the full ${seconds} s timeout` : ''} on ${HOSTS} even though the script itself had finished.`,
        evidence: [h.f.message, ...ev],
        ...atHook(h),
      });
    },
  },
  {
    id: 'codedeploy/script-timeout',
    category: 'script-timeout',
    source: `${RUBY}/hook_executor.rb (SCRIPT_TIMED_OUT_CODE: "failed to complete in N seconds"); ${RUST}/lifecycle_event/executor.rs`,
    when: (h) => timedOut(h),
    explain: (h) => {
      const seconds = secondsIn(h.f.message);
      return diagnosis('script-timeout', h, {
        message: `${scriptLabel(h.f)} was still running after ${seconds ? `${seconds} s` : 'its timeout'} on ${HOSTS} and was killed.`,
        evidence: [h.f.message, ...stderrTail(h.f.logTail)],
        ...atHook(h),
      });
    },
  },
  {
    id: 'codedeploy/command-not-found',
    category: 'command-not-found',
    source: 'bash ": command not found", dash ": not found", env, exit status 127, cmd.exe/PowerShell "is not recognized"',
    when: (h) => inAny(h, P.commandNotFound) ?? (h.exit === '127' ? [h.f.message] : null),
    explain: (h, ev: string[]) => {
      const cmd =
        /(?:line \d+: |: \d+: )?([\w./-]+): (?:command )?not found/.exec(ev.join('\n'))?.[1] ??
        /The term '([^']+)' is not recognized/.exec(ev.join('\n'))?.[1];
      return diagnosis('command-not-found', h, {
        message: `${scriptLabel(h.f)} calls ${cmd ? `\`${cmd}\`` : 'a program'}, which is not installed or not on the hook's PATH on ${HOSTS} (exit code 127).`,
        fix: `Install ${cmd ? `\`${cmd}\`` : 'the program'} before this hook (BeforeInstall, the AMI or user data), or call it by its absolute path — hooks do not load your login shell's PATH.`,
        evidence: [h.f.message, ...ev],
        ...atHook(h),
      });
    },
  },
  {
    id: 'codedeploy/script-aws-denied',
    category: 'iam-permissions',
    source: 'AWS CLI "An error occurred (AccessDenied) when calling …" / STS "is not authorized to perform" in a hook\'s output',
    when: (h) => (lifecycle(h) && (h.f.errorCode === 'ScriptFailed' || h.exit !== undefined) ? hits([h.f.logTail], CLI_DENIED) : null),
    explain: (h, ev: string[]) =>
      diagnosis('iam-permissions', h, {
        message: `${scriptLabel(h.f)} failed on ${HOSTS} because an AWS call it makes was denied: the instance profile lacks the permission named below.`,
        fix: "Grant the denied action to the instance profile's role (the role attached to the EC2 instance), scoped to the resource in the message.",
        evidence: [h.f.message, ...ev],
        ...atHook(h),
      }),
  },
  {
    id: 'codedeploy/previous-revision-script-failed',
    category: 'previous-revision-script',
    source: `${RUBY}/hook_executor.rb (ApplicationStop, BeforeBlockTraffic, AfterBlockTraffic → LastSuccessfulOrIgnore); https://docs.aws.amazon.com/codedeploy/latest/userguide/troubleshooting-deployments.html`,
    when: (h) => lifecycle(h) && PREVIOUS_REVISION_EVENTS.has(h.f.event),
    explain: (h) => previousRevision(h, h.exit !== undefined ? `exited with code ${h.exit}` : 'failed'),
  },
  {
    id: 'codedeploy/platform-error',
    category: 'platform-error',
    source: `${ERROR_CODES_PAGE} (INTERNAL_ERROR, THROTTLED); AWS SDK error codes`,
    when: (h) => inMessage(h, P.platform),
    explain: (h, ev: string[]) =>
      diagnosis('platform-error', h, {
        message: `AWS reported a transient failure${lifecycle(h) ? ` during ${h.f.event} on ${HOSTS}` : ''}.`,
        evidence: [h.f.message, ...ev],
      }),
  },
  {
    id: 'codedeploy/health-constraints',
    category: 'health-constraints',
    source: `${ERROR_CODES_PAGE} (HEALTH_CONSTRAINTS, HEALTH_CONSTRAINTS_INVALID)`,
    when: (h) => inMessage(h, HEALTH),
    explain: (h, ev: string[]) => diagnosis('health-constraints', h, { message: showLine(h.f.message), evidence: ev }),
  },
  {
    id: 'codedeploy/no-instances',
    category: 'no-instances',
    source: `${ERROR_CODES_PAGE} (NO_INSTANCES)`,
    when: (h) => inMessage(h, NO_INSTANCES),
    explain: (h, ev: string[]) => diagnosis('no-instances', h, { message: showLine(h.f.message), evidence: ev }),
  },
  {
    id: 'codedeploy/load-balancer-config',
    category: 'load-balancer',
    source: `${ERROR_CODES_PAGE} (ELASTIC_LOAD_BALANCING_INVALID, ELB_INVALID_INSTANCE); CreateDeploymentGroup InvalidLoadBalancerInfoException; ECS blue/green target-group pair`,
    when: (h) => inMessage(h, LOAD_BALANCER),
    explain: (h, ev: string[]) =>
      diagnosis('load-balancer', h, { message: `${h.f.event ? `${h.f.event}: ` : ''}${showLine(h.f.message)}`, evidence: ev }),
  },
  {
    id: 'codedeploy/validation-hook-failed',
    category: 'script-failed',
    source:
      'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html (Lambda/ECS hooks report Succeeded or Failed through PutLifecycleEventHookExecutionStatus)',
    when: (h) =>
      lifecycle(h) &&
      (h.f.targetType === 'lambda' || h.f.targetType === 'ecs') &&
      !TRAFFIC_EVENTS.has(h.f.event) &&
      h.f.event !== 'Install',
    explain: (h) =>
      diagnosis('script-failed', h, {
        message: `The ${h.f.event} hook function reported failure for ${HOSTS}${h.f.message ? `: ${showLine(h.f.message)}` : '.'}`,
        fix: "Read the hook function's CloudWatch logs; it must call PutLifecycleEventHookExecutionStatus with Succeeded.",
        evidence: [h.f.message || `${h.f.event} failed`, ...stderrTail(h.f.logTail)],
      }),
  },
  {
    id: 'codedeploy/traffic-load-balancer',
    category: 'load-balancer',
    source:
      'CodeDeploy AllowTraffic/BlockTraffic: (de)registration with the ELB target group; https://docs.aws.amazon.com/codedeploy/latest/userguide/troubleshooting-deployments.html',
    when: (h) => lifecycle(h) && TRAFFIC_EVENTS.has(h.f.event),
    explain: (h) =>
      diagnosis('load-balancer', h, {
        message: `${h.f.event} failed on ${HOSTS}: the load balancer could not ${h.f.event === 'BlockTraffic' ? 'deregister the instance' : 'register the instance or it never passed the target group health check'}.`,
        evidence: [h.f.message || `${h.f.event} failed without diagnostics`],
      }),
  },
  {
    id: 'codedeploy/script-failed',
    category: 'script-failed',
    source: `${RUBY}/hook_executor.rb (SCRIPT_FAILED_CODE: "… failed with exit code N"); ${RUST}/lifecycle_event/executor.rs`,
    when: (h) => lifecycle(h) && (h.f.errorCode === 'ScriptFailed' || h.exit !== undefined || SCRIPT_LOCATION.test(h.f.message)),
    explain: (h) =>
      diagnosis('script-failed', h, {
        message: `${scriptLabel(h.f)} exited with ${h.exit !== undefined ? `code ${h.exit}` : 'an error'} on ${HOSTS}.`,
        evidence: [h.f.message, ...stderrTail(h.f.logTail)],
        ...atHook(h),
      }),
  },
  {
    id: 'codedeploy/unrecognised',
    category: 'unknown',
    source: 'no rule matched: the raw diagnostics and the agent logs to read next',
    when: (h) => lifecycle(h),
    explain: (h) =>
      diagnosis('unknown', h, {
        message: `${h.f.event} failed on ${HOSTS}${h.f.errorCode ? ` (${h.f.errorCode})` : ''}${h.f.message ? `: ${showLine(h.f.message)}` : ' without diagnostics'}.`,
        fix: `Read ${AGENT_LOGS.join(' and ')} on the instance for the lines around this event.`,
        evidence: [
          h.f.message || `${h.f.event}: Failed${h.f.errorCode ? ` (${h.f.errorCode})` : ''}, no diagnostics message`,
          ...stderrTail(h.f.logTail),
        ],
      }),
  },
];

function timedOut(h: HookFacts): boolean {
  return h.f.errorCode === 'ScriptTimedOut' || matchesAny(h.f.message, TIMED_OUT);
}

function lineEndings(h: HookFacts, ev: string[], inferred = false): Diagnosis {
  return diagnosis('script-line-endings', h, {
    message: inferred
      ? `${scriptLabel(h.f)} exists but could not be started on ${HOSTS}: the interpreter named on its first line was not found. ` +
        'That is almost always `#!/bin/bash\\r` — Windows (CRLF) line endings — otherwise an interpreter that is not installed.'
      : `${scriptLabel(h.f)} has Windows (CRLF) line endings: the kernel looks for an interpreter named "bash\\r" (or the shell chokes on \\r), so the script cannot run on ${HOSTS}.`,
    evidence: [h.f.message, ...ev],
    ...atScript(h),
  });
}

function previousRevision(h: HookFacts, what: string): Diagnosis {
  const earlier = h.archivePath?.[2];
  const other = earlier !== undefined && h.deploymentId !== '' && earlier !== h.deploymentId ? earlier : undefined;
  const notInBundle = h.f.scriptName ? bundleHas(h.bundle, h.f.scriptName) === false : false;
  return diagnosis('previous-revision-script', h, {
    title: `${h.f.event}: the previous revision's script failed`,
    message:
      `${h.f.event} runs the scripts of the last successful revision${other ? ` (${other})` : ''}, not this one's; ` +
      `its ${scriptLabel(h.f)} ${what} on ${HOSTS}.${notInBundle ? ' (This bundle does not even contain that script.)' : ''} ` +
      'Nothing in this bundle can change that until one deployment succeeds.',
    evidence: [
      h.f.message,
      other && h.archivePath ? `resolved under the earlier deployment ${other}: ${h.archivePath[3]}` : undefined,
      ...stderrTail(h.f.logTail),
    ],
    fix: `Deploy once with \`ignore-application-stop-failures: true\` (the next deployment uses the new scripts), or fix/remove the ${h.f.event} hook on the instance.`,
  });
}

function scriptMissing(h: HookFacts): Diagnosis {
  const { f } = h;
  const pathMatch = h.archivePath;
  const location = f.scriptName || SCRIPT_LOCATION.exec(f.message)?.[1] || pathMatch?.[3] || '';
  const outside = /resolves outside the deployment archive/.test(f.message);
  const resolved = pathMatch
    ? pathMatch[0].replace(/^deployment-root/, '/opt/codedeploy-agent/deployment-root')
    : resolvedScriptPath(location);
  const resolvedShown = /Script does not exist at specified location: (\S+)/.exec(f.message)?.[1] ?? resolved;
  const loc = locateHookLocation(h.bundle, f.event, location);
  const suggestions = location ? suggestBundlePaths(location, h.bundle) : [];
  const where = loc ? ` (${loc.file} line ${loc.line})` : '';
  const looksAbsolute = /^\/(?:var|opt|home|srv|usr|etc|root|app)\//.test(location);
  const why = outside
    ? 'The location climbs out of the bundle with `..`; the agent only runs scripts inside the deployment archive.'
    : looksAbsolute
      ? 'A hook `location` is relative to the bundle root — the agent joins it to the deployment-archive directory and ignores the leading "/" — so the installed path under `files.destination` does not work.'
      : 'The script is not at that path in the bundle (the agent joins `location` to the bundle root, the deployment-archive directory).';
  const didYouMean = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `\`${s}\``).join(' or ')}?` : '';
  const first = suggestions[0];
  return {
    category: 'script-missing',
    severity: CATEGORY_INFO['script-missing'].severity,
    title: `${f.event}: script not found in the bundle`,
    message: outside
      ? `The agent refused \`${location}\`${where} on ${HOSTS}. ${why}${didYouMean}`
      : `The agent looked for \`${location}\`${where} at ${resolvedShown} on ${HOSTS} and found nothing. ${why}${didYouMean}`,
    lifecycleEvent: f.event,
    instances: [f.target],
    file: loc?.file ?? null,
    line: loc?.line ?? null,
    evidence: evidenceList([
      f.message,
      f.message.includes(resolvedShown) || outside ? undefined : `resolved path: ${resolvedShown}`,
      loc ? `${loc.file}:${loc.line}: location: ${location}` : undefined,
    ]),
    fix: first
      ? `Set \`location: ${first}\` (bundle-relative; \`/${first}\` means the same)${loc ? ` in ${loc.file} line ${loc.line}` : ''}.`
      : looksAbsolute
        ? `Write \`location\` as the script's path inside the bundle, e.g. \`${location.split('/').pop() ?? location}\` if it sits next to appspec.yml — not the path it is installed to.`
        : CATEGORY_INFO['script-missing'].fix,
  };
}

// ── Deployment-level error codes ───────────────────────────────────────────────────────────

/**
 * Every value of the SDK's ErrorCode (errorInformation.code), by what it means for the user
 * (${ERROR_CODES_PAGE}, API_ErrorInformation). Typed against the SDK union, so a value the SDK adds
 * fails the type check; test/unit/diagnose/error-codes.test.ts also walks the SDK's runtime list.
 */
export const ERROR_CODE_CATEGORY: Record<ErrorCode, DiagnosisCategory> = {
  AGENT_ISSUE: 'agent-unavailable',
  ALARM_ACTIVE: 'health-degraded',
  APPLICATION_MISSING: 'environment-not-ready',
  AUTOSCALING_VALIDATION_ERROR: 'load-balancer',
  AUTO_SCALING_CONFIGURATION: 'load-balancer',
  AUTO_SCALING_IAM_ROLE_PERMISSIONS: 'iam-permissions',
  CLOUDFORMATION_STACK_FAILURE: 'platform-error',
  CODEDEPLOY_RESOURCE_CANNOT_BE_FOUND: 'environment-not-ready',
  CUSTOMER_APPLICATION_UNHEALTHY: 'health-degraded',
  DEPLOYMENT_GROUP_MISSING: 'environment-not-ready',
  ECS_UPDATE_ERROR: 'platform-error',
  ELASTIC_LOAD_BALANCING_INVALID: 'load-balancer',
  ELB_INVALID_INSTANCE: 'load-balancer',
  HEALTH_CONSTRAINTS: 'health-constraints',
  HEALTH_CONSTRAINTS_INVALID: 'health-constraints',
  HOOK_EXECUTION_FAILURE: 'script-failed',
  IAM_ROLE_MISSING: 'iam-permissions',
  IAM_ROLE_PERMISSIONS: 'iam-permissions',
  INTERNAL_ERROR: 'platform-error',
  INVALID_ECS_SERVICE: 'environment-not-ready',
  INVALID_LAMBDA_CONFIGURATION: 'appspec-invalid',
  INVALID_LAMBDA_FUNCTION: 'script-failed',
  INVALID_REVISION: 'bundle-invalid',
  MANUAL_STOP: 'unknown',
  MISSING_BLUE_GREEN_DEPLOYMENT_CONFIGURATION: 'load-balancer',
  MISSING_ELB_INFORMATION: 'load-balancer',
  MISSING_GITHUB_TOKEN: 'bundle-access-denied',
  NO_EC2_SUBSCRIPTION: 'iam-permissions',
  NO_INSTANCES: 'no-instances',
  OVER_MAX_INSTANCES: 'no-instances',
  RESOURCE_LIMIT_EXCEEDED: 'platform-error',
  REVISION_MISSING: 'bundle-access-denied',
  THROTTLED: 'platform-error',
  TIMEOUT: 'agent-unavailable',
};

export function categoryForErrorCode(code: string): DiagnosisCategory | undefined {
  return Object.hasOwn(ERROR_CODE_CATEGORY, code) ? ERROR_CODE_CATEGORY[code as ErrorCode] : undefined;
}

/**
 * Codes the user guide documents beyond the SDK's list (UNABLE_TO_SEND_ASG, …) or that a newer
 * service sends: read by the words they are made of.
 */
const UNLISTED_CODE_WORDS: [RegExp, DiagnosisCategory][] = [
  [/IAM|ROLE|PERMISSION|ACCESS_DENIED/, 'iam-permissions'],
  [/ASG|AUTO_?SCALING|ELB|LOAD_BALANC|TARGET_GROUP|LISTENER/, 'load-balancer'],
  [/AGENT/, 'agent-unavailable'],
  [/HEALTH/, 'health-constraints'],
  [/APPSPEC/, 'appspec-invalid'],
  [/REVISION|BUNDLE/, 'bundle-invalid'],
  [/INSTANCE/, 'no-instances'],
  [/THROTTL|INTERNAL|LIMIT|SERVICE_UNAVAILABLE/, 'platform-error'],
];

export function categoryForUnlistedCode(code: string): DiagnosisCategory | undefined {
  return UNLISTED_CODE_WORDS.find(([words]) => words.test(code))?.[1];
}

/** The codes among `codes` without a category (empty when the table covers them all). */
export function unmappedErrorCodes(codes: readonly string[]): string[] {
  return codes.filter((c) => categoryForErrorCode(c) === undefined);
}

/** Deployment-level codes that only restate what failed targets already explain. */
export const CONSEQUENCE_CODES = new Set<string>([
  'HEALTH_CONSTRAINTS',
  'HOOK_EXECUTION_FAILURE',
  'TIMEOUT',
  'AGENT_ISSUE',
  'INVALID_LAMBDA_FUNCTION',
]);
