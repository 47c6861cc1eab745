// `permissions` → `context` (SELinux), as the Ruby agent's ContextInfo and RangeInfo read it: a
// mapping with `type` (required), `name` (the SELinux user) and `range`
// `s<low>[-s<high>][:c<n>[.c<m>][,…]]`. The agent refuses a context without type, a high
// sensitivity below the low one, categories above c1023, a category range written high to low and
// a category listed twice. It passes the rest to `semanage fcontext`; SELinux policies define
// sensitivities s0-s15, so a higher one fails there.
import type { Pair } from 'yaml';
import type { Finding } from '../types.js';
import { psychValue } from './appspec-yaml11.js';
import { asMap, describeNode, finding, getPair, keyText, pairPos, pairs, valuePos } from './source.js';
import type { Source } from './source.js';
import { didYouMean } from './suggest.js';

const RULE = 'appspec/selinux-context';
const MAX_SENSITIVITY = 15;
const MAX_CATEGORY = 1023;
const KEYS = ['name', 'type', 'range'];

/** Ruby's String#split(sep) without a limit: trailing empty fields are dropped. */
function rubySplit(text: string, sep: string): string[] {
  const parts = text.split(sep);
  while (parts.length && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** RangeInfo#ensure_parts: one part, or two non-empty parts around the first `sep`. */
function twoParts(text: string, sep: string): [string] | [string, string] | undefined {
  const at = text.indexOf(sep);
  if (at < 0) return text === '' ? undefined : [text];
  const a = text.slice(0, at);
  const b = text.slice(at + 1);
  return a && b ? [a, b] : undefined;
}

function level(text: string, letter: 's' | 'c'): number | undefined {
  if (text.length < 2 || !text.startsWith(letter)) return undefined;
  const digits = text.replace(letter, '');
  return /^[0-9]+$/.test(digits) ? Number(digits) : undefined;
}

/** Why the agent (or SELinux) refuses a range, or undefined when it is accepted. */
export function rangeProblem(range: string): string | undefined {
  const parts = twoParts(range, ':');
  if (!parts) return 'it is empty on one side of the ":"';
  const sens = twoParts(parts[0], '-');
  if (!sens) return `'${parts[0]}' is not s<n> or s<low>-s<high>`;
  const levels = sens.map((s) => level(s, 's'));
  const bad = levels.findIndex((l) => l === undefined);
  if (bad >= 0) return `'${sens[bad] as string}' is not a sensitivity (s0 to s${MAX_SENSITIVITY})`;
  const [low, high = low] = levels as number[];
  if ((high as number) < (low as number)) return `the high sensitivity s${high as number} is below the low one s${low as number}`;
  if (parts.length === 1)
    return (high as number) > MAX_SENSITIVITY
      ? `sensitivity s${high as number} is above s${MAX_SENSITIVITY}, the highest SELinux policies define (semanage fails)`
      : undefined;
  const seen: number[] = [];
  for (const part of rubySplit(parts[1], ',')) {
    const span = part.includes('.') ? twoParts(part, '.') : [part];
    if (!span) return `'${part}' is not a category range c<n>.c<m>`;
    const nums = span.map((c) => level(c, 'c'));
    const wrong = nums.findIndex((n) => n === undefined || n > MAX_CATEGORY);
    if (wrong >= 0) return `'${span[wrong] as string}' is not a category (c0 to c${MAX_CATEGORY})`;
    const [from, to = from] = nums as number[];
    if ((to as number) < (from as number))
      return `the category range ${part} runs from high to low (write c${to as number}.c${from as number})`;
    for (let c = from as number; c <= (to as number); c++) seen.push(c);
  }
  if (new Set(seen).size !== seen.length) return 'a category is listed twice ("duplicate categories")';
  if ((high as number) > MAX_SENSITIVITY)
    return `sensitivity s${high as number} is above s${MAX_SENSITIVITY}, the highest SELinux policies define (semanage fails)`;
  return undefined;
}

export function checkContext(src: Source, pair: Pair): Finding[] {
  const file = src.file;
  if (psychValue(pair.value).kind === 'null') return [];
  const map = asMap(pair.value);
  if (!map) {
    return [
      finding(
        file,
        valuePos(src, pair),
        'error',
        RULE,
        `\`context\` in ${file} must be a mapping with \`type\` (and optional \`name\`, \`range\`); it holds ${describeNode(pair.value)}, which the agent refuses ("invalid context type").`,
      ),
    ];
  }
  const out: Finding[] = [];
  for (const p of pairs(map)) {
    const k = keyText(p);
    if (KEYS.includes(k)) continue;
    const user = k === 'user';
    out.push(
      finding(
        file,
        pairPos(src, p),
        'warning',
        RULE,
        user
          ? `\`user\` in the context of ${file} is ignored: the Ruby agent reads the SELinux user from \`name\`, so this user is never set (semanage applies the default one). Rename it to \`name\`.`
          : `Unknown key '${k}' in the context of ${file} (the agent reads name, type and range); it is ignored${k === 'role' ? ' (roles are not supported)' : ''}.${didYouMean(k, KEYS)}`,
      ),
    );
  }
  const type = getPair(map, 'type');
  const typeValue = type ? psychValue(type.value) : undefined;
  if (!type || typeValue?.kind === 'null') {
    out.push(
      finding(
        file,
        type ? valuePos(src, type) : pairPos(src, pair),
        'error',
        RULE,
        `The context in ${file} has no \`type\`; the agent refuses it ("invalid context type"). Add the SELinux type, e.g. \`type: httpd_sys_content_t\`.`,
      ),
    );
  } else if (typeValue?.kind !== 'string' || typeValue.value.trim() === '') {
    out.push(
      finding(
        file,
        valuePos(src, type),
        'error',
        RULE,
        `\`type\` in the context of ${file} must name an SELinux type such as httpd_sys_content_t; got ${describeNode(type.value)}.`,
      ),
    );
  }
  const range = getPair(map, 'range');
  if (range) {
    const v = psychValue(range.value);
    if (v.kind !== 'null') {
      const problem = v.kind === 'string' ? rangeProblem(v.value) : `it is ${describeNode(range.value)}, not text`;
      if (problem) {
        out.push(
          finding(
            file,
            valuePos(src, range),
            'error',
            RULE,
            `SELinux range ${v.kind === 'string' ? `'${v.value}' ` : ''}in the context of ${file} is refused: ${problem}. A range is s<low>[-s<high>][:c<n>[.c<m>],…], e.g. s0 or s0-s0:c0.c1023.`,
          ),
        );
      }
    }
  }
  return out;
}
