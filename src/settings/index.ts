// Every input read once into one typed object, checked before any AWS call. Pure: takes an
// input reader and the environment, so tests need neither @actions/core nor a runner.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { Inputs } from '../constants.js';
import { InputError, clip, parseBoolean, parseDuration, parseEnum, parseList } from './parse.js';
import { readCompute, type ComputeInputs } from './compute.js';

export { InputError } from './parse.js';

export const MODES = ['deploy', 'validate', 'preview', 'cleanup', 'redeploy'] as const;
/** Modes that release or tear down through AWS (everything but validate). */
export type ReleaseMode = Exclude<Mode, 'validate'>;
export const TARGETS = ['auto', 'codedeploy', 'beanstalk'] as const;
export const VALIDATE_LEVELS = ['error', 'warn', 'off'] as const;
export const ON_ACTIVE = ['wait', 'fail', 'stop'] as const;
export const ON_CANCEL = ['stop', 'leave'] as const;
export const FILE_EXISTS = ['DISALLOW', 'OVERWRITE', 'RETAIN'] as const;
export const HEALTH_GATES = ['green', 'green-or-yellow', 'any'] as const;
export const STRATEGIES = ['in-place', 'blue-green'] as const;
export const ON_BAKE_FAILURE = ['fail', 'redeploy-previous'] as const;

export type Mode = (typeof MODES)[number];
export type ValidateLevel = (typeof VALIDATE_LEVELS)[number];

interface Common {
  mode: Mode;
  /** Absolute path of the bundle root folder or prebuilt archive. */
  path: string;
  /** Absolute workspace; annotation paths are made relative to it. */
  workspace: string;
  include: string[];
  exclude: string[];
  /** Give the scripts the release runs mode 0755 when none of them is executable in the tree (bundle/exec-bits.ts). */
  restoreExecBits: boolean;
  validate: ValidateLevel;
  timeoutMs: number;
  pollIntervalMs: number;
  onCancel: (typeof ON_CANCEL)[number];
  description: string;
}

export interface ValidateOnlySettings extends Common {
  mode: 'validate';
  target: 'codedeploy' | 'beanstalk' | 'auto';
  /** ECS/Lambda inputs: their AppSpec file is validated instead of a bundle. */
  compute: ComputeInputs;
}

/** PR previews: how the per-pull-request environment or deployment group is named and made. */
export interface PreviewSettings {
  /** Name template: `{application}`, `{environment}`, `{group}`, `{number}`, `{branch}`; default `{application}-pr-{number}` (Beanstalk), `{group}-pr-{number}` (CodeDeploy). */
  nameTemplate: string;
  /** Beanstalk: environment whose settings a new preview environment copies. */
  templateEnvironment: string | undefined;
  /** Beanstalk: saved configuration a new preview environment is created from (wins over the template environment). */
  savedConfiguration: string | undefined;
  /** CodeDeploy: deployment group whose settings a new preview group copies; required to create one (never defaults to production's). */
  templateGroup: string | undefined;
  /** CodeDeploy: EC2 tag filters (`{number}` already replaced later) that replace the template's instance selection. */
  instanceTags: InstanceTag[];
}

/** One `Key=Value` line of preview-instance-tags; the value may hold `{number}`. */
export interface InstanceTag {
  key: string;
  value: string;
}

interface DeployCommon extends Common {
  mode: ReleaseMode;
  region: string;
  application: string;
  s3Bucket: string | undefined;
  s3Prefix: string;
  /** Token for GitHub Deployments and the PR comment; undefined turns both off. Never logged. */
  githubToken: string | undefined;
  preview: PreviewSettings;
  /** Redeploy: what to release again (CodeDeploy s3:// URI or deployment id; Beanstalk version label). */
  revision: string | undefined;
  /** Release a pull request from a fork (its code would run with this repository's AWS access); default false. */
  allowForks: boolean;
  /** Keep watching this long after success (CodeDeploy: the group's alarms; Beanstalk: health); 0 = off. */
  bakeMs: number;
  /** A breach during the bake fails the run, or also releases the last successful revision again. */
  onBakeFailure: (typeof ON_BAKE_FAILURE)[number];
}

export interface CodeDeploySettings extends DeployCommon {
  target: 'codedeploy';
  /** Required to deploy; redeploy (an existing revision) uploads nothing and may leave it empty. */
  s3Bucket: string;
  deploymentGroup: string;
  deploymentConfig: string | undefined;
  fileExistsBehavior: (typeof FILE_EXISTS)[number] | undefined;
  ignoreApplicationStopFailures: boolean;
  autoRollback: boolean;
  onActiveDeployment: (typeof ON_ACTIVE)[number];
  continueBlueGreen: boolean;
  /** ECS or Lambda inputs when given; the application's compute platform decides which apply. */
  compute: ComputeInputs;
  /** New deployments allowed after a failure whose cause is transient (retry/transient.ts); 0: none. */
  retries: number;
  /** CreateDeployment updateOutdatedInstancesOnly: only instances not running this revision. */
  outdatedInstancesOnly: boolean;
}

export interface BeanstalkSettings extends DeployCommon {
  target: 'beanstalk';
  environment: string;
  versionLabel: string | undefined;
  reuseVersion: boolean;
  health: (typeof HEALTH_GATES)[number];
  /** Keep at most this many application versions, deleting the oldest unused ones (0: never prune). */
  pruneVersions: number;
  strategy: (typeof STRATEGIES)[number];
  /** Blue/green: the other environment of the pair (created as a copy of the live one when missing). */
  idleEnvironment: string;
  /** Blue/green: CNAME prefix production traffic uses; the pair member holding it is live. */
  productionCname: string;
}

export type Settings = ValidateOnlySettings | CodeDeploySettings | BeanstalkSettings;

export type InputReader = (name: string) => string;

// Standard, China, GovCloud, ISO and EU sovereign partitions: xx-[gov-|iso…-]name-N.
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?|-isob)?-[a-z]+-\d{1,2}$/;
const NAME_100 = /^[A-Za-z0-9._+@=,-]{1,100}$/;
// Bucket naming rules (the common subset AWS enforces for new buckets).
const BUCKET = /^(?!xn--)(?!.*\.\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{2,38}[A-Za-z0-9]$/;

export function readSettings(read: InputReader, env: NodeJS.ProcessEnv): Settings {
  const mode = parseEnum(Inputs.Mode, read(Inputs.Mode), MODES, 'deploy');
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const common: Common = {
    mode,
    workspace,
    path: readPath(read(Inputs.Path), workspace),
    include: parseList(read(Inputs.Include)),
    exclude: parseList(read(Inputs.Exclude)),
    restoreExecBits: parseBoolean(Inputs.RestoreExecBits, read(Inputs.RestoreExecBits), true),
    validate: parseEnum(Inputs.Validate, read(Inputs.Validate), VALIDATE_LEVELS, 'error'),
    timeoutMs: parseDuration(Inputs.Timeout, read(Inputs.Timeout), 30 * 60_000, { minMs: 1000, maxMs: 6 * 3_600_000 }),
    pollIntervalMs: parseDuration(Inputs.PollInterval, read(Inputs.PollInterval), 15_000, { minMs: 10, maxMs: 5 * 60_000 }),
    onCancel: parseEnum(Inputs.OnCancel, read(Inputs.OnCancel), ON_CANCEL, 'stop'),
    description: read(Inputs.Description).trim(),
  };
  const target = parseEnum(Inputs.Target, read(Inputs.Target), TARGETS, 'auto');
  if (mode === 'validate') return { ...common, mode, target, compute: readCompute(read, workspace) };

  const resolvedTarget = resolveTarget(target, read, mode);
  const deploy: DeployCommon = {
    ...common,
    mode,
    region: readRegion(read(Inputs.Region), env),
    application: required(read, Inputs.Application, NAME_100, 'an application name of 1-100 letters, digits or ._+@=,-'),
    s3Bucket: optional(read, Inputs.S3Bucket, BUCKET, 'an S3 bucket name (3-63 lowercase letters, digits, dots or hyphens)'),
    s3Prefix: readPrefix(read(Inputs.S3Prefix)),
    githubToken: read(Inputs.GithubToken).trim() || undefined,
    preview: readPreview(read, resolvedTarget, mode),
    revision: readRevision(read, resolvedTarget, mode),
    allowForks: parseBoolean(Inputs.AllowForks, read(Inputs.AllowForks), false),
    bakeMs: readBake(read(Inputs.Bake)),
    onBakeFailure: parseEnum(Inputs.OnBakeFailure, read(Inputs.OnBakeFailure), ON_BAKE_FAILURE, 'fail'),
  };
  if (resolvedTarget === 'codedeploy') {
    const compute = mode === 'deploy' ? readCompute(read, workspace) : ({ kind: 'server', appspec: undefined } as const);
    // ECS and Lambda revisions are AppSpec content: nothing is uploaded.
    const s3Bucket = deploy.s3Bucket ?? (mode === 'redeploy' || mode === 'cleanup' || compute.kind !== 'server' ? '' : undefined);
    if (s3Bucket === undefined) {
      throw new InputError(
        Inputs.S3Bucket,
        `Input '${Inputs.S3Bucket}' is required for CodeDeploy: the S3 bucket the revision is uploaded to.`,
      );
    }
    return {
      ...deploy,
      target: 'codedeploy',
      s3Bucket,
      // A preview names its own group; deployment-group is then the template's default.
      deploymentGroup:
        mode === 'preview' || mode === 'cleanup'
          ? (optional(read, Inputs.DeploymentGroup, NAME_100, 'a deployment group name of 1-100 letters, digits or ._+@=,-') ??
            deploy.preview.templateGroup ??
            '')
          : required(read, Inputs.DeploymentGroup, NAME_100, 'a deployment group name of 1-100 letters, digits or ._+@=,-'),
      deploymentConfig: optional(
        read,
        Inputs.DeploymentConfig,
        NAME_100,
        'a deployment configuration name such as CodeDeployDefault.OneAtATime',
      ),
      fileExistsBehavior: read(Inputs.FileExistsBehavior).trim()
        ? parseEnum(Inputs.FileExistsBehavior, read(Inputs.FileExistsBehavior), FILE_EXISTS, 'DISALLOW')
        : undefined,
      ignoreApplicationStopFailures: parseBoolean(Inputs.IgnoreApplicationStopFailures, read(Inputs.IgnoreApplicationStopFailures), false),
      autoRollback: parseBoolean(Inputs.AutoRollback, read(Inputs.AutoRollback), false),
      onActiveDeployment: parseEnum(Inputs.OnActiveDeployment, read(Inputs.OnActiveDeployment), ON_ACTIVE, 'wait'),
      continueBlueGreen: parseBoolean(Inputs.ContinueBlueGreen, read(Inputs.ContinueBlueGreen), false),
      compute,
      retries: readCount(read(Inputs.Retries), Inputs.Retries, MAX_RETRIES),
      outdatedInstancesOnly: parseBoolean(Inputs.OutdatedInstancesOnly, read(Inputs.OutdatedInstancesOnly), false),
    };
  }
  onlyForCodeDeploy(read);
  return {
    ...deploy,
    target: 'beanstalk',
    // Previews name their own environment from the pull request; `environment` is then optional.
    environment:
      mode === 'preview' || mode === 'cleanup'
        ? (optional(read, Inputs.Environment, ENV_NAME, 'an environment name of 4-40 letters, digits or hyphens') ?? '')
        : required(read, Inputs.Environment, ENV_NAME, 'an environment name of 4-40 letters, digits or hyphens'),
    versionLabel: optional(read, Inputs.VersionLabel, /^.{1,100}$/, 'a version label of at most 100 characters'),
    reuseVersion: parseBoolean(Inputs.ReuseVersion, read(Inputs.ReuseVersion), false),
    health: parseEnum(Inputs.Health, read(Inputs.Health), HEALTH_GATES, 'green-or-yellow'),
    pruneVersions: readCount(read(Inputs.PruneVersions), Inputs.PruneVersions, 1000),
    ...readBlueGreen(read, mode),
  };
}

/** Each retry is a whole new deployment within the same `timeout`. */
export const MAX_RETRIES = 5;

/** CodeDeploy-only inputs refuse a Beanstalk release instead of being silently ignored. */
function onlyForCodeDeploy(read: InputReader): void {
  for (const input of [Inputs.Retries, Inputs.OutdatedInstancesOnly]) {
    const value = read(input).trim();
    if (value !== '' && value !== '0' && value.toLowerCase() !== 'false') {
      throw new InputError(
        input,
        `Input '${input}' applies to CodeDeploy releases only; remove it for Elastic Beanstalk (got '${clip(value)}').`,
      );
    }
  }
}

const PREVIEW_NAME = /^[A-Za-z0-9{}._-]{1,200}$/;

function readPreview(read: InputReader, target: 'codedeploy' | 'beanstalk', mode: ReleaseMode): PreviewSettings {
  const raw = read(Inputs.PreviewName).trim();
  if (raw && (!PREVIEW_NAME.test(raw) || !raw.includes('{number}'))) {
    throw new InputError(
      Inputs.PreviewName,
      `Input '${Inputs.PreviewName}' must be a name template containing {number}, such as {application}-pr-{number}; got '${clip(raw)}'.`,
    );
  }
  const codedeploy = target === 'codedeploy';
  const preview: PreviewSettings = {
    nameTemplate: raw || (codedeploy ? '{group}-pr-{number}' : '{application}-pr-{number}'),
    templateEnvironment: optional(
      read,
      Inputs.PreviewTemplateEnvironment,
      ENV_NAME,
      'an environment name of 4-40 letters, digits or hyphens',
    ),
    savedConfiguration: optional(read, Inputs.PreviewSavedConfiguration, /^[A-Za-z0-9._+@=,-]{1,100}$/, 'a saved configuration name'),
    // Never defaults to deployment-group: copying production's instance selection would deploy a PR onto production.
    templateGroup: codedeploy
      ? optional(read, Inputs.PreviewTemplateGroup, NAME_100, 'a deployment group name of 1-100 letters, digits or ._+@=,-')
      : undefined,
    instanceTags: codedeploy ? readInstanceTags(read(Inputs.PreviewInstanceTags)) : [],
  };
  if ((mode === 'preview' || mode === 'cleanup') && codedeploy && !preview.templateGroup && !read(Inputs.DeploymentGroup).trim()) {
    throw new InputError(
      Inputs.PreviewTemplateGroup,
      `Input '${Inputs.PreviewTemplateGroup}' or '${Inputs.DeploymentGroup}' is required for a CodeDeploy preview: '${Inputs.DeploymentGroup}' names the preview group ({group}-pr-{number}), '${Inputs.PreviewTemplateGroup}' is the group a new preview group copies its settings from.`,
    );
  }
  if (
    mode === 'preview' &&
    target === 'beanstalk' &&
    !preview.templateEnvironment &&
    !preview.savedConfiguration &&
    !read(Inputs.Environment).trim()
  ) {
    throw new InputError(
      Inputs.PreviewTemplateEnvironment,
      `Input '${Inputs.PreviewTemplateEnvironment}' or '${Inputs.PreviewSavedConfiguration}' is required for a Beanstalk preview: ` +
        `the environment (or saved configuration) a new preview environment copies its settings from.`,
    );
  }
  return preview;
}

const TAG_LINE = /^([^=\s][^=]{0,127})=(.{0,256})$/;

/** preview-instance-tags: one `Key=Value` per line (or comma), `{number}` allowed in values. */
function readInstanceTags(raw: string): InstanceTag[] {
  return parseList(raw).map((line) => {
    const m = TAG_LINE.exec(line);
    if (!m) {
      throw new InputError(
        Inputs.PreviewInstanceTags,
        `Input '${Inputs.PreviewInstanceTags}' must be lines of Key=Value (the EC2 tags of this pull request's instances, {number} allowed), such as Preview=pr-{number}; got '${clip(line)}'.`,
      );
    }
    return { key: (m[1] as string).trim(), value: (m[2] as string).trim() };
  });
}

const DEPLOYMENT_ID = /^d-[A-Z0-9]{9}$/;
const S3_URI = /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/.+$/;

function readRevision(read: InputReader, target: 'codedeploy' | 'beanstalk', mode: ReleaseMode): string | undefined {
  const value = read(Inputs.Revision).trim() || undefined;
  if (mode !== 'redeploy') return value;
  if (target === 'codedeploy') {
    if (!value || !(DEPLOYMENT_ID.test(value) || S3_URI.test(value))) {
      throw new InputError(
        Inputs.Revision,
        `Input '${Inputs.Revision}' is required for redeploy: an s3:// URI of a revision (s3://bucket/key.zip) or a previous deployment id (d-XXXXXXXXX)` +
          `${value ? `; got '${clip(value)}'` : ''}.`,
      );
    }
    return value;
  }
  const label = value ?? (read(Inputs.VersionLabel).trim() || undefined);
  if (!label || label.length > 100) {
    throw new InputError(
      Inputs.Revision,
      `Input '${Inputs.Revision}' (or '${Inputs.VersionLabel}') is required for redeploy: the label of an existing application version${label ? `; got '${clip(label)}'` : ''}.`,
    );
  }
  return label;
}

function readBlueGreen(read: InputReader, mode: ReleaseMode): Pick<BeanstalkSettings, 'strategy' | 'idleEnvironment' | 'productionCname'> {
  const strategy = parseEnum(Inputs.Strategy, read(Inputs.Strategy), STRATEGIES, 'in-place');
  if (strategy === 'blue-green' && mode !== 'deploy') {
    throw new InputError(
      Inputs.Strategy,
      `Input '${Inputs.Strategy}: blue-green' applies to mode deploy only; mode ${mode} updates one environment in place.`,
    );
  }
  const environment = read(Inputs.Environment).trim();
  const idleEnvironment =
    optional(read, Inputs.IdleEnvironment, ENV_NAME, 'an environment name of 4-40 letters, digits or hyphens') ??
    `${environment.slice(0, 35).replace(/-+$/, '')}-idle`;
  if (strategy === 'blue-green' && idleEnvironment === environment) {
    throw new InputError(
      Inputs.IdleEnvironment,
      `Input '${Inputs.IdleEnvironment}' must name the other environment of the blue/green pair, not '${environment}' itself.`,
    );
  }
  const productionCname =
    optional(
      read,
      Inputs.ProductionCname,
      /^[A-Za-z0-9][A-Za-z0-9-]{2,62}$/,
      'a CNAME prefix such as shop-prod (the part before .<region>.elasticbeanstalk.com)',
    ) ?? environment;
  return { strategy, idleEnvironment, productionCname };
}

function resolveTarget(target: (typeof TARGETS)[number], read: InputReader, mode: ReleaseMode): 'codedeploy' | 'beanstalk' {
  if (target !== 'auto') return target;
  const group =
    read(Inputs.DeploymentGroup).trim() || (mode === 'preview' || mode === 'cleanup' ? read(Inputs.PreviewTemplateGroup).trim() : '');
  const previewBeanstalk =
    mode === 'preview' || mode === 'cleanup'
      ? read(Inputs.PreviewTemplateEnvironment).trim() || read(Inputs.PreviewSavedConfiguration).trim()
      : '';
  const environment = read(Inputs.Environment).trim() || previewBeanstalk;
  if (group && environment) {
    throw new InputError(
      Inputs.Target,
      `Both '${Inputs.DeploymentGroup}' and '${Inputs.Environment}' are set; set '${Inputs.Target}' to codedeploy or beanstalk to say which to release to.`,
    );
  }
  if (group) return 'codedeploy';
  if (environment) return 'beanstalk';
  throw new InputError(
    Inputs.DeploymentGroup,
    `Input '${Inputs.DeploymentGroup}' (CodeDeploy) or '${Inputs.Environment}' (Elastic Beanstalk) is required to deploy.`,
  );
}

function required(read: InputReader, input: string, pattern: RegExp, form: string): string {
  const value = read(input).trim();
  if (value === '') throw new InputError(input, `Input '${input}' is required: ${form}.`);
  if (!pattern.test(value)) throw new InputError(input, `Input '${input}' must be ${form}; got '${clip(value)}'.`);
  return value;
}

function optional(read: InputReader, input: string, pattern: RegExp, form: string): string | undefined {
  const value = read(input).trim();
  if (value === '') return undefined;
  if (!pattern.test(value)) throw new InputError(input, `Input '${input}' must be ${form}; got '${clip(value)}'.`);
  return value;
}

/** bake: empty, `off` or `0` turn it off; otherwise a duration of 1 s to 6 h. */
function readBake(raw: string): number {
  const value = raw.trim();
  if (value === '' || value === '0' || value.toLowerCase() === 'off') return 0;
  return parseDuration(Inputs.Bake, value, 0, { minMs: 1000, maxMs: 6 * 3_600_000 });
}

function readCount(raw: string, input: string, max: number): number {
  const value = raw.trim();
  if (value === '') return 0;
  if (!/^\d+$/.test(value) || Number(value) > max) {
    throw new InputError(input, `Input '${input}' must be a whole number from 0 to ${max}; got '${clip(value)}'.`);
  }
  return Number(value);
}

function readRegion(raw: string, env: NodeJS.ProcessEnv): string {
  const fromInput = raw.trim();
  const value = fromInput || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || '';
  const source = fromInput ? `Input '${Inputs.Region}'` : 'AWS_REGION';
  if (value === '') {
    throw new InputError(
      Inputs.Region,
      `Input '${Inputs.Region}' is required when AWS_REGION is not set (for example us-east-1; aws-actions/configure-aws-credentials sets AWS_REGION).`,
    );
  }
  if (!REGION.test(value)) {
    throw new InputError(Inputs.Region, `${source} must be an AWS region such as us-east-1 or eu-west-2; got '${clip(value)}'.`);
  }
  return value;
}

function readPrefix(raw: string): string {
  const value = raw.trim().replace(/^\/+|\/+$/g, '');
  if (value === '') return 'hookline';
  if (value.length > 200 || /[\\{}^%`\]["<>~#|]|\.\.|[\u0000-\u001f]/.test(value)) {
    throw new InputError(
      Inputs.S3Prefix,
      `Input '${Inputs.S3Prefix}' must be an S3 key prefix such as releases/my-app; got '${clip(value)}'.`,
    );
  }
  return value;
}

/** The bundle path must exist inside the workspace (symlinks resolved), never outside it. */
function readPath(raw: string, workspace: string): string {
  const value = raw.trim() || '.';
  const full = resolve(workspace, value);
  if (!existsSync(full)) {
    throw new InputError(
      Inputs.Path,
      `Input '${Inputs.Path}' must be a folder or archive inside the workspace; '${clip(value)}' does not exist.`,
    );
  }
  const real = realpathSync(full);
  const realWorkspace = existsSync(workspace) ? realpathSync(workspace) : workspace;
  const rel = relative(realWorkspace, real);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new InputError(
      Inputs.Path,
      `Input '${Inputs.Path}' must be inside the workspace (${workspace}); '${clip(value)}' resolves outside it.`,
    );
  }
  const st = statSync(real);
  if (!st.isDirectory() && !st.isFile()) {
    throw new InputError(Inputs.Path, `Input '${Inputs.Path}' must be a folder or an archive file; '${clip(value)}' is neither.`);
  }
  return real;
}
