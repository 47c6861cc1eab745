// The `findings` output: every finding as JSON, kept under a size GitHub and the steps that read
// it handle comfortably. When findings are left out, the last element is a notice that counts them.
import type { Finding } from '../types.js';

/** Bytes of JSON the output holds at most. */
export const FINDINGS_OUTPUT_LIMIT = 60 * 1024;

export const TRUNCATED_RULE = 'hookline/findings-truncated';

function truncationNotice(left: Finding[], limit: number): Finding {
  const count = (s: Finding['severity']) => left.filter((f) => f.severity === s).length;
  return {
    file: '',
    line: 0,
    column: 0,
    severity: 'notice',
    rule: TRUNCATED_RULE,
    message: `${left.length} more finding${left.length === 1 ? '' : 's'} (${count('error')} error(s), ${count('warning')} warning(s), ${count('notice')} notice(s)) left out to keep this output under ${Math.round(limit / 1024)} KB; the step's log lists every finding.`,
  };
}

/** JSON array of `findings` (already sorted, most important first) in at most `limit` bytes. */
export function findingsOutput(findings: Finding[], limit = FINDINGS_OUTPUT_LIMIT): string {
  const all = JSON.stringify(findings);
  if (Buffer.byteLength(all) <= limit) return all;
  // Room for the notice at its longest (counts are at most the number of findings).
  const reserve = Buffer.byteLength(JSON.stringify(truncationNotice(findings, limit))) + 1;
  const kept: string[] = [];
  let size = 2; // the brackets
  let i = 0;
  for (; i < findings.length; i++) {
    const item = JSON.stringify(findings[i]);
    const add = Buffer.byteLength(item) + (kept.length > 0 ? 1 : 0);
    if (size + add + reserve > limit) break;
    kept.push(item);
    size += add;
  }
  kept.push(JSON.stringify(truncationNotice(findings.slice(i), limit)));
  return `[${kept.join(',')}]`;
}
