// CodeDeploy ECS and Lambda: one ordered rule table for a failed lifecycle event (or, with no
// failed event, the deployment's errorInformation). Order is precedence: a hook that could not run
// (missing function, invoke denied) before one that never answered, before one that answered
// Failed; what the ECS service events say about the replacement tasks before the bare error code.
//
// Wording sources: the CodeDeploy user guide (reference-appspec-file-structure-hooks.html,
// error-codes.html, troubleshooting-ecs.html), the AWSCodeDeployRoleForECS managed policy (it may
// invoke only functions named CodeDeployHook_*), the ECS developer guide's service event messages
// (service-event-messages-list.html) and Lambda's ResourceNotFoundException text.

import type { Diagnosis, DiagnosisCategory } from '../../types.js';
import type { Rule } from '../table.js';
import { evidenceList, showLine } from '../text.js';

const HOOKS_PAGE = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html';
const ECS_EVENTS_PAGE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-event-messages-list.html';
const ERROR_CODES_PAGE = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/error-codes.html';
const ECS_ROLE_PAGE = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/getting-started-create-service-role.html';

/** One failed lifecycle event of an ECS or Lambda deployment, with what explains it. */
export interface ComputeEventFacts {
  platform: 'ECS' | 'Lambda';
  /** cluster:service (ECS) or function:alias (Lambda). */
  target: string;
  /** The failed lifecycle event; '' for the deployment's own error. */
  event: string;
  errorCode: string;
  /** diagnostics.message and logTail, joined. */
  message: string;
  /** The AppSpec hook at this event, when it has one. */
  hook: { functionName: string; line: number } | undefined;
  appspecFile: string | null;
  deploymentError: { code: string; message: string };
  /** ECS service events since the deployment started, oldest first. */
  serviceEvents: string[];
  testListener: boolean | undefined;
}

export type ComputeRule = Rule<ComputeEventFacts, any, Diagnosis>; // eslint-disable-line @typescript-eslint/no-explicit-any -- each rule has its own evidence shape

/** Lambda's own answer for a function that is not there (ResourceNotFoundException). */
const FUNCTION_MISSING = [/Function not found/i, /ResourceNotFoundException/, /function (?:\S+ )?(?:does not|doesn't) exist/i];
/** The service role may not invoke the hook (AWSCodeDeployRoleForECS covers CodeDeployHook_* only). */
const INVOKE_DENIED = [/not authorized to perform:? lambda:InvokeFunction/i, /AccessDenied\S*.*(?:Invoke|lambda)/i];
/** No status came back from the hook within the hour CodeDeploy waits. */
const NO_REPORT = [
  /tim(?:ed|e)\s*out/i,
  /did not (?:report|respond|receive)/i,
  /never (?:reported|responded)/i,
  /no (?:status|response) (?:was )?(?:reported|received)/i,
];
/** Replacement tasks that started but fail the target group's (or the container's) health checks. */
const UNHEALTHY = [/is unhealthy in \(target-group/i, /failed (?:ELB|container) health checks/i, /Health checks failed/i];
/** Tasks that could not be placed: no capacity. */
const NO_CAPACITY = [
  /unable to place a task/i,
  /insufficient (?:CPU|memory|ports?)/i,
  /Capacity is unavailable/i,
  /RESOURCE:(?:CPU|MEMORY|PORTS|ENI)/,
  /no container instance met all of its requirements/i,
];
/** Tasks that were placed but stopped before they ran. */
const FAILED_START = [
  /Essential container in task exited/i,
  /CannotPullContainerError/i,
  /ResourceInitializationError/i,
  /CannotStartContainerError/i,
  /unable to consistently start tasks/i,
  /failed to launch a task/i,
];

const matching = (lines: string[], patterns: RegExp[]): string[] => lines.filter((l) => patterns.some((p) => p.test(l)));
const hasAny = (text: string, patterns: RegExp[]): boolean => patterns.some((p) => p.test(text));
const TRAFFIC_EVENTS = new Set(['Install', 'AllowTestTraffic', 'AllowTraffic', '']);

function build(
  f: ComputeEventFacts,
  category: DiagnosisCategory,
  title: string,
  message: string,
  fix: string,
  evidence: (string | undefined)[],
): Diagnosis {
  const at = f.hook && f.appspecFile ? { file: f.appspecFile, line: f.hook.line } : { file: null, line: null };
  return {
    category,
    severity: 'error',
    title,
    message,
    lifecycleEvent: f.event || null,
    instances: [f.target],
    ...at,
    evidence: evidenceList([...evidence.map((e) => (e ? showLine(e) : e)), f.message ? showLine(f.message) : undefined]),
    fix,
  };
}

const fn = (f: ComputeEventFacts): string => f.hook?.functionName ?? 'the hook function';
const dErr = (f: ComputeEventFacts): string => [f.deploymentError.code, f.deploymentError.message].filter(Boolean).join(': ');

export const COMPUTE_RULES: readonly ComputeRule[] = [
  {
    id: 'compute/hook-function-missing',
    category: 'appspec-invalid',
    source: `${HOOKS_PAGE}; Lambda ResourceNotFoundException`,
    when: (f) => !!f.hook && hasAny(f.message, FUNCTION_MISSING),
    explain: (f) =>
      build(
        f,
        'appspec-invalid',
        `${f.event}: hook function ${fn(f)} does not exist`,
        `The AppSpec's ${f.event} hook names the Lambda function ${fn(f)}, which CodeDeploy could not find in this account and region, so ${f.event} failed before any check ran.`,
        `Create the function ${fn(f)} in this region, or correct the name (or ARN) on the ${f.event} line of the AppSpec.`,
        [],
      ),
  },
  {
    id: 'compute/hook-invoke-denied',
    category: 'iam-permissions',
    source: ECS_ROLE_PAGE,
    when: (f) => !!f.hook && hasAny(f.message, INVOKE_DENIED),
    explain: (f) =>
      build(
        f,
        'iam-permissions',
        `${f.event}: CodeDeploy may not invoke ${fn(f)}`,
        `CodeDeploy's service role was refused lambda:InvokeFunction on ${fn(f)}. The managed policy AWSCodeDeployRoleForECS allows invoking only functions whose name starts with CodeDeployHook_.`,
        `Name the hook function CodeDeployHook_<something>, or add lambda:InvokeFunction on ${fn(f)} to the deployment group's service role.`,
        [],
      ),
  },
  {
    id: 'compute/hook-never-reported',
    category: 'script-timeout',
    source: HOOKS_PAGE,
    when: (f) => !!f.hook && hasAny(f.message, NO_REPORT),
    explain: (f) =>
      build(
        f,
        'script-timeout',
        `${f.event}: hook ${fn(f)} never reported a status`,
        `CodeDeploy invoked ${fn(f)} for ${f.event} and waited the full hour for it to call PutLifecycleEventHookExecutionStatus; it never did. ` +
          `Either the function returned (or crashed, or timed out) without calling it, or its execution role lacks codedeploy:PutLifecycleEventHookExecutionStatus — then its own logs show AccessDeniedException.`,
        `Make ${fn(f)} always call PutLifecycleEventHookExecutionStatus with the deploymentId and lifecycleEventHookExecutionId it received (Succeeded or Failed, also on errors), and allow codedeploy:PutLifecycleEventHookExecutionStatus in its execution role.`,
        [],
      ),
  },
  {
    id: 'ecs/test-listener-missing',
    category: 'load-balancer',
    source: HOOKS_PAGE,
    when: (f) =>
      f.platform === 'ECS' && f.testListener === false && (f.event === 'AfterAllowTestTraffic' || f.event === 'AllowTestTraffic'),
    explain: (f) =>
      build(
        f,
        'load-balancer',
        `${f.event}: the deployment group has no test listener`,
        `${f.event} failed, and the deployment group routes no test traffic: its target group pair has no test listener, so the replacement tasks were never reachable on a test port${f.hook ? ` for ${fn(f)} to check` : ''}.`,
        `Add a test listener (testTrafficRoute) to the deployment group's load balancer settings, or remove the AfterAllowTestTraffic hook.`,
        [],
      ),
  },
  {
    id: 'compute/hook-failed',
    category: 'script-failed',
    source: HOOKS_PAGE,
    when: (f) => !!f.hook,
    explain: (f) =>
      build(
        f,
        'script-failed',
        `${f.event}: hook ${fn(f)} reported Failed`,
        `The ${f.event} hook ${fn(f)} ran and reported Failed to CodeDeploy, so the deployment stopped ${
          f.platform === 'ECS' ? 'before production traffic moved on' : 'and the alias stays on the current version'
        }. Its own logs (CloudWatch Logs group /aws/lambda/${fn(f)}) say which check failed.`,
        `Read /aws/lambda/${fn(f)} for this deployment, fix what its check found${f.platform === 'ECS' ? ' in the new task definition' : ' in the new version'}, and deploy again.`,
        [],
      ),
  },
  {
    id: 'ecs/tasks-unhealthy',
    category: 'health-degraded',
    source: ECS_EVENTS_PAGE,
    when: (f) => {
      if (f.platform !== 'ECS' || !TRAFFIC_EVENTS.has(f.event)) return null;
      const hits = matching(f.serviceEvents, UNHEALTHY);
      return hits.length ? hits : null;
    },
    explain: (f, hits: string[]) =>
      build(
        f,
        'health-degraded',
        `${f.event || 'Deployment'}: replacement tasks failed target group health checks`,
        `The replacement tasks started but did not pass health checks, so ECS stopped them and the task set never became healthy (${hits.length} service event${hits.length > 1 ? 's' : ''}).`,
        `Check the container serves the target group's health check path on the container port, and that healthCheckGracePeriodSeconds covers its start-up time.`,
        hits.slice(-4),
      ),
  },
  {
    id: 'ecs/no-capacity',
    category: 'no-instances',
    source: ECS_EVENTS_PAGE,
    when: (f) => {
      if (f.platform !== 'ECS' || !TRAFFIC_EVENTS.has(f.event)) return null;
      const hits = matching(f.serviceEvents, NO_CAPACITY);
      return hits.length ? hits : null;
    },
    explain: (f, hits: string[]) =>
      build(
        f,
        'no-instances',
        `${f.event || 'Deployment'}: no capacity for the replacement tasks`,
        `ECS could not place the replacement tasks: the cluster has no capacity that meets the task definition's CPU, memory or ports.`,
        `Add capacity (container instances, a capacity provider, or Fargate quota), or lower the task definition's cpu/memory; blue/green runs both task sets at once, so it needs room for twice the tasks.`,
        hits.slice(-3),
      ),
  },
  {
    id: 'ecs/tasks-failed-to-start',
    category: 'app-start-failed',
    source: ECS_EVENTS_PAGE,
    when: (f) => {
      if (f.platform !== 'ECS' || !TRAFFIC_EVENTS.has(f.event)) return null;
      const hits = matching(f.serviceEvents, FAILED_START);
      return hits.length ? hits : null;
    },
    explain: (f, hits: string[]) =>
      build(
        f,
        'app-start-failed',
        `${f.event || 'Deployment'}: replacement tasks failed to start`,
        `The replacement tasks were stopped before they could serve: the service events below say why (image pull, an essential container exiting, or start-up errors).`,
        `Run the new task definition on its own (aws ecs run-task) and read the stopped task's stoppedReason and container logs; fix the image or configuration it names.`,
        hits.slice(-3),
      ),
  },
  {
    id: 'lambda/version-mismatch',
    category: 'version-mismatch',
    source: ERROR_CODES_PAGE,
    when: (f) =>
      f.platform === 'Lambda' &&
      (f.deploymentError.code === 'INVALID_LAMBDA_CONFIGURATION' ||
        /current ?version|target ?version|alias/i.test(f.deploymentError.message)),
    explain: (f) =>
      build(
        f,
        'version-mismatch',
        `Lambda alias and versions do not match the AppSpec`,
        `CodeDeploy refused the AppSpec's versions for ${f.target}: ${f.deploymentError.message || f.deploymentError.code}. The alias must point at CurrentVersion, and TargetVersion must be a different published version.`,
        `Let hookline fill the versions (leave function-version empty to publish one), and make sure nothing else moves the alias during the deployment.`,
        [dErr(f)],
      ),
  },
  {
    id: 'compute/permissions',
    category: 'iam-permissions',
    source: ERROR_CODES_PAGE,
    when: (f) =>
      /IAM_ROLE_(?:PERMISSIONS|MISSING)/.test(f.deploymentError.code) ||
      hasAny(`${f.message}\n${f.deploymentError.message}`, [/not authorized to perform/i, /AccessDenied/]),
    explain: (f) =>
      build(
        f,
        'iam-permissions',
        `${f.event || 'Deployment'}: the CodeDeploy service role lacks a permission`,
        `CodeDeploy was refused an action on ${f.platform === 'ECS' ? 'ECS or the load balancer' : 'Lambda'}: ${f.deploymentError.message || f.message}`,
        f.platform === 'ECS'
          ? "Attach AWSCodeDeployRoleForECS to the deployment group's service role (and iam:PassRole for the task execution role)."
          : "Attach AWSCodeDeployRoleForLambda to the deployment group's service role.",
        [dErr(f)],
      ),
  },
  {
    id: 'ecs/update-error',
    category: 'platform-error',
    source: ERROR_CODES_PAGE,
    when: (f) => f.platform === 'ECS' && /ECS_UPDATE_ERROR|INVALID_ECS_SERVICE/.test(f.deploymentError.code),
    explain: (f) =>
      build(
        f,
        'platform-error',
        `${f.event || 'Deployment'}: CodeDeploy could not update the ECS service (${f.deploymentError.code})`,
        `CodeDeploy could not create or update the service's task set: ${f.deploymentError.message || f.deploymentError.code}. The ECS service events did not name a task-level cause.`,
        'Check the service uses the CODE_DEPLOY deployment controller, that its load balancer and target groups match the deployment group, and read its events in the ECS console.',
        [dErr(f), ...f.serviceEvents.slice(-2)],
      ),
  },
  {
    id: 'compute/event-failed',
    category: 'unknown',
    source: ERROR_CODES_PAGE,
    when: () => true,
    explain: (f) =>
      build(
        f,
        'unknown',
        `${f.event || 'Deployment'} failed`,
        `${f.event || 'The deployment'} failed on ${f.target}${f.message ? `: ${f.message}` : f.deploymentError.message ? `: ${f.deploymentError.message}` : '.'}`,
        f.platform === 'ECS'
          ? 'Read the ECS service events and the deployment in the CodeDeploy console.'
          : 'Read the deployment in the CodeDeploy console and the function logs.',
        [dErr(f), ...f.serviceEvents.slice(-2)],
      ),
  },
];
