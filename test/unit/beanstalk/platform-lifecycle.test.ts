// The platform lifecycle warning (pure): retired/deprecated branches and operating systems past
// their end of support, with the date and the newest supported branch of the same platform.
import { branchToMoveTo, lifecycleWarning, osOf, osPastEnd, type PlatformFacts } from '../../../src/beanstalk/platform-lifecycle.js';

const after = new Date('2026-12-01T00:00:00Z');
const before = new Date('2026-06-29T00:00:00Z');
const siblings = [
  { BranchName: 'Node.js 18 running on 64bit Amazon Linux 2', LifecycleState: 'Retired', BranchOrder: 1 },
  { BranchName: 'Node.js 20 running on 64bit Amazon Linux 2', LifecycleState: 'Supported', BranchOrder: 2 },
  { BranchName: 'Node.js 22 running on 64bit Amazon Linux 2023', LifecycleState: 'Supported', BranchOrder: 4 },
  { BranchName: 'Node.js 24 running on 64bit Amazon Linux 2023', LifecycleState: 'Beta', BranchOrder: 5 },
];
const facts = (branch: string, state: string | undefined): PlatformFacts => ({ branch, state, siblings });

describe('platform lifecycle', () => {
  it('reads the operating system from the branch name and knows AL2 and AL1 ends', () => {
    expect(osOf('Node.js 20 running on 64bit Amazon Linux 2')).toBe('64bit Amazon Linux 2');
    expect(osPastEnd('Node.js 20 running on 64bit Amazon Linux 2', after)?.date).toBe('2026-06-30');
    expect(osPastEnd('Node.js 20 running on 64bit Amazon Linux 2', before)).toBeUndefined();
    expect(osPastEnd('Node.js 22 running on 64bit Amazon Linux 2023', after)).toBeUndefined();
    expect(osPastEnd('Node.js running on 64bit Amazon Linux', after)?.date).toBe('2023-12-31');
    expect(osPastEnd('Python 2.7 running on 64bit Amazon Linux 2018.03', after)?.date).toBe('2023-12-31');
  });

  it('a retired branch on AL2 past its end: one sentence with the date and the branch to move to', () => {
    expect(lifecycleWarning(facts('Node.js 18 running on 64bit Amazon Linux 2', 'Retired'), after)).toBe(
      'Platform branch "Node.js 18 running on 64bit Amazon Linux 2" is retired; it runs on Amazon Linux 2, which reached its end of support on 2026-06-30. ' +
        'Move to "Node.js 22 running on 64bit Amazon Linux 2023" (a blue/green swap is the safe way).',
    );
  });

  it('a supported branch on AL2 warns only once AL2 is past its end', () => {
    const f = facts('Node.js 20 running on 64bit Amazon Linux 2', 'Supported');
    expect(lifecycleWarning(f, before)).toBeUndefined();
    expect(lifecycleWarning(f, after)).toMatch(
      /^Platform branch "Node\.js 20 running on 64bit Amazon Linux 2" runs on Amazon Linux 2, which reached its end of support on 2026-06-30\./,
    );
  });

  it('a deprecated or retired branch on a supported OS; a supported one is quiet', () => {
    const retired = lifecycleWarning(facts('Node.js 18 running on 64bit Amazon Linux 2023', 'retired'), after);
    expect(retired).toContain('is retired.');
    expect(retired).toContain('90 days after the retirement date');
    expect(lifecycleWarning(facts('Node.js 18 running on 64bit Amazon Linux 2023', 'Deprecated'), after)).toContain('is deprecated.');
    expect(lifecycleWarning(facts('Node.js 22 running on 64bit Amazon Linux 2023', 'Supported'), after)).toBeUndefined();
  });

  it('moves to the newest supported branch on a supported OS, never beta; without one, says how to find one', () => {
    expect(branchToMoveTo(facts('Node.js 18 running on 64bit Amazon Linux 2', 'Retired'), after)).toBe(
      'Node.js 22 running on 64bit Amazon Linux 2023',
    );
    const alone: PlatformFacts = { branch: 'Go 1 running on 64bit Amazon Linux 2', state: 'Retired', siblings: [] };
    expect(lifecycleWarning(alone, after)).toContain('Move to a supported platform branch (aws elasticbeanstalk list-platform-branches).');
  });
});
