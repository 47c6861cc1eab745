// ECS and Lambda diagnoses: the compute rule table over failed lifecycle events, the AppSpec's
// hooks and the ECS service events. Texts come from public sources, cited on each fixture:
//   ECS service event messages: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-event-messages-list.html
//   Lambda's ResourceNotFoundException ("Function not found: <arn>"): https://docs.aws.amazon.com/lambda/latest/api/API_GetFunction.html
//   IAM's denial format ("User: … is not authorized to perform: <action> on resource: …"):
//     https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
//   AWSCodeDeployRoleForECS invokes only CodeDeployHook_* functions:
//     https://docs.aws.amazon.com/codedeploy/latest/userguide/getting-started-create-service-role.html
import { diagnose } from '../../../src/diagnose/index.js';
import { classifyRule } from '../../../src/diagnose/compute.js';
import type { ComputeEventFacts } from '../../../src/diagnose/rules/compute.js';
import type { ComputeFacts, FailureFacts } from '../../../src/types.js';

const ecsEvent = (event: string, message: string, extra: Partial<ComputeEventFacts> = {}): ComputeEventFacts => ({
  platform: 'ECS',
  target: 'main:web',
  event,
  errorCode: 'UnknownError',
  message,
  hook: undefined,
  appspecFile: 'appspec.yml',
  deploymentError: { code: '', message: '' },
  serviceEvents: [],
  testListener: true,
  ...extra,
});
const hook = { functionName: 'CodeDeployHook_check', line: 12 };

describe('compute rule table', () => {
  it('orders hook causes: missing function, invoke denied, never reported, test listener, reported Failed', () => {
    // Lambda's own text for a function that is not there.
    expect(
      classifyRule(
        ecsEvent(
          'AfterInstall',
          'ResourceNotFoundException: Function not found: arn:aws:lambda:us-east-1:123456789012:function:CodeDeployHook_check',
          { hook },
        ),
      ),
    ).toBe('compute/hook-function-missing');
    // IAM's denial, as the service role meets it for a hook not named CodeDeployHook_*.
    expect(
      classifyRule(
        ecsEvent(
          'BeforeInstall',
          'User: arn:aws:sts::123456789012:assumed-role/ecsCodeDeployRole/AWSCodeDeploy is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:123456789012:function:ValidateService',
          { hook: { functionName: 'ValidateService', line: 9 } },
        ),
      ),
    ).toBe('compute/hook-invoke-denied');
    expect(
      classifyRule(
        ecsEvent('BeforeAllowTraffic', 'The hook function did not report a status before it timed out after 60 minutes.', { hook }),
      ),
    ).toBe('compute/hook-never-reported');
    expect(classifyRule(ecsEvent('AfterAllowTestTraffic', 'reported status Failed', { hook, testListener: false }))).toBe(
      'ecs/test-listener-missing',
    );
    expect(classifyRule(ecsEvent('AfterAllowTestTraffic', 'reported status Failed', { hook }))).toBe('compute/hook-failed');
  });

  it('reads the replacement tasks from the ECS service events', () => {
    const unhealthy = [
      '(service web) has started 2 tasks: (task 0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e).',
      '(service web) (task 0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e) (port 8080) is unhealthy in (target-group arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-green/0123456789abcdef) due to (reason Health checks failed with these codes: [502]).',
    ];
    expect(classifyRule(ecsEvent('Install', '', { serviceEvents: unhealthy }))).toBe('ecs/tasks-unhealthy');
    const capacity = [
      '(service web) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance 5d2f2d1c9a0b4f0e) has insufficient memory available.',
    ];
    expect(classifyRule(ecsEvent('Install', '', { serviceEvents: capacity }))).toBe('ecs/no-capacity');
    expect(
      classifyRule(ecsEvent('Install', '', { serviceEvents: ['(service web) is unable to consistently start tasks successfully.'] })),
    ).toBe('ecs/tasks-failed-to-start');
    // No task-level cause in the events: the error code decides.
    expect(
      classifyRule(ecsEvent('', '', { deploymentError: { code: 'ECS_UPDATE_ERROR', message: 'The ECS service cannot be updated.' } })),
    ).toBe('ecs/update-error');
    // Service events never explain a hook's own failure.
    expect(classifyRule(ecsEvent('AfterInstall', 'reported status Failed', { hook, serviceEvents: unhealthy }))).toBe(
      'compute/hook-failed',
    );
  });

  it('catches Lambda alias/version mismatches and permission refusals', () => {
    const lambda = (deploymentError: { code: string; message: string }) =>
      ecsEvent('', '', { platform: 'Lambda', target: 'api:live', deploymentError, serviceEvents: [], testListener: undefined });
    expect(
      classifyRule(
        lambda({
          code: 'INVALID_LAMBDA_CONFIGURATION',
          message: 'The CurrentVersion 3 in the AppSpec does not match version 4 that alias live points to.',
        }),
      ),
    ).toBe('lambda/version-mismatch');
    expect(
      classifyRule(
        lambda({ code: 'IAM_ROLE_PERMISSIONS', message: 'CodeDeploy does not have the permissions required to perform this operation.' }),
      ),
    ).toBe('compute/permissions');
    expect(classifyRule(lambda({ code: 'INTERNAL_ERROR', message: 'An internal error occurred.' }))).toBe('compute/event-failed');
  });
});

describe('diagnose() for an ECS deployment', () => {
  const compute: ComputeFacts = {
    platform: 'ECS',
    appspecFile: 'ecs/appspec.yml',
    hooks: [{ event: 'AfterAllowTestTraffic', functionName: 'CodeDeployHook_check', line: 12 }],
    serviceEvents: [],
    testListener: true,
  };
  const facts = (events: Record<string, unknown>[], errorInformation?: Record<string, string>): FailureFacts => ({
    service: 'codedeploy',
    deployment: { deploymentId: 'd-ABCDEFGHI', status: 'Failed', ...(errorInformation ? { errorInformation } : {}) },
    targets: [{ deploymentTargetType: 'ECSTarget', ecsTarget: { targetId: 'main:web', status: 'Failed', lifecycleEvents: events } }],
    compute,
  });

  it('names the event, the function, its AppSpec line and the fix', () => {
    const [d, ...rest] = diagnose(
      facts(
        [
          { lifecycleEventName: 'AllowTestTraffic', status: 'Succeeded' },
          {
            lifecycleEventName: 'AfterAllowTestTraffic',
            status: 'Failed',
            diagnostics: {
              errorCode: 'UnknownError',
              message: 'The AfterAllowTestTraffic hook function CodeDeployHook_check reported status Failed.',
            },
          },
        ],
        { code: 'HOOK_EXECUTION_FAILURE', message: 'A lifecycle event hook failed.' },
      ),
    );
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      category: 'script-failed',
      title: 'AfterAllowTestTraffic: hook CodeDeployHook_check reported Failed',
      lifecycleEvent: 'AfterAllowTestTraffic',
      instances: ['main:web'],
      file: 'ecs/appspec.yml',
      line: 12,
    });
    expect(d?.fix).toContain('/aws/lambda/CodeDeployHook_check');
  });

  it('explains a deployment error with no failed event from the service events, and a manual stop as a notice', () => {
    const unhealthy = {
      createdAt: '2026-12-01T10:00:00Z',
      message: '(service web) (task 1) (port 80) is unhealthy in (target-group tg) due to (reason Request timed out).',
    };
    const [d] = diagnose({
      ...facts([], { code: 'ECS_UPDATE_ERROR', message: 'failed' }),
      compute: { ...compute, serviceEvents: [unhealthy] },
    });
    expect([d?.category, d?.evidence[0]]).toEqual(['health-degraded', unhealthy.message]);
    const [stop] = diagnose({ ...facts([], { code: 'MANUAL_STOP', message: 'The deployment was stopped manually.' }) });
    expect([stop?.severity, stop?.title]).toEqual(['notice', 'Deployment was stopped']);
  });
});

describe('explain on a raw ECS deployment', () => {
  it('takes the platform and the hooks from the AppSpec content GetDeployment carries', () => {
    const content = 'version: 0.0\nResources: []\nHooks:\n  - BeforeInstall: CodeDeployHook_pre\n';
    const [d] = diagnose({
      service: 'codedeploy',
      deployment: {
        deploymentId: 'd-ABCDEFGHI',
        status: 'Failed',
        computePlatform: 'ECS',
        revision: { revisionType: 'AppSpecContent', appSpecContent: { content } },
      },
      targets: [
        {
          ecsTarget: {
            targetId: 'main:web',
            status: 'Failed',
            lifecycleEvents: [
              {
                lifecycleEventName: 'BeforeInstall',
                status: 'Failed',
                diagnostics: { errorCode: 'UnknownError', message: 'reported status Failed' },
              },
            ],
          },
        },
      ],
    });
    expect([d?.title, d?.file]).toEqual(['BeforeInstall: hook CodeDeployHook_pre reported Failed', null]);
  });
});
