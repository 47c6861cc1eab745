import { needlessTargetReads } from '../../../bench/polls.js';

const poll = (overview: string, status = 'InProgress') => ({ operation: 'GetDeployment', status, overview });
const read = (n = 1) => [
  { operation: 'ListDeploymentTargets' },
  ...Array.from({ length: n }, () => ({ operation: 'BatchGetDeploymentTargets' })),
];

describe('needlessTargetReads', () => {
  it('accepts reads after the overview changed or the deployment ended', () => {
    const calls = [
      poll('{"Pending":3}'),
      ...read(),
      poll('{"Pending":3}'),
      poll('{"Succeeded":3}'),
      ...read(),
      poll('{"Succeeded":3}', 'Succeeded'),
      ...read(),
    ];
    expect(needlessTargetReads(calls)).toEqual({ reads: 3, needless: 0, polls: 4 });
  });

  it('counts a read after an unchanged overview once per poll, however many pages it took', () => {
    const calls = [poll('{"Pending":3}'), ...read(), poll('{"Pending":3}'), ...read(), { operation: 'ListDeploymentTargets' }, ...read(2)];
    expect(needlessTargetReads(calls)).toEqual({ reads: 2, needless: 1, polls: 2 });
  });
});
