// CodeDeploy ECS and Lambda end to end: dist/ under Node 24 through the runner harness, against the
// emulator's ECS service and Lambda functions, reached only through AWS_ENDPOINT_URL.
import { runAction, type RunResult } from '../harness/runner.js';
import type { Emulator } from '../emulator/index.js';
import type { Replacement } from '../emulator/ecs/model.js';
import type { HookOutcome } from '../emulator/lambda/model.js';
import type { ScenarioInput } from '../emulator/scenario-input.js';
import { StopDeploymentCommand } from '@aws-sdk/client-codedeploy';
import { emulatorFrom, errorsOf, deploymentsOf, until, workspaceWith } from './helpers.js';

const scenario = (
  o: { timeScale?: number; hook?: HookOutcome; replacement?: Replacement; lambdaHook?: HookOutcome } = {},
): ScenarioInput => ({
  timeScale: o.timeScale ?? 0.0002,
  ecs: {
    applications: [
      {
        name: 'web',
        deploymentGroups: [
          { name: 'prod', cluster: 'main', service: 'web', autoRollback: true },
          { name: 'staged', cluster: 'main', service: 'web', waitForReady: true },
        ],
      },
    ],
    services: [
      {
        cluster: 'main',
        name: 'web',
        taskDefinition: 'web:1',
        containerName: 'app',
        containerPort: 8080,
        replacement: o.replacement ?? 'healthy',
      },
    ],
  },
  lambda: {
    applications: [
      { name: 'api', deploymentGroups: [{ name: 'live', deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes' }] },
    ],
    functions: [
      { name: 'api', versions: 1, aliases: { live: '1' } },
      { name: 'CodeDeployHook_check', hook: o.hook ?? 'succeed' },
      { name: 'CodeDeployHook_smoke', hook: o.lambdaHook ?? 'succeed' },
    ],
  },
});

const TASK_DEF = JSON.stringify({
  taskDefinition: {
    taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:1',
    family: 'web',
    revision: 1,
    status: 'ACTIVE',
    containerDefinitions: [{ name: 'app', image: 'registry.example/web:2', portMappings: [{ containerPort: 8080 }] }],
  },
});

const ECS_APPSPEC = `version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: <TASK_DEFINITION>
        LoadBalancerInfo:
          ContainerName: app
          ContainerPort: 8080
Hooks:
  - AfterAllowTestTraffic: CodeDeployHook_check
`;

const LAMBDA_APPSPEC = `version: 0.0
Resources:
  - api:
      Type: AWS::Lambda::Function
      Properties:
        Name: api
        Alias: live
Hooks:
  - BeforeAllowTraffic: CodeDeployHook_check
  - AfterAllowTraffic: CodeDeployHook_smoke
`;

const ecsInputs = (extra: Record<string, string> = {}) => ({
  application: 'web',
  'deployment-group': 'prod',
  'task-definition': 'ecs/taskdef.json',
  'poll-interval': '50ms',
  timeout: '2m',
  ...extra,
});

const log = (r: RunResult) => r.main.log.join('\n');

async function withEmulator(scn: ScenarioInput, body: (emu: Emulator) => Promise<void>): Promise<void> {
  const emu = await emulatorFrom(scn);
  try {
    await body(emu);
  } finally {
    await emu.close();
  }
}

const primaryTaskDefinition = (emu: Emulator) =>
  emu.state.compute.ecs.services
    .get('main/web')
    ?.taskSets.filter((t) => t.status === 'PRIMARY')
    .map((t) => t.taskDefinition);

describe('CodeDeploy ECS', () => {
  it('registers the task definition, fills the AppSpec and shifts production traffic', () =>
    withEmulator(scenario(), async (emu) => {
      const workspace = workspaceWith({ 'ecs/taskdef.json': TASK_DEF, 'ecs/appspec.yml': ECS_APPSPEC });
      const r = await runAction({ inputs: ecsInputs({ appspec: 'ecs/appspec.yml' }), env: emu.env, workspace });
      expect(errorsOf(r)).toEqual([]);
      expect(r.main.exitCode).toBe(0);
      const arn = 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:2';
      expect(r.outputs).toMatchObject({ status: 'Succeeded', 'task-definition-arn': arn });
      expect(log(r)).toContain(`Registered task definition ${arn}.`);
      expect(log(r)).toMatch(/main:web AfterAllowTestTraffic Succeeded/);
      expect(log(r)).toMatch(/Traffic shifted: task definition/);
      expect(primaryTaskDefinition(emu)).toEqual([arn]);
      const [d] = await deploymentsOf(emu, 'web', 'prod');
      expect(d?.revision?.appSpecContent?.content).toContain(`TaskDefinition: ${arn}`);
      expect(r.summary).toMatch(/\| main:web \| ✅ Succeeded \|/);
      // Nothing is bundled or uploaded for ECS.
      expect(emu.calls.count('s3:PutObject') + emu.calls.count('s3:CreateMultipartUpload')).toBe(0);
    }));

  it('names the AfterAllowTestTraffic hook function that reported Failed, on its AppSpec line', () =>
    withEmulator(scenario({ hook: 'fail' }), async (emu) => {
      const workspace = workspaceWith({ 'ecs/taskdef.json': TASK_DEF, 'ecs/appspec.yml': ECS_APPSPEC });
      const r = await runAction({ inputs: ecsInputs({ appspec: 'ecs/appspec.yml' }), env: emu.env, workspace });
      expect(r.main.exitCode).toBe(1);
      const hook = errorsOf(r).find((e) =>
        /AfterAllowTestTraffic: hook CodeDeployHook_check reported Failed/.test(e.properties.title ?? ''),
      );
      expect(hook?.properties).toMatchObject({ file: 'ecs/appspec.yml', line: '11' });
      expect(hook?.message).toContain('/aws/lambda/CodeDeployHook_check');
      expect(primaryTaskDefinition(emu)).toEqual(['arn:aws:ecs:us-east-1:123456789012:task-definition/web:1']);
    }));

  it('explains replacement tasks failing target-group health checks from the service events', () =>
    withEmulator(scenario({ replacement: 'unhealthy' }), async (emu) => {
      // No appspec input: hookline writes it from the service's load balancer (app:8080).
      const workspace = workspaceWith({ 'ecs/taskdef.json': TASK_DEF });
      const r = await runAction({ inputs: ecsInputs(), env: emu.env, workspace });
      expect(r.main.exitCode).toBe(1);
      const [d] = await deploymentsOf(emu, 'web', 'prod');
      expect(d?.revision?.appSpecContent?.content).toMatch(/ContainerName: app\s+ContainerPort: 8080/);
      const errors = errorsOf(r);
      const health = errors.find((e) => /Install: replacement tasks failed target group health checks/.test(e.properties.title ?? ''));
      expect(health).toBeDefined();
      expect(log(r)).toMatch(/\(service web\) \(task \w+\) \(port 8080\) is unhealthy in \(target-group/);
      expect(errors.at(-1)?.message).toMatch(/Deployment d-\w+ failed \(ECS_UPDATE_ERROR\)/);
    }));

  it('cancelled while a hook never answers: the post step stops the deployment with rollback', () =>
    withEmulator(scenario({ hook: 'never', timeScale: 0.01 }), async (emu) => {
      const workspace = workspaceWith({ 'ecs/taskdef.json': TASK_DEF, 'ecs/appspec.yml': ECS_APPSPEC });
      const r = await runAction({
        inputs: ecsInputs({ appspec: 'ecs/appspec.yml', timeout: '10m' }),
        env: emu.env,
        workspace,
        cancelWhen: (line) => /main:web AfterAllowTestTraffic InProgress/.test(line),
      });
      expect(r.main.exitCode).toBe(1);
      expect(errorsOf(r).map((e) => e.message)).toEqual([
        expect.stringMatching(/Cancelled while deployment d-\w+ was running; the post step stops it, with rollback/),
      ]);
      expect(r.post?.log.join('\n')).toMatch(/stopped deployment d-\w+, with auto-rollback/);
      const [d] = await deploymentsOf(emu, 'web', 'prod');
      expect(d?.status).toBe('Stopped');
      expect(d?.rollbackInfo?.rollbackMessage).toMatch(/rolled back/);
      expect(primaryTaskDefinition(emu)).toEqual(['arn:aws:ecs:us-east-1:123456789012:task-definition/web:1']);
    }));

  it('a hook function that does not exist, and one that never reports, are told apart', () =>
    withEmulator(scenario({ hook: 'denied' }), async (emu) => {
      const appspec = ECS_APPSPEC.replace('  - AfterAllowTestTraffic: CodeDeployHook_check', '  - BeforeInstall: CodeDeployHook_gone');
      const workspace = workspaceWith({ 'ecs/taskdef.json': TASK_DEF, 'ecs/appspec.yml': appspec, 'ecs/late.yml': ECS_APPSPEC });
      const missing = await runAction({ inputs: ecsInputs({ appspec: 'ecs/appspec.yml' }), env: emu.env, workspace });
      const gone = errorsOf(missing).find(
        (e) => e.properties.title === 'hookline: BeforeInstall: hook function CodeDeployHook_gone does not exist',
      );
      expect(gone?.properties).toMatchObject({ file: 'ecs/appspec.yml', line: '11' });
      const late = await runAction({ inputs: ecsInputs({ appspec: 'ecs/late.yml' }), env: emu.env, workspace });
      const never = errorsOf(late).find(
        (e) => e.properties.title === 'hookline: AfterAllowTestTraffic: hook CodeDeployHook_check never reported a status',
      );
      expect(never?.message).toMatch(/codedeploy:PutLifecycleEventHookExecutionStatus/);
    }));

  it('a group that waits for rerouting ends Ready, or is continued with continue-blue-green', () =>
    withEmulator(scenario(), async (emu) => {
      const workspace = workspaceWith({ 'ecs/taskdef.json': TASK_DEF });
      const waiting = await runAction({ inputs: ecsInputs({ 'deployment-group': 'staged' }), env: emu.env, workspace });
      expect(waiting.main.exitCode).toBe(0);
      expect(waiting.outputs.status).toBe('Ready');
      expect(waiting.annotations.filter((a) => a.command === 'notice').map((a) => a.properties.title)).toContain(
        'Blue/green deployment waits for you',
      );
      // The replacement serves test traffic only; production still goes to the original task set.
      expect(emu.state.compute.ecs.services.get('main/web')?.taskSets.map((t) => [t.targetGroup, t.trafficWeight])).toEqual([
        ['blue', 100],
        ['green', 0],
      ]);
      const [d] = await deploymentsOf(emu, 'web', 'staged');
      await emu.client('codedeploy').send(new StopDeploymentCommand({ deploymentId: d?.deploymentId, autoRollbackEnabled: true }));
      await until(async () => (await deploymentsOf(emu, 'web', 'staged'))[0]?.status === 'Stopped');
      const continued = await runAction({
        inputs: ecsInputs({ 'deployment-group': 'staged', 'continue-blue-green': 'true' }),
        env: emu.env,
        workspace,
      });
      expect(continued.main.exitCode).toBe(0);
      expect(continued.outputs.status).toBe('Succeeded');
      expect(log(continued)).toMatch(/rerouting traffic to them \(continue-blue-green: true\)/);
    }));

  it('refuses an input that does not apply to the application, by name', () =>
    withEmulator(scenario(), async (emu) => {
      const workspace = workspaceWith({ 'ecs/taskdef.json': TASK_DEF });
      const r = await runAction({ inputs: ecsInputs({ 's3-bucket': 'releases' }), env: emu.env, workspace });
      expect(r.main.exitCode).toBe(1);
      expect(errorsOf(r).map((e) => e.message)).toEqual([
        "Input 's3-bucket' does not apply here: application 'web' deploys to Amazon ECS (its revision is AppSpec content; nothing is uploaded). Remove it from the step.",
      ]);
      expect(emu.calls.count('codedeploy:CreateDeployment')).toBe(0);
    }));
});

describe('CodeDeploy Lambda', () => {
  const lambdaInputs = (extra: Record<string, string> = {}) => ({
    application: 'api',
    'deployment-group': 'live',
    'function-name': 'api',
    alias: 'live',
    appspec: 'appspec.yml',
    'poll-interval': '50ms',
    timeout: '2m',
    ...extra,
  });
  const alias = (emu: Emulator) => emu.state.compute.lambda.functions.get('api')?.aliases.get('live')?.version;

  it('publishes a version and shifts the alias by canary', () =>
    withEmulator(scenario(), async (emu) => {
      const r = await runAction({ inputs: lambdaInputs(), env: emu.env, workspace: workspaceWith({ 'appspec.yml': LAMBDA_APPSPEC }) });
      expect(errorsOf(r)).toEqual([]);
      expect(r.main.exitCode).toBe(0);
      expect(r.outputs).toMatchObject({ status: 'Succeeded', 'function-version': '2' });
      expect(log(r)).toMatch(/Published version 2 of api; alias live is on version 1/);
      expect(log(r)).toMatch(/api:live BeforeAllowTraffic Succeeded/);
      expect(alias(emu)).toBe('2');
      const [d] = await deploymentsOf(emu, 'api', 'live');
      expect(d?.deploymentConfigName).toBe('CodeDeployDefault.LambdaCanary10Percent5Minutes');
      expect(d?.revision?.appSpecContent?.content).toMatch(/CurrentVersion: "?1"?\s+TargetVersion: "?2"?/);
    }));

  it('a failing AfterAllowTraffic hook is named on its line and the alias stays on the current version', () =>
    withEmulator(scenario({ lambdaHook: 'fail' }), async (emu) => {
      const r = await runAction({ inputs: lambdaInputs(), env: emu.env, workspace: workspaceWith({ 'appspec.yml': LAMBDA_APPSPEC }) });
      expect(r.main.exitCode).toBe(1);
      const hook = errorsOf(r).find((e) => /AfterAllowTraffic: hook CodeDeployHook_smoke reported Failed/.test(e.properties.title ?? ''));
      expect(hook?.properties).toMatchObject({ file: 'appspec.yml', line: '10' });
      expect(alias(emu)).toBe('1');
    }));
});
