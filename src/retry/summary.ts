// The job summary's table of attempts (`retries: N`): every deployment started, how it ended,
// what caused a failure and why it was or was not retried.
import type { AttemptRecord } from './attempts.js';

export interface AttemptRow {
  deploymentId: string;
  status: string;
  url: string;
}

/** Markdown table, one row per attempt; category names and notes are hookline's own words. */
export function attemptsTable<T>(records: readonly AttemptRecord<T>[], row: (result: T) => AttemptRow): string {
  const lines = ['| Attempt | Deployment | Status | Cause | Retry |', '|---|---|---|---|---|'];
  for (const r of records) {
    const { deploymentId, status, url } = row(r.result);
    const causes = r.verdict ? [...new Set(r.verdict.causes.map((c) => `\`${c.category}\``))].join(', ') || '—' : '—';
    lines.push(`| ${r.n} | [${deploymentId}](${url}) | ${status} | ${causes} | ${r.note.replace(/\|/g, '\\|')} |`);
  }
  return lines.join('\n');
}
