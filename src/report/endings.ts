// Job summary sections for the endings that are not a finished release: a release stopped by
// pre-flight validation, a failure before or after the release started, a cancellation, a pull
// request from a fork. Pure markdown; every foreign string is escaped or in a code span.
import type { Finding } from '../types.js';
import { tableCode, tableCell } from './summary.js';

const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;

export interface PreflightSummary {
  findings: Finding[];
  /** The bundle root as the workspace sees it ('' for the workspace itself). */
  root: string;
  /** The release stopped here (validate: error and at least one error). */
  stopped: boolean;
  /** Annotations GitHub's per-step budget left out (the table holds them all). */
  omitted: number;
}

/** Every finding with its place, rule and message; what happened to the release. */
export function preflightSection(p: PreflightSummary): string {
  const count = (s: Finding['severity']) => p.findings.filter((f) => f.severity === s).length;
  const [errors, warnings, notices] = [count('error'), count('warning'), count('notice')];
  const out: string[] = [];
  if (p.findings.length === 0) return 'Pre-flight validation: no findings.';
  out.push(
    `**Pre-flight validation** found ${plural(errors, 'error')}, ${plural(warnings, 'warning')} and ${plural(notices, 'notice')}` +
      `${p.omitted ? ` (${plural(p.omitted, 'annotation')} left out of GitHub's 10-per-kind budget: all are listed here)` : ''}.`,
  );
  if (p.stopped)
    out.push(
      '**Not done:** nothing was bundled or uploaded, and no deployment was started. ' +
        'Fix the lines below, or set `validate: warn` to release anyway.',
    );
  out.push(
    [
      '| | Where | Rule | Finding |',
      '|---|---|---|---|',
      ...p.findings.map(
        (f) =>
          `| ${SEVERITY_ICON[f.severity]} | ${tableCode(`${p.root ? `${p.root.replace(/\/+$/, '')}/` : ''}${f.file}:${f.line}`)} | ${tableCode(f.rule)} | ${tableCell(f.message)} |`,
      ),
    ].join('\n'),
  );
  return out.join('\n\n');
}

export type Ending = 'failed' | 'cancelled' | 'input' | 'fork';

const ENDING_ICON: Record<Ending, string> = { failed: '❌', cancelled: '⏹️', input: '❌', fork: 'ℹ️' };
const ENDING_WORD: Record<Ending, string> = { failed: 'Failed', cancelled: 'Cancelled', input: 'Not started', fork: 'Not deployed' };

/** The result line at the bottom of the summary: what ended the run, in hookline's words. */
export function endingSection(kind: Ending, message: string, notDone?: string): string {
  const lines = [`${ENDING_ICON[kind]} **${ENDING_WORD[kind]}:** ${tableCell(message)}`];
  if (notDone) lines.push(`**Not done:** ${tableCell(notDone)}`);
  return lines.join('\n\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
