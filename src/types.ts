// Plain data shared between modules. The JSON shapes of Finding and Diagnosis are the CLI
// contract (see DESIGN.md): keep field names stable.

export type Severity = 'error' | 'warning' | 'notice';

/** A pre-flight validation result, located in a bundle file (path relative to the bundle root). */
export interface Finding {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** Stable rule id, e.g. `appspec/hook-location-missing`. */
  rule: string;
  message: string;
}

/** Diagnosis categories (contract): one per root cause. */
export const DIAGNOSIS_CATEGORIES = [
  'script-missing',
  'previous-revision-script',
  'script-not-executable',
  'script-line-endings',
  'command-not-found',
  'script-failed',
  'script-timeout',
  'stdout-held-open',
  'runas-failed',
  'disk-full',
  'file-exists',
  'bundle-access-denied',
  'bundle-invalid',
  'appspec-invalid',
  'agent-unavailable',
  'health-constraints',
  'no-instances',
  'iam-permissions',
  'load-balancer',
  'concurrent-deployment',
  'ebextensions-invalid',
  'ebextensions-command-failed',
  'platform-hook-failed',
  'dependency-install-failed',
  'app-start-failed',
  'health-degraded',
  'environment-not-ready',
  'version-mismatch',
  'platform-error',
  'unknown',
] as const;
export type DiagnosisCategory = (typeof DIAGNOSIS_CATEGORIES)[number];

/** One root cause of a failed release, grouped across the instances it affected. */
export interface Diagnosis {
  category: DiagnosisCategory;
  severity: Severity;
  /** Short headline, e.g. "AfterInstall: script not found in the bundle". */
  title: string;
  /** What happened and the concrete fix, for people. */
  message: string;
  /** CodeDeploy lifecycle event, or the Beanstalk command / hook name; null when not tied to one. */
  lifecycleEvent: string | null;
  instances: string[];
  /** Responsible file relative to the bundle root (appspec.yml, .ebextensions/x.config, ...). */
  file: string | null;
  line: number | null;
  /** Decisive evidence lines (message, log lines), most telling first. */
  evidence: string[];
  /** The fix in one sentence. */
  fix: string;
}

/** Facts gathered from AWS for `explain` and the diagnosis engine (contract: CLI --input). */
export interface FailureFacts {
  service: 'codedeploy' | 'beanstalk';
  /** GetDeployment's deploymentInfo (SDK shape; dates may be Date or epoch seconds/ISO strings). */
  deployment?: Record<string, unknown>;
  /** BatchGetDeploymentTargets' deploymentTargets (SDK shape). */
  targets?: Record<string, unknown>[];
  /** Beanstalk DescribeEvents Events (SDK shape). */
  events?: Record<string, unknown>[];
  /** Instance id → tail log text (Beanstalk RetrieveEnvironmentInfo). */
  logs?: Record<string, string>;
  /** CodeDeploy ECS/Lambda: what the ECS and Lambda deployments add (src/diagnose/compute.ts). */
  compute?: ComputeFacts;
}

/** Facts of an ECS or Lambda deployment beyond GetDeployment and its targets. */
export interface ComputeFacts {
  platform: 'ECS' | 'Lambda';
  /** The AppSpec's hooks: lifecycle event → function, with the line in `appspecFile`. */
  hooks?: { event: string; functionName: string; line: number }[];
  /** Workspace-relative AppSpec file the hooks came from; null when hookline wrote the AppSpec. */
  appspecFile?: string | null;
  /** ECS DescribeServices events since the deployment started, oldest first. */
  serviceEvents?: { createdAt: string; message: string }[];
  /** ECS: whether the deployment group routes test traffic (a test listener is configured). */
  testListener?: boolean;
}

/** The bundle's configuration files, as the diagnosis engine needs them to point at lines. */
export interface BundleFiles {
  /** Path relative to the bundle root → UTF-8 content. Only small config files are held. */
  files: Map<string, string>;
  /** Every path in the bundle (relative, '/' separated) → unix mode (e.g. 0o100755). */
  modes: Map<string, number>;
}
