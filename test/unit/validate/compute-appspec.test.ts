// Pre-flight of ECS and Lambda AppSpecs: resources, TaskDefinition, LoadBalancerInfo and hooks
// that name functions, each finding on its line.
import { validateComputeAppSpec } from '../../../src/validate/compute-appspec.js';

const at = (text: string, platform: 'ECS' | 'Lambda' = 'ECS') =>
  validateComputeAppSpec(text, 'appspec.yml', platform).map((f) => `${f.line} ${f.severity} ${f.rule}: ${f.message}`);

const ECS_OK = `version: 0.0
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

describe('ECS AppSpec', () => {
  it('has no findings when well formed', () => {
    expect(at(ECS_OK)).toEqual([]);
  });

  it('points at the hook event that ECS does not have, with the closest one', () => {
    expect(at(ECS_OK.replace('AfterAllowTestTraffic', 'AfterAllowTestTrafic'))).toEqual([
      '11 error appspec/compute-hook-event: AfterAllowTestTrafic is not a lifecycle event with hooks in ECS deployments — did you mean AfterAllowTestTraffic? (BeforeInstall, AfterInstall, AfterAllowTestTraffic, BeforeAllowTraffic, AfterAllowTraffic).',
    ]);
  });

  it('refuses EC2-style hooks and keys, a wrong resource type and a bad port, each on its line', () => {
    const text = `version: 0.0
os: linux
Resources:
  - TargetService:
      Type: AWS::Lambda::Function
      Properties:
        TaskDefinition: x
        LoadBalancerInfo:
          ContainerName: app
          ContainerPort: http
Hooks:
  - BeforeInstall:
      - location: scripts/check.sh
`;
    expect(at(text).map((l) => l.split(':')[0])).toEqual([
      '2 error appspec/compute-key',
      '5 error appspec/resource-type',
      '10 error appspec/ecs-load-balancer',
      '13 error appspec/compute-hook-function',
    ]);
    expect(at(text)[3]).toMatch(/ECS and Lambda hooks run functions, not scripts with location/);
  });

  it('notes what hookline fills in when TaskDefinition or LoadBalancerInfo is left out', () => {
    const text =
      'version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        PlatformVersion: LATEST\n';
    expect(at(text).map((l) => l.split(':')[0])).toEqual(['6 notice appspec/ecs-task-definition', '6 notice appspec/ecs-load-balancer']);
  });

  it('reports YAML errors at their line', () => {
    expect(at('version: 0.0\nResources:\n  - TargetService:\n    Type: [\n')[0]).toMatch(
      /^\d+ error appspec\/yaml: appspec.yml is not valid YAML/,
    );
  });
});

describe('Lambda AppSpec', () => {
  it('allows only BeforeAllowTraffic and AfterAllowTraffic hooks', () => {
    const text =
      'version: 0.0\nResources:\n  - fn:\n      Type: AWS::Lambda::Function\nHooks:\n  - BeforeInstall: CodeDeployHook_pre\n  - AfterAllowTraffic: "not a function!"\n';
    expect(at(text, 'Lambda').map((l) => l.split(':')[0])).toEqual([
      '6 error appspec/compute-hook-event',
      '7 error appspec/compute-hook-function',
    ]);
  });
});

describe('pre-flight of an ECS release', () => {
  it('checks the appspec input (path relative to the workspace) instead of a bundle, in validate mode too', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { readSettings } = await import('../../../src/settings/index.js');
    const { computeFindings } = await import('../../../src/flows/compute-preflight.js');
    const ws = mkdtempSync(join(tmpdir(), 'hookline-ecs-pre-'));
    mkdirSync(join(ws, 'ecs'));
    writeFileSync(join(ws, 'ecs/taskdef.json'), '{}');
    writeFileSync(join(ws, 'ecs/appspec.yml'), ECS_OK.replace('AfterAllowTestTraffic', 'AfterInstal'));
    const inputs: Record<string, string> = { mode: 'validate', 'task-definition': 'ecs/taskdef.json', appspec: 'ecs/appspec.yml' };
    const s = readSettings((n) => inputs[n] ?? '', { GITHUB_WORKSPACE: ws });
    if (s.mode !== 'validate' || s.compute.kind !== 'ecs') throw new Error('expected ECS inputs in validate mode');
    expect(computeFindings(s.compute, ws).map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([
      'ecs/appspec.yml:11 appspec/compute-hook-event',
    ]);
  });
});
