// ECS/Lambda inputs: read for form (settings/compute.ts), then refused by name when the
// application's compute platform does not take them (compute/platform.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCompute } from '../../../src/settings/compute.js';
import { checkInputs, type GivenInputs } from '../../../src/compute/platform.js';
import { InputError } from '../../../src/settings/parse.js';

const workspace = mkdtempSync(join(tmpdir(), 'hookline-compute-'));
writeFileSync(join(workspace, 'taskdef.json'), '{}');
writeFileSync(join(workspace, 'appspec.yml'), 'version: 0.0\n');
const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

function refusal(fn: () => unknown): { input: string; message: string } {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return { input: err.input, message: err.message };
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('readCompute', () => {
  it('reads an ECS task definition file, or an ARN', () => {
    expect(readCompute(reader({ 'task-definition': 'taskdef.json', 'container-port': '8080' }), workspace)).toMatchObject({
      kind: 'ecs',
      taskDefinition: { kind: 'file', path: join(workspace, 'taskdef.json') },
      containerPort: 8080,
    });
    const arn = 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:42';
    expect(readCompute(reader({ 'task-definition': arn }), workspace)).toMatchObject({ taskDefinition: { kind: 'arn', arn } });
  });

  it('refuses ECS and Lambda inputs together, a port out of range and a missing file', () => {
    expect(refusal(() => readCompute(reader({ 'task-definition': 'taskdef.json', 'function-name': 'api' }), workspace)).input).toBe(
      'function-name',
    );
    expect(refusal(() => readCompute(reader({ 'task-definition': 'taskdef.json', 'container-port': '70000' }), workspace)).input).toBe(
      'container-port',
    );
    expect(refusal(() => readCompute(reader({ 'task-definition': 'nope.json' }), workspace)).message).toMatch(/'nope.json' does not exist/);
    expect(refusal(() => readCompute(reader({ 'container-name': 'app' }), workspace)).input).toBe('task-definition');
  });

  it('needs an alias with a Lambda function, and a version number when one is given', () => {
    expect(refusal(() => readCompute(reader({ 'function-name': 'api' }), workspace)).input).toBe('alias');
    expect(
      refusal(() => readCompute(reader({ 'function-name': 'api', alias: 'live', 'function-version': '$LATEST' }), workspace)).input,
    ).toBe('function-version');
    expect(readCompute(reader({ 'function-name': 'api', alias: 'live' }), workspace)).toEqual({
      kind: 'lambda',
      functionName: 'api',
      alias: 'live',
      version: undefined,
      appspec: undefined,
    });
  });
});

describe('checkInputs', () => {
  const given = (extra: Partial<GivenInputs> = {}): GivenInputs => ({
    application: 'web',
    compute: { kind: 'server', appspec: undefined },
    s3Bucket: '',
    fileExistsBehavior: '',
    ignoreApplicationStopFailures: false,
    ...extra,
  });
  const ecs = readCompute(reader({ 'task-definition': 'taskdef.json' }), workspace);
  const lambda = readCompute(reader({ 'function-name': 'api', alias: 'live' }), workspace);

  it('refuses ECS and Lambda inputs for an EC2/on-premises application', () => {
    expect(refusal(() => checkInputs('Server', given({ compute: ecs }))).message).toBe(
      "Input 'task-definition' does not apply here: application 'web' deploys to EC2/on-premises (task definitions are for ECS applications). Remove it from the step.",
    );
    expect(refusal(() => checkInputs('Server', given({ compute: lambda }))).input).toBe('function-name');
    expect(refusal(() => checkInputs('Server', given({ compute: { kind: 'server', appspec: 'x.yml' } }))).input).toBe('appspec');
    expect(() => checkInputs('Server', given({ s3Bucket: 'releases' }))).not.toThrow();
  });

  it('refuses EC2-only inputs and the other platform, and asks for what the platform needs', () => {
    expect(refusal(() => checkInputs('ECS', given({ compute: ecs, s3Bucket: 'releases' }))).input).toBe('s3-bucket');
    expect(refusal(() => checkInputs('ECS', given({ compute: ecs, fileExistsBehavior: 'OVERWRITE' }))).input).toBe('file-exists-behavior');
    expect(refusal(() => checkInputs('ECS', given({ compute: lambda }))).input).toBe('function-name');
    expect(refusal(() => checkInputs('Lambda', given({ compute: ecs }))).input).toBe('task-definition');
    expect(refusal(() => checkInputs('ECS', given())).message).toMatch(
      /^Input 'task-definition' is required: application 'web' deploys to Amazon ECS/,
    );
    expect(refusal(() => checkInputs('Lambda', given())).input).toBe('function-name');
    expect(() => checkInputs('ECS', given({ compute: ecs }))).not.toThrow();
  });
});
