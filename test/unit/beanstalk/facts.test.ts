import { instancesInEvents, newTailEntries, failureFacts } from '../../../src/beanstalk/facts.js';
import { renderInstances, renderTimeline } from '../../../src/beanstalk/summary.js';

const t = (s: number) => new Date(Date.UTC(2025, 5, 1, 12, 0, s));

describe('tail log entries', () => {
  it('keeps only entries that appeared after the request, the newest per instance', () => {
    const before = [{ InfoType: 'tail' as const, Ec2InstanceId: 'i-1', SampleTimestamp: t(0), Message: 'https://logs/old' }];
    const after = [
      ...before,
      { InfoType: 'tail' as const, Ec2InstanceId: 'i-1', SampleTimestamp: t(5), Message: 'https://logs/a' },
      { InfoType: 'tail' as const, Ec2InstanceId: 'i-1', SampleTimestamp: t(6), Message: 'https://logs/b' },
      { InfoType: 'tail' as const, Ec2InstanceId: 'i-2', SampleTimestamp: t(5), Message: 'https://logs/c' },
      { InfoType: 'bundle' as const, Ec2InstanceId: 'i-3', SampleTimestamp: t(5), Message: 'https://logs/d' },
    ];
    const got = newTailEntries(before, after);
    expect([...got.keys()]).toEqual(['i-1', 'i-2']);
    expect(got.get('i-1')?.Message).toBe('https://logs/b');
  });
});

describe('instancesInEvents', () => {
  it('reads instance ids from the command-failed events, once each', () => {
    const events = [
      { Message: '[Instance: i-0abc123] Command failed on instance. Return code: 1' },
      { Message: 'Failed to deploy application.' },
      { Message: '[Instance: i-0abc123] Command failed on instance.' },
      { Message: '[Instance: i-0def456] Command failed on instance.' },
    ];
    expect(instancesInEvents(events)).toEqual(['i-0abc123', 'i-0def456']);
  });
});

it('failureFacts is the explain contract shape', () => {
  const f = failureFacts([{ Message: 'x', Severity: 'ERROR' }], { 'i-1': 'log' });
  expect(f).toEqual({ service: 'beanstalk', events: [{ Message: 'x', Severity: 'ERROR' }], logs: { 'i-1': 'log' } });
});

describe('summary', () => {
  it('renders the event timeline with escaped cells', () => {
    const md = renderTimeline([{ EventDate: t(1), Severity: 'ERROR', Message: 'a | b\nc' }]);
    expect(md).toContain('| 12:00:01 | 🔴 ERROR | a \\| b c |');
  });

  it('marks instances on another version', () => {
    const md = renderInstances([{ id: 'i-1', color: 'Green', healthStatus: 'Ok', version: 'v1', causes: [] }], 'v2');
    expect(md).toContain('| i-1 | 🟢 Green (Ok) | v1 ⚠️ |');
    expect(renderInstances(undefined, 'v2')).toBe('');
  });

  it('shortens very long timelines and says so', () => {
    const events = Array.from({ length: 100 }, (_, i) => ({ EventDate: t(i % 60), Severity: 'INFO' as const, Message: `e${i}` }));
    const md = renderTimeline(events);
    expect(md).toContain('… 40 more events');
    expect(md).toContain('e99');
  });
});
