// `permissions` → `acls`, by the Ruby agent's AceInfo grammar: an entry is
// `[d[efault]:][u[ser]|g[roup]|m[ask]|o[ther]:]name:perms` split on ':' (two to four fields). A
// named entry without a type is a user; `m`/`o` take no name; an entry that sets a base (unnamed)
// user, group or other permission is refused ("Use mode to set the base acl entry") unless it is
// a default entry; perms are r, w, x and '-' in any order, or one octal digit. Default entries
// are refused at Install for files, so an entry with them must be limited to `type: [directory]`.
import type { Pair } from 'yaml';
import type { Finding } from '../types.js';
import { psychValue } from './appspec-yaml11.js';
import { asSeq, describeNode, finding, nodePos, valuePos } from './source.js';
import type { Source } from './source.js';

const RULE = 'appspec/acl';

export interface Ace {
  default: boolean;
  type: 'user' | 'group' | 'mask' | 'other';
  name: string;
}

export type AceVerdict = { ok: true; ace: Ace } | { ok: false; problem: string };

const TYPES: Record<string, Ace['type']> = {
  u: 'user',
  user: 'user',
  g: 'group',
  group: 'group',
  m: 'mask',
  mask: 'mask',
  o: 'other',
  other: 'other',
};
const isDefault = (s: string): boolean => s === 'd' || s === 'default';

/** Parse one entry as AceInfo.new does; `problem` says what the agent refuses, in plain words. */
export function parseAce(entry: string): AceVerdict {
  const parts = entry.split(':').reverse();
  if (parts.length < 2 || parts.length > 4) {
    return { ok: false, problem: `it has ${parts.length} field${parts.length === 1 ? '' : 's'}; an entry is [d:][u|g|m|o:]name:perms` };
  }
  let dflt = false;
  let type: Ace['type'] | undefined;
  if (parts.length === 4) {
    if (!isDefault(parts[3] as string))
      return { ok: false, problem: `with four fields the first must be d or default, not '${parts[3] as string}'` };
    dflt = true;
  }
  if (parts.length >= 3) {
    const t = parts[2] as string;
    if (isDefault(t)) {
      if (dflt) return { ok: false, problem: 'it says default twice' };
      dflt = true;
    } else if (TYPES[t]) type = TYPES[t];
    else return { ok: false, problem: `'${t}' is not an entry type (u, g, m, o or user, group, mask, other)` };
  }
  let name = '';
  const n = parts[1] as string;
  if (n === 'm' || n === 'mask' || n === 'o' || n === 'other') {
    if (type === undefined) type = n.startsWith('m') ? 'mask' : 'other';
    else name = n;
  } else {
    type ??= 'user';
    name = n;
  }
  if ((type === 'mask' || type === 'other') && name !== '') return { ok: false, problem: `a ${type} entry takes no name ('${name}')` };
  if (!dflt && type !== 'mask' && name === '') return { ok: false, problem: 'base' };
  const perms = parts[0] as string;
  if (!(perms.length === 1 && perms >= '0' && perms <= '7')) {
    const bad = [...perms].find((c) => !'rwx-'.includes(c));
    if (bad !== undefined)
      return { ok: false, problem: `invalid character (${bad}) in the permissions '${perms}' (use r, w, x and -, or one octal digit)` };
  }
  return { ok: true, ace: { default: dflt, type, name } };
}

/** Whether the permission entry's `type` list includes files (the agent's default is file and directory). */
function appliesToFiles(typeNode: unknown): boolean {
  const list = asSeq(typeNode);
  if (!list) return true;
  return list.items.some((i) => {
    const v = psychValue(i);
    return v.kind === 'string' && v.value === 'file';
  });
}

export function checkAcls(src: Source, pair: Pair, typePair: Pair | undefined): Finding[] {
  const file = src.file;
  const out: Finding[] = [];
  const loaded = psychValue(pair.value);
  if (loaded.kind === 'null') return out;
  const seq = asSeq(pair.value);
  if (!seq) {
    return [
      finding(
        file,
        valuePos(src, pair),
        'error',
        RULE,
        `\`acls\` in ${file} must be a list of entries such as \`- u:www-data:rwx\`; it holds ${describeNode(pair.value)} and the agent fails on it.`,
      ),
    ];
  }
  let defaultAt: ReturnType<typeof nodePos> | undefined;
  for (const item of seq.items) {
    const v = psychValue(item);
    const pos = nodePos(src, item);
    if (v.kind !== 'string') {
      out.push(
        finding(
          file,
          pos,
          'error',
          RULE,
          `An \`acls\` entry in ${file} must be text such as u:www-data:rwx; got ${describeNode(item)} and the agent fails on it.`,
        ),
      );
      continue;
    }
    const parsed = parseAce(v.value);
    if (!parsed.ok) {
      out.push(
        finding(
          file,
          pos,
          'error',
          RULE,
          parsed.problem === 'base'
            ? `ACL entry '${v.value}' in ${file} sets a base entry (owner, owning group or other); the agent refuses it ("Use mode to set the base acl entry"). Set those with \`mode\`, and use named entries here (u:www-data:rwx, g:deploy:rx).`
            : `ACL entry '${v.value}' in ${file} is refused by the agent ("Invalid acl entry"): ${parsed.problem}. Write [d:][u|g|m|o:]name:perms, e.g. u:www-data:rwx or d:g:deploy:rx.`,
        ),
      );
      continue;
    }
    if (parsed.ace.default) defaultAt ??= pos;
  }
  if (defaultAt && appliesToFiles(typePair?.value)) {
    out.push(
      finding(
        file,
        defaultAt,
        'error',
        RULE,
        `Default ACL entries (d:…) in ${file} apply only to directories, and this permissions entry also covers files${typePair ? '' : ' (no `type` means file and directory)'}; the agent fails at Install ("the -d parameter has been specified to apply an acl setting to a file"). Add \`type: [directory]\`, and set file ACLs in a separate entry without d:.`,
      ),
    );
  }
  return out;
}
