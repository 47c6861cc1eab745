// The diagnosis section of the sticky PR comment (pure): every diagnosis as the job summary has
// it, but shortened to fit GitHub's 65,536-character comment limit — at most a few instances and
// the last evidence lines each, then as many diagnoses as fit; the job summary holds the rest.
import { DOCS_BASE_URL } from '../constants.js';
import { docsUrl } from '../report/annotations.js';
import type { Diagnosis } from '../types.js';
import { code, fence, inline, prose } from './markdown.js';

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;
export const MAX_INSTANCES = 10;
export const MAX_EVIDENCE_LINES = 20;
export const MAX_EVIDENCE_LINE = 300;

const count = (n: number) => n.toLocaleString('en-US');

export function renderCommentDiagnosis(d: Diagnosis, index: number, summaryUrl: string): string {
  const out = [`#### ${ICON[d.severity] ?? ''} ${index}. ${prose(d.title)}`, '', prose(d.message), ''];
  out.push(`- **Category:** [${code(d.category)}](${docsUrl(d.category, DOCS_BASE_URL)}) (${inline(d.severity)})`);
  if (d.lifecycleEvent) out.push(`- **Event:** ${code(d.lifecycleEvent)}`);
  if (d.instances.length > 0) {
    const shown = d.instances.slice(0, MAX_INSTANCES).map(code).join(', ');
    const more = d.instances.length - MAX_INSTANCES;
    out.push(
      `- **Instances (${count(d.instances.length)}):** ${shown}${more > 0 ? ` and ${count(more)} more ([all in the job summary](${summaryUrl}))` : ''}`,
    );
  }
  if (d.file) out.push(`- **Where:** ${code(d.file)}${d.line ? ` line ${d.line}` : ''}`);
  out.push(`- **Fix:** ${prose(d.fix)}`);
  if (d.evidence.length > 0) {
    const last = d.evidence.slice(-MAX_EVIDENCE_LINES).map((l) => (l.length > MAX_EVIDENCE_LINE ? `${l.slice(0, MAX_EVIDENCE_LINE)}…` : l));
    const cut = d.evidence.length - last.length;
    out.push('', '<details><summary>Evidence</summary>', '');
    if (cut > 0) out.push(`${count(cut)} earlier line${cut > 1 ? 's' : ''} in the [job summary](${summaryUrl}).`, '');
    out.push(fence(last), '', '</details>');
  }
  return out.join('\n');
}

/** As many diagnoses as fit in `budget` characters, most decisive first; says how many are left out. */
export function renderCommentDiagnoses(diagnoses: Diagnosis[], summaryUrl: string, budget: number): string {
  if (diagnoses.length === 0) return '';
  const head = `## Diagnosis\n\n${diagnoses.length === 1 ? 'One cause' : `${diagnoses.length} causes`} found, most decisive first.`;
  const tail = (left: number) => `_${count(left)} more cause${left > 1 ? 's' : ''} in the [job summary](${summaryUrl})._`;
  const parts = [head];
  let used = head.length;
  for (const [i, d] of diagnoses.entries()) {
    const block = renderCommentDiagnosis(d, i + 1, summaryUrl);
    const left = diagnoses.length - i - 1;
    const reserve = left > 0 ? tail(left).length + 2 : 0;
    if (used + block.length + 2 + reserve > budget) {
      parts.push(tail(diagnoses.length - i));
      return parts.join('\n\n');
    }
    parts.push(block);
    used += block.length + 2;
  }
  return parts.join('\n\n');
}
