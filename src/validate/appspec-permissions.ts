// The `permissions` section of an EC2/on-premises AppSpec file: each entry's shape, then its
// mode, acls and SELinux context by the agent's own grammar (appspec-mode, -acl, -context).
import type { Pair, YAMLMap } from 'yaml';
import type { Finding } from '../types.js';
import { checkAcls } from './appspec-acl.js';
import { checkContext } from './appspec-context.js';
import { checkMode } from './appspec-mode.js';
import {
  asMap,
  asScalar,
  asSeq,
  describeNode,
  finding,
  getPair,
  keyText,
  nodePos,
  pairPos,
  pairs,
  scalarString,
  show,
  valuePos,
} from './source.js';
import type { Source } from './source.js';
import { didYouMean } from './suggest.js';

const RULE = 'appspec/permissions';
const PERMISSION_KEYS = ['object', 'pattern', 'except', 'owner', 'group', 'mode', 'acls', 'context', 'type'];

function checkType(src: Source, type: Pair): Finding[] {
  const list = asSeq(type.value);
  if (!list) {
    return [
      finding(
        src.file,
        valuePos(src, type),
        'error',
        RULE,
        `\`type\` in the permissions of ${src.file} must be a list (\`type: [file]\`, \`[directory]\` or both); got ${describeNode(type.value)}.`,
      ),
    ];
  }
  const out: Finding[] = [];
  for (const t of list.items) {
    const v = scalarString(t);
    if (v !== 'file' && v !== 'directory') {
      out.push(
        finding(
          src.file,
          nodePos(src, t),
          'error',
          RULE,
          `\`type\` entries in the permissions of ${src.file} must be file or directory; got ${v === undefined ? describeNode(t) : show(v)}.`,
        ),
      );
    }
  }
  return out;
}

function checkEntry(src: Source, m: YAMLMap): Finding[] {
  const file = src.file;
  const out: Finding[] = [];
  const object = scalarString(getPair(m, 'object')?.value);
  if (object === undefined || object.trim() === '') {
    out.push(
      finding(
        file,
        nodePos(src, m),
        'error',
        RULE,
        `A \`permissions\` entry in ${file} has no \`object\` (the file or folder on the instance it applies to); the deployment fails.`,
      ),
    );
  }
  for (const p of pairs(m)) {
    const k = keyText(p);
    if (!PERMISSION_KEYS.includes(k)) {
      out.push(
        finding(
          file,
          pairPos(src, p),
          'warning',
          RULE,
          `Unknown key '${k}' in a \`permissions\` entry of ${file}; it is ignored.${didYouMean(k, PERMISSION_KEYS)}`,
        ),
      );
    }
  }
  const mode = getPair(m, 'mode');
  if (mode) out.push(...checkMode(src, mode));
  const type = getPair(m, 'type');
  const acls = getPair(m, 'acls');
  if (acls) out.push(...checkAcls(src, acls, type));
  const context = getPair(m, 'context');
  if (context) out.push(...checkContext(src, context));
  if (!['owner', 'group', 'mode', 'acls', 'context'].some((k) => getPair(m, k))) {
    const pattern = scalarString(getPair(m, 'pattern')?.value);
    out.push(
      finding(
        file,
        nodePos(src, m),
        'warning',
        RULE,
        `A \`permissions\` entry in ${file} sets nothing: it has no owner, group, mode, acls or context.${pattern && /^[+-]?[rwx]+$|^\d{3,4}$/.test(pattern) ? ` '${pattern}' under \`pattern\` is a file-name glob, not a mode: write \`mode: 755\` (and a pattern such as "*.sh").` : ''}`,
      ),
    );
  }
  if (type) out.push(...checkType(src, type));
  return out;
}

export function checkPermissions(src: Source, pair: Pair | undefined, os: string): Finding[] {
  if (!pair || pair.value === null || asScalar(pair.value)?.value === null) return [];
  const file = src.file;
  const seq = asSeq(pair.value);
  if (!seq) {
    return [
      finding(
        file,
        valuePos(src, pair),
        'error',
        RULE,
        `\`permissions\` in ${file} must be a list of \`- object: …\` entries; it holds ${describeNode(pair.value)}.`,
      ),
    ];
  }
  if (os === 'windows' && seq.items.length > 0) {
    return [
      finding(
        file,
        pairPos(src, pair),
        'error',
        RULE,
        `\`permissions\` in ${file} is only supported on Linux instances; with \`os: windows\` the deployment fails. Remove the section and set ACLs from a hook script.`,
      ),
    ];
  }
  const out: Finding[] = [];
  for (const item of seq.items) {
    const m = asMap(item);
    if (m) out.push(...checkEntry(src, m));
    else {
      out.push(
        finding(
          file,
          nodePos(src, item),
          'error',
          RULE,
          `Each \`permissions\` entry in ${file} must be a mapping with at least \`object\`; got ${describeNode(item)}.`,
        ),
      );
    }
  }
  return out;
}
