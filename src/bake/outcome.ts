// How a bake ends, the same for both services: a passed bake is one summary line; a breach is a
// diagnosis (log, annotation, summary), optionally the previous release put back, then the run's
// failure naming what breached and what is live now.
import { DeploymentFailed, errorText } from '../errors.js';
import type { Reporter } from '../report/reporter.js';
import { oneLine } from '../report/sanitize.js';
import { escapeMarkdown } from '../report/summary.js';
import type { Diagnosis } from '../types.js';
import { AbortedError } from '../util/time.js';
import type { BakeResult, Breach } from './gate.js';

export interface BakeEnding {
  report: Reporter;
  durationMs: number;
  /** What was released and baked: "deployment d-123 (shop/prod)", "version v2 on shop-prod". */
  subject: string;
  /** The fix when the breach stands, in one sentence. */
  fix: string;
  /** on-bake-failure: redeploy-previous — puts the previous release back; says what is live then. */
  restore?: () => Promise<string>;
  /** Why nothing is put back although redeploy-previous asked for it (no previous release known). */
  noRestore?: string;
}

export async function concludeBake(result: BakeResult, e: BakeEnding): Promise<void> {
  const { report } = e;
  const summary = report.summary;
  const minutes = formatSpan(e.durationMs);
  if (!result.breach) {
    if (result.unverified) {
      report.warning(
        `The bake of ${e.subject} ended while its reads were failing (${result.unverified}): the end of the bake was not verified.`,
        { title: 'Bake not verified' },
      );
    }
    report.info(`Bake passed: ${e.subject} stayed healthy for ${minutes} (${result.reads} reads).`);
    summary.addRaw(`Bake: ✅ passed · ${minutes} · ${result.reads} reads\n\n`);
    await summary.write();
    return;
  }
  const breach: Breach = result.breach;
  report.diagnoses([breachDiagnosis(breach, e.fix)], null, summary);
  const stays = e.noRestore ?? `${e.subject} stays live (on-bake-failure: fail).`;
  // Written before the redeploy, whose own section follows it.
  summary.addRaw(
    `Bake: ❌ ${escapeMarkdown(oneLine(breach.title))} · ${e.restore ? 'on-bake-failure: redeploy-previous, the previous revision is released again below' : escapeMarkdown(stays)}\n\n`,
  );
  await summary.write();
  let after = stays;
  if (e.restore) {
    report.info(`on-bake-failure: redeploy-previous — releasing the previous revision again.`);
    try {
      after = await e.restore();
    } catch (err) {
      if (err instanceof AbortedError) throw err;
      after = `Releasing the previous revision again failed too: ${errorText(err)}`;
    }
  }
  throw new DeploymentFailed(`Bake failed for ${e.subject}: ${breach.message.replace(/\.+$/, '')}. ${after}`);
}

export function breachDiagnosis(b: Breach, fix: string): Diagnosis {
  return {
    category: 'health-degraded',
    severity: 'error',
    title: b.title,
    message: b.message,
    lifecycleEvent: null,
    instances: [],
    file: null,
    line: null,
    evidence: b.evidence,
    fix,
  };
}

function formatSpan(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000}m` : `${Math.round(ms / 1000)}s`;
}
