// What the CodeDeploy agent's YAML loader (Ruby Psych, YAML 1.1) makes of a scalar. The `yaml`
// package agrees for most plain scalars, but not all (`08` is a string to Psych and 8 to `yaml`;
// Psych reads `1,755` as 1755), and the permission rules depend on the exact value the agent
// converts with `to_s`. Mirrors Psych::ScalarScanner#tokenize (Ruby 3.1), without times and dates.
import { isMap, isScalar, isSeq } from 'yaml';
import type { Scalar } from 'yaml';
import { scalarSource } from './source.js';

export type PsychValue =
  | { kind: 'null' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: bigint }
  | { kind: 'float' }
  | { kind: 'string'; value: string }
  /** A mapping, a list, a time or a date: never a usable mode, ACL entry or range. */
  | { kind: 'other' };

const STRINGISH = /^[^\d.:-]?[\p{L}_\s!@#$%^&*(){}<>|/\\~;=]+/u;
const FLOAT = /^[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?$/;
const INTEGER = /^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+)$/;
const SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}$/;
const SEXAGESIMAL_FLOAT = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}\.[0-9_]*$/;
const TIME = /^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$/;
const DATE = /^\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)$/;

/** Ruby's Integer("…") for the forms INTEGER admits (a leading 0 means octal). */
function rubyInteger(text: string): bigint {
  const t = text.replace(/[,_]/g, '');
  const neg = t.startsWith('-');
  const body = t.replace(/^[-+]/, '');
  let v: bigint;
  if (/^0b/i.test(body)) v = BigInt(`0b${body.slice(2)}`);
  else if (/^0x/i.test(body)) v = BigInt(`0x${body.slice(2)}`);
  else if (/^0[0-7]+$/.test(body)) v = BigInt(`0o${body.slice(1)}`);
  else v = BigInt(body);
  return neg ? -v : v;
}

/** Ruby's String#to_i: an optional sign, then digits and single underscores; 0 when there are none. */
function rubyToI(text: string): bigint {
  const m = /^[-+]?\d+(?:_\d+)*/.exec(text);
  return m ? BigInt(m[0].replace(/_/g, '')) : 0n;
}

/**
 * Psych's base-60 integer, quirk included: field e is weighted 60^|e-2| whatever the field count,
 * so `1:30` is 1*3600 + 30*60 = 5400, not 90.
 */
function sexagesimal(text: string): bigint {
  let v = 0n;
  text.split(':').forEach((n, e) => {
    v += rubyToI(n) * 60n ** BigInt(Math.abs(e - 2));
  });
  return v;
}

/** How Psych resolves the text of an untagged plain scalar. */
export function psychPlain(text: string): PsychValue {
  if (text === '') return { kind: 'null' };
  if (STRINGISH.test(text) || text.includes('\n')) {
    if (text.length > 5 || /^[^ytonf~]/i.test(text)) return { kind: 'string', value: text };
    if (text === '~' || /^null$/i.test(text)) return { kind: 'null' };
    if (/^(yes|true|on)$/i.test(text)) return { kind: 'bool', value: true };
    if (/^(no|false|off)$/i.test(text)) return { kind: 'bool', value: false };
    return { kind: 'string', value: text };
  }
  if (TIME.test(text) || DATE.test(text)) return { kind: 'other' };
  if (/^[-+]?\.inf$/i.test(text) || /^\.nan$/i.test(text)) return { kind: 'float' };
  if (/^:./.test(text)) return { kind: 'other' };
  if (SEXAGESIMAL.test(text)) return { kind: 'int', value: sexagesimal(text) };
  if (SEXAGESIMAL_FLOAT.test(text)) return { kind: 'float' };
  if (FLOAT.test(text)) return /^[-+]?\.$/.test(text) ? { kind: 'string', value: text } : { kind: 'float' };
  if (INTEGER.test(text)) return { kind: 'int', value: rubyInteger(text) };
  return { kind: 'string', value: text };
}

/** The value the agent sees for a node (block and quoted scalars are strings). */
export function psychValue(node: unknown): PsychValue {
  if (node === null || node === undefined) return { kind: 'null' };
  if (isMap(node) || isSeq(node) || !isScalar(node)) return { kind: 'other' };
  const s = node as Scalar;
  if (s.tag === 'tag:yaml.org,2002:str' || (s.type !== undefined && s.type !== 'PLAIN')) {
    return { kind: 'string', value: String(s.value ?? '') };
  }
  if (s.tag && s.tag !== 'tag:yaml.org,2002:int') return { kind: 'other' };
  if (s.value === null) return { kind: 'null' };
  return psychPlain(scalarSource(s));
}

/** Ruby's `value.to_s` for the values a permission field can hold (floats are never valid). */
export function rubyToS(v: PsychValue): string | undefined {
  switch (v.kind) {
    case 'string':
      return v.value;
    case 'int':
      return v.value.toString();
    case 'bool':
      return String(v.value);
    case 'null':
      return '';
    default:
      return undefined;
  }
}
