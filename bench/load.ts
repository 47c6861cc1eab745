// How busy the machine was while a case ran, and whether its figures may carry a verdict.
//
// Two readings per case: the 1-minute load average (os.loadavg()[0]) when it starts, after the
// bench waited a while for the previous case's own load to decay, and at its end; and, on Linux,
// the CPU that *other* processes used while it ran (all busy time from /proc/stat minus this
// process and its children), which sees a disturbance that starts mid-case and never counts the
// case's own work. A timed figure taken under either is noisy: recorded, but judged neither way.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { CaseResult } from './report.js';

/** Above this 1-minute load average a timed figure is noisy (2-core reference machine). */
export const NOISY_LOAD = 1.5;
/** Above this many cores used by other processes during the case, likewise. */
export const NOISY_OTHER_CORES = 0.5;

export interface CaseLoad {
  /** os.loadavg()[0] when the case started and ended. */
  start: number;
  end: number;
  /** Cores other processes kept busy on average while the case ran (Linux only). */
  otherCores?: number;
}

/** Jiffies (USER_HZ) the whole machine spent busy, from the first line of /proc/stat. */
export function busyJiffies(procStat: string): number | null {
  const line = procStat.split('\n', 1)[0] ?? '';
  if (!line.startsWith('cpu ')) return null;
  // user nice system idle iowait irq softirq steal (guest time is already inside user)
  const f = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (f.length < 8 || f.some((x) => !Number.isFinite(x))) return null;
  return f[0]! + f[1]! + f[2]! + f[5]! + f[6]! + f[7]!;
}

/** Jiffies this process's waited-for children used (cutime + cstime of /proc/self/stat). */
export function childJiffies(selfStat: string): number | null {
  // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
  const rest = selfStat.slice(selfStat.lastIndexOf(')') + 2).split(' ');
  const cutime = Number(rest[13]);
  const cstime = Number(rest[14]);
  return Number.isFinite(cutime) && Number.isFinite(cstime) ? cutime + cstime : null;
}

// Linux's USER_HZ is 100 on every architecture Node runs on.
const HZ = 100;

interface CpuReading {
  at: number;
  busy: number;
  /** This process + its children, in jiffies. */
  own: number;
}

function readCpu(): CpuReading | null {
  try {
    const busy = busyJiffies(readFileSync('/proc/stat', 'utf8'));
    const children = childJiffies(readFileSync('/proc/self/stat', 'utf8'));
    if (busy === null || children === null) return null;
    const self = process.cpuUsage();
    return { at: performance.now(), busy, own: children + ((self.user + self.system) / 1e6) * HZ };
  } catch {
    return null; // not Linux
  }
}

/** Start watching; `stop()` gives the case's load. */
export function watchLoad(): { stop(): CaseLoad } {
  const start = os.loadavg()[0] ?? 0;
  const before = readCpu();
  return {
    stop() {
      const after = readCpu();
      const load: CaseLoad = { start, end: os.loadavg()[0] ?? 0 };
      if (before && after && after.at > before.at) {
        const others = after.busy - before.busy - (after.own - before.own);
        load.otherCores = Math.max(0, others / HZ / ((after.at - before.at) / 1000));
      }
      return load;
    },
  };
}

/** Why a timed figure taken under `load` is noisy, or null when it is not. */
export function noiseReason(load: CaseLoad): string | null {
  const why: string[] = [];
  if (load.start > NOISY_LOAD) why.push(`load average ${load.start.toFixed(2)} at its start (> ${NOISY_LOAD})`);
  if (load.otherCores !== undefined && load.otherCores > NOISY_OTHER_CORES)
    why.push(`other processes used ${load.otherCores.toFixed(2)} cores while it ran (> ${NOISY_OTHER_CORES})`);
  return why.length ? why.join('; ') : null;
}

/**
 * The cases with their load recorded; a timed case measured under noise keeps its figures and
 * its would-be verdict (`indicative`) but gets no verdict (`met: null`).
 */
export function judgeUnderLoad(cases: CaseResult[], load: CaseLoad): CaseResult[] {
  const why = noiseReason(load);
  return cases.map((c) => {
    const out: CaseResult = { ...c, load };
    if (why && !c.untimed && c.met !== null) {
      out.noisy = why;
      out.indicative = c.met;
      out.met = null;
    }
    return out;
  });
}

/** Wait (at most `maxMs`) until the load average is at most NOISY_LOAD: the last case's own load decays. */
export async function settle(maxMs: number, sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))): Promise<number> {
  const started = performance.now();
  while ((os.loadavg()[0] ?? 0) > NOISY_LOAD && performance.now() - started < maxMs) await sleep(Math.min(2000, maxMs));
  return performance.now() - started;
}
