export const id = 199;
export const ids = [199];
export const modules = {

/***/ 2199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IO: () => (/* reexport */ tree/* openBundleModel */.IO),
  uU: () => (/* reexport */ tree/* treeFromDirectory */.uU),
  Eq: () => (/* reexport */ tree/* treeFromModel */.Eq),
  T_: () => (/* binding */ validateBundle)
});

// UNUSED EXPORTS: archiveKind, sortFindings, treeFromArchive, treeFromFiles, validateBeanstalk, validateCodeDeploy

;// CONCATENATED MODULE: ./src/validate/appspec-location.ts
// Where a hook `location` leads on the instance. The agent joins it to
// /opt/codedeploy-agent/deployment-root/<group-id>/<deployment-id>/deployment-archive (a leading
// '/' is ignored). Climbing with '..' up to three levels stays inside deployment-root, where
// Install never copies a file; climbing further reaches the rest of the file system, which works
// on the Ruby agent only by accident and is refused by agent 2.1.0 and later ("AppSpec file paths
// that resolve outside the application revision directory are now rejected").
/** deployment-archive's folders below /, for the agent's default root_dir. */
const ARCHIVE = ['opt', 'codedeploy-agent', 'deployment-root', '<deployment-group-id>', '<deployment-id>', 'deployment-archive'];
/** Levels of '..' that stay inside deployment-root. */
const LEVELS_INSIDE_ROOT = 3;
function resolveLocation(location, os) {
    const parts = (os === 'windows' ? location.replace(/\\/g, '/') : location).split('/');
    const stack = [];
    let up = 0;
    for (const part of parts) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (stack.length)
                stack.pop();
            else
                up++;
        }
        else {
            stack.push(part);
        }
    }
    // `../deployment-archive/x.sh` climbs out and straight back in.
    if (up === 1 && stack[0] === 'deployment-archive' && stack.length > 1)
        return { rel: stack.slice(1).join('/'), up: 0, climbs: false };
    if (up === 0)
        return { rel: stack.join('/'), up, climbs: false };
    const base = ARCHIVE.slice(0, Math.max(0, ARCHIVE.length - up));
    const outside = `/${[...base, ...stack].join('/')}`;
    return {
        outside: up > LEVELS_INSIDE_ROOT ? outside : outside.replace('/opt/codedeploy-agent/deployment-root', '<deployment-root>'),
        up,
        climbs: true,
    };
}
/** The message tail for a location that climbs: why it cannot work, by how far it climbs. */
function climbReason(resolved) {
    if (resolved.up <= LEVELS_INSIDE_ROOT) {
        return {
            severity: 'error',
            text: `climbs ${resolved.up} level${resolved.up > 1 ? 's' : ''} out of the bundle with '..', to ${resolved.outside ?? ''}: a folder of the agent's own where Install never copies a file, so the script is never found (ScriptMissing).`,
        };
    }
    return {
        severity: 'warning',
        text: `climbs out of the bundle with '..' to ${resolved.outside ?? ''} on the instance. It works only by accident of the Install step having copied the file there, and fails on the first deployment to a fresh instance (and in every hook that runs before Install); CodeDeploy agent 2.1.0 and later refuse any AppSpec path that resolves outside the revision directory.`,
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/validate/source.ts
var validate_source = __webpack_require__(3877);
;// CONCATENATED MODULE: ./src/validate/appspec-yaml11.ts
// What the CodeDeploy agent's YAML loader (Ruby Psych, YAML 1.1) makes of a scalar. The `yaml`
// package agrees for most plain scalars, but not all (`08` is a string to Psych and 8 to `yaml`;
// Psych reads `1,755` as 1755), and the permission rules depend on the exact value the agent
// converts with `to_s`. Mirrors Psych::ScalarScanner#tokenize (Ruby 3.1), without times and dates.


const STRINGISH = /^[^\d.:-]?[\p{L}_\s!@#$%^&*(){}<>|/\\~;=]+/u;
const FLOAT = /^[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?$/;
const INTEGER = /^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+)$/;
const SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}$/;
const SEXAGESIMAL_FLOAT = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}\.[0-9_]*$/;
const TIME = /^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$/;
const DATE = /^\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)$/;
/** Ruby's Integer("…") for the forms INTEGER admits (a leading 0 means octal). */
function rubyInteger(text) {
    const t = text.replace(/[,_]/g, '');
    const neg = t.startsWith('-');
    const body = t.replace(/^[-+]/, '');
    let v;
    if (/^0b/i.test(body))
        v = BigInt(`0b${body.slice(2)}`);
    else if (/^0x/i.test(body))
        v = BigInt(`0x${body.slice(2)}`);
    else if (/^0[0-7]+$/.test(body))
        v = BigInt(`0o${body.slice(1)}`);
    else
        v = BigInt(body);
    return neg ? -v : v;
}
/** Ruby's String#to_i: an optional sign, then digits and single underscores; 0 when there are none. */
function rubyToI(text) {
    const m = /^[-+]?\d+(?:_\d+)*/.exec(text);
    return m ? BigInt(m[0].replace(/_/g, '')) : 0n;
}
/**
 * Psych's base-60 integer, quirk included: field e is weighted 60^|e-2| whatever the field count,
 * so `1:30` is 1*3600 + 30*60 = 5400, not 90.
 */
function sexagesimal(text) {
    let v = 0n;
    text.split(':').forEach((n, e) => {
        v += rubyToI(n) * 60n ** BigInt(Math.abs(e - 2));
    });
    return v;
}
/** How Psych resolves the text of an untagged plain scalar. */
function psychPlain(text) {
    if (text === '')
        return { kind: 'null' };
    if (STRINGISH.test(text) || text.includes('\n')) {
        if (text.length > 5 || /^[^ytonf~]/i.test(text))
            return { kind: 'string', value: text };
        if (text === '~' || /^null$/i.test(text))
            return { kind: 'null' };
        if (/^(yes|true|on)$/i.test(text))
            return { kind: 'bool', value: true };
        if (/^(no|false|off)$/i.test(text))
            return { kind: 'bool', value: false };
        return { kind: 'string', value: text };
    }
    if (TIME.test(text) || DATE.test(text))
        return { kind: 'other' };
    if (/^[-+]?\.inf$/i.test(text) || /^\.nan$/i.test(text))
        return { kind: 'float' };
    if (/^:./.test(text))
        return { kind: 'other' };
    if (SEXAGESIMAL.test(text))
        return { kind: 'int', value: sexagesimal(text) };
    if (SEXAGESIMAL_FLOAT.test(text))
        return { kind: 'float' };
    if (FLOAT.test(text))
        return /^[-+]?\.$/.test(text) ? { kind: 'string', value: text } : { kind: 'float' };
    if (INTEGER.test(text))
        return { kind: 'int', value: rubyInteger(text) };
    return { kind: 'string', value: text };
}
/** The value the agent sees for a node (block and quoted scalars are strings). */
function psychValue(node) {
    if (node === null || node === undefined)
        return { kind: 'null' };
    if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node) || !(0,dist/* isScalar */.jn)(node))
        return { kind: 'other' };
    const s = node;
    if (s.tag === 'tag:yaml.org,2002:str' || (s.type !== undefined && s.type !== 'PLAIN')) {
        return { kind: 'string', value: String(s.value ?? '') };
    }
    if (s.tag && s.tag !== 'tag:yaml.org,2002:int')
        return { kind: 'other' };
    if (s.value === null)
        return { kind: 'null' };
    return psychPlain((0,validate_source/* scalarSource */.aO)(s));
}
/** Ruby's `value.to_s` for the values a permission field can hold (floats are never valid). */
function rubyToS(v) {
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

;// CONCATENATED MODULE: ./src/validate/appspec-acl.ts


const RULE = 'appspec/acl';
const TYPES = {
    u: 'user',
    user: 'user',
    g: 'group',
    group: 'group',
    m: 'mask',
    mask: 'mask',
    o: 'other',
    other: 'other',
};
const isDefault = (s) => s === 'd' || s === 'default';
/** Parse one entry as AceInfo.new does; `problem` says what the agent refuses, in plain words. */
function parseAce(entry) {
    const parts = entry.split(':').reverse();
    if (parts.length < 2 || parts.length > 4) {
        return { ok: false, problem: `it has ${parts.length} field${parts.length === 1 ? '' : 's'}; an entry is [d:][u|g|m|o:]name:perms` };
    }
    let dflt = false;
    let type;
    if (parts.length === 4) {
        if (!isDefault(parts[3]))
            return { ok: false, problem: `with four fields the first must be d or default, not '${parts[3]}'` };
        dflt = true;
    }
    if (parts.length >= 3) {
        const t = parts[2];
        if (isDefault(t)) {
            if (dflt)
                return { ok: false, problem: 'it says default twice' };
            dflt = true;
        }
        else if (TYPES[t])
            type = TYPES[t];
        else
            return { ok: false, problem: `'${t}' is not an entry type (u, g, m, o or user, group, mask, other)` };
    }
    let name = '';
    const n = parts[1];
    if (n === 'm' || n === 'mask' || n === 'o' || n === 'other') {
        if (type === undefined)
            type = n.startsWith('m') ? 'mask' : 'other';
        else
            name = n;
    }
    else {
        type ??= 'user';
        name = n;
    }
    if ((type === 'mask' || type === 'other') && name !== '')
        return { ok: false, problem: `a ${type} entry takes no name ('${name}')` };
    if (!dflt && type !== 'mask' && name === '')
        return { ok: false, problem: 'base' };
    const perms = parts[0];
    if (!(perms.length === 1 && perms >= '0' && perms <= '7')) {
        const bad = [...perms].find((c) => !'rwx-'.includes(c));
        if (bad !== undefined)
            return { ok: false, problem: `invalid character (${bad}) in the permissions '${perms}' (use r, w, x and -, or one octal digit)` };
    }
    return { ok: true, ace: { default: dflt, type, name } };
}
/** Whether the permission entry's `type` list includes files (the agent's default is file and directory). */
function appliesToFiles(typeNode) {
    const list = (0,validate_source/* asSeq */.wH)(typeNode);
    if (!list)
        return true;
    return list.items.some((i) => {
        const v = psychValue(i);
        return v.kind === 'string' && v.value === 'file';
    });
}
function checkAcls(src, pair, typePair) {
    const file = src.file;
    const out = [];
    const loaded = psychValue(pair.value);
    if (loaded.kind === 'null')
        return out;
    const seq = (0,validate_source/* asSeq */.wH)(pair.value);
    if (!seq) {
        return [
            (0,validate_source/* finding */.gk)(file, (0,validate_source/* valuePos */.i8)(src, pair), 'error', RULE, `\`acls\` in ${file} must be a list of entries such as \`- u:www-data:rwx\`; it holds ${(0,validate_source/* describeNode */.WQ)(pair.value)} and the agent fails on it.`),
        ];
    }
    let defaultAt;
    for (const item of seq.items) {
        const v = psychValue(item);
        const pos = (0,validate_source/* nodePos */.TP)(src, item);
        if (v.kind !== 'string') {
            out.push((0,validate_source/* finding */.gk)(file, pos, 'error', RULE, `An \`acls\` entry in ${file} must be text such as u:www-data:rwx; got ${(0,validate_source/* describeNode */.WQ)(item)} and the agent fails on it.`));
            continue;
        }
        const parsed = parseAce(v.value);
        if (!parsed.ok) {
            out.push((0,validate_source/* finding */.gk)(file, pos, 'error', RULE, parsed.problem === 'base'
                ? `ACL entry '${v.value}' in ${file} sets a base entry (owner, owning group or other); the agent refuses it ("Use mode to set the base acl entry"). Set those with \`mode\`, and use named entries here (u:www-data:rwx, g:deploy:rx).`
                : `ACL entry '${v.value}' in ${file} is refused by the agent ("Invalid acl entry"): ${parsed.problem}. Write [d:][u|g|m|o:]name:perms, e.g. u:www-data:rwx or d:g:deploy:rx.`));
            continue;
        }
        if (parsed.ace.default)
            defaultAt ??= pos;
    }
    if (defaultAt && appliesToFiles(typePair?.value)) {
        out.push((0,validate_source/* finding */.gk)(file, defaultAt, 'error', RULE, `Default ACL entries (d:…) in ${file} apply only to directories, and this permissions entry also covers files${typePair ? '' : ' (no `type` means file and directory)'}; the agent fails at Install ("the -d parameter has been specified to apply an acl setting to a file"). Add \`type: [directory]\`, and set file ACLs in a separate entry without d:.`));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/validate/suggest.ts
// "Did you mean": edit distance over names and paths.
function editDistance(a, b) {
    if (a === b)
        return 0;
    const prev = new Array(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0] ?? 0;
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j] ?? 0;
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + cost);
            diag = up;
        }
    }
    return prev[b.length] ?? 0;
}
/** The closest candidates within a distance that scales with the word's length (case-insensitive). */
function suggest_closest(word, candidates, max = 3) {
    const w = word.toLowerCase();
    const limit = Math.min(max, Math.max(1, Math.floor(word.length / 3)));
    const scored = [];
    for (const c of candidates) {
        const d = editDistance(w, c.toLowerCase());
        if (d <= limit || (w.length >= 4 && (c.toLowerCase().startsWith(w) || w.startsWith(c.toLowerCase())))) {
            scored.push([c, d]);
        }
    }
    scored.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
    return scored.map(([c]) => c);
}
function didYouMean(word, candidates) {
    const best = suggest_closest(word, candidates)[0];
    return best ? ` Did you mean '${best}'?` : '';
}

;// CONCATENATED MODULE: ./src/validate/appspec-context.ts



const appspec_context_RULE = 'appspec/selinux-context';
const MAX_SENSITIVITY = 15;
const MAX_CATEGORY = 1023;
const KEYS = ['name', 'type', 'range'];
/** Ruby's String#split(sep) without a limit: trailing empty fields are dropped. */
function rubySplit(text, sep) {
    const parts = text.split(sep);
    while (parts.length && parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
/** RangeInfo#ensure_parts: one part, or two non-empty parts around the first `sep`. */
function twoParts(text, sep) {
    const at = text.indexOf(sep);
    if (at < 0)
        return text === '' ? undefined : [text];
    const a = text.slice(0, at);
    const b = text.slice(at + 1);
    return a && b ? [a, b] : undefined;
}
function level(text, letter) {
    if (text.length < 2 || !text.startsWith(letter))
        return undefined;
    const digits = text.replace(letter, '');
    return /^[0-9]+$/.test(digits) ? Number(digits) : undefined;
}
/** Why the agent (or SELinux) refuses a range, or undefined when it is accepted. */
function rangeProblem(range) {
    const parts = twoParts(range, ':');
    if (!parts)
        return 'it is empty on one side of the ":"';
    const sens = twoParts(parts[0], '-');
    if (!sens)
        return `'${parts[0]}' is not s<n> or s<low>-s<high>`;
    const levels = sens.map((s) => level(s, 's'));
    const bad = levels.findIndex((l) => l === undefined);
    if (bad >= 0)
        return `'${sens[bad]}' is not a sensitivity (s0 to s${MAX_SENSITIVITY})`;
    const [low, high = low] = levels;
    if (high < low)
        return `the high sensitivity s${high} is below the low one s${low}`;
    if (parts.length === 1)
        return high > MAX_SENSITIVITY
            ? `sensitivity s${high} is above s${MAX_SENSITIVITY}, the highest SELinux policies define (semanage fails)`
            : undefined;
    const seen = [];
    for (const part of rubySplit(parts[1], ',')) {
        const span = part.includes('.') ? twoParts(part, '.') : [part];
        if (!span)
            return `'${part}' is not a category range c<n>.c<m>`;
        const nums = span.map((c) => level(c, 'c'));
        const wrong = nums.findIndex((n) => n === undefined || n > MAX_CATEGORY);
        if (wrong >= 0)
            return `'${span[wrong]}' is not a category (c0 to c${MAX_CATEGORY})`;
        const [from, to = from] = nums;
        if (to < from)
            return `the category range ${part} runs from high to low (write c${to}.c${from})`;
        for (let c = from; c <= to; c++)
            seen.push(c);
    }
    if (new Set(seen).size !== seen.length)
        return 'a category is listed twice ("duplicate categories")';
    if (high > MAX_SENSITIVITY)
        return `sensitivity s${high} is above s${MAX_SENSITIVITY}, the highest SELinux policies define (semanage fails)`;
    return undefined;
}
function checkContext(src, pair) {
    const file = src.file;
    if (psychValue(pair.value).kind === 'null')
        return [];
    const map = (0,validate_source/* asMap */.$H)(pair.value);
    if (!map) {
        return [
            (0,validate_source/* finding */.gk)(file, (0,validate_source/* valuePos */.i8)(src, pair), 'error', appspec_context_RULE, `\`context\` in ${file} must be a mapping with \`type\` (and optional \`name\`, \`range\`); it holds ${(0,validate_source/* describeNode */.WQ)(pair.value)}, which the agent refuses ("invalid context type").`),
        ];
    }
    const out = [];
    for (const p of (0,validate_source/* pairs */.AS)(map)) {
        const k = (0,validate_source/* keyText */.Pu)(p);
        if (KEYS.includes(k))
            continue;
        const user = k === 'user';
        out.push((0,validate_source/* finding */.gk)(file, (0,validate_source/* pairPos */.Rw)(src, p), 'warning', appspec_context_RULE, user
            ? `\`user\` in the context of ${file} is ignored: the Ruby agent reads the SELinux user from \`name\`, so this user is never set (semanage applies the default one). Rename it to \`name\`.`
            : `Unknown key '${k}' in the context of ${file} (the agent reads name, type and range); it is ignored${k === 'role' ? ' (roles are not supported)' : ''}.${didYouMean(k, KEYS)}`));
    }
    const type = (0,validate_source/* getPair */.xf)(map, 'type');
    const typeValue = type ? psychValue(type.value) : undefined;
    if (!type || typeValue?.kind === 'null') {
        out.push((0,validate_source/* finding */.gk)(file, type ? (0,validate_source/* valuePos */.i8)(src, type) : (0,validate_source/* pairPos */.Rw)(src, pair), 'error', appspec_context_RULE, `The context in ${file} has no \`type\`; the agent refuses it ("invalid context type"). Add the SELinux type, e.g. \`type: httpd_sys_content_t\`.`));
    }
    else if (typeValue?.kind !== 'string' || typeValue.value.trim() === '') {
        out.push((0,validate_source/* finding */.gk)(file, (0,validate_source/* valuePos */.i8)(src, type), 'error', appspec_context_RULE, `\`type\` in the context of ${file} must name an SELinux type such as httpd_sys_content_t; got ${(0,validate_source/* describeNode */.WQ)(type.value)}.`));
    }
    const range = (0,validate_source/* getPair */.xf)(map, 'range');
    if (range) {
        const v = psychValue(range.value);
        if (v.kind !== 'null') {
            const problem = v.kind === 'string' ? rangeProblem(v.value) : `it is ${(0,validate_source/* describeNode */.WQ)(range.value)}, not text`;
            if (problem) {
                out.push((0,validate_source/* finding */.gk)(file, (0,validate_source/* valuePos */.i8)(src, range), 'error', appspec_context_RULE, `SELinux range ${v.kind === 'string' ? `'${v.value}' ` : ''}in the context of ${file} is refused: ${problem}. A range is s<low>[-s<high>][:c<n>[.c<m>],…], e.g. s0 or s0-s0:c0.c1023.`));
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/validate/appspec-mode.ts



/** What ModeInfo.new(mode) does with the value the agent loaded (`mode` undefined: no mode is set). */
function agentMode(node) {
    const v = psychValue(node);
    if (v.kind === 'null')
        return { ok: true };
    const text = rubyToS(v);
    if (text === undefined)
        return { ok: false, reason: 'not-scalar' };
    const mode = text.padStart(3, '0');
    if (mode.length > 4)
        return { ok: false, reason: 'length', mode };
    const bad = [...mode].find((c) => c < '0' || c > '7');
    if (bad !== undefined)
        return { ok: false, reason: 'character', mode, char: bad };
    return { ok: true, mode };
}
/** The octal value a person means by the digits written (undefined when they are not 1-4 octal digits). */
function intended(written) {
    const digits = written
        .replace(/^\+/, '')
        .replace(/_/g, '')
        .replace(/^0+(?=\d{4})/, '');
    return /^[0-7]{1,4}$/.test(digits) ? parseInt(digits, 8) : undefined;
}
const appspec_mode_RULE = 'appspec/permissions';
function checkMode(src, pair) {
    const file = src.file;
    const pos = (0,validate_source/* valuePos */.i8)(src, pair);
    const s = (0,validate_source/* asScalar */.T7)(pair.value);
    const written = s ? (0,validate_source/* scalarSource */.aO)(s) : '';
    const loaded = psychValue(pair.value);
    const octal = loaded.kind === 'int' && /^[-+]?0[0-7_,]+$/.test(written);
    const asOctal = `YAML 1.1 reads an unquoted number with a leading 0 as octal, so the agent gets ${loaded.kind === 'int' ? loaded.value.toString() : ''}`;
    const digits = written.replace(/^[+0]+(?=\d{3})/, '').replace(/_/g, '');
    const quoteFix = /^[0-7]{3,4}$/.test(digits)
        ? ` Quote it: \`mode: "${digits}"\` (or write \`mode: ${digits}\` without the leading 0).`
        : '';
    const verdict = agentMode(pair.value);
    const say = (severity, message) => [(0,validate_source/* finding */.gk)(file, pos, severity, appspec_mode_RULE, message)];
    if (verdict.ok && verdict.mode === undefined) {
        return say('warning', `\`mode\` in the permissions of ${file} is empty, so the agent sets no mode. Write one (e.g. \`mode: 755\`) or remove the key.`);
    }
    if (!verdict.ok) {
        if (verdict.reason === 'not-scalar') {
            return say('error', `\`mode\` in the permissions of ${file} must be an octal mode such as 755 or "0644"; got ${(0,validate_source/* describeNode */.WQ)(pair.value)}.`);
        }
        const why = verdict.reason === 'length'
            ? 'rejects it ("Permissions modes must be between one and four characters long")'
            : `rejects it ("invalid character (${verdict.char ?? ''})")`;
        return say('error', `\`mode: ${written}\` in ${file}: ${octal ? `${asOctal} and ` : 'the agent '}${why}; the deployment fails at Install.${octal ? quoteFix : ' Use one to four octal digits (0-7), e.g. 755 or "0644".'}`);
    }
    if (!s || s.type !== 'PLAIN')
        return [];
    const mode = verdict.mode;
    const meant = intended(written);
    if (meant === parseInt(mode, 8))
        return [];
    // Leading-0 octal: the agent applies other bits than the digits say. Hex, binary, base 60 or
    // thousands separators: the number is applied as written, in a spelling few mean as a mode.
    if (octal && meant !== undefined) {
        return say('error', `\`mode: ${written}\` in ${file}: ${asOctal} and applies mode ${mode}, not ${written}.${quoteFix}`);
    }
    return say(meant === undefined ? 'warning' : 'error', `\`mode: ${written}\` in ${file} is read by YAML 1.1 as ${loaded.kind === 'int' ? `the number ${loaded.value.toString()}` : `'${mode}'`}, so the agent applies mode ${mode}. Write the mode as octal digits, e.g. \`mode: ${mode.replace(/^0(?=\d{3})/, '')}\`.`);
}

;// CONCATENATED MODULE: ./src/validate/appspec-permissions.ts





const appspec_permissions_RULE = 'appspec/permissions';
const PERMISSION_KEYS = ['object', 'pattern', 'except', 'owner', 'group', 'mode', 'acls', 'context', 'type'];
function checkType(src, type) {
    const list = (0,validate_source/* asSeq */.wH)(type.value);
    if (!list) {
        return [
            (0,validate_source/* finding */.gk)(src.file, (0,validate_source/* valuePos */.i8)(src, type), 'error', appspec_permissions_RULE, `\`type\` in the permissions of ${src.file} must be a list (\`type: [file]\`, \`[directory]\` or both); got ${(0,validate_source/* describeNode */.WQ)(type.value)}.`),
        ];
    }
    const out = [];
    for (const t of list.items) {
        const v = (0,validate_source/* scalarString */.Cg)(t);
        if (v !== 'file' && v !== 'directory') {
            out.push((0,validate_source/* finding */.gk)(src.file, (0,validate_source/* nodePos */.TP)(src, t), 'error', appspec_permissions_RULE, `\`type\` entries in the permissions of ${src.file} must be file or directory; got ${v === undefined ? (0,validate_source/* describeNode */.WQ)(t) : (0,validate_source/* show */.WU)(v)}.`));
        }
    }
    return out;
}
function checkEntry(src, m) {
    const file = src.file;
    const out = [];
    const object = (0,validate_source/* scalarString */.Cg)((0,validate_source/* getPair */.xf)(m, 'object')?.value);
    if (object === undefined || object.trim() === '') {
        out.push((0,validate_source/* finding */.gk)(file, (0,validate_source/* nodePos */.TP)(src, m), 'error', appspec_permissions_RULE, `A \`permissions\` entry in ${file} has no \`object\` (the file or folder on the instance it applies to); the deployment fails.`));
    }
    for (const p of (0,validate_source/* pairs */.AS)(m)) {
        const k = (0,validate_source/* keyText */.Pu)(p);
        if (!PERMISSION_KEYS.includes(k)) {
            out.push((0,validate_source/* finding */.gk)(file, (0,validate_source/* pairPos */.Rw)(src, p), 'warning', appspec_permissions_RULE, `Unknown key '${k}' in a \`permissions\` entry of ${file}; it is ignored.${didYouMean(k, PERMISSION_KEYS)}`));
        }
    }
    const mode = (0,validate_source/* getPair */.xf)(m, 'mode');
    if (mode)
        out.push(...checkMode(src, mode));
    const type = (0,validate_source/* getPair */.xf)(m, 'type');
    const acls = (0,validate_source/* getPair */.xf)(m, 'acls');
    if (acls)
        out.push(...checkAcls(src, acls, type));
    const context = (0,validate_source/* getPair */.xf)(m, 'context');
    if (context)
        out.push(...checkContext(src, context));
    if (!['owner', 'group', 'mode', 'acls', 'context'].some((k) => (0,validate_source/* getPair */.xf)(m, k))) {
        const pattern = (0,validate_source/* scalarString */.Cg)((0,validate_source/* getPair */.xf)(m, 'pattern')?.value);
        out.push((0,validate_source/* finding */.gk)(file, (0,validate_source/* nodePos */.TP)(src, m), 'warning', appspec_permissions_RULE, `A \`permissions\` entry in ${file} sets nothing: it has no owner, group, mode, acls or context.${pattern && /^[+-]?[rwx]+$|^\d{3,4}$/.test(pattern) ? ` '${pattern}' under \`pattern\` is a file-name glob, not a mode: write \`mode: 755\` (and a pattern such as "*.sh").` : ''}`));
    }
    if (type)
        out.push(...checkType(src, type));
    return out;
}
function checkPermissions(src, pair, os) {
    if (!pair || pair.value === null || (0,validate_source/* asScalar */.T7)(pair.value)?.value === null)
        return [];
    const file = src.file;
    const seq = (0,validate_source/* asSeq */.wH)(pair.value);
    if (!seq) {
        return [
            (0,validate_source/* finding */.gk)(file, (0,validate_source/* valuePos */.i8)(src, pair), 'error', appspec_permissions_RULE, `\`permissions\` in ${file} must be a list of \`- object: …\` entries; it holds ${(0,validate_source/* describeNode */.WQ)(pair.value)}.`),
        ];
    }
    if (os === 'windows' && seq.items.length > 0) {
        return [
            (0,validate_source/* finding */.gk)(file, (0,validate_source/* pairPos */.Rw)(src, pair), 'error', appspec_permissions_RULE, `\`permissions\` in ${file} is only supported on Linux instances; with \`os: windows\` the deployment fails. Remove the section and set ACLs from a hook script.`),
        ];
    }
    const out = [];
    for (const item of seq.items) {
        const m = (0,validate_source/* asMap */.$H)(item);
        if (m)
            out.push(...checkEntry(src, m));
        else {
            out.push((0,validate_source/* finding */.gk)(file, (0,validate_source/* nodePos */.TP)(src, item), 'error', appspec_permissions_RULE, `Each \`permissions\` entry in ${file} must be a mapping with at least \`object\`; got ${(0,validate_source/* describeNode */.WQ)(item)}.`));
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/validate/appspec-reader.ts
var appspec_reader = __webpack_require__(540);
// EXTERNAL MODULE: ./src/validate/tree.ts
var tree = __webpack_require__(3736);
;// CONCATENATED MODULE: ./src/validate/paths.ts

class TreeIndex {
    tree;
    byBase = new Map();
    lowerToPath = new Map();
    constructor(tree) {
        this.tree = tree;
        for (const [p, e] of tree.entries) {
            if (e.type === 'dir')
                continue;
            const base = p.slice(p.lastIndexOf('/') + 1);
            const list = this.byBase.get(base) ?? [];
            list.push(p);
            this.byBase.set(base, list);
            this.lowerToPath.set(p.toLowerCase(), p);
        }
    }
    get(p) {
        return this.tree.entries.get((0,tree/* normalizeTreePath */.Zn)(p));
    }
    /** A file or symlink at that path. */
    isFile(p) {
        const e = this.get(p);
        return e !== undefined && e.type !== 'dir';
    }
    isDir(p) {
        const n = (0,tree/* normalizeTreePath */.Zn)(p);
        if (n === '')
            return true;
        return this.get(n)?.type === 'dir';
    }
    exists(p) {
        return (0,tree/* normalizeTreePath */.Zn)(p) === '' || this.get(p) !== undefined;
    }
    /** All file paths (no folders), sorted. */
    files() {
        return [...this.tree.entries]
            .filter(([, e]) => e.type !== 'dir')
            .map(([p]) => p)
            .sort();
    }
    /** Paths (files and folders) directly inside a folder ('' = root). */
    children(dir) {
        const d = (0,tree/* normalizeTreePath */.Zn)(dir);
        const prefix = d ? `${d}/` : '';
        const out = [];
        for (const p of this.tree.entries.keys()) {
            if (!p.startsWith(prefix))
                continue;
            const rest = p.slice(prefix.length);
            if (rest && !rest.includes('/'))
                out.push(p);
        }
        return out.sort();
    }
    read(p) {
        return this.tree.read((0,tree/* normalizeTreePath */.Zn)(p));
    }
}
function baseName(p) {
    return p.slice(p.lastIndexOf('/') + 1);
}
function dirName(p) {
    const i = p.lastIndexOf('/');
    return i < 0 ? '' : p.slice(0, i);
}
function isExecutable(e) {
    return (e.mode & 0o111) !== 0;
}
/** Folders (at any depth) that third-party code lives in: not the user's configuration. */
function inVendoredDir(p) {
    return /(^|\/)(node_modules|vendor|bower_components|\.venv|venv|site-packages|\.git)\//.test(p);
}

;// CONCATENATED MODULE: ./src/validate/scripts.ts

/** The first line that ends in CR, 1-based; 0 when none. */
function firstCrlfLine(text) {
    const i = text.indexOf('\r\n');
    if (i < 0)
        return 0;
    let line = 1;
    for (let k = 0; k < i; k++)
        if (text.charCodeAt(k) === 10)
            line++;
    return line;
}
/**
 * CRLF line endings in a script run on Linux. A `#!` line ending in `\r` makes the kernel look for
 * an interpreter named `bash\r` ("bad interpreter: ^M"); CR elsewhere breaks commands
 * (`$'\r': command not found`).
 */
function checkLineEndings(path, text, runBy) {
    const line = firstCrlfLine(text);
    if (!line)
        return [];
    const firstLine = text.split('\n', 1)[0] ?? '';
    if (firstLine.startsWith('#!') && firstLine.endsWith('\r')) {
        const interp = firstLine.slice(2, -1).trim();
        return [
            (0,validate_source/* finding */.gk)(path, { line: 1, column: firstLine.length }, 'error', 'script/crlf', `${path} has Windows (CRLF) line endings: the #! line ends in a carriage return, so ${runBy} fails with "${interp}^M: bad interpreter: No such file or directory". Convert the file to LF line endings (e.g. \`dos2unix ${path}\`, or \`* text=auto eol=lf\` for scripts in .gitattributes).`),
        ];
    }
    return [
        (0,validate_source/* finding */.gk)(path, { line, column: 1 }, 'error', 'script/crlf', `${path} has Windows (CRLF) line endings from line ${line} on: the shell reads the carriage return as part of each command ($'\\r': command not found). Convert the file to LF line endings (e.g. \`dos2unix ${path}\`).`),
    ];
}
function isTextScript(text) {
    return !text.startsWith('\x7fELF');
}
function notExecutable(path, severity, rule, what) {
    return (0,validate_source/* finding */.gk)(path, { line: 1, column: 1 }, severity, rule, `${path} is not executable in the bundle (no x bit). ${what} Set it with \`chmod +x ${path}\` and commit it (\`git update-index --chmod=+x ${path}\`), and build the bundle with a tool that keeps unix modes.`);
}

;// CONCATENATED MODULE: ./src/validate/appspec.ts








const APPSPEC_NAMES = ['appspec.yml', 'appspec.yaml', 'appspec.json'];
const EC2_HOOKS = [
    'ApplicationStop',
    'BeforeInstall',
    'AfterInstall',
    'ApplicationStart',
    'ValidateService',
    'BeforeBlockTraffic',
    'AfterBlockTraffic',
    'BeforeAllowTraffic',
    'AfterAllowTraffic',
];
/** Lifecycle events CodeDeploy runs itself: a script listed under them never runs. */
const EC2_RESERVED_EVENTS = ['Start', 'DownloadBundle', 'Install', 'BlockTraffic', 'AllowTraffic', 'End'];
/** Run from the last successful revision's bundle, not this one. */
const PREVIOUS_REVISION_HOOKS = ['ApplicationStop', 'BeforeBlockTraffic', 'AfterBlockTraffic'];
const ECS_HOOKS = ['BeforeInstall', 'AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AfterAllowTraffic'];
const LAMBDA_HOOKS = ['BeforeAllowTraffic', 'AfterAllowTraffic'];
const EC2_KEYS = ['version', 'os', 'files', 'permissions', 'hooks', 'file_exists_behavior'];
const SERVERLESS_KEYS = ['version', 'Resources', 'Hooks'];
const SCRIPT_KEYS = ['location', 'timeout', 'runas', 'sudo'];
const FILE_KEYS = ['source', 'destination'];
const FILE_EXISTS = ['DISALLOW', 'OVERWRITE', 'RETAIN'];
const MAX_TIMEOUT = 3600;
const ARCHIVE_DIR = '<deployment-root>/<deployment-group-id>/<deployment-id>/deployment-archive';
function locateAppspec(index, required) {
    const findings = [];
    const atRoot = APPSPEC_NAMES.filter((n) => index.isFile(n));
    const oneDown = [];
    const deeper = [];
    for (const p of index.files()) {
        const base = baseName(p);
        if (!APPSPEC_NAMES.includes(base) || !p.includes('/'))
            continue;
        if (/(^|\/)(node_modules|\.git)\//.test(p))
            continue;
        (p.split('/').length === 2 ? oneDown : deeper).push(p);
    }
    if (atRoot.length > 0) {
        const chosen = atRoot[0];
        if (atRoot.length > 1) {
            findings.push((0,validate_source/* finding */.gk)(atRoot[1], { line: 1, column: 1 }, 'warning', 'appspec/multiple', `The bundle root holds ${atRoot.join(' and ')}; the agent reads one of them (${chosen} here). Keep a single AppSpec file so the one you edit is the one that runs.`));
        }
        return { findings, appspec: chosen, root: '' };
    }
    if (oneDown.length === 1 && deeper.length === 0) {
        const nested = oneDown[0];
        const root = dirName(nested);
        const outside = index.children('').filter((p) => p !== root);
        findings.push((0,validate_source/* finding */.gk)(nested, { line: 1, column: 1 }, 'warning', 'appspec/not-at-root', `The AppSpec file is ${nested}, not at the bundle root. Current agents (1.1+) move the folder '${root}/' up to become the bundle root${outside.length ? ` and delete everything outside it (${outside.slice(0, 3).join(', ')}${outside.length > 3 ? ', …' : ''})` : ''}; older agents fail with "appspec file is not found". Bundle the contents of '${root}/' instead of the folder. Paths below are checked relative to '${root}/'.`));
        return { findings, appspec: nested, root };
    }
    if (oneDown.length + deeper.length > 0) {
        const all = [...oneDown, ...deeper];
        findings.push((0,validate_source/* finding */.gk)(all[0], { line: 1, column: 1 }, 'error', 'appspec/not-at-root', `No AppSpec file at the bundle root, but ${all.join(', ')} ${all.length > 1 ? 'exist' : 'exists'} in a subfolder. The agent only looks at the root (or a single folder one level down) and fails with "appspec file is not found". Bundle the folder that contains the AppSpec file as the root, e.g. ${dirName(all[0])}/.`));
        return { findings, root: '' };
    }
    if (required) {
        findings.push((0,validate_source/* finding */.gk)('appspec.yml', { line: 1, column: 1 }, 'error', 'appspec/missing', 'The bundle has no appspec.yml at its root: every CodeDeploy EC2/on-premises deployment fails with "appspec file is not found". Add appspec.yml at the root of the folder you bundle.'));
    }
    return { findings, root: '' };
}
function push(ctx, pos, severity, rule, message) {
    ctx.out.push((0,validate_source/* finding */.gk)(ctx.file, pos, severity, rule, message));
}
function inRoot(ctx, rel) {
    return (0,tree/* normalizeTreePath */.Zn)(ctx.root ? `${ctx.root}/${rel}` : rel);
}
function fromRoot(ctx, bundlePath) {
    return ctx.root && bundlePath.startsWith(`${ctx.root}/`) ? bundlePath.slice(ctx.root.length + 1) : bundlePath;
}
function detectPlatform(map) {
    const resources = (0,validate_source/* getPair */.xf)(map, 'Resources') ?? (0,validate_source/* getPair */.xf)(map, 'resources');
    if (!resources)
        return 'ec2';
    const text = JSON.stringify(resources.value ?? null);
    if (/AWS::Lambda::Function/i.test(text))
        return 'lambda';
    return 'ecs';
}
/** Validate one AppSpec file; `root` is the folder the agent treats as the bundle root. */
function validateAppspec(index, file, root) {
    const text = index.read(file);
    if (text === undefined) {
        return [
            (0,validate_source/* finding */.gk)(file, { line: 1, column: 1 }, 'error', 'appspec/syntax', `${file} could not be read as a text file (binary or larger than 512 KiB).`),
        ];
    }
    const { source, findings } = (0,appspec_reader/* readAppspec */.VL)(file, text);
    if (!source)
        return findings;
    const ctx = { src: source, file, index, root, out: findings };
    const top = (0,validate_source/* asMap */.$H)(source.doc.contents);
    if (!top) {
        push(ctx, (0,validate_source/* nodePos */.TP)(source, source.doc.contents), 'error', 'appspec/not-a-mapping', `${file} must be a mapping with version, os, files and hooks; it holds ${(0,validate_source/* describeNode */.WQ)(source.doc.contents)}.`);
        return ctx.out;
    }
    const platform = detectPlatform(top);
    if (platform === 'ec2')
        validateEc2(ctx, top);
    else
        validateServerless(ctx, top, platform);
    return ctx.out;
}
function checkVersion(ctx, top, strictNumber) {
    const pair = (0,validate_source/* getPair */.xf)(top, 'version');
    if (!pair) {
        push(ctx, { line: 1, column: 1 }, 'error', 'appspec/version', `${ctx.file} has no \`version\`; add \`version: 0.0\` (the only accepted value).`);
        return;
    }
    const s = (0,validate_source/* asScalar */.T7)(pair.value);
    const value = s?.value;
    const okNumber = typeof value === 'number' && value === 0;
    const okString = typeof value === 'string' && /^0(\.0)?$/.test(value.trim());
    if (okNumber || (okString && !strictNumber))
        return;
    if (okString) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'appspec/version', `\`version\` in ${ctx.file} is the string ${(0,validate_source/* show */.WU)(value)}; the agent compares it with the number 0.0 and fails ("invalid version value"). Write \`version: 0.0\` without quotes.`);
        return;
    }
    push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'appspec/version', `\`version\` in ${ctx.file} must be 0.0; got ${s ? (0,validate_source/* show */.WU)(s.value === null ? null : (0,validate_source/* scalarSource */.aO)(s)) : (0,validate_source/* describeNode */.WQ)(pair.value)}.`);
}
function checkUnknownKeys(ctx, top, known, platform) {
    for (const p of (0,validate_source/* pairs */.AS)(top)) {
        const k = (0,validate_source/* keyText */.Pu)(p);
        if (known.includes(k))
            continue;
        const wrongCase = known.find((n) => n.toLowerCase() === k.toLowerCase());
        const bare = k.replace(/[^A-Za-z]/g, '');
        const strayHook = [...EC2_HOOKS, ...ECS_HOOKS].find((h) => h === bare);
        if (strayHook) {
            push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, p), 'error', 'appspec/unknown-key', `'${k}' in ${ctx.file} looks like the ${strayHook} hook, but it is a top-level key (check the indentation and stray characters), so its scripts never run. Put it under \`${platform === 'EC2/on-premises' ? 'hooks' : 'Hooks'}:\`, indented like the other events.`);
            continue;
        }
        const hint = wrongCase ? ` Keys are case-sensitive: write '${wrongCase}'.` : didYouMean(k, known);
        push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, p), wrongCase ? 'error' : 'warning', 'appspec/unknown-key', `Unknown top-level key '${k}' in ${ctx.file} (${platform} AppSpec keys: ${known.join(', ')}); it is ignored.${hint}`);
    }
}
function validateEc2(ctx, top) {
    checkUnknownKeys(ctx, top, EC2_KEYS, 'EC2/on-premises');
    checkVersion(ctx, top, true);
    let os = 'linux';
    const osPair = (0,validate_source/* getPair */.xf)(top, 'os');
    if (!osPair) {
        push(ctx, { line: 1, column: 1 }, 'error', 'appspec/os', `${ctx.file} has no \`os\`; add \`os: linux\` or \`os: windows\`.`);
    }
    else {
        const v = (0,validate_source/* scalarString */.Cg)(osPair.value);
        if (v === 'linux' || v === 'windows')
            os = v;
        else {
            if (v?.toLowerCase() === 'windows')
                os = 'windows';
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, osPair), 'error', 'appspec/os', `\`os\` in ${ctx.file} must be linux or windows (lower case); got ${v === undefined ? (0,validate_source/* describeNode */.WQ)(osPair.value) : (0,validate_source/* show */.WU)(v)}.`);
        }
    }
    const feb = (0,validate_source/* getPair */.xf)(top, 'file_exists_behavior');
    if (feb) {
        const v = (0,validate_source/* scalarString */.Cg)(feb.value);
        if (!v || !FILE_EXISTS.includes(v)) {
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, feb), 'error', 'appspec/file-exists-behavior', `\`file_exists_behavior\` in ${ctx.file} must be one of ${FILE_EXISTS.join(', ')}; got ${v === undefined ? (0,validate_source/* describeNode */.WQ)(feb.value) : (0,validate_source/* show */.WU)(v)}.`);
        }
    }
    const files = checkFiles(ctx, top, os);
    ctx.out.push(...checkPermissions(ctx.src, (0,validate_source/* getPair */.xf)(top, 'permissions'), os));
    checkEc2Hooks(ctx, top, os, files);
}
function normalizeDestination(d, os) {
    let s = d.trim().replace(/\\/g, '/');
    if (os === 'windows')
        s = s.replace(/^[A-Za-z]:/, (m) => m.toLowerCase());
    s = s.replace(/\/+/g, '/');
    if (s.length > 1)
        s = s.replace(/\/$/, '');
    return s;
}
function checkFiles(ctx, top, os) {
    const mappings = [];
    const pair = (0,validate_source/* getPair */.xf)(top, 'files');
    if (!pair || pair.value === null || ((0,validate_source/* asScalar */.T7)(pair.value) && (0,validate_source/* asScalar */.T7)(pair.value)?.value === null))
        return mappings;
    const seq = (0,validate_source/* asSeq */.wH)(pair.value);
    if (!seq) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'appspec/files-shape', `\`files\` in ${ctx.file} must be a list of \`- source: … destination: …\` entries; it holds ${(0,validate_source/* describeNode */.WQ)(pair.value)}.`);
        return mappings;
    }
    for (const item of seq.items) {
        const m = (0,validate_source/* asMap */.$H)(item);
        if (!m) {
            push(ctx, (0,validate_source/* nodePos */.TP)(ctx.src, item), 'error', 'appspec/files-shape', `Each \`files\` entry in ${ctx.file} must be a mapping with source and destination; got ${(0,validate_source/* describeNode */.WQ)(item)}.`);
            continue;
        }
        for (const p of (0,validate_source/* pairs */.AS)(m)) {
            const k = (0,validate_source/* keyText */.Pu)(p);
            if (FILE_KEYS.includes(k))
                continue;
            const hint = /overwrite|exist/i.test(k)
                ? ' To replace files already on the instance, use the top-level `file_exists_behavior: OVERWRITE` instead.'
                : didYouMean(k, FILE_KEYS);
            push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, p), 'warning', 'appspec/files-unknown-key', `\`files\` entries take only source and destination; '${k}' in ${ctx.file} is ignored.${hint}`);
        }
        const srcPair = (0,validate_source/* getPair */.xf)(m, 'source');
        const dstPair = (0,validate_source/* getPair */.xf)(m, 'destination');
        const source = srcPair ? (0,validate_source/* scalarString */.Cg)(srcPair.value) : undefined;
        const destination = dstPair ? (0,validate_source/* scalarString */.Cg)(dstPair.value) : undefined;
        if (source === undefined || destination === undefined) {
            push(ctx, (0,validate_source/* nodePos */.TP)(ctx.src, m), 'error', 'appspec/files-shape', `A \`files\` entry in ${ctx.file} has no ${source === undefined ? 'source' : 'destination'}; each entry needs both (\`- source: /\` and \`destination: /var/www/app\`).`);
            continue;
        }
        if (srcPair && !ctx.index.exists(inRoot(ctx, source))) {
            const near = suggest_closest(baseName((0,tree/* normalizeTreePath */.Zn)(source)), ctx.index.children(inRoot(ctx, dirName((0,tree/* normalizeTreePath */.Zn)(source)))).map(baseName));
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, srcPair), 'error', 'appspec/files-source-missing', `\`files\` source '${source}' in ${ctx.file} does not exist in the bundle (sources are relative to the bundle root; '/' means all of it); the Install step fails.${near[0] ? ` Did you mean '${(0,tree/* normalizeTreePath */.Zn)(`${dirName((0,tree/* normalizeTreePath */.Zn)(source))}/${near[0]}`)}'?` : ''}`);
        }
        const absolute = os === 'windows' ? /^([A-Za-z]:[\\/]|[\\/])/.test(destination.trim()) : destination.trim().startsWith('/');
        if (dstPair && !absolute) {
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, dstPair), 'error', 'appspec/files-destination-relative', `\`files\` destination '${destination}' in ${ctx.file} must be an absolute path on the instance (${os === 'windows' ? 'e.g. C:\\inetpub\\wwwroot' : 'e.g. /var/www/app'}).`);
        }
        mappings.push({ source, destination: normalizeDestination(destination, os) });
    }
    return mappings;
}
// --- hooks ---------------------------------------------------------------------------------
/** Map an absolute path on the instance back to the bundle file `files` installs there. */
function mapThroughFiles(abs, files, os) {
    const out = [];
    const target = normalizeDestination(abs, os);
    for (const f of files) {
        const dest = f.destination;
        const prefix = dest === '/' ? '/' : `${dest}/`;
        if (!target.startsWith(prefix))
            continue;
        const rest = target.slice(prefix.length);
        const src = (0,tree/* normalizeTreePath */.Zn)(f.source);
        out.push({ candidate: (0,tree/* normalizeTreePath */.Zn)(`${src}/${rest}`), mapping: f });
        if (rest === baseName(src))
            out.push({ candidate: src, mapping: f });
    }
    return out;
}
function locationCandidates(ctx, location, resolved, files, os) {
    const seen = new Set();
    const list = [];
    let via;
    const add = (rel) => {
        if (!rel || seen.has(rel))
            return;
        if (!ctx.index.isFile(inRoot(ctx, rel)))
            return;
        seen.add(rel);
        list.push(rel);
    };
    const abs = resolved.outside ?? (resolved.rel !== undefined ? `/${resolved.rel}` : undefined);
    if (abs) {
        for (const m of mapThroughFiles(abs, files, os)) {
            const before = list.length;
            add(m.candidate);
            if (list.length > before && !via)
                via = m.mapping;
        }
    }
    const target = resolved.rel ?? resolved.outside?.slice(1) ?? (0,tree/* normalizeTreePath */.Zn)(location);
    const base = baseName(target);
    // Same name elsewhere in the bundle.
    for (const p of ctx.index.byBase.get(base) ?? []) {
        if (ctx.root && !p.startsWith(`${ctx.root}/`))
            continue;
        add(fromRoot(ctx, p));
    }
    // Case or a typo away.
    const lower = ctx.index.lowerToPath.get(inRoot(ctx, target).toLowerCase());
    if (lower)
        add(fromRoot(ctx, lower));
    const scope = ctx.root ? ctx.index.files().filter((p) => p.startsWith(`${ctx.root}/`)) : ctx.index.files();
    const typos = scope
        .map((p) => fromRoot(ctx, p))
        .map((p) => [p, editDistance(p.toLowerCase(), target.toLowerCase())])
        .filter(([p, d]) => d > 0 && d <= Math.max(1, Math.min(3, Math.floor(baseName(p).length / 4))))
        .sort((a, b) => a[1] - b[1]);
    for (const [p] of typos.slice(0, 3))
        add(p);
    return { list: list.slice(0, 4), via };
}
function checkEc2Hooks(ctx, top, os, files) {
    const pair = (0,validate_source/* getPair */.xf)(top, 'hooks');
    if (!pair || pair.value === null || (0,validate_source/* asScalar */.T7)(pair.value)?.value === null)
        return;
    const hooks = (0,validate_source/* asMap */.$H)(pair.value);
    if (!hooks) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'appspec/hook-shape', `\`hooks\` in ${ctx.file} must map lifecycle events to lists of scripts (\`AfterInstall:\` then \`- location: scripts/x.sh\`); it holds ${(0,validate_source/* describeNode */.WQ)(pair.value)}.`);
        return;
    }
    for (const event of (0,validate_source/* pairs */.AS)(hooks)) {
        const name = (0,validate_source/* keyText */.Pu)(event);
        const eventPos = (0,validate_source/* pairPos */.Rw)(ctx.src, event);
        if (EC2_RESERVED_EVENTS.includes(name)) {
            push(ctx, eventPos, 'error', 'appspec/hook-not-scriptable', `'${name}' in ${ctx.file} is a lifecycle event CodeDeploy runs itself; it cannot run scripts, so these never run. Use ${name === 'Install' || name === 'DownloadBundle' ? 'BeforeInstall or AfterInstall' : name === 'BlockTraffic' ? 'BeforeBlockTraffic or AfterBlockTraffic' : name === 'AllowTraffic' ? 'BeforeAllowTraffic or AfterAllowTraffic' : 'one of ' + EC2_HOOKS.join(', ')}.`);
            continue;
        }
        if (!EC2_HOOKS.includes(name)) {
            const hint = ECS_HOOKS.includes(name)
                ? ` ('${name}' exists only for ECS deployments.)`
                : didYouMean(name, EC2_HOOKS);
            push(ctx, eventPos, 'error', 'appspec/hook-unknown', `'${name}' in ${ctx.file} is not an EC2/on-premises lifecycle event, so its scripts never run. Valid hooks: ${EC2_HOOKS.join(', ')}.${hint}`);
            continue;
        }
        const scripts = (0,validate_source/* asSeq */.wH)(event.value);
        const empty = !scripts ? event.value === null || (0,validate_source/* asScalar */.T7)(event.value)?.value === null : scripts.items.length === 0;
        if (empty) {
            push(ctx, eventPos, 'warning', 'appspec/hook-shape', `Hook ${name} in ${ctx.file} has no scripts. Current agents skip it; agents before 1.1 failed the deployment on an empty hook. Remove it or add \`- location: scripts/${name.toLowerCase()}.sh\`.`);
            continue;
        }
        if (!scripts) {
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, event), 'error', 'appspec/hook-shape', `Hook ${name} in ${ctx.file} must be a list of scripts (\`- location: …\`, with optional timeout and runas); it holds ${(0,validate_source/* describeNode */.WQ)(event.value)}.`);
            continue;
        }
        let total = 0;
        for (const item of scripts.items) {
            const script = (0,validate_source/* asMap */.$H)(item);
            if (!script) {
                push(ctx, (0,validate_source/* nodePos */.TP)(ctx.src, item), 'error', 'appspec/hook-shape', `Each script under ${name} in ${ctx.file} must be a mapping with \`location\`; got ${(0,validate_source/* describeNode */.WQ)(item)}${(0,validate_source/* asScalar */.T7)(item) ? ` — write \`- location: ${(0,validate_source/* scalarString */.Cg)(item) ?? ''}\`` : ''}.`);
                continue;
            }
            for (const p of (0,validate_source/* pairs */.AS)(script)) {
                const k = (0,validate_source/* keyText */.Pu)(p);
                if (!SCRIPT_KEYS.includes(k)) {
                    push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, p), 'warning', 'appspec/hook-unknown-key', `Unknown key '${k}' in a ${name} script of ${ctx.file} (accepted: location, timeout, runas); it is ignored.${didYouMean(k, SCRIPT_KEYS)}`);
                }
            }
            const t = checkTimeout(ctx, name, script);
            if (t !== undefined)
                total += t;
            const runas = (0,validate_source/* getPair */.xf)(script, 'runas');
            if (runas && os === 'windows') {
                push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, runas), 'warning', 'appspec/runas-windows', `\`runas\` in ${ctx.file} is not supported on Windows Server instances; the ${name} script runs as the agent's account (LocalSystem) regardless. Remove it.`);
            }
            checkLocation(ctx, name, script, os, files);
        }
        if (total > MAX_TIMEOUT) {
            push(ctx, eventPos, 'error', 'appspec/hook-event-timeout', `The scripts of ${name} in ${ctx.file} declare ${total} s of timeouts in total; all scripts of one lifecycle event may take at most ${MAX_TIMEOUT} s, after which the deployment fails. Lower the timeouts or move work to another event.`);
        }
    }
}
function checkTimeout(ctx, hook, script) {
    const pair = (0,validate_source/* getPair */.xf)(script, 'timeout');
    if (!pair)
        return undefined;
    const s = (0,validate_source/* asScalar */.T7)(pair.value);
    const raw = s?.value;
    let seconds;
    if (typeof raw === 'number')
        seconds = Math.trunc(raw);
    else if (typeof raw === 'string')
        seconds = /^\s*\d+/.test(raw) ? parseInt(raw, 10) : 0;
    else
        seconds = 0;
    if (seconds <= 0) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'appspec/hook-timeout', `\`timeout\` of a ${hook} script in ${ctx.file} must be a whole number of seconds between 1 and ${MAX_TIMEOUT}; got ${s ? (0,validate_source/* show */.WU)(s.value) : (0,validate_source/* describeNode */.WQ)(pair.value)} (the agent rejects it as an invalid timeout).`);
        return undefined;
    }
    if (seconds > MAX_TIMEOUT) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'appspec/hook-timeout', `\`timeout: ${seconds}\` for a ${hook} script in ${ctx.file} exceeds ${MAX_TIMEOUT} s, the most one lifecycle event may run; the deployment fails at ${MAX_TIMEOUT} s. Use at most ${MAX_TIMEOUT}.`);
    }
    return seconds;
}
function checkLocation(ctx, hook, script, os, files) {
    const pair = (0,validate_source/* getPair */.xf)(script, 'location');
    const location = pair ? (0,validate_source/* scalarString */.Cg)(pair.value)?.trim() : undefined;
    if (!pair || !location) {
        push(ctx, pair ? (0,validate_source/* valuePos */.i8)(ctx.src, pair) : (0,validate_source/* nodePos */.TP)(ctx.src, script), 'error', 'appspec/hook-shape', `A ${hook} script in ${ctx.file} has no \`location\`; the deployment fails ("script with no location value"). Add \`location: scripts/${hook.toLowerCase()}.sh\` (relative to the bundle root).`);
        return;
    }
    const pos = (0,validate_source/* valuePos */.i8)(ctx.src, pair);
    const resolved = resolveLocation(location, os);
    const previous = PREVIOUS_REVISION_HOOKS.includes(hook)
        ? ` (${hook} runs the script from the last successful revision's bundle, so a fix here takes effect from the deployment after the next one.)`
        : '';
    if (resolved.climbs) {
        const suggestion = locationCandidates(ctx, location, resolved, files, os).list[0];
        const reason = climbReason(resolved);
        push(ctx, pos, reason.severity, 'appspec/hook-location-outside', `\`location\` '${location}' of ${hook} in ${ctx.file} ${reason.text} Hook locations are relative to the bundle root:${suggestion ? ` write \`location: ${suggestion}\`.` : ' point it at the script inside the bundle.'}`);
        return;
    }
    if (os === 'linux' && location.includes('\\')) {
        const slashed = resolveLocation(location.replace(/\\/g, '/'), os).rel ?? location.replace(/\\/g, '/');
        push(ctx, pos, 'error', 'appspec/hook-location-backslash', `\`location\` '${location}' of ${hook} in ${ctx.file} uses backslashes. On Linux the agent reads them as part of a file name, looks for a file literally named '${location}' and fails with ScriptMissing. Use forward slashes: \`location: ${slashed}\`.${ctx.index.isFile(inRoot(ctx, slashed)) ? '' : ` (${slashed} is not in the bundle either.)`}`);
        return;
    }
    const rel = resolved.rel ?? '';
    const bundlePath = inRoot(ctx, rel);
    const entry = ctx.index.get(bundlePath);
    if (!entry || entry.type === 'dir') {
        const cands = locationCandidates(ctx, location, resolved, files, os);
        const agentPath = `${ARCHIVE_DIR}/${rel}`;
        const why = location.startsWith('/') || /^[A-Za-z]:/.test(location) ? " A leading '/' does not make it an absolute path on the instance." : '';
        let hint = '';
        if (cands.list.length) {
            const first = cands.list[0];
            const viaText = cands.via && mapThroughFiles(resolved.outside ?? `/${rel}`, [cands.via], os).some((c) => c.candidate === first)
                ? ` (files maps source '${cands.via.source}' to '${cands.via.destination}'; hooks run from the bundle, not from files.destination)`
                : '';
            hint = ` Did you mean ${cands.list.map((c) => `'${c}'`).join(' or ')}${viaText}?`;
        }
        push(ctx, pos, 'error', 'appspec/hook-location-missing', `${entry ? 'Folder' : 'Script'} '${location}' of ${hook} in ${ctx.file} ${entry ? 'is a folder, not a script' : 'is not in the bundle'}. Hook locations are relative to the bundle root; the agent will run ${agentPath} and fail with ScriptMissing.${why}${hint}${previous}`);
        return;
    }
    if (os !== 'linux')
        return;
    const text = ctx.index.read(bundlePath);
    if (text !== undefined && isTextScript(text)) {
        ctx.out.push(...checkLineEndings(bundlePath, text, `the ${hook} hook`));
    }
    if (entry.type === 'file' && !isExecutable(entry)) {
        ctx.out.push(notExecutable(bundlePath, 'warning', 'script/not-executable', `The CodeDeploy agent runs \`chmod +x\` on it before ${hook} (logging "is not executable. Trying to make it executable."), so the hook still runs, but the copy installed by \`files\` keeps the missing bit.`));
    }
}
// --- ECS / Lambda --------------------------------------------------------------------------
function validateServerless(ctx, top, platform) {
    const label = platform === 'ecs' ? 'ECS' : 'Lambda';
    checkUnknownKeys(ctx, top, SERVERLESS_KEYS, label);
    checkVersion(ctx, top, false);
    const resPair = (0,validate_source/* getPair */.xf)(top, 'Resources');
    const res = resPair ? (0,validate_source/* asSeq */.wH)(resPair.value) : undefined;
    if (resPair && !res) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, resPair), 'error', 'appspec/resources', `\`Resources\` in ${ctx.file} must be a list with one entry (\`- TargetService:\` for ECS, \`- myFunction:\` for Lambda); it holds ${(0,validate_source/* describeNode */.WQ)(resPair.value)}.`);
    }
    for (const item of res?.items ?? []) {
        const named = (0,validate_source/* asMap */.$H)(item);
        const first = (0,validate_source/* pairs */.AS)(named)[0];
        const body = (0,validate_source/* asMap */.$H)(first?.value);
        if (!named || !first || !body) {
            push(ctx, (0,validate_source/* nodePos */.TP)(ctx.src, item), 'error', 'appspec/resources', `Each \`Resources\` entry in ${ctx.file} must be \`- <name>:\` with Type and Properties below it; got ${(0,validate_source/* describeNode */.WQ)(item)}.`);
            continue;
        }
        const type = (0,validate_source/* scalarString */.Cg)((0,validate_source/* getPair */.xf)(body, 'Type')?.value);
        const expected = platform === 'ecs' ? 'AWS::ECS::Service' : 'AWS::Lambda::Function';
        if (type !== expected) {
            const tp = (0,validate_source/* getPair */.xf)(body, 'Type');
            push(ctx, tp ? (0,validate_source/* valuePos */.i8)(ctx.src, tp) : (0,validate_source/* pairPos */.Rw)(ctx.src, first), 'error', 'appspec/resources', `Resource '${(0,validate_source/* keyText */.Pu)(first)}' in ${ctx.file} needs \`Type: ${expected}\`; got ${type === undefined ? 'none' : (0,validate_source/* show */.WU)(type)}.`);
        }
        const propsPair = (0,validate_source/* getPair */.xf)(body, 'Properties');
        const props = (0,validate_source/* asMap */.$H)(propsPair?.value);
        if (!props) {
            push(ctx, propsPair ? (0,validate_source/* valuePos */.i8)(ctx.src, propsPair) : (0,validate_source/* pairPos */.Rw)(ctx.src, first), 'error', 'appspec/resources', `Resource '${(0,validate_source/* keyText */.Pu)(first)}' in ${ctx.file} needs a \`Properties\` mapping.`);
            continue;
        }
        const required = platform === 'ecs' ? ['TaskDefinition', 'LoadBalancerInfo'] : ['Name', 'Alias', 'CurrentVersion', 'TargetVersion'];
        for (const r of required) {
            if (!(0,validate_source/* getPair */.xf)(props, r)) {
                push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, propsPair), 'error', 'appspec/resources', `\`Properties\` of '${(0,validate_source/* keyText */.Pu)(first)}' in ${ctx.file} has no \`${r}\` (required for ${label} deployments).${didYouMean(r, (0,validate_source/* pairs */.AS)(props).map(validate_source/* keyText */.Pu))}`);
            }
        }
        if (platform === 'ecs') {
            const lbPair = (0,validate_source/* getPair */.xf)(props, 'LoadBalancerInfo');
            const lb = (0,validate_source/* asMap */.$H)(lbPair?.value);
            if (lbPair) {
                for (const r of ['ContainerName', 'ContainerPort']) {
                    if (!(0,validate_source/* getPair */.xf)(lb, r)) {
                        push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, lbPair), 'error', 'appspec/resources', `\`LoadBalancerInfo\` in ${ctx.file} has no \`${r}\`; CodeDeploy needs the container name and port to route traffic to the new task set.`);
                    }
                }
            }
        }
    }
    const hooksPair = (0,validate_source/* getPair */.xf)(top, 'Hooks');
    if (!hooksPair || hooksPair.value === null || (0,validate_source/* asScalar */.T7)(hooksPair.value)?.value === null)
        return;
    const valid = platform === 'ecs' ? ECS_HOOKS : LAMBDA_HOOKS;
    const list = (0,validate_source/* asSeq */.wH)(hooksPair.value);
    const entries = [];
    if (list) {
        for (const item of list.items) {
            const m = (0,validate_source/* asMap */.$H)(item);
            if (!m) {
                push(ctx, (0,validate_source/* nodePos */.TP)(ctx.src, item), 'error', 'appspec/hook-shape', `Each \`Hooks\` entry in ${ctx.file} must be \`- <LifecycleEvent>: <LambdaFunctionName>\`; got ${(0,validate_source/* describeNode */.WQ)(item)}.`);
                continue;
            }
            entries.push(...(0,validate_source/* pairs */.AS)(m));
        }
    }
    else if ((0,validate_source/* asMap */.$H)(hooksPair.value)) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, hooksPair), 'error', 'appspec/hook-shape', `\`Hooks\` in ${ctx.file} must be a list (\`- BeforeAllowTraffic: MyValidationFunction\`), one entry per event; it holds a mapping.`);
        return;
    }
    for (const p of entries) {
        const name = (0,validate_source/* keyText */.Pu)(p);
        if (!valid.includes(name)) {
            push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, p), 'error', 'appspec/hook-unknown', `'${name}' in ${ctx.file} is not a ${label} lifecycle hook, so the function never runs. Valid hooks: ${valid.join(', ')}.${didYouMean(name, valid)}`);
        }
        const fn = (0,validate_source/* scalarString */.Cg)(p.value);
        if (fn === undefined || fn.trim() === '') {
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, p), 'error', 'appspec/hook-shape', `Hook ${name} in ${ctx.file} must name a Lambda function (\`${name}: MyValidationFunction\`); got ${fn === undefined ? (0,validate_source/* describeNode */.WQ)(p.value) : 'an empty name'}.`);
        }
        else if (/\/|\.(sh|py|ps1|bat|js)$/.test(fn) && !fn.startsWith('arn:')) {
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, p), 'error', 'appspec/hook-shape', `Hook ${name} in ${ctx.file} names '${fn}', which looks like a script path; ${label} deployments run no scripts, their hooks name a Lambda function that CodeDeploy invokes (\`${name}: MyValidationFunction\`).`);
        }
    }
}

;// CONCATENATED MODULE: ./src/validate/nginx.ts

/** Directives that are not allowed directly in the http context. */
const NOT_IN_HTTP = [
    'http',
    'events',
    'location',
    'user',
    'worker_processes',
    'worker_rlimit_nofile',
    'pid',
    'stream',
    'load_module',
    'daemon',
];
/** Top-level directives of an nginx snippet with their line numbers (comments and strings skipped). */
function topLevelDirectives(text) {
    const out = [];
    let depth = 0;
    let atStatementStart = true;
    let line = 1;
    let col = 0;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        col++;
        if (ch === '\n') {
            line++;
            col = 0;
            continue;
        }
        if (ch === '#') {
            while (i + 1 < text.length && text[i + 1] !== '\n')
                i++;
            continue;
        }
        if (ch === '"' || ch === "'") {
            const q = ch;
            while (i + 1 < text.length && text[i + 1] !== q) {
                i++;
                if (text[i] === '\n') {
                    line++;
                    col = 0;
                }
            }
            i++;
            atStatementStart = false;
            continue;
        }
        if (ch === '{') {
            depth++;
            atStatementStart = true;
            continue;
        }
        if (ch === '}') {
            depth = Math.max(0, depth - 1);
            atStatementStart = true;
            continue;
        }
        if (ch === ';') {
            atStatementStart = true;
            continue;
        }
        if (/\s/.test(ch))
            continue;
        if (atStatementStart) {
            const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
            if (m && depth === 0)
                out.push({ name: m[0], line, column: col });
            atStatementStart = false;
        }
    }
    return out;
}
/**
 * `file` is where the finding points; `line0`/`indent` place the snippet when it sits inside
 * another file (the content of a YAML block scalar starts on line0 + 1, indented by `indent`).
 */
function checkHttpSnippet(file, text, where, rule, line0 = 0, indent = 0) {
    const out = [];
    for (const d of topLevelDirectives(text)) {
        if (!NOT_IN_HTTP.includes(d.name))
            continue;
        out.push((0,validate_source/* finding */.gk)(file, { line: line0 + d.line, column: indent + d.column }, 'error', rule, `\`${d.name}\` at the top of ${where}: files in conf.d are included inside nginx's \`http { }\` block, where \`${d.name}\` is not allowed, so \`nginx -t\` fails and the deployment with it. ${d.name === 'location' ? 'Wrap it in a `server { }` block, or put it in .platform/nginx/conf.d/elasticbeanstalk/ (included inside the default server).' : 'Put a complete nginx.conf in .platform/nginx/nginx.conf instead, or keep only http-level directives here.'}`));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/validate/eb-namespaces.ts
// Elastic Beanstalk option namespaces as documented, for the offline check (no platform to ask).
// General options for all environments:
//   https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html
// Platform-specific options:
//   https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-specific.html
// With credentials the action asks DescribeConfigurationOptions instead (eb-options.ts).
const GENERAL_NAMESPACES = [
    'aws:autoscaling:asg',
    'aws:autoscaling:launchconfiguration',
    'aws:autoscaling:scheduledaction',
    'aws:autoscaling:trigger',
    'aws:autoscaling:updatepolicy:rollingupdate',
    'aws:ec2:instances',
    'aws:ec2:vpc',
    'aws:elasticbeanstalk:application',
    'aws:elasticbeanstalk:application:environment',
    'aws:elasticbeanstalk:application:environmentsecrets',
    'aws:elasticbeanstalk:cloudwatch:logs',
    'aws:elasticbeanstalk:cloudwatch:logs:health',
    'aws:elasticbeanstalk:command',
    'aws:elasticbeanstalk:environment',
    'aws:elasticbeanstalk:environment:process:default',
    'aws:elasticbeanstalk:environment:proxy:staticfiles',
    'aws:elasticbeanstalk:healthreporting:system',
    'aws:elasticbeanstalk:hostmanager',
    'aws:elasticbeanstalk:managedactions',
    'aws:elasticbeanstalk:managedactions:platformupdate',
    'aws:elasticbeanstalk:monitoring',
    'aws:elasticbeanstalk:sns:topics',
    'aws:elasticbeanstalk:sqsd',
    'aws:elasticbeanstalk:trafficsplitting',
    'aws:elasticbeanstalk:xray',
    'aws:elb:healthcheck',
    'aws:elb:loadbalancer',
    'aws:elb:listener',
    'aws:elb:policies',
    'aws:elbv2:listener:default',
    'aws:elbv2:loadbalancer',
    'aws:rds:dbinstance',
];
const PLATFORM_NAMESPACES = [
    'aws:elasticbeanstalk:environment:proxy',
    'aws:elasticbeanstalk:container:tomcat:jvmoptions',
    'aws:elasticbeanstalk:container:python',
    'aws:elasticbeanstalk:container:python:staticfiles',
    'aws:elasticbeanstalk:container:nodejs',
    'aws:elasticbeanstalk:container:nodejs:staticfiles',
    'aws:elasticbeanstalk:container:php:phpini',
    'aws:elasticbeanstalk:container:golang:staticfiles',
    'aws:elasticbeanstalk:container:java:staticfiles',
    'aws:elasticbeanstalk:container:dotnet:apppool',
    'aws:elasticbeanstalk:container:ruby:staticfiles',
];
/** Namespaces whose options are named by the user, not by the platform. */
const eb_namespaces_FREE_FORM_NAMESPACES = [
    'aws:elasticbeanstalk:application:environment',
    'aws:elasticbeanstalk:application:environmentsecrets',
    'aws:elasticbeanstalk:customoption',
    'aws:cloudformation:template:parameter',
];
const KNOWN_NAMESPACES = [
    ...GENERAL_NAMESPACES,
    ...PLATFORM_NAMESPACES,
    'aws:elasticbeanstalk:customoption',
    'aws:cloudformation:template:parameter',
];
/** Namespaces with a variable last part (process, port, rule or policy name): the family is the part before it. */
const NAMESPACE_PATTERNS = [
    /^aws:elasticbeanstalk:environment:process:[^:]+$/,
    /^aws:elb:listener:\d+$/,
    /^aws:elb:policies:[^:]+$/,
    /^aws:elbv2:listener:(default|\d+)$/,
    /^aws:elbv2:listenerrule:[^:]+$/,
];
function isDocumentedNamespace(ns) {
    return KNOWN_NAMESPACES.includes(ns) || NAMESPACE_PATTERNS.some((re) => re.test(ns));
}
/** 'aws:elbv2:listener:443' → 'aws:elbv2:listener'; undefined for a namespace without a variable part. */
function eb_namespaces_namespaceFamily(ns) {
    return NAMESPACE_PATTERNS.some((re) => re.test(ns)) ? ns.slice(0, ns.lastIndexOf(':')) : undefined;
}

;// CONCATENATED MODULE: ./src/validate/ebextensions-al1hooks.ts

const AL1_HOOKS = /\/opt\/elasticbeanstalk\/hooks\/([A-Za-z]+)(?:\/([A-Za-z]+))?/;
const ebextensions_al1hooks_RULE = 'ebextensions/al1-hook';
/** The Amazon Linux 2 folder that does what an AL1 hook folder did. */
function al2Equivalent(kind, stage) {
    const step = stage === 'post' ? 'postdeploy' : 'predeploy';
    switch (kind) {
        case 'appdeploy':
            return `.platform/hooks/${step}/`;
        case 'configdeploy':
            return `.platform/confighooks/${step}/`;
        case 'restartappserver':
            return '.platform/confighooks/postdeploy/';
        case 'preinit':
            return '.platform/hooks/prebuild/';
        case 'postinit':
            return '.platform/hooks/postdeploy/';
        default:
            return '.platform/hooks/<stage>/ (prebuild, predeploy or postdeploy)';
    }
}
function message(file, where, path) {
    const m = AL1_HOOKS.exec(path);
    const target = al2Equivalent(m?.[1] ?? '', m?.[2]);
    return `${where} in ${file} writes into ${m?.[0] ?? '/opt/elasticbeanstalk/hooks/'}, the Amazon Linux 1 hook folder. Amazon Linux 2 and 2023 platforms never run it, so this hook does nothing there. Put the script in your bundle as ${target}<name>.sh (executable, with a shebang) instead.`;
}
function fromFiles(src, pair) {
    return (0,validate_source/* pairs */.AS)((0,validate_source/* asMap */.$H)(pair.value))
        .filter((p) => AL1_HOOKS.test((0,validate_source/* keyText */.Pu)(p)))
        .map((p) => (0,validate_source/* finding */.gk)(src.file, (0,validate_source/* pairPos */.Rw)(src, p), 'warning', ebextensions_al1hooks_RULE, message(src.file, `files."${(0,validate_source/* keyText */.Pu)(p)}"`, (0,validate_source/* keyText */.Pu)(p))));
}
function fromCommands(src, pair, section) {
    const out = [];
    for (const entry of (0,validate_source/* pairs */.AS)((0,validate_source/* asMap */.$H)(pair.value))) {
        const cmd = (0,validate_source/* getPair */.xf)((0,validate_source/* asMap */.$H)(entry.value), 'command');
        const text = cmd ? (0,validate_source/* scalarString */.Cg)(cmd.value) : undefined;
        // A command that only reads or removes the folder is not installing a hook.
        if (!cmd || text === undefined || !AL1_HOOKS.test(text) || !/\b(cp|mv|install|ln|tee|wget|curl)\b|>/.test(text))
            continue;
        out.push((0,validate_source/* finding */.gk)(src.file, (0,validate_source/* valuePos */.i8)(src, cmd), 'warning', ebextensions_al1hooks_RULE, message(src.file, `${section}.${(0,validate_source/* keyText */.Pu)(entry)}`, text)));
    }
    return out;
}
function checkAl1Hooks(src) {
    const top = (0,validate_source/* asMap */.$H)(src.doc.contents);
    const out = [];
    for (const p of (0,validate_source/* pairs */.AS)(top)) {
        const k = (0,validate_source/* keyText */.Pu)(p);
        if (k === 'files')
            out.push(...fromFiles(src, p));
        else if (k === 'commands' || k === 'container_commands')
            out.push(...fromCommands(src, p, k));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/validate/ebextensions.ts






const EBEXTENSIONS_KEYS = [
    'option_settings',
    'packages',
    'groups',
    'users',
    'sources',
    'files',
    'commands',
    'services',
    'container_commands',
    'Resources',
    'Outputs',
    'Parameters',
    'Mappings',
    'Conditions',
    'AWSTemplateFormatVersion',
    'Description',
    'Metadata',
    'Transform',
];
const COMMAND_KEYS = ['command', 'env', 'cwd', 'test', 'ignoreErrors', 'waitAfterCompletion'];
const CONTAINER_COMMAND_KEYS = [...COMMAND_KEYS, 'leader_only'];
const ebextensions_FILE_KEYS = ['content', 'source', 'encoding', 'group', 'owner', 'mode', 'authentication', 'context'];
const PACKAGE_MANAGERS = ['yum', 'rpm', 'rubygems', 'python', 'msi', 'apt'];
const OPTION_ITEM_KEYS = ['namespace', 'option_name', 'value', 'resource_name'];
function ebextensions_push(ctx, pos, severity, rule, message) {
    ctx.out.push((0,validate_source/* finding */.gk)(ctx.file, pos, severity, rule, message));
}
function isEmpty(node) {
    return node === null || node === undefined || (0,validate_source/* asScalar */.T7)(node)?.value === null;
}
/** Authentication names declared anywhere: Resources.<r>.Metadata."AWS::CloudFormation::Authentication".<name>. */
function authenticationNames(src) {
    const top = (0,validate_source/* asMap */.$H)(src.doc.contents);
    const resources = (0,validate_source/* asMap */.$H)((0,validate_source/* getPair */.xf)(top, 'Resources')?.value);
    const names = [];
    for (const r of (0,validate_source/* pairs */.AS)(resources)) {
        const meta = (0,validate_source/* asMap */.$H)((0,validate_source/* getPair */.xf)((0,validate_source/* asMap */.$H)(r.value), 'Metadata')?.value);
        const auth = (0,validate_source/* asMap */.$H)((0,validate_source/* getPair */.xf)(meta, 'AWS::CloudFormation::Authentication')?.value);
        for (const a of (0,validate_source/* pairs */.AS)(auth))
            names.push((0,validate_source/* keyText */.Pu)(a));
    }
    return names;
}
/** Parse every root .ebextensions/*.config once; validation needs the set of authentication names across files. */
function ebextensions_parseConfigs(index, files) {
    const out = new Map();
    for (const file of files) {
        const text = index.read(file);
        if (text === undefined) {
            out.set(file, {
                findings: [
                    (0,validate_source/* finding */.gk)(file, { line: 1, column: 1 }, 'error', 'ebextensions/syntax', `${file} could not be read as a text file (binary or larger than 512 KiB).`),
                ],
            });
            continue;
        }
        out.set(file, (0,validate_source/* parseSource */.PJ)(file, text, { rulePrefix: 'ebextensions', json: text.trimStart().startsWith('{') }));
    }
    return out;
}
function validateConfig(src, authNames) {
    const ctx = { src, file: src.file, out: [] };
    const contents = src.doc.contents;
    if (isEmpty(contents))
        return ctx.out;
    const top = (0,validate_source/* asMap */.$H)(contents);
    if (!top) {
        ebextensions_push(ctx, (0,validate_source/* nodePos */.TP)(src, contents), 'error', 'ebextensions/not-a-mapping', `${src.file} must be a mapping of sections (option_settings, packages, files, commands, container_commands, Resources, …); it holds ${(0,validate_source/* describeNode */.WQ)(contents)}.`);
        return ctx.out;
    }
    ctx.out.push(...checkAl1Hooks(src));
    for (const p of (0,validate_source/* pairs */.AS)(top)) {
        const k = (0,validate_source/* keyText */.Pu)(p);
        switch (k) {
            case 'option_settings':
                checkOptionSettings(ctx, p);
                break;
            case 'commands':
            case 'container_commands':
                checkCommands(ctx, p, k);
                break;
            case 'files':
                ebextensions_checkFiles(ctx, p, authNames);
                break;
            case 'packages':
                checkPackages(ctx, p);
                break;
            case 'sources':
                checkSources(ctx, p);
                break;
            default:
                if (!EBEXTENSIONS_KEYS.includes(k)) {
                    const wrongCase = EBEXTENSIONS_KEYS.find((n) => n.toLowerCase() === k.toLowerCase());
                    ebextensions_push(ctx, (0,validate_source/* pairPos */.Rw)(src, p), 'warning', 'ebextensions/unknown-key', `Unknown top-level key '${k}' in ${src.file}; Elastic Beanstalk ignores it.${wrongCase ? ` Keys are case-sensitive: write '${wrongCase}'.` : didYouMean(k, EBEXTENSIONS_KEYS)}`);
                }
        }
    }
    return ctx.out;
}
function checkNamespace(ctx, ns, pos) {
    if (!ns.startsWith('aws:'))
        return;
    if (isDocumentedNamespace(ns))
        return;
    const near = suggest_closest(ns, KNOWN_NAMESPACES, 3).filter((n) => n !== ns);
    ebextensions_push(ctx, pos, 'warning', 'ebextensions/namespace', `Option namespace '${ns}' in ${ctx.file} is not in the documented list; unless the environment's platform defines it, the environment update fails with "Invalid option specification".${near[0] ? ` Did you mean '${near[0]}'?` : ''}`);
}
function checkOptionSettings(ctx, pair) {
    if (isEmpty(pair.value))
        return;
    const list = (0,validate_source/* asSeq */.wH)(pair.value);
    const map = (0,validate_source/* asMap */.$H)(pair.value);
    if (list) {
        for (const item of list.items) {
            const m = (0,validate_source/* asMap */.$H)(item);
            if (!m) {
                ebextensions_push(ctx, (0,validate_source/* nodePos */.TP)(ctx.src, item), 'error', 'ebextensions/option-settings', `Each \`option_settings\` list entry in ${ctx.file} must be a mapping with option_name and value (namespace optional); got ${(0,validate_source/* describeNode */.WQ)(item)}.`);
                continue;
            }
            const keys = (0,validate_source/* pairs */.AS)(m).map(validate_source/* keyText */.Pu);
            if (!keys.includes('option_name')) {
                const only = (0,validate_source/* pairs */.AS)(m)[0];
                const shorthand = only && keys.length === 1 && (0,validate_source/* keyText */.Pu)(only).includes(':') && (0,validate_source/* asMap */.$H)(only.value);
                ebextensions_push(ctx, (0,validate_source/* nodePos */.TP)(ctx.src, m), 'error', 'ebextensions/option-settings', shorthand
                    ? `\`option_settings\` in ${ctx.file} mixes the two forms: a list entry holds the namespace '${(0,validate_source/* keyText */.Pu)(only)}' as a key. Either drop the '-' (shorthand: \`namespace:\` then \`Option: value\`), or write \`- namespace: ${(0,validate_source/* keyText */.Pu)(only)}\`, \`option_name: …\`, \`value: …\`.`
                    : `An \`option_settings\` entry in ${ctx.file} has no \`option_name\`; the list form is \`- namespace: aws:…\`, \`option_name: Name\`, \`value: …\`.`);
            }
            for (const p of (0,validate_source/* pairs */.AS)(m)) {
                const k = (0,validate_source/* keyText */.Pu)(p);
                if (!OPTION_ITEM_KEYS.includes(k)) {
                    ebextensions_push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, p), 'warning', 'ebextensions/option-settings', `Unknown key '${k}' in an \`option_settings\` entry of ${ctx.file} (accepted: ${OPTION_ITEM_KEYS.join(', ')}).${didYouMean(k, OPTION_ITEM_KEYS)}`);
                }
            }
            const ns = (0,validate_source/* getPair */.xf)(m, 'namespace');
            const nsText = ns ? (0,validate_source/* scalarString */.Cg)(ns.value) : undefined;
            if (ns && nsText)
                checkNamespace(ctx, nsText, (0,validate_source/* valuePos */.i8)(ctx.src, ns));
            const value = (0,validate_source/* getPair */.xf)(m, 'value');
            if (value && ((0,validate_source/* asMap */.$H)(value.value) || (0,validate_source/* asSeq */.wH)(value.value))) {
                ebextensions_push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, value), 'error', 'ebextensions/option-settings', `\`value\` of an option in ${ctx.file} must be a single value (write lists as a comma-separated string); got ${(0,validate_source/* describeNode */.WQ)(value.value)}.`);
            }
        }
        return;
    }
    if (!map) {
        ebextensions_push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'ebextensions/option-settings', `\`option_settings\` in ${ctx.file} must be a list (\`- namespace: …\`, \`option_name: …\`, \`value: …\`) or the shorthand mapping (\`aws:namespace:\` then \`Option: value\`); it holds ${(0,validate_source/* describeNode */.WQ)(pair.value)}.`);
        return;
    }
    for (const nsPair of (0,validate_source/* pairs */.AS)(map)) {
        const ns = (0,validate_source/* keyText */.Pu)(nsPair);
        const options = (0,validate_source/* asMap */.$H)(nsPair.value);
        if (!options) {
            const isScalarValue = (0,validate_source/* asScalar */.T7)(nsPair.value) !== undefined;
            ebextensions_push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, nsPair), 'error', 'ebextensions/option-settings', isScalarValue && !ns.includes(':')
                ? `\`option_settings\` in ${ctx.file}: in the shorthand form every key is a namespace holding options, so '${ns}' is read as a namespace. For an environment property write \`aws:elasticbeanstalk:application:environment:\` then \`${ns}: …\` below it.`
                : `Namespace '${ns}' in the \`option_settings\` of ${ctx.file} must hold a mapping of \`Option: value\`; it holds ${(0,validate_source/* describeNode */.WQ)(nsPair.value)}.`);
            continue;
        }
        checkNamespace(ctx, ns, (0,validate_source/* pairPos */.Rw)(ctx.src, nsPair));
        for (const opt of (0,validate_source/* pairs */.AS)(options)) {
            if ((0,validate_source/* asMap */.$H)(opt.value) || (0,validate_source/* asSeq */.wH)(opt.value)) {
                ebextensions_push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, opt), 'error', 'ebextensions/option-settings', `Option '${(0,validate_source/* keyText */.Pu)(opt)}' in namespace '${ns}' of ${ctx.file} must have a single value (write lists as a comma-separated string); got ${(0,validate_source/* describeNode */.WQ)(opt.value)}.`);
            }
        }
    }
}
function checkCommands(ctx, pair, section) {
    if (isEmpty(pair.value))
        return;
    const map = (0,validate_source/* asMap */.$H)(pair.value);
    if (!map) {
        ebextensions_push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'ebextensions/command-shape', `\`${section}\` in ${ctx.file} must map a name to each command (\`01_migrate:\` then \`command: …\` below it); it holds ${(0,validate_source/* describeNode */.WQ)(pair.value)}.${(0,validate_source/* asSeq */.wH)(pair.value) ? ' Names also fix the order: commands run in alphabetical order of their names.' : ''}`);
        return;
    }
    const allowed = section === 'commands' ? COMMAND_KEYS : CONTAINER_COMMAND_KEYS;
    for (const entry of (0,validate_source/* pairs */.AS)(map)) {
        const name = (0,validate_source/* keyText */.Pu)(entry);
        const body = (0,validate_source/* asMap */.$H)(entry.value);
        if (!body) {
            ebextensions_push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, entry), 'error', 'ebextensions/command-missing', `${section}.${name} in ${ctx.file} must be a mapping with \`command\`; got ${(0,validate_source/* describeNode */.WQ)(entry.value)}.${(0,validate_source/* asScalar */.T7)(entry.value) && !isEmpty(entry.value) ? ` Write \`${name}:\` then \`command: ${(0,validate_source/* scalarString */.Cg)(entry.value)}\` on the next line, indented.` : ''}`);
            continue;
        }
        const cmd = (0,validate_source/* getPair */.xf)(body, 'command');
        if (!cmd || isEmpty(cmd.value)) {
            ebextensions_push(ctx, cmd ? (0,validate_source/* valuePos */.i8)(ctx.src, cmd) : (0,validate_source/* pairPos */.Rw)(ctx.src, entry), 'error', 'ebextensions/command-missing', `${section}.${name} in ${ctx.file} has no \`command\`; the deployment fails. Add \`command: …\` (a string, or a list of arguments).`);
        }
        else if ((0,validate_source/* asMap */.$H)(cmd.value)) {
            ebextensions_push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, cmd), 'error', 'ebextensions/command-missing', `\`command\` of ${section}.${name} in ${ctx.file} must be a string or a list of arguments; got a mapping.`);
        }
        for (const p of (0,validate_source/* pairs */.AS)(body)) {
            const k = (0,validate_source/* keyText */.Pu)(p);
            if (allowed.includes(k))
                continue;
            if (k === 'leader_only' && section === 'commands') {
                ebextensions_push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, p), 'warning', 'ebextensions/leader-only-in-commands', `\`leader_only\` in commands.${name} of ${ctx.file} has no effect: only container_commands support it, so this command runs on every instance. Move it to container_commands if it must run once (e.g. database migrations).`);
                continue;
            }
            ebextensions_push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, p), 'warning', 'ebextensions/command-unknown-key', `Unknown key '${k}' in ${section}.${name} of ${ctx.file} (accepted: ${allowed.join(', ')}); it is ignored.${didYouMean(k, allowed)}`);
        }
    }
}
function checkFileMode(ctx, path, pair) {
    const s = (0,validate_source/* asScalar */.T7)(pair.value);
    if (!s || s.value === null) {
        ebextensions_push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'ebextensions/file-mode', `\`mode\` of files."${path}" in ${ctx.file} must be a quoted octal string such as "000644"; got ${(0,validate_source/* describeNode */.WQ)(pair.value)}.`);
        return;
    }
    const written = (0,validate_source/* scalarSource */.aO)(s);
    if (typeof s.value === 'number' && !(0,validate_source/* isQuoted */.f5)(s)) {
        const digits = written.replace(/^0+/, '') || '0';
        const fix = `mode: "${digits.padStart(6, '0')}"`;
        if (/^0[0-7]+$/.test(written)) {
            const seen = String(s.value);
            ebextensions_push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'ebextensions/file-mode', `\`mode: ${written}\` of files."${path}" in ${ctx.file} is an unquoted number with a leading 0, which YAML reads as octal (${seen}); cfn-init then reads "${seen}" as octal again and ${/[89]/.test(seen) ? 'fails ("invalid literal")' : `sets mode ${seen}`}. Quote it: \`${fix}\`.`);
        }
        else {
            ebextensions_push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'warning', 'ebextensions/file-mode', `\`mode: ${written}\` of files."${path}" in ${ctx.file} is an unquoted number; it works only while it has no leading 0. Write it as a quoted string: \`${fix}\`.`);
        }
        return;
    }
    const str = String(s.value).trim();
    if (!/^[0-7]{3,6}$/.test(str)) {
        ebextensions_push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'ebextensions/file-mode', `\`mode\` of files."${path}" in ${ctx.file} must be octal digits such as "000644" or "000755"; got '${str}'.`);
    }
}
function ebextensions_checkFiles(ctx, pair, authNames) {
    if (isEmpty(pair.value))
        return;
    const map = (0,validate_source/* asMap */.$H)(pair.value);
    if (!map) {
        ebextensions_push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'ebextensions/file-shape', `\`files\` in ${ctx.file} must map each target path to its definition (\`"/etc/app.conf":\` then content or source); it holds ${(0,validate_source/* describeNode */.WQ)(pair.value)}.`);
        return;
    }
    for (const entry of (0,validate_source/* pairs */.AS)(map)) {
        const path = (0,validate_source/* keyText */.Pu)(entry);
        const body = (0,validate_source/* asMap */.$H)(entry.value);
        if (!body) {
            ebextensions_push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, entry), 'error', 'ebextensions/file-shape', `files."${path}" in ${ctx.file} must be a mapping with content or source (and mode, owner, group); got ${(0,validate_source/* describeNode */.WQ)(entry.value)}.`);
            continue;
        }
        if (path && !path.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(path)) {
            ebextensions_push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, entry), 'warning', 'ebextensions/file-shape', `files."${path}" in ${ctx.file}: the key is the file's absolute path on the instance (e.g. "/etc/nginx/conf.d/app.conf").`);
        }
        const content = (0,validate_source/* getPair */.xf)(body, 'content');
        const source = (0,validate_source/* getPair */.xf)(body, 'source');
        if (!content && !source) {
            ebextensions_push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, entry), 'error', 'ebextensions/file-content', `files."${path}" in ${ctx.file} has neither \`content\` nor \`source\`; cfn-init has nothing to write. Add \`content: |\` with the text, or \`source:\` with a URL.`);
        }
        else if (content && source) {
            ebextensions_push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, source), 'warning', 'ebextensions/file-content', `files."${path}" in ${ctx.file} has both \`content\` and \`source\`; only one is used. Keep one.`);
        }
        for (const p of (0,validate_source/* pairs */.AS)(body)) {
            const k = (0,validate_source/* keyText */.Pu)(p);
            if (!ebextensions_FILE_KEYS.includes(k)) {
                ebextensions_push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, p), 'warning', 'ebextensions/file-shape', `Unknown key '${k}' in files."${path}" of ${ctx.file} (accepted: ${ebextensions_FILE_KEYS.join(', ')}); it is ignored.${didYouMean(k, ebextensions_FILE_KEYS)}`);
            }
        }
        const mode = (0,validate_source/* getPair */.xf)(body, 'mode');
        if (mode)
            checkFileMode(ctx, path, mode);
        const text = content ? (0,validate_source/* asScalar */.T7)(content.value) : undefined;
        if (text && typeof text.value === 'string' && /^\/etc\/nginx\/conf\.d\/[^/]+\.conf$/.test(path)) {
            const pos = (0,validate_source/* nodePos */.TP)(ctx.src, text);
            const block = text.type === 'BLOCK_LITERAL' || text.type === 'BLOCK_FOLDED';
            const firstContentLine = ctx.src.text.split('\n')[pos.line] ?? '';
            const indent = block ? (/^ */.exec(firstContentLine)?.[0].length ?? 0) : pos.column;
            ctx.out.push(...checkHttpSnippet(ctx.file, text.value, `files."${path}"`, 'nginx/context', block ? pos.line : pos.line - 1, indent));
        }
        const auth = (0,validate_source/* getPair */.xf)(body, 'authentication');
        if (auth) {
            const name = (0,validate_source/* scalarString */.Cg)(auth.value);
            if (!name || !authNames.has(name)) {
                const known = [...authNames];
                ebextensions_push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, auth), 'error', 'ebextensions/file-authentication', `files."${path}" in ${ctx.file} uses authentication '${name ?? ''}', but no .ebextensions config declares it under Resources → AWSEBAutoScalingGroup → Metadata → AWS::CloudFormation::Authentication${known.length ? ` (declared: ${known.join(', ')})` : ''}; cfn-init cannot fetch the source.${name ? didYouMean(name, known) : ''}`);
            }
        }
    }
}
function checkPackages(ctx, pair) {
    if (isEmpty(pair.value))
        return;
    const map = (0,validate_source/* asMap */.$H)(pair.value);
    if (!map) {
        ebextensions_push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'ebextensions/packages', `\`packages\` in ${ctx.file} must map a package manager (yum, rpm, rubygems, python) to its packages; it holds ${(0,validate_source/* describeNode */.WQ)(pair.value)}.`);
        return;
    }
    for (const mgr of (0,validate_source/* pairs */.AS)(map)) {
        const name = (0,validate_source/* keyText */.Pu)(mgr);
        if (!PACKAGE_MANAGERS.includes(name)) {
            ebextensions_push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, mgr), 'warning', 'ebextensions/packages', `Unknown package manager '${name}' in ${ctx.file} (supported: yum, rpm, rubygems, python; msi on Windows).${didYouMean(name, PACKAGE_MANAGERS)}`);
            continue;
        }
        if (!isEmpty(mgr.value) && !(0,validate_source/* asMap */.$H)(mgr.value)) {
            ebextensions_push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, mgr), 'error', 'ebextensions/packages', `packages.${name} in ${ctx.file} must map package names to versions (\`git: []\` for the latest); it holds ${(0,validate_source/* describeNode */.WQ)(mgr.value)}.`);
        }
    }
}
function checkSources(ctx, pair) {
    if (isEmpty(pair.value))
        return;
    const map = (0,validate_source/* asMap */.$H)(pair.value);
    if (!map) {
        ebextensions_push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'ebextensions/sources', `\`sources\` in ${ctx.file} must map a target folder to an archive URL (\`/opt/tool: https://…/tool.tar.gz\`); it holds ${(0,validate_source/* describeNode */.WQ)(pair.value)}.`);
        return;
    }
    for (const p of (0,validate_source/* pairs */.AS)(map)) {
        if ((0,validate_source/* scalarString */.Cg)(p.value) === undefined) {
            ebextensions_push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, p), 'error', 'ebextensions/sources', `sources."${(0,validate_source/* keyText */.Pu)(p)}" in ${ctx.file} must be the URL of an archive; got ${(0,validate_source/* describeNode */.WQ)(p.value)}.`);
        }
    }
}
// --- placement -----------------------------------------------------------------------------
/** A data file (e.g. filebeat.yml copied by a command) stays quiet; one written like a config does not. */
function looksLikeConfig(text) {
    if (!text)
        return false;
    // Keys distinctive enough that a data file (filebeat.yml, log_files.yml with `files:`) will not match.
    const keys = ['option_settings', 'container_commands', 'commands', 'packages', 'Resources'].join('|');
    return new RegExp(`^("?)(${keys})\\1\\s*:`, 'm').test(text) || new RegExp(`"(${keys})"\\s*:`).test(text);
}
const EBEXT_TYPOS = ['ebextensions', '.ebextension', '.ebextentions', '.ebextention', '.eb-extensions', '.ebextenstions', '.ebxtensions'];
/** Where .ebextensions files sit: root configs to validate, and findings for files never read. */
function ebextensions_locateConfigs(index, warRoot) {
    const configs = [];
    const findings = [];
    const nestedRoots = new Set();
    for (const p of index.files()) {
        if (inVendoredDir(p))
            continue;
        const parts = p.split('/');
        const base = baseName(p);
        const ebIdx = parts.indexOf('.ebextensions');
        if (ebIdx === 0) {
            if (parts.length === 2) {
                if (base.endsWith('.config'))
                    configs.push(p);
                else if (/\.(ya?ml|json)$/i.test(base) && looksLikeConfig(index.read(p))) {
                    findings.push((0,validate_source/* finding */.gk)(p, { line: 1, column: 1 }, 'warning', 'ebextensions/config-extension', `${p} is never read: Elastic Beanstalk only reads files ending in .config in .ebextensions/. Rename it to ${p.replace(/\.[^.]+$/, '.config')} if it is a configuration file.`));
                }
            }
            else if (base.endsWith('.config')) {
                findings.push((0,validate_source/* finding */.gk)(p, { line: 1, column: 1 }, 'warning', 'ebextensions/config-not-read', `${p} is never read: Elastic Beanstalk reads only the .config files directly in .ebextensions/, not in subfolders. Move it to .ebextensions/${base}.`));
            }
            continue;
        }
        if (ebIdx > 0) {
            nestedRoots.add(parts.slice(0, ebIdx + 1).join('/'));
            continue;
        }
        if (!base.endsWith('.config'))
            continue;
        const dir = dirName(p);
        if (dir === '.platform') {
            findings.push((0,validate_source/* finding */.gk)(p, { line: 1, column: 1 }, 'warning', 'ebextensions/config-not-read', `${p} is never read: configuration files (.config) belong in .ebextensions/ at the bundle root; .platform/ holds hooks, confighooks, nginx and httpd. Move it to .ebextensions/${base}.`));
        }
        else if (EBEXT_TYPOS.includes(baseName(dir)) && dirName(dir) === '') {
            findings.push((0,validate_source/* finding */.gk)(p, { line: 1, column: 1 }, 'warning', 'ebextensions/config-not-read', `${p} is never read: the folder must be named exactly .ebextensions (with the dot) at the bundle root. Did you mean .ebextensions/${base}?`));
        }
    }
    for (const dir of [...nestedRoots].sort()) {
        const war = warRoot
            ? ' In a .war the folder must be at the root of the archive (not under WEB-INF/classes): copy it with `from(...) { into(".ebextensions") }` (Gradle) or a webResource with targetPath .ebextensions (Maven).'
            : '';
        findings.push((0,validate_source/* finding */.gk)(dir, { line: 1, column: 1 }, 'warning', 'ebextensions/not-at-root', `${dir} is never read: Elastic Beanstalk reads .ebextensions only at the root of the source bundle.${index.isDir('.ebextensions') ? '' : ' Bundle the folder that contains it as the root.'}${war}`));
    }
    return { configs, findings };
}

;// CONCATENATED MODULE: ./src/validate/eb-options.ts




/** Where an option without a namespace goes (list form). */
const DEFAULT_NAMESPACE = 'aws:elasticbeanstalk:application:environment';
/** A value written as a function (`Fn::GetOptionSetting`, `Ref`) or an inline `{"Ref": …}` is resolved later: not checked. */
function valueText(node) {
    const s = (0,validate_source/* asScalar */.T7)(node);
    if (!s || s.value === null || s.value === undefined)
        return undefined;
    const text = String(s.value);
    return /`\{/.test(text) ? undefined : text;
}
function fromShorthand(src, node, out) {
    for (const nsPair of (0,validate_source/* pairs */.AS)((0,validate_source/* asMap */.$H)(node))) {
        const ns = (0,validate_source/* keyText */.Pu)(nsPair);
        for (const opt of (0,validate_source/* pairs */.AS)((0,validate_source/* asMap */.$H)(nsPair.value))) {
            out.push({
                file: src.file,
                namespace: ns,
                name: (0,validate_source/* keyText */.Pu)(opt),
                value: valueText(opt.value),
                namespacePos: (0,validate_source/* pairPos */.Rw)(src, nsPair),
                namePos: (0,validate_source/* pairPos */.Rw)(src, opt),
                valuePos: (0,validate_source/* valuePos */.i8)(src, opt),
            });
        }
    }
}
/** The option settings a config file or saved configuration sets, with their positions. */
function collectOptionSettings(src) {
    const out = [];
    const top = (0,validate_source/* asMap */.$H)(src.doc.contents);
    const saved = /(^|\/)\.elasticbeanstalk\/saved_configs\//.test(src.file);
    const pair = (0,validate_source/* getPair */.xf)(top, saved ? 'OptionSettings' : 'option_settings');
    if (!pair)
        return out;
    const list = (0,validate_source/* asSeq */.wH)(pair.value);
    if (!list) {
        fromShorthand(src, pair.value, out);
        return out;
    }
    for (const item of list.items) {
        const m = (0,validate_source/* asMap */.$H)(item);
        const namePair = (0,validate_source/* getPair */.xf)(m, 'option_name');
        const name = (0,validate_source/* scalarString */.Cg)(namePair?.value);
        if (!m || !namePair || name === undefined)
            continue;
        const nsPair = (0,validate_source/* getPair */.xf)(m, 'namespace');
        const valuePair = (0,validate_source/* getPair */.xf)(m, 'value');
        out.push({
            file: src.file,
            namespace: (0,validate_source/* scalarString */.Cg)(nsPair?.value) ?? DEFAULT_NAMESPACE,
            name,
            value: valuePair ? valueText(valuePair.value) : undefined,
            namespacePos: nsPair ? (0,validate_source/* valuePos */.i8)(src, nsPair) : (0,validate_source/* valuePos */.i8)(src, namePair),
            namePos: (0,validate_source/* valuePos */.i8)(src, namePair),
            valuePos: valuePair ? (0,validate_source/* valuePos */.i8)(src, valuePair) : (0,validate_source/* valuePos */.i8)(src, namePair),
        });
    }
    return out;
}
/** The one notice for a bundle checked without a platform to ask. */
function offlineOptionsNotice(settings) {
    const first = settings.find((s) => !eb_namespaces_FREE_FORM_NAMESPACES.includes(s.namespace));
    if (!first)
        return [];
    return [
        (0,validate_source/* finding */.gk)(first.file, first.namespacePos, 'notice', 'ebextensions/options-not-checked', `Option names and values in option_settings were not checked against a platform here (namespaces only, against the documented list). With credentials, the action checks them against the target environment's platform (DescribeConfigurationOptions) before it uploads anything.`),
    ];
}
function index(options) {
    const known = new Map();
    for (const o of options) {
        if (!o.Namespace || !o.Name)
            continue;
        const list = known.get(o.Namespace) ?? [];
        list.push(o);
        known.set(o.Namespace, list);
    }
    return known;
}
/** The options a namespace may hold: its own, or its family's (`process:web` uses `process:default`'s). */
function optionsOf(known, ns) {
    const own = known.get(ns);
    if (own)
        return own;
    const family = namespaceFamily(ns);
    if (!family)
        return undefined;
    const members = [...known.entries()].filter(([k]) => k === family || namespaceFamily(k) === family).flatMap(([, v]) => v);
    return members.length ? members : undefined;
}
const unknownSetting = (s) => `"Invalid option specification (Namespace: '${s.namespace}', OptionName: '${s.name}'): Unknown configuration setting."`;
/** Why Beanstalk refuses a value for this option, or undefined when it is accepted. */
function valueProblem(value, o) {
    const allowed = o.ValueOptions ?? [];
    if (allowed.length) {
        const boolean = allowed.every((a) => ['true', 'false'].includes(a));
        const ok = (v) => allowed.includes(v) || (boolean && allowed.includes(v.toLowerCase()));
        const items = o.ValueType === 'List'
            ? value
                .split(',')
                .map((v) => v.trim())
                .filter(Boolean)
            : [value];
        const bad = items.find((v) => !ok(v));
        if (bad !== undefined) {
            const near = allowed.find((a) => a.toLowerCase() === bad.toLowerCase());
            return `'${bad}' is not one of ${allowed.join(', ')}${near ? ` (values are case-sensitive: '${near}')` : ''}`;
        }
    }
    if (o.MinValue !== undefined || o.MaxValue !== undefined) {
        if (!/^\s*-?\d+\s*$/.test(value))
            return `it must be a whole number${o.MinValue !== undefined ? ` from ${o.MinValue}` : ''}${o.MaxValue !== undefined ? ` to ${o.MaxValue}` : ''}`;
        const n = Number(value);
        if (o.MinValue !== undefined && n < o.MinValue)
            return `${n} is below the minimum, ${o.MinValue}`;
        if (o.MaxValue !== undefined && n > o.MaxValue)
            return `${n} is above the maximum, ${o.MaxValue}`;
    }
    if (o.MaxLength !== undefined && value.length > o.MaxLength)
        return `it is ${value.length} characters long; at most ${o.MaxLength} are allowed`;
    if (o.Regex?.Pattern) {
        let re;
        try {
            re = new RegExp(`^(?:${o.Regex.Pattern})$`);
        }
        catch {
            re = undefined; // A pattern JavaScript cannot compile is left to Beanstalk.
        }
        if (re && !re.test(value))
            return `it does not match ${o.Regex.Label ? `the ${o.Regex.Label} format` : 'the required format'} (${o.Regex.Pattern})`;
    }
    return undefined;
}
/**
 * Check every setting against the platform's options. `environment` names the environment whose
 * platform answered, for the messages. An empty answer checks nothing (no platform to compare with).
 */
function checkOptionsAgainstPlatform(settings, options, environment) {
    const known = index(options);
    if (known.size === 0)
        return [];
    const out = [];
    for (const s of settings) {
        if (FREE_FORM_NAMESPACES.includes(s.namespace))
            continue;
        const inNs = optionsOf(known, s.namespace);
        if (!inNs) {
            const near = closest(s.namespace, [...known.keys()], 3)[0];
            out.push(finding(s.file, s.namespacePos, 'error', 'ebextensions/option-unknown', `Namespace '${s.namespace}' in ${s.file} is not one the platform of ${environment} defines; the environment update would fail with ${unknownSetting(s)}${near ? ` Did you mean '${near}'?` : ''}`));
            continue;
        }
        const option = inNs.find((o) => o.Name === s.name);
        if (!option) {
            const near = inNs.find((o) => o.Name?.toLowerCase() === s.name.toLowerCase())?.Name ??
                closest(s.name, inNs.map((o) => o.Name ?? ''), 3)[0];
            out.push(finding(s.file, s.namePos, 'error', 'ebextensions/option-unknown', `Option '${s.name}' is not in namespace '${s.namespace}' on the platform of ${environment}; the environment update would fail with ${unknownSetting(s)}${near ? ` Did you mean '${near}'?` : ''}`));
            continue;
        }
        if (s.value === undefined || s.value === '')
            continue;
        const problem = valueProblem(s.value, option);
        if (problem) {
            out.push(finding(s.file, s.valuePos, 'error', 'ebextensions/option-value', `Value '${s.value}' for ${s.namespace} ${s.name} in ${s.file} is refused by the platform of ${environment}: ${problem}. The environment update would fail with "Invalid option value".`));
        }
    }
    return out;
}
/** Every option setting in a bundle: its .ebextensions configs, then EB CLI saved configurations. */
function bundleOptionSettings(tree, war = false) {
    const { configs } = locateConfigs(tree, war);
    const saved = tree.files().filter((p) => /^\.elasticbeanstalk\/saved_configs\/[^/]+\.cfg\.ya?ml$/.test(p));
    const out = [];
    for (const { source } of parseConfigs(tree, [...configs, ...saved]).values())
        if (source)
            out.push(...collectOptionSettings(source));
    return out;
}

;// CONCATENATED MODULE: ./src/validate/platform-hooks.ts




const HOOK_STAGES = ['prebuild', 'predeploy', 'postdeploy'];
const HOOK_DIRS = ['hooks', 'confighooks'];
function validatePlatformHooks(index) {
    const out = [];
    for (const p of index.files()) {
        const parts = p.split('/');
        if (parts[0] !== '.platform' || parts.length < 3)
            continue;
        const kind = parts[1];
        if (!HOOK_DIRS.includes(kind))
            continue;
        if (parts.length === 3) {
            out.push((0,validate_source/* finding */.gk)(p, { line: 1, column: 1 }, 'warning', 'platform/hook-stage', `${p} never runs: hook files go in a stage folder, .platform/${kind}/prebuild, predeploy or postdeploy.`));
            continue;
        }
        const stage = parts[2];
        if (!HOOK_STAGES.includes(stage)) {
            out.push((0,validate_source/* finding */.gk)(p, { line: 1, column: 1 }, 'error', 'platform/hook-stage', `${p} never runs: '${stage}' is not a platform hook stage (prebuild, predeploy, postdeploy).${didYouMean(stage, HOOK_STAGES)}`));
            continue;
        }
        if (parts.length > 4)
            continue; // helpers in subfolders are not run by the platform
        const entry = index.get(p);
        if (!entry)
            continue;
        const text = index.read(p);
        const name = baseName(p);
        if (text !== undefined && isTextScript(text)) {
            if (!text.startsWith('#!')) {
                const looksLikeConfig = name.endsWith('.config') || /^(commands|container_commands|files|option_settings|packages)\s*:/m.test(text);
                out.push((0,validate_source/* finding */.gk)(p, { line: 1, column: 1 }, 'error', 'platform/hook-no-shebang', looksLikeConfig
                    ? `${p} is an .ebextensions-style configuration, but files in .platform/${kind}/${stage}/ are executed as programs; it fails with "exec format error". Move it to .ebextensions/${name.replace(/\.[^.]*$/, '')}.config, or turn it into a script starting with #!/bin/bash.`
                    : `${p} has no #! line; the platform executes hook files directly, so it fails with "exec format error". Start it with an interpreter line such as #!/bin/bash.`));
            }
            out.push(...checkLineEndings(p, text, `the ${stage} platform hook`));
        }
        if (entry.type === 'file' && !isExecutable(entry)) {
            out.push(notExecutable(p, 'warning', 'platform/hook-not-executable', 'Platform versions released since 2022-04-29 add the bit themselves; older Amazon Linux 2 platforms fail the deployment with "permission denied".'));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/validate/procfile.ts

const LINE = /^([^:\s#][^:]*?)\s*:\s*(.*)$/;
function validateProcfile(file, text) {
    const out = [];
    const seen = new Map();
    const what = file === 'Buildfile' ? 'build command' : 'process';
    text.split('\n').forEach((raw, i) => {
        const line = raw.replace(/\r$/, '');
        const n = i + 1;
        if (line.trim() === '' || line.trimStart().startsWith('#'))
            return;
        const m = LINE.exec(line);
        if (!m) {
            out.push((0,validate_source/* finding */.gk)(file, { line: n, column: 1 }, 'error', 'procfile/syntax', `${file} line ${n} is not \`name: command\`; got '${line.trim()}'. Each line declares one ${what}, e.g. \`web: gunicorn app.wsgi\`.`));
            return;
        }
        const name = m[1];
        const command = m[2].trim();
        if (/^\s/.test(line)) {
            out.push((0,validate_source/* finding */.gk)(file, { line: n, column: 1 }, 'error', 'procfile/syntax', `${file} line ${n} starts with whitespace; ${what} names must start the line.`));
            return;
        }
        if (!/^[A-Za-z0-9_-]+$/.test(name)) {
            out.push((0,validate_source/* finding */.gk)(file, { line: n, column: 1 }, 'error', 'procfile/process-name', `${what[0]?.toUpperCase()}${what.slice(1)} name '${name}' in ${file} line ${n} must be letters and digits (with - or _), e.g. web or worker.`));
        }
        if (!command) {
            out.push((0,validate_source/* finding */.gk)(file, { line: n, column: name.length + 2 }, 'error', 'procfile/syntax', `${file} line ${n}: ${what} '${name}' has no command after the colon.`));
        }
        const prev = seen.get(name);
        if (prev !== undefined) {
            out.push((0,validate_source/* finding */.gk)(file, { line: n, column: 1 }, 'warning', 'procfile/duplicate', `${what[0]?.toUpperCase()}${what.slice(1)} '${name}' is declared twice in ${file} (lines ${prev} and ${n}); only one of them runs.`));
        }
        else {
            seen.set(name, n);
        }
    });
    if (/\r\n/.test(text)) {
        out.push((0,validate_source/* finding */.gk)(file, { line: 1, column: 1 }, 'warning', 'procfile/crlf', `${file} has Windows (CRLF) line endings; the carriage return can end up in the command's last argument. Save it with LF line endings.`));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/validate/bundle-rules.ts



/** One error per problem, on the path it names (line 1: a name or a link has no line). */
function problemFindings(index) {
    return (index.tree.problems ?? []).map((p) => (0,validate_source/* finding */.gk)(p.path, { line: 1, column: 1 }, 'error', `bundle/${p.kind}`, p.message));
}
/** The archive read stopped at a limit (or it is not an archive): rules would judge a partial tree. */
function isIncomplete(index) {
    return (index.tree.problems ?? []).some((p) => p.incomplete);
}
function describe(ex) {
    const via = ex.via ? ` (its folder ${ex.via} is left out)` : '';
    if (ex.by === '.git')
        return `it is inside .git, which is never bundled${via}`;
    if (ex.by === 'include')
        return `it matches none of the \`include\` globs (${ex.pattern ?? ''})`;
    if (ex.by === 'exclude')
        return `the \`exclude\` glob \`${ex.pattern ?? ''}\` leaves it out${via}`;
    return `${ex.by} line ${ex.line ?? '?'} (\`${ex.pattern ?? ''}\`) leaves it out${via}`;
}
function remedy(ex, path) {
    if (ex.by === '.git')
        return 'Move the script out of .git.';
    if (ex.by === 'include')
        return `Add it to \`include\`.`;
    if (ex.by === 'exclude')
        return `Narrow the \`exclude\` glob so it keeps ${path}.`;
    return `Remove that line, or add \`!${ex.via ?? path}\` after it in ${ex.by}${ex.via ? ` (then \`!${path}\`)` : ''}.`;
}
/**
 * A hook script that exists in the folder but that the ignore rules leave out of the bundle:
 * the agent fails with ScriptMissing on every instance. Replaces the generic "not in the bundle"
 * finding on the same line, which cannot say why.
 */
function excludedHookScripts(index, findings) {
    const excluded = index.tree.excluded;
    if (!excluded)
        return findings;
    const placed = locateAppspec(index, false);
    const text = placed.appspec ? index.read(placed.appspec) : undefined;
    if (!placed.appspec || text === undefined)
        return findings;
    const { source } = (0,appspec_reader/* readAppspec */.VL)(placed.appspec, text);
    if (!source)
        return findings;
    const file = placed.appspec;
    const added = [];
    for (const ev of (0,appspec_reader/* hookEvents */.BR)(source)) {
        for (const s of ev.scripts) {
            const p = (0,appspec_reader/* locationInBundle */.pU)(s.location, placed.root);
            if (!p || index.exists(p))
                continue;
            const ex = excluded(p);
            if (!ex)
                continue;
            added.push((0,validate_source/* finding */.gk)(file, s, 'error', 'bundle/hook-excluded', `Script '${s.location}' of ${ev.event} in ${file} is in the folder but not in the bundle: ${describe(ex)}. The agent fails with ScriptMissing on every instance. ${remedy(ex, p)}`));
        }
    }
    if (added.length === 0)
        return findings;
    const lines = new Set(added.map((f) => f.line));
    const kept = findings.filter((f) => !(f.rule === 'appspec/hook-location-missing' && f.file === file && lines.has(f.line)));
    return [...kept, ...added];
}

;// CONCATENATED MODULE: ./src/validate/index.ts









const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        a.rule.localeCompare(b.rule));
}
function hasBeanstalkFiles(index) {
    for (const p of index.tree.entries.keys()) {
        if (p === 'Procfile' || p === 'Buildfile' || p === '.ebextensions' || p === '.platform')
            return true;
        if (/(^|\/)\.ebextensions(\/|$)/.test(p) && !/node_modules\//.test(p))
            return true;
    }
    return false;
}
function hasAppspec(index) {
    for (const p of index.tree.entries.keys()) {
        const parts = p.split('/');
        // Root or one folder down (where the agent looks); deeper ones matter only for target codedeploy.
        if (parts.length <= 2 && APPSPEC_NAMES.includes(parts[parts.length - 1]))
            return true;
    }
    return false;
}
function validateCodeDeploy(index, required) {
    const placed = locateAppspec(index, required);
    const out = [...placed.findings];
    if (placed.appspec)
        out.push(...validateAppspec(index, placed.appspec, placed.root));
    return out;
}
function validateBeanstalk(index, options = {}) {
    const { configs, findings } = ebextensions_locateConfigs(index, options.war ?? /\.war$/i.test(index.tree.archive ?? ''));
    const out = [...findings];
    const parsed = ebextensions_parseConfigs(index, configs);
    const auth = new Set();
    for (const { source } of parsed.values())
        if (source)
            for (const n of authenticationNames(source))
                auth.add(n);
    for (const { source, findings: syntax } of parsed.values()) {
        out.push(...syntax);
        if (source)
            out.push(...validateConfig(source, auth));
    }
    out.push(...offlineOptionsNotice([...parsed.values()].flatMap(({ source }) => (source ? collectOptionSettings(source) : []))));
    out.push(...validatePlatformHooks(index));
    for (const p of index.files()) {
        if (!/^(\.platform|\.ebextensions)\/nginx\/conf\.d\/[^/]+\.conf$/.test(p))
            continue;
        const text = index.read(p);
        if (text !== undefined)
            out.push(...checkHttpSnippet(p, text, p, 'nginx/context'));
    }
    for (const f of ['Procfile', 'Buildfile']) {
        const text = index.isFile(f) ? index.read(f) : undefined;
        if (text !== undefined)
            out.push(...validateProcfile(f, text));
    }
    return out;
}
/**
 * Validate a bundle for CodeDeploy, Elastic Beanstalk, or whatever it holds ('auto': AppSpec
 * rules when an appspec file is present, Beanstalk rules when .ebextensions/.platform/Procfile
 * are). Findings are sorted: errors first, then by file, line and column.
 */
function validateBundle(tree, target, options = {}) {
    const index = new TreeIndex(tree);
    const problems = problemFindings(index);
    // A partial listing (an archive read stopped at a limit) would only add noise to the one error.
    if (isIncomplete(index))
        return sortFindings(problems);
    let out = [...problems];
    if (target === 'codedeploy' || (target === 'auto' && hasAppspec(index))) {
        out.push(...validateCodeDeploy(index, target === 'codedeploy'));
        out = excludedHookScripts(index, out);
    }
    if (target === 'beanstalk' || (target === 'auto' && hasBeanstalkFiles(index))) {
        out.push(...validateBeanstalk(index, options));
    }
    return sortFindings(out);
}


/***/ }),

/***/ 3736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eq: () => (/* binding */ treeFromModel),
/* harmony export */   IO: () => (/* binding */ openBundleModel),
/* harmony export */   Zn: () => (/* binding */ normalizeTreePath),
/* harmony export */   uU: () => (/* binding */ treeFromDirectory)
/* harmony export */ });
/* unused harmony exports treeFromFiles, archiveKind, treeFromArchive */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bundle_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8603);
/* harmony import */ var _appspec_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(540);
// The bundle as the validators see it: paths, modes and (lazily) small text contents. A tree is
// a view of the bundle model (src/bundle/model.ts) — the same walk, ignore rules and archive read
// the uploaded bundle comes from — so validation judges exactly what ships. Every rule works on
// a BundleTree, so tests build trees in memory with treeFromFiles.




const DEFAULT_FILE_MODE = 0o100644;
const DEFAULT_DIR_MODE = 0o40755;
/** Normalise an archive or user path to the tree's form: '/'-separated, no leading './' or '/'. */
function normalizeTreePath(p) {
    const parts = [];
    for (const part of p.replace(/\\/g, '/').split('/')) {
        if (part === '' || part === '.')
            continue;
        parts.push(part);
    }
    return parts.join('/');
}
/** Add the parent directories an archive did not list, so every path has its folders. */
function addParents(entries) {
    for (const p of [...entries.keys()]) {
        let i = p.lastIndexOf('/');
        while (i > 0) {
            const parent = p.slice(0, i);
            if (entries.has(parent))
                break;
            entries.set(parent, { type: 'dir', mode: DEFAULT_DIR_MODE, size: 0 });
            i = parent.lastIndexOf('/');
        }
    }
}
/**
 * A tree held in memory: path → content (a string) or { content, mode, type }. Files default to
 * mode 0o100644 (what an archive made without unix attributes extracts to), folders are implied.
 */
function treeFromFiles(files) {
    const entries = new Map();
    const contents = new Map();
    for (const [raw, spec] of Object.entries(files)) {
        const p = normalizeTreePath(raw);
        if (!p)
            continue;
        const f = typeof spec === 'string' ? { content: spec } : spec;
        const type = f.type ?? (raw.endsWith('/') ? 'dir' : 'file');
        const mode = f.mode ?? (type === 'dir' ? DEFAULT_DIR_MODE : type === 'symlink' ? 0o120777 : DEFAULT_FILE_MODE);
        entries.set(p, { type, mode, size: f.content === undefined ? 0 : Buffer.byteLength(f.content) });
        if (type === 'file' && f.content !== undefined)
            contents.set(p, f.content);
    }
    addParents(entries);
    return { entries, read: (p) => contents.get(normalizeTreePath(p)) };
}
/** Archive kinds validated from the inside, by file name. */
function archiveKind(file) {
    const lower = file.toLowerCase();
    if (/\.(zip|war|jar|ear)$/.test(lower))
        return 'zip';
    if (/\.(tar|tgz|tar\.gz)$/.test(lower))
        return 'tar';
    return undefined;
}
/** The validators' view of a bundle model: paths without the folders' trailing '/', parents implied. */
function treeFromModel(model) {
    const entries = new Map();
    for (const e of model.entries) {
        const p = normalizeTreePath(e.path);
        if (p)
            entries.set(p, { type: e.type, mode: e.mode, size: e.size });
    }
    addParents(entries);
    return {
        entries,
        read: (p) => model.read(normalizeTreePath(p)),
        problems: model.problems,
        excluded: (p) => model.excluded(normalizeTreePath(p)),
        ...(model.kind === 'archive' ? { archive: node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(model.root) } : {}),
    };
}
/** The model of a folder or archive, reading (for an archive) the hook scripts its appspec names. */
function openBundleModel(target, opts = {}) {
    return (0,_bundle_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openBundle */ .hk)(target, {
        ...opts,
        alsoRead: (m) => (0,_appspec_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .hookScriptPaths */ .To)(m.entries.filter((e) => e.type === 'file').map((e) => e.path), (p) => m.read(p)),
    });
}
/** Walk a folder (symlinks are recorded, never followed; ignore rules when given); text is read on demand. */
async function treeFromDirectory(dir, opts = {}) {
    return treeFromModel(await openBundleModel(dir, opts));
}
/** Read a .zip/.war/.jar or .tar/.tgz (type by content) without extracting it, within fixed limits. */
async function treeFromArchive(file, opts = {}) {
    return treeFromModel(await openBundleModel(file, opts));
}


/***/ })

};
