// `permissions` → `mode`, as the Ruby agent's ModeInfo reads it: the YAML value's `to_s`, padded
// with zeros to three characters, at most four characters, every one of them 0-7. YAML 1.1 reads
// an unquoted `0755` as the octal number 493, so the agent sees "493" and rejects the 9; `0644`
// becomes "420" and is applied as that mode. `0000` and `0007` read back as the same digits.
import type { Pair } from 'yaml';
import type { Finding } from '../types.js';
import { psychValue, rubyToS } from './appspec-yaml11.js';
import { describeNode, finding, scalarSource, valuePos } from './source.js';
import type { Source } from './source.js';
import { asScalar } from './source.js';

export type ModeVerdict =
  | { ok: true; mode?: string }
  | { ok: false; reason: 'length' | 'character'; mode: string; char?: string }
  | { ok: false; reason: 'not-scalar' };

/** What ModeInfo.new(mode) does with the value the agent loaded (`mode` undefined: no mode is set). */
export function agentMode(node: unknown): ModeVerdict {
  const v = psychValue(node);
  if (v.kind === 'null') return { ok: true };
  const text = rubyToS(v);
  if (text === undefined) return { ok: false, reason: 'not-scalar' };
  const mode = text.padStart(3, '0');
  if (mode.length > 4) return { ok: false, reason: 'length', mode };
  const bad = [...mode].find((c) => c < '0' || c > '7');
  if (bad !== undefined) return { ok: false, reason: 'character', mode, char: bad };
  return { ok: true, mode };
}

/** The octal value a person means by the digits written (undefined when they are not 1-4 octal digits). */
function intended(written: string): number | undefined {
  const digits = written
    .replace(/^\+/, '')
    .replace(/_/g, '')
    .replace(/^0+(?=\d{4})/, '');
  return /^[0-7]{1,4}$/.test(digits) ? parseInt(digits, 8) : undefined;
}

const RULE = 'appspec/permissions';

export function checkMode(src: Source, pair: Pair): Finding[] {
  const file = src.file;
  const pos = valuePos(src, pair);
  const s = asScalar(pair.value);
  const written = s ? scalarSource(s) : '';
  const loaded = psychValue(pair.value);
  const octal = loaded.kind === 'int' && /^[-+]?0[0-7_,]+$/.test(written);
  const asOctal = `YAML 1.1 reads an unquoted number with a leading 0 as octal, so the agent gets ${loaded.kind === 'int' ? loaded.value.toString() : ''}`;
  const digits = written.replace(/^[+0]+(?=\d{3})/, '').replace(/_/g, '');
  const quoteFix = /^[0-7]{3,4}$/.test(digits)
    ? ` Quote it: \`mode: "${digits}"\` (or write \`mode: ${digits}\` without the leading 0).`
    : '';
  const verdict = agentMode(pair.value);
  const say = (severity: Finding['severity'], message: string): Finding[] => [finding(file, pos, severity, RULE, message)];
  if (verdict.ok && verdict.mode === undefined) {
    return say(
      'warning',
      `\`mode\` in the permissions of ${file} is empty, so the agent sets no mode. Write one (e.g. \`mode: 755\`) or remove the key.`,
    );
  }
  if (!verdict.ok) {
    if (verdict.reason === 'not-scalar') {
      return say(
        'error',
        `\`mode\` in the permissions of ${file} must be an octal mode such as 755 or "0644"; got ${describeNode(pair.value)}.`,
      );
    }
    const why =
      verdict.reason === 'length'
        ? 'rejects it ("Permissions modes must be between one and four characters long")'
        : `rejects it ("invalid character (${verdict.char ?? ''})")`;
    return say(
      'error',
      `\`mode: ${written}\` in ${file}: ${octal ? `${asOctal} and ` : 'the agent '}${why}; the deployment fails at Install.${octal ? quoteFix : ' Use one to four octal digits (0-7), e.g. 755 or "0644".'}`,
    );
  }
  if (!s || s.type !== 'PLAIN') return [];
  const mode = verdict.mode as string;
  const meant = intended(written);
  if (meant === parseInt(mode, 8)) return [];
  // Leading-0 octal: the agent applies other bits than the digits say. Hex, binary, base 60 or
  // thousands separators: the number is applied as written, in a spelling few mean as a mode.
  if (octal && meant !== undefined) {
    return say('error', `\`mode: ${written}\` in ${file}: ${asOctal} and applies mode ${mode}, not ${written}.${quoteFix}`);
  }
  return say(
    meant === undefined ? 'warning' : 'error',
    `\`mode: ${written}\` in ${file} is read by YAML 1.1 as ${loaded.kind === 'int' ? `the number ${loaded.value.toString()}` : `'${mode}'`}, so the agent applies mode ${mode}. Write the mode as octal digits, e.g. \`mode: ${mode.replace(/^0(?=\d{3})/, '')}\`.`,
  );
}
