// ECS and Lambda compute platforms of the emulator, driven with the real SDK clients: the
// application's platform, AppSpecContent deployments, task sets, service events, hook outcomes
// and the Lambda alias shift.
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  CodeDeployClient,
  CreateDeploymentCommand,
  GetApplicationCommand,
  GetDeploymentCommand,
  StopDeploymentCommand,
  BatchGetDeploymentTargetsCommand,
} from '@aws-sdk/client-codedeploy';
import { DescribeServicesCommand, ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { GetAliasCommand, LambdaClient, PublishVersionCommand } from '@aws-sdk/client-lambda';
import { createHash } from 'node:crypto';
import { startEmulator, type Emulator } from './index.js';

const config = (emu: Emulator) => ({
  endpoint: emu.url,
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
});

function scenario(opts: { replacement?: string; hook?: string; testListener?: boolean; lambdaHook?: string } = {}) {
  return {
    timeScale: 0.0002,
    ecs: {
      applications: [
        { name: 'web', deploymentGroups: [{ name: 'prod', cluster: 'main', service: 'web', testListener: opts.testListener ?? true }] },
      ],
      services: [{ cluster: 'main', name: 'web', taskDefinition: 'web:1', replacement: opts.replacement ?? 'healthy' }],
    },
    lambda: {
      applications: [
        { name: 'api', deploymentGroups: [{ name: 'live', deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes' }] },
      ],
      functions: [
        { name: 'api', versions: 1, aliases: { live: '1' } },
        { name: 'CodeDeployHook_check', hook: opts.hook ?? 'succeed' },
        { name: 'CodeDeployHook_smoke', hook: opts.lambdaHook ?? 'succeed' },
      ],
    },
  };
}

const ecsAppSpec = (td: string, hook?: string) =>
  `version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: "${td}"\n        LoadBalancerInfo:\n          ContainerName: app\n          ContainerPort: 80\n` +
  (hook ? `Hooks:\n  - AfterAllowTestTraffic: ${hook}\n` : '');

const revision = (content: string) => ({
  revisionType: 'AppSpecContent' as const,
  appSpecContent: { content, sha256: createHash('sha256').update(content).digest('hex') },
});

async function finished(cd: CodeDeployClient, id: string) {
  for (;;) {
    const d = (await cd.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo;
    if (d && ['Succeeded', 'Failed', 'Stopped'].includes(d.status ?? '')) return d;
    await new Promise((r) => setTimeout(r, 20));
  }
}

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

describe('ECS', () => {
  async function deploy(s: ReturnType<typeof scenario>, hook?: string) {
    emu = await startEmulator({ scenario: s });
    const cd = new CodeDeployClient(config(emu));
    const ecs = new ECSClient(config(emu));
    const td = await ecs.send(
      new RegisterTaskDefinitionCommand({ family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx' }] }),
    );
    const arn = td.taskDefinition?.taskDefinitionArn ?? '';
    const { deploymentId } = await cd.send(
      new CreateDeploymentCommand({ applicationName: 'web', deploymentGroupName: 'prod', revision: revision(ecsAppSpec(arn, hook)) }),
    );
    return { cd, ecs, arn, id: deploymentId ?? '' };
  }

  it('answers the platform and shifts traffic to the replacement task set', async () => {
    const { cd, ecs, arn, id } = await deploy(scenario(), 'CodeDeployHook_check');
    expect((await cd.send(new GetApplicationCommand({ applicationName: 'web' }))).application?.computePlatform).toBe('ECS');
    const d = await finished(cd, id);
    expect(d.status).toBe('Succeeded');
    const svc = (await ecs.send(new DescribeServicesCommand({ cluster: 'main', services: ['web'] }))).services?.[0];
    expect(svc?.taskDefinition).toBe(arn);
    expect(svc?.taskSets?.map((t) => [t.status, t.taskDefinition])).toEqual([['PRIMARY', arn]]);
    const t = (await cd.send(new BatchGetDeploymentTargetsCommand({ deploymentId: id, targetIds: ['main:web'] }))).deploymentTargets?.[0];
    expect(t?.ecsTarget?.lifecycleEvents?.map((e) => `${e.lifecycleEventName}:${e.status}`)).toContain('AfterAllowTestTraffic:Succeeded');
  });

  it('fails the hook event with the function named when the hook reports Failed', async () => {
    const { cd, id } = await deploy(scenario({ hook: 'fail' }), 'CodeDeployHook_check');
    const d = await finished(cd, id);
    expect(d.status).toBe('Failed');
    const ev = (
      await cd.send(new BatchGetDeploymentTargetsCommand({ deploymentId: id, targetIds: ['main:web'] }))
    ).deploymentTargets?.[0]?.ecsTarget?.lifecycleEvents?.find((e) => e.status === 'Failed');
    expect(ev?.lifecycleEventName).toBe('AfterAllowTestTraffic');
    expect(ev?.diagnostics?.message).toContain('CodeDeployHook_check');
  });

  it('writes service events for replacement tasks failing health checks and keeps the original task set', async () => {
    const { cd, ecs, id } = await deploy(scenario({ replacement: 'unhealthy' }));
    const d = await finished(cd, id);
    expect([d.status, d.errorInformation?.code]).toEqual(['Failed', 'ECS_UPDATE_ERROR']);
    const svc = (await ecs.send(new DescribeServicesCommand({ cluster: 'main', services: ['web'] }))).services?.[0];
    expect(svc?.events?.some((e) => /is unhealthy in \(target-group/.test(e.message ?? ''))).toBe(true);
    expect(svc?.taskSets?.map((t) => t.status)).toEqual(['PRIMARY']);
    expect(svc?.taskDefinition).toMatch(/web:1$/);
  });

  it('stops with rollback while a hook never answers', async () => {
    const { cd, ecs, id } = await deploy(scenario({ hook: 'never' }), 'CodeDeployHook_check');
    for (;;) {
      const d = (await cd.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo;
      const t = (await cd.send(new BatchGetDeploymentTargetsCommand({ deploymentId: id, targetIds: ['main:web'] }))).deploymentTargets?.[0];
      if (
        d?.status === 'InProgress' &&
        t?.ecsTarget?.lifecycleEvents?.some((e) => e.lifecycleEventName === 'AfterAllowTestTraffic' && e.status === 'InProgress')
      )
        break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await cd.send(new StopDeploymentCommand({ deploymentId: id, autoRollbackEnabled: true }));
    const d = await finished(cd, id);
    expect([d.status, d.errorInformation?.code]).toEqual(['Stopped', 'MANUAL_STOP']);
    expect(d.rollbackInfo?.rollbackMessage).toMatch(/rolled back/);
    const svc = (await ecs.send(new DescribeServicesCommand({ cluster: 'main', services: ['web'] }))).services?.[0];
    expect(svc?.taskSets?.map((t) => t.status)).toEqual(['PRIMARY']);
  });
});

describe('Lambda', () => {
  it('publishes a version and shifts the alias by canary; a failing hook leaves the alias alone', async () => {
    emu = await startEmulator({ scenario: scenario({ lambdaHook: 'fail' }) });
    const cd = new CodeDeployClient(config(emu));
    const lambda = new LambdaClient(config(emu));
    expect((await lambda.send(new GetAliasCommand({ FunctionName: 'api', Name: 'live' }))).FunctionVersion).toBe('1');
    const v = (await lambda.send(new PublishVersionCommand({ FunctionName: 'api' }))).Version;
    expect(v).toBe('2');
    const spec = (hook: string) =>
      `version: 0.0\nResources:\n  - api:\n      Type: AWS::Lambda::Function\n      Properties:\n        Name: api\n        Alias: live\n        CurrentVersion: "1"\n        TargetVersion: "2"\nHooks:\n  - BeforeAllowTraffic: ${hook}\n`;
    const ok = await cd.send(
      new CreateDeploymentCommand({
        applicationName: 'api',
        deploymentGroupName: 'live',
        revision: revision(spec('CodeDeployHook_check')),
      }),
    );
    expect((await finished(cd, ok.deploymentId ?? '')).status).toBe('Succeeded');
    expect((await lambda.send(new GetAliasCommand({ FunctionName: 'api', Name: 'live' }))).FunctionVersion).toBe('2');
    expect((await lambda.send(new PublishVersionCommand({ FunctionName: 'api' }))).Version).toBe('3');
    const bad = spec('CodeDeployHook_smoke')
      .replace('CurrentVersion: "1"', 'CurrentVersion: "2"')
      .replace('TargetVersion: "2"', 'TargetVersion: "3"');
    const failed = await finished(
      cd,
      (await cd.send(new CreateDeploymentCommand({ applicationName: 'api', deploymentGroupName: 'live', revision: revision(bad) })))
        .deploymentId ?? '',
    );
    expect(failed.status).toBe('Failed');
    expect((await lambda.send(new GetAliasCommand({ FunctionName: 'api', Name: 'live' }))).FunctionVersion).toBe('2');
    await expect(lambda.send(new GetAliasCommand({ FunctionName: 'nope', Name: 'live' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
  });
});
