// Input, output and state names in one place: action.yml, settings, run() and the post step
// must agree on them, and the README tables are generated from action.yml.

export const Inputs = {
  Mode: 'mode',
  Target: 'target',
  Path: 'path',
  Include: 'include',
  Exclude: 'exclude',
  RestoreExecBits: 'restore-exec-bits',
  Application: 'application',
  DeploymentGroup: 'deployment-group',
  S3Bucket: 's3-bucket',
  S3Prefix: 's3-prefix',
  Region: 'region',
  DeploymentConfig: 'deployment-config',
  Description: 'description',
  FileExistsBehavior: 'file-exists-behavior',
  IgnoreApplicationStopFailures: 'ignore-application-stop-failures',
  AutoRollback: 'auto-rollback',
  OnActiveDeployment: 'on-active-deployment',
  ContinueBlueGreen: 'continue-blue-green',
  OnCancel: 'on-cancel',
  Validate: 'validate',
  Timeout: 'timeout',
  PollInterval: 'poll-interval',
  Environment: 'environment',
  VersionLabel: 'version-label',
  ReuseVersion: 'reuse-version',
  Health: 'health',
  PruneVersions: 'prune-versions',
  Strategy: 'strategy',
  IdleEnvironment: 'idle-environment',
  ProductionCname: 'production-cname',
  GithubToken: 'github-token',
  PreviewName: 'preview-name',
  PreviewTemplateEnvironment: 'preview-template-environment',
  PreviewSavedConfiguration: 'preview-saved-configuration',
  PreviewTemplateGroup: 'preview-template-group',
  Revision: 'revision',
  AllowForks: 'allow-forks',
  PreviewInstanceTags: 'preview-instance-tags',
  Bake: 'bake',
  OnBakeFailure: 'on-bake-failure',
  TaskDefinition: 'task-definition',
  ContainerName: 'container-name',
  ContainerPort: 'container-port',
  Appspec: 'appspec',
  FunctionName: 'function-name',
  Alias: 'alias',
  FunctionVersion: 'function-version',
  Retries: 'retries',
  OutdatedInstancesOnly: 'outdated-instances-only',
} as const;
export type InputName = (typeof Inputs)[keyof typeof Inputs];

export const Outputs = {
  DeploymentId: 'deployment-id',
  Status: 'status',
  RevisionS3Uri: 'revision-s3-uri',
  RevisionEtag: 'revision-etag',
  BundleSha256: 'bundle-sha256',
  TreeDigest: 'tree-digest',
  Uploaded: 'uploaded',
  FailedInstances: 'failed-instances',
  Findings: 'findings',
  VersionLabel: 'version-label',
  EnvironmentUrl: 'environment-url',
  EnvironmentId: 'environment-id',
  Health: 'health',
  PreviewEnvironment: 'preview-environment',
  GithubDeploymentId: 'github-deployment-id',
  TaskDefinitionArn: 'task-definition-arn',
  FunctionVersion: 'function-version',
  Attempts: 'attempts',
} as const;

/** What the main step leaves for the post step (GITHUB_STATE). */
export const States = {
  /** JSON InFlight record while a deployment or environment update runs; empty once it ended. */
  InFlight: 'in-flight',
  /** Why the main step ended: succeeded, failed, timed-out, cancelled or crashed (see in-flight.ts). */
  Outcome: 'outcome',
  OnCancel: 'on-cancel',
  Region: 'region',
  PollInterval: 'poll-interval',
  /** JSON OpenDeployment while this run's GitHub Deployment has no final status (github/deployments.ts). */
  GithubDeployment: 'github-deployment',
} as const;

export const ACTION_NAME = 'hookline';
export const DOCS_BASE_URL = 'https://github.com/hookline/hookline/blob/main/docs';
