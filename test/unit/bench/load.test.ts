import { busyJiffies, childJiffies, judgeUnderLoad, noiseReason, settle } from '../../../bench/load.js';
import type { CaseResult } from '../../../bench/report.js';

// Real first lines of /proc/stat and a real /proc/self/stat (a node process with reaped children).
const PROC_STAT =
  'cpu  10132153 1123 2873012 146321093 80533 0 112233 4455 0 0\ncpu0 5066076 561 1436506 73160546 40266 0 56116 2227 0 0\n';
const SELF_STAT =
  '4242 (node (bench) x) S 4200 4242 4200 34816 4242 4194304 52311 180311 0 12 1519 317 2093 411 20 0 11 0 1029374 1285566464 30112 18446744073709551615 1 1 0 0 0 0 0 16781312 134235650 0 0 0 17 1 0 0 0 0 0 0 0 0 0 0 0 0 0\n';

describe('reading /proc', () => {
  it('counts busy jiffies: user, nice, system, irq, softirq and steal (not idle or iowait)', () => {
    expect(busyJiffies(PROC_STAT)).toBe(10132153 + 1123 + 2873012 + 0 + 112233 + 4455);
    expect(busyJiffies('intr 1 2 3\n')).toBeNull();
  });

  it("reads the reaped children's cutime + cstime after a command name holding spaces and parentheses", () => {
    expect(childJiffies(SELF_STAT)).toBe(2093 + 411);
  });
});

const timed: CaseResult = { id: 'bundle-throughput', title: 'Bundle', target: '≥ 2×', met: true, ratio: 2.3 };
const counted: CaseResult = { id: 'bundle-size', title: 'Size', target: '≤ 1.03×', met: true, untimed: true };
const skipped: CaseResult = { id: 'upload-throughput', title: 'Upload', target: '≥ 1×', met: null };

describe('judgeUnderLoad', () => {
  it('keeps the verdicts of a quiet run and records its load', () => {
    const load = { start: 0.4, end: 1.9, otherCores: 0.1 };
    expect(judgeUnderLoad([timed, counted], load)).toEqual([
      { ...timed, load },
      { ...counted, load },
    ]);
    expect(noiseReason(load)).toBeNull();
  });

  it('gives a timed figure taken above load 1.5 no verdict, keeping what it would have been', () => {
    const load = { start: 2.31, end: 2.5 };
    const [t, c, s] = judgeUnderLoad([{ ...timed, met: false }, counted, skipped], load);
    expect(t).toMatchObject({ met: null, indicative: false, noisy: 'load average 2.31 at its start (> 1.5)' });
    expect(c).toMatchObject({ met: true, load });
    expect(c!.noisy).toBeUndefined();
    expect(s).toMatchObject({ met: null });
    expect(s!.noisy).toBeUndefined();
  });

  it('calls a run noisy when other processes were busy during it, whatever the load average at its start', () => {
    expect(noiseReason({ start: 0.2, end: 1.2, otherCores: 0.8 })).toBe('other processes used 0.80 cores while it ran (> 0.5)');
  });
});

describe('settle', () => {
  it('returns at once when it may not wait', async () => {
    const slept: number[] = [];
    await settle(0, async (ms) => void slept.push(ms));
    expect(slept).toEqual([]);
  });
});
