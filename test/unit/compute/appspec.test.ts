// The AppSpec as revision: written or filled in (ECS task definition, Lambda versions), its hooks
// with their lines, and the AppSpecContent's sha256.
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { appSpecRevision, hooksOf } from '../../../src/compute/revision.js';
import { fillEcsAppSpec, writeEcsAppSpec } from '../../../src/ecs/appspec.js';
import { fillLambdaAppSpec, writeLambdaAppSpec } from '../../../src/lambda/appspec.js';
import { readTaskDefinition } from '../../../src/ecs/task-definition.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ARN = 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:7';

describe('ECS AppSpec', () => {
  it('is written from the load balancer settings', () => {
    const text = writeEcsAppSpec(ARN, { containerName: 'app', containerPort: 8080 }, 'LATEST');
    expect(text.startsWith('version: 0.0\n')).toBe(true);
    expect(parse(text)).toEqual({
      version: 0,
      Resources: [
        {
          TargetService: {
            Type: 'AWS::ECS::Service',
            Properties: { TaskDefinition: ARN, LoadBalancerInfo: { ContainerName: 'app', ContainerPort: 8080 }, PlatformVersion: 'LATEST' },
          },
        },
      ],
    });
  });

  it('fills the <TASK_DEFINITION> placeholder in place, keeping every line', () => {
    const text =
      'version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: <TASK_DEFINITION>\nHooks:\n  - BeforeInstall: CodeDeployHook_pre\n';
    const filled = fillEcsAppSpec(text, 'appspec.yml', ARN, undefined);
    expect(filled).toBe(text.replace('<TASK_DEFINITION>', ARN));
    expect(hooksOf(filled)).toEqual([{ event: 'BeforeInstall', functionName: 'CodeDeployHook_pre', line: 8 }]);
  });

  it('sets TaskDefinition (and a missing LoadBalancerInfo) in YAML and JSON files, and refuses a file with no ECS service', () => {
    const yaml = 'version: 0.0\nResources:\n  - Svc:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: old\n';
    expect(parse(fillEcsAppSpec(yaml, 'a.yml', ARN, { containerName: 'app', containerPort: 80 })).Resources[0].Svc.Properties).toEqual({
      TaskDefinition: ARN,
      LoadBalancerInfo: { ContainerName: 'app', ContainerPort: 80 },
    });
    const json = JSON.stringify({ version: 0.0, Resources: [{ Svc: { Type: 'AWS::ECS::Service', Properties: { TaskDefinition: 'x' } } }] });
    expect(JSON.parse(fillEcsAppSpec(json, 'a.json', ARN, undefined)).Resources[0].Svc.Properties.TaskDefinition).toBe(ARN);
    expect(() => fillEcsAppSpec('version: 0.0\nResources: []\n', 'a.yml', ARN, undefined)).toThrow(/no resource of Type AWS::ECS::Service/);
  });
});

describe('Lambda AppSpec', () => {
  const shift = { functionName: 'api', alias: 'live', current: '3', target: '4' };
  it('is written with the alias and both versions', () => {
    expect(parse(writeLambdaAppSpec(shift)).Resources[0].api).toEqual({
      Type: 'AWS::Lambda::Function',
      Properties: { Name: 'api', Alias: 'live', CurrentVersion: '3', TargetVersion: '4' },
    });
  });
  it('keeps the hooks of the user file and points its function resource at this shift', () => {
    const text =
      'version: 0.0\nResources:\n  - fn:\n      Type: AWS::Lambda::Function\nHooks:\n  - BeforeAllowTraffic: CodeDeployHook_pre\n  - AfterAllowTraffic: CodeDeployHook_post\n';
    const filled = parse(fillLambdaAppSpec(text, 'appspec.yml', shift));
    expect(filled.Resources[0].fn.Properties).toEqual({ Name: 'api', Alias: 'live', CurrentVersion: '3', TargetVersion: '4' });
    expect(filled.Hooks).toEqual([{ BeforeAllowTraffic: 'CodeDeployHook_pre' }, { AfterAllowTraffic: 'CodeDeployHook_post' }]);
    expect(hooksOf(text).map((h) => `${h.event}@${h.line}`)).toEqual(['BeforeAllowTraffic@6', 'AfterAllowTraffic@7']);
  });
});

describe('AppSpecContent revision', () => {
  it('carries the content and its sha256', () => {
    const r = appSpecRevision('version: 0.0\n');
    expect(r).toEqual({
      revisionType: 'AppSpecContent',
      appSpecContent: { content: 'version: 0.0\n', sha256: createHash('sha256').update('version: 0.0\n').digest('hex') },
    });
  });
});

describe('task definition file', () => {
  it('drops the fields describe-task-definition adds and RegisterTaskDefinition refuses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hookline-td-'));
    const file = join(dir, 'td.json');
    writeFileSync(
      file,
      JSON.stringify({
        taskDefinition: {
          taskDefinitionArn: ARN,
          revision: 7,
          status: 'ACTIVE',
          registeredAt: 1,
          family: 'web',
          containerDefinitions: [{ name: 'app' }],
        },
      }),
    );
    expect(readTaskDefinition(file, dir)).toEqual({
      input: { family: 'web', containerDefinitions: [{ name: 'app' }] },
      containers: ['app'],
    });
    writeFileSync(file, '{ "family": ');
    expect(() => readTaskDefinition(file, dir)).toThrow(/td.json is not valid JSON/);
  });
});
