// What hookline knows about each diagnosis category: how decisive it is (to order diagnoses and
// annotations), its default severity, a generic headline and a generic fix used when the facts
// do not allow a more concrete one.

import type { DiagnosisCategory, Severity } from '../types.js';

export interface CategoryInfo {
  severity: Severity;
  /** Lower is more decisive: a concrete root cause ranks before a consequence of it. */
  rank: number;
  headline: string;
  fix: string;
}

export const CATEGORY_INFO: Record<DiagnosisCategory, CategoryInfo> = {
  'script-missing': {
    severity: 'error',
    rank: 10,
    headline: 'script not found in the bundle',
    fix: 'Write the hook `location` relative to the bundle root (where appspec.yml is), not to `files.destination`.',
  },
  'previous-revision-script': {
    severity: 'error',
    rank: 12,
    headline: "the previous revision's script failed",
    fix: 'Redeploy once with `ignore-application-stop-failures: true`; the next deployment runs the scripts of this revision.',
  },
  'script-line-endings': {
    severity: 'error',
    rank: 14,
    headline: 'script has Windows (CRLF) line endings',
    fix: 'Convert the script to LF line endings (`dos2unix`, or `* text=auto eol=lf` / `*.sh text eol=lf` in .gitattributes).',
  },
  'script-not-executable': {
    severity: 'error',
    rank: 16,
    headline: 'script is not executable',
    fix: 'Commit the script with its executable bit (`git update-index --chmod=+x <script>`) or run it through its interpreter.',
  },
  'runas-failed': {
    severity: 'error',
    rank: 18,
    headline: 'the `runas` user cannot run the script',
    fix: 'Set `runas` to a user that exists on the instance (e.g. `ec2-user` on Amazon Linux, `ubuntu` on Ubuntu), or create it first.',
  },
  'disk-full': {
    severity: 'error',
    rank: 5,
    headline: 'the instance ran out of disk space',
    fix: "Free disk space on the instance (old revisions under /opt/codedeploy-agent/deployment-root, logs), lower the agent's `:max_revisions:`, or grow the volume.",
  },
  'bundle-access-denied': {
    severity: 'error',
    rank: 6,
    headline: 'the instance could not download the bundle',
    fix: "Give the instance profile `s3:GetObject` (and `s3:GetObjectVersion`) on the revision bucket/key, and make sure the object exists in the deployment's region.",
  },
  'bundle-invalid': {
    severity: 'error',
    rank: 7,
    headline: 'the bundle could not be unpacked as a revision',
    fix: 'Build the archive with appspec.yml at its root, declare the right bundle type (zip/tar/tgz), and leave out `__MACOSX/` entries.',
  },
  'appspec-invalid': {
    severity: 'error',
    rank: 8,
    headline: 'appspec.yml is invalid',
    fix: 'Fix appspec.yml (`version: 0.0`, valid YAML, known lifecycle events); `hookline validate` shows the line.',
  },
  'file-exists': {
    severity: 'error',
    rank: 20,
    headline: 'a file the revision installs already exists on the instance',
    fix: 'Set `file_exists_behavior: OVERWRITE` (or RETAIN) on the deployment, or remove the file in a BeforeInstall hook.',
  },
  'command-not-found': {
    severity: 'error',
    rank: 22,
    headline: 'a command the script runs is not installed',
    fix: 'Install the missing program earlier (BeforeInstall, AMI or user data) or call it by its full path; hooks run with a minimal PATH.',
  },
  'stdout-held-open': {
    severity: 'error',
    rank: 24,
    headline: "a background process keeps the hook's output open",
    fix: "Redirect the background process's output: `nohup app > /var/log/app.log 2>&1 &` (or start it as a systemd service).",
  },
  'script-timeout': {
    severity: 'error',
    rank: 26,
    headline: 'script did not finish within its timeout',
    fix: 'Make the script finish sooner (or raise its `timeout`, at most 3600 s per event) and check what it waits for.',
  },
  'script-failed': {
    severity: 'error',
    rank: 30,
    headline: 'script exited with an error',
    fix: 'Read the script output below and fix the failing command; the script must exit 0.',
  },
  'agent-unavailable': {
    severity: 'error',
    rank: 9,
    headline: 'the CodeDeploy agent did not run the lifecycle event',
    fix: 'Make sure the CodeDeploy agent is installed, running (`systemctl status codedeploy-agent`) and can reach the CodeDeploy and S3 endpoints.',
  },
  'health-constraints': {
    severity: 'error',
    rank: 40,
    headline: 'too few healthy instances for the deployment configuration',
    fix: 'Fix the failing instances first; otherwise use a deployment configuration whose minimum healthy hosts the fleet can meet.',
  },
  'no-instances': {
    severity: 'error',
    rank: 11,
    headline: 'the deployment group matched no instances',
    fix: "Check the deployment group's EC2 tag filters / Auto Scaling groups and that the instances are running.",
  },
  'iam-permissions': {
    severity: 'error',
    rank: 4,
    headline: 'a role is missing permissions',
    fix: 'Grant the missing action to the role named in the message (the CodeDeploy service role, the caller, or the instance profile).',
  },
  'load-balancer': {
    severity: 'error',
    rank: 13,
    headline: 'load balancer or Auto Scaling configuration problem',
    fix: "Check the deployment group's load balancer / target group and Auto Scaling group settings named in the message.",
  },
  'concurrent-deployment': {
    severity: 'error',
    rank: 3,
    headline: 'another deployment is already in progress',
    fix: 'Wait for the running deployment to finish (or stop it), and serialise releases with a workflow `concurrency` group.',
  },
  'ebextensions-invalid': {
    severity: 'error',
    rank: 8,
    headline: '.ebextensions configuration is invalid',
    fix: 'Fix the configuration file (valid YAML/JSON, known keys and option names); `hookline validate` shows the line.',
  },
  'ebextensions-command-failed': {
    severity: 'error',
    rank: 15,
    headline: '.ebextensions command failed',
    fix: 'Fix the failing command (its output is below); a command must exit 0 or set `ignoreErrors: true`.',
  },
  'platform-hook-failed': {
    severity: 'error',
    rank: 17,
    headline: 'platform hook failed',
    fix: 'Fix the hook script (its output is below); platform hooks must be executable and exit 0.',
  },
  'dependency-install-failed': {
    severity: 'error',
    rank: 19,
    headline: 'installing the application dependencies failed',
    fix: 'Make the dependency install work on the platform version (lock file, versions that exist for its runtime, private registry credentials).',
  },
  'app-start-failed': {
    severity: 'error',
    rank: 21,
    headline: 'the application did not start',
    fix: 'Check the Procfile / start command and the web process log; the app must listen on the port the platform expects (PORT, usually 5000/8080).',
  },
  'health-degraded': {
    severity: 'warning',
    rank: 45,
    headline: 'environment health degraded',
    fix: "Look at the instances' health causes (`eb health`) and the application logs.",
  },
  'environment-not-ready': {
    severity: 'error',
    rank: 2,
    headline: 'the target is missing or not ready for a deployment',
    fix: 'Wait until the environment is Ready (or create it / fix its name) and retry.',
  },
  'version-mismatch': {
    severity: 'error',
    rank: 23,
    headline: 'application version not found or not deployed',
    fix: 'Deploy a version that exists in the application, and redeploy so every instance runs the same version.',
  },
  'platform-error': {
    severity: 'error',
    rank: 35,
    headline: 'AWS-side failure',
    fix: 'Usually transient: retry the release; if it persists, check the AWS Health Dashboard and the resource named in the message.',
  },
  unknown: {
    severity: 'error',
    rank: 50,
    headline: 'release failed for an unrecognised reason',
    fix: 'Read the evidence below; if it shows a known cause, please report it so hookline can recognise it.',
  },
};

/** Lifecycle events whose scripts come from the last successful revision. */
export const PREVIOUS_REVISION_EVENTS = new Set([
  'ApplicationStop',
  'BeforeBlockTraffic',
  'AfterBlockTraffic',
  'BeforeELBRemove',
  'AfterELBRemove',
]);
