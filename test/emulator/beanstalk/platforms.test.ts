// Platform branch lifecycle through the real SDK client: the scenario's states in
// DescribePlatformVersion and ListPlatformBranches, and the API's Filters grammar.
import {
  DescribeEnvironmentsCommand,
  DescribePlatformVersionCommand,
  ListPlatformBranchesCommand,
} from '@aws-sdk/client-elastic-beanstalk';
import { startEmulator, type Emulator } from '../index.js';
import { checkPlatformBranches } from './platforms.js';

process.env.AWS_EC2_METADATA_DISABLED = 'true';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({
    scenario: {
      beanstalk: {
        applications: [{ name: 'shop' }],
        platformBranches: [
          { branch: 'Node.js 18 running on 64bit Amazon Linux 2', state: 'Retired', order: 1 },
          { branch: 'Node.js 22 running on 64bit Amazon Linux 2023', order: 3 },
          { branch: 'Python 3.13 running on 64bit Amazon Linux 2023', state: 'Deprecated' },
        ],
        environments: [{ name: 'shop-prod', application: 'shop', solutionStack: '64bit Amazon Linux 2 v5.9.0 running Node.js 18' }],
      },
    },
  });
});
afterAll(async () => {
  await emu?.close();
});

test("DescribePlatformVersion carries the branch's lifecycle state", async () => {
  const eb = emu.client('beanstalk');
  const env = (await eb.send(new DescribeEnvironmentsCommand({ EnvironmentNames: ['shop-prod'] }))).Environments?.[0];
  const d = (await eb.send(new DescribePlatformVersionCommand({ PlatformArn: env?.PlatformArn }))).PlatformDescription;
  expect(d).toMatchObject({
    PlatformBranchName: 'Node.js 18 running on 64bit Amazon Linux 2',
    PlatformBranchLifecycleState: 'Retired',
  });
});

test('ListPlatformBranches answers the listed branches and honours Filters', async () => {
  const eb = emu.client('beanstalk');
  const all = (await eb.send(new ListPlatformBranchesCommand({}))).PlatformBranchSummaryList ?? [];
  expect(all.map((b) => [b.BranchName, b.PlatformName, b.LifecycleState, b.BranchOrder])).toEqual([
    ['Node.js 18 running on 64bit Amazon Linux 2', 'Node.js', 'Retired', 1],
    ['Node.js 22 running on 64bit Amazon Linux 2023', 'Node.js', 'Supported', 3],
    ['Python 3.13 running on 64bit Amazon Linux 2023', 'Python', 'Deprecated', 1],
  ]);
  const node = await eb.send(
    new ListPlatformBranchesCommand({ Filters: [{ Attribute: 'PlatformName', Operator: '=', Values: ['Node.js'] }] }),
  );
  expect(node.PlatformBranchSummaryList).toHaveLength(2);
  const stale = await eb.send(
    new ListPlatformBranchesCommand({ Filters: [{ Attribute: 'LifecycleState', Operator: 'in', Values: ['deprecated', 'retired'] }] }),
  );
  expect(stale.PlatformBranchSummaryList?.map((b) => b.BranchName)).toEqual([
    'Node.js 18 running on 64bit Amazon Linux 2',
    'Python 3.13 running on 64bit Amazon Linux 2023',
  ]);
  await expect(
    eb.send(new ListPlatformBranchesCommand({ Filters: [{ Attribute: 'Colour', Operator: '=', Values: ['red'] }] })),
  ).rejects.toMatchObject({ name: 'InvalidParameterValue' });
});

test('the scenario section is checked strictly', () => {
  expect(() => checkPlatformBranches([{ branch: 'x', state: 'Old' }])).toThrow(/state: expected one of/);
  expect(() => checkPlatformBranches([{ branch: 'x', retiredOn: '2025-01-01' }])).toThrow(/retiredOn: unknown key/);
});
