import type { Finding } from '../../../src/types.js';
import { FINDINGS_OUTPUT_LIMIT, TRUNCATED_RULE, findingsOutput } from '../../../src/flows/findings-output.js';

const finding = (i: number, severity: Finding['severity'] = 'error'): Finding => ({
  file: `scripts/s${i}.sh`,
  line: i,
  column: 1,
  severity,
  rule: 'script/crlf',
  message: `scripts/s${i}.sh has Windows (CRLF) line endings. ${'Convert it. '.repeat(20)}`,
});

describe('findingsOutput', () => {
  it('is the whole JSON array when it fits, [] when there is nothing', () => {
    const few = [finding(1), finding(2, 'warning')];
    expect(JSON.parse(findingsOutput(few))).toEqual(few);
    expect(findingsOutput([])).toBe('[]');
  });

  it('stays under the limit and ends with a notice that counts what was left out', () => {
    const many = [
      ...Array.from({ length: 300 }, (_, i) => finding(i)),
      ...Array.from({ length: 100 }, (_, i) => finding(300 + i, 'warning')),
    ];
    const out = findingsOutput(many);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(FINDINGS_OUTPUT_LIMIT);
    const parsed = JSON.parse(out) as Finding[];
    const notice = parsed.at(-1)!;
    expect(notice).toMatchObject({ severity: 'notice', rule: TRUNCATED_RULE });
    const kept = parsed.length - 1;
    expect(parsed.slice(0, kept)).toEqual(many.slice(0, kept));
    const left = many.length - kept;
    const leftErrors = many.slice(kept).filter((f) => f.severity === 'error').length;
    expect(notice.message).toContain(`${left} more findings (${leftErrors} error(s), ${left - leftErrors} warning(s), 0 notice(s))`);
  });

  it('counts multi-byte text in bytes', () => {
    const wide = Array.from({ length: 50 }, (_, i) => ({ ...finding(i), message: 'é'.repeat(400) }));
    const out = findingsOutput(wide, 8 * 1024);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(8 * 1024);
    expect((JSON.parse(out) as Finding[]).at(-1)!.rule).toBe(TRUNCATED_RULE);
  });
});
