export const id = 628;
export const ids = [628];
export const modules = {

/***/ 4247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  explainCommand: () => (/* binding */ explainCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/diagnose/catalog.ts
// What hookline knows about each diagnosis category: how decisive it is (to order diagnoses and
// annotations), its default severity, a generic headline and a generic fix used when the facts
// do not allow a more concrete one.
const CATEGORY_INFO = {
    'script-missing': {
        severity: 'error',
        rank: 10,
        headline: 'script not found in the bundle',
        fix: 'Write the hook `location` relative to the bundle root (where appspec.yml is), not to `files.destination`.',
    },
    'previous-revision-script': {
        severity: 'error',
        rank: 12,
        headline: "the previous revision's script failed",
        fix: 'Redeploy once with `ignore-application-stop-failures: true`; the next deployment runs the scripts of this revision.',
    },
    'script-line-endings': {
        severity: 'error',
        rank: 14,
        headline: 'script has Windows (CRLF) line endings',
        fix: 'Convert the script to LF line endings (`dos2unix`, or `* text=auto eol=lf` / `*.sh text eol=lf` in .gitattributes).',
    },
    'script-not-executable': {
        severity: 'error',
        rank: 16,
        headline: 'script is not executable',
        fix: 'Commit the script with its executable bit (`git update-index --chmod=+x <script>`) or run it through its interpreter.',
    },
    'runas-failed': {
        severity: 'error',
        rank: 18,
        headline: 'the `runas` user cannot run the script',
        fix: 'Set `runas` to a user that exists on the instance (e.g. `ec2-user` on Amazon Linux, `ubuntu` on Ubuntu), or create it first.',
    },
    'disk-full': {
        severity: 'error',
        rank: 5,
        headline: 'the instance ran out of disk space',
        fix: "Free disk space on the instance (old revisions under /opt/codedeploy-agent/deployment-root, logs), lower the agent's `:max_revisions:`, or grow the volume.",
    },
    'bundle-access-denied': {
        severity: 'error',
        rank: 6,
        headline: 'the instance could not download the bundle',
        fix: "Give the instance profile `s3:GetObject` (and `s3:GetObjectVersion`) on the revision bucket/key, and make sure the object exists in the deployment's region.",
    },
    'bundle-invalid': {
        severity: 'error',
        rank: 7,
        headline: 'the bundle could not be unpacked as a revision',
        fix: 'Build the archive with appspec.yml at its root, declare the right bundle type (zip/tar/tgz), and leave out `__MACOSX/` entries.',
    },
    'appspec-invalid': {
        severity: 'error',
        rank: 8,
        headline: 'appspec.yml is invalid',
        fix: 'Fix appspec.yml (`version: 0.0`, valid YAML, known lifecycle events); `hookline validate` shows the line.',
    },
    'file-exists': {
        severity: 'error',
        rank: 20,
        headline: 'a file the revision installs already exists on the instance',
        fix: 'Set `file_exists_behavior: OVERWRITE` (or RETAIN) on the deployment, or remove the file in a BeforeInstall hook.',
    },
    'command-not-found': {
        severity: 'error',
        rank: 22,
        headline: 'a command the script runs is not installed',
        fix: 'Install the missing program earlier (BeforeInstall, AMI or user data) or call it by its full path; hooks run with a minimal PATH.',
    },
    'stdout-held-open': {
        severity: 'error',
        rank: 24,
        headline: "a background process keeps the hook's output open",
        fix: "Redirect the background process's output: `nohup app > /var/log/app.log 2>&1 &` (or start it as a systemd service).",
    },
    'script-timeout': {
        severity: 'error',
        rank: 26,
        headline: 'script did not finish within its timeout',
        fix: 'Make the script finish sooner (or raise its `timeout`, at most 3600 s per event) and check what it waits for.',
    },
    'script-failed': {
        severity: 'error',
        rank: 30,
        headline: 'script exited with an error',
        fix: 'Read the script output below and fix the failing command; the script must exit 0.',
    },
    'agent-unavailable': {
        severity: 'error',
        rank: 9,
        headline: 'the CodeDeploy agent did not run the lifecycle event',
        fix: 'Make sure the CodeDeploy agent is installed, running (`systemctl status codedeploy-agent`) and can reach the CodeDeploy and S3 endpoints.',
    },
    'health-constraints': {
        severity: 'error',
        rank: 40,
        headline: 'too few healthy instances for the deployment configuration',
        fix: 'Fix the failing instances first; otherwise use a deployment configuration whose minimum healthy hosts the fleet can meet.',
    },
    'no-instances': {
        severity: 'error',
        rank: 11,
        headline: 'the deployment group matched no instances',
        fix: "Check the deployment group's EC2 tag filters / Auto Scaling groups and that the instances are running.",
    },
    'iam-permissions': {
        severity: 'error',
        rank: 4,
        headline: 'a role is missing permissions',
        fix: 'Grant the missing action to the role named in the message (the CodeDeploy service role, the caller, or the instance profile).',
    },
    'load-balancer': {
        severity: 'error',
        rank: 13,
        headline: 'load balancer or Auto Scaling configuration problem',
        fix: "Check the deployment group's load balancer / target group and Auto Scaling group settings named in the message.",
    },
    'concurrent-deployment': {
        severity: 'error',
        rank: 3,
        headline: 'another deployment is already in progress',
        fix: 'Wait for the running deployment to finish (or stop it), and serialise releases with a workflow `concurrency` group.',
    },
    'ebextensions-invalid': {
        severity: 'error',
        rank: 8,
        headline: '.ebextensions configuration is invalid',
        fix: 'Fix the configuration file (valid YAML/JSON, known keys and option names); `hookline validate` shows the line.',
    },
    'ebextensions-command-failed': {
        severity: 'error',
        rank: 15,
        headline: '.ebextensions command failed',
        fix: 'Fix the failing command (its output is below); a command must exit 0 or set `ignoreErrors: true`.',
    },
    'platform-hook-failed': {
        severity: 'error',
        rank: 17,
        headline: 'platform hook failed',
        fix: 'Fix the hook script (its output is below); platform hooks must be executable and exit 0.',
    },
    'dependency-install-failed': {
        severity: 'error',
        rank: 19,
        headline: 'installing the application dependencies failed',
        fix: 'Make the dependency install work on the platform version (lock file, versions that exist for its runtime, private registry credentials).',
    },
    'app-start-failed': {
        severity: 'error',
        rank: 21,
        headline: 'the application did not start',
        fix: 'Check the Procfile / start command and the web process log; the app must listen on the port the platform expects (PORT, usually 5000/8080).',
    },
    'health-degraded': {
        severity: 'warning',
        rank: 45,
        headline: 'environment health degraded',
        fix: "Look at the instances' health causes (`eb health`) and the application logs.",
    },
    'environment-not-ready': {
        severity: 'error',
        rank: 2,
        headline: 'the target is missing or not ready for a deployment',
        fix: 'Wait until the environment is Ready (or create it / fix its name) and retry.',
    },
    'version-mismatch': {
        severity: 'error',
        rank: 23,
        headline: 'application version not found or not deployed',
        fix: 'Deploy a version that exists in the application, and redeploy so every instance runs the same version.',
    },
    'platform-error': {
        severity: 'error',
        rank: 35,
        headline: 'AWS-side failure',
        fix: 'Usually transient: retry the release; if it persists, check the AWS Health Dashboard and the resource named in the message.',
    },
    unknown: {
        severity: 'error',
        rank: 50,
        headline: 'release failed for an unrecognised reason',
        fix: 'Read the evidence below; if it shows a known cause, please report it so hookline can recognise it.',
    },
};
/** Lifecycle events whose scripts come from the last successful revision. */
const PREVIOUS_REVISION_EVENTS = new Set([
    'ApplicationStop',
    'BeforeBlockTraffic',
    'AfterBlockTraffic',
    'BeforeELBRemove',
    'AfterELBRemove',
]);

;// CONCATENATED MODULE: ./src/diagnose/text.ts
// Small text helpers shared by the CodeDeploy and Beanstalk readers: reading loosely typed SDK
// objects, splitting log tails into lines, stripping the prefixes the agents put on lines, and
// normalising messages so identical failures on different instances compare equal.
/** A plain object field as a string, or '' (SDK responses are mostly optional fields). */
function str(obj, key) {
    if (obj === null || typeof obj !== 'object')
        return '';
    const v = obj[key];
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return '';
}
function obj(o, key) {
    if (o === null || typeof o !== 'object')
        return undefined;
    const v = o[key];
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function arr(o, key) {
    if (o === null || typeof o !== 'object')
        return [];
    const v = o[key];
    return Array.isArray(v) ? v.filter((x) => x !== null && typeof x === 'object') : [];
}
/** Split text into lines, dropping trailing `\n` but keeping a `\r` (it is evidence of CRLF scripts). */
function lines(text) {
    if (!text)
        return [];
    return text.split('\n').filter((l) => l.trim() !== '');
}
// Prefixes seen in front of the meaningful part of a line:
//  - Rust agent logTail entries: `2024-05-01 10:00:00 [stderr]…`
//  - Ruby agent logTail entries: `[stderr]…` / `[stdout]…`
//  - agent / eb-engine / cfn-init log lines: `2021/08/05 15:54:15.735201 [ERROR] …`,
//    `2022-08-01 08:51:13,354 [ERROR] …`, `2024-01-01T10:00:00Z ERROR [codedeploy-agent(123)]: …`
const TIMESTAMP = /^\s*(?:\[?\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?\s*)/;
const LEVEL = /^(?:\[(?:ERROR|WARN|WARNING|INFO|DEBUG)\]|(?:ERROR|WARN|INFO|DEBUG)(?=\s))\s*(?:\[[^\]]*\]:\s*)?/;
const STREAM = /^\[(?:stdout|stderr)\]\s?/;
const CFN_PID = /^P\d+\s+/;
/** The line without timestamps, level tags, `[stdout]`/`[stderr]` markers (any order, any count). */
function stripPrefixes(line) {
    let s = line;
    for (let i = 0; i < 4; i++) {
        const before = s;
        s = s.replace(TIMESTAMP, '').replace(CFN_PID, '').replace(LEVEL, '').replace(STREAM, '');
        if (s === before)
            break;
    }
    return s.trimEnd();
}
/** Render a line for people: prefixes removed, a visible `^M` for a carriage return, bounded length. */
function showLine(line, max = 300) {
    const s = stripPrefixes(line).replace(/\r/g, '^M').trim();
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
const INSTANCE_ID = /\bi-[0-9a-f]{8,17}\b/g;
const DEPLOYMENT_ID = /\bd-[A-Z0-9]{9}\b/g;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const ANY_TIMESTAMP = /\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g;
const EPOCH = /\b1\d{9}(?:\d{3})?\b/g;
/** A message with instance ids, deployment ids, UUIDs and timestamps replaced, for grouping. */
function normaliseMessage(message) {
    return message
        .replace(ANY_TIMESTAMP, '<time>')
        .replace(INSTANCE_ID, '<instance>')
        .replace(DEPLOYMENT_ID, '<deployment>')
        .replace(UUID, '<uuid>')
        .replace(EPOCH, '<epoch>')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Unique, in order of first appearance. */
function unique(items) {
    return [...new Set(items)];
}
/** Keep evidence short: unique non-empty lines, at most `max`. */
function evidenceList(items, max = 8) {
    const out = [];
    for (const item of items) {
        if (!item)
            continue;
        const s = showLine(item);
        if (s && !out.includes(s))
            out.push(s);
        if (out.length >= max)
            break;
    }
    return out;
}
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/** "i-1, i-2 and 3 more" */
function listInstances(ids, max = 5) {
    if (ids.length === 0)
        return 'no instance';
    const head = ids.slice(0, max).join(', ');
    return ids.length > max ? `${head} and ${ids.length - max} more` : head;
}

;// CONCATENATED MODULE: ./src/diagnose/group.ts
// Identical failures on many instances become one diagnosis listing every instance; diagnoses
// are ordered most decisive first.


/** category + lifecycle event + script/command + message with instance/deployment ids removed. */
function groupKey(d, script, rawMessage) {
    return [d.category, d.lifecycleEvent ?? '', script, normaliseMessage(rawMessage)].join('\u0000');
}
function groupDiagnoses(items, maxEvidence = 10) {
    const byKey = new Map();
    for (const { key, diagnosis } of items) {
        const seen = byKey.get(key);
        if (!seen) {
            byKey.set(key, { ...diagnosis, instances: unique(diagnosis.instances), evidence: [...diagnosis.evidence] });
            continue;
        }
        seen.instances = unique([...seen.instances, ...diagnosis.instances]);
        for (const e of diagnosis.evidence) {
            if (seen.evidence.length >= maxEvidence)
                break;
            if (!seen.evidence.includes(e))
                seen.evidence.push(e);
        }
        seen.file ??= diagnosis.file;
        seen.line ??= diagnosis.line;
    }
    return [...byKey.values()];
}
const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
/** Most decisive first: errors, then concrete root causes (by category rank), located, widest. */
function sortDiagnoses(list) {
    return list
        .map((d, i) => ({ d, i }))
        .sort((a, b) => {
        const s = SEVERITY_ORDER[a.d.severity] - SEVERITY_ORDER[b.d.severity];
        if (s !== 0)
            return s;
        const r = CATEGORY_INFO[a.d.category].rank - CATEGORY_INFO[b.d.category].rank;
        if (r !== 0)
            return r;
        const located = Number(b.d.file !== null) - Number(a.d.file !== null);
        if (located !== 0)
            return located;
        const width = b.d.instances.length - a.d.instances.length;
        return width !== 0 ? width : a.i - b.i;
    })
        .map(({ d }) => d);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/diagnose/locate.ts
// Find the line responsible for a failure in the bundle's configuration files: the `location` of a
// hook in appspec.yml, the key of an `.ebextensions` command, a `.platform` hook file. Also works
// out where the agent looked for a hook script and which bundle-relative path was meant.
// (Validation has its own, richer version of the path logic; this one only serves diagnosis.)

const APPSPEC_NAMES = ['appspec.yml', 'appspec.yaml', 'appspec.json'];
/** `./a//b` and `/a/b` → `a/b` (the agent ignores a leading `/` when joining to the archive). */
function normaliseRelative(p) {
    let s = p
        .trim()
        .replace(/\\/g, '/')
        .replace(/\/{2,}/g, '/');
    for (;;) {
        const before = s;
        s = s.replace(/^\.\//, '').replace(/^\/+/, '');
        if (s === before)
            break;
    }
    return s.replace(/\/$/, '');
}
function parseYaml(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    try {
        const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
        return {
            contents: doc.contents,
            lineOf(node) {
                const start = node?.range?.[0];
                return typeof start === 'number' ? lineCounter.linePos(start).line : null;
            },
        };
    }
    catch {
        return null;
    }
}
function mapGet(map, key) {
    if (!(0,dist/* isMap */.jh)(map))
        return null;
    for (const pair of map.items) {
        const k = pair.key;
        const name = (0,dist/* isScalar */.jn)(k) ? String(k.value) : String(k);
        if (name === key)
            return { keyNode: (0,dist/* isScalar */.jn)(k) ? k : null, value: pair.value };
    }
    return null;
}
function findAppspec(bundle) {
    if (!bundle)
        return null;
    for (const name of APPSPEC_NAMES) {
        const text = bundle.files.get(name);
        if (text !== undefined)
            return { path: name, text };
    }
    return null;
}
/**
 * The line of `location:` for `script` under `hooks.<event>` in the bundle's appspec; the event
 * key's line when no entry matches; null without an appspec or that event.
 */
function locateHookLocation(bundle, event, script) {
    const appspec = findAppspec(bundle);
    if (!appspec)
        return null;
    const parsed = parseYaml(appspec.text);
    if (!parsed)
        return null;
    const hooks = mapGet(parsed.contents, 'hooks');
    const entry = hooks ? mapGet(hooks.value, event) : null;
    if (!entry)
        return null;
    const wanted = script ? normaliseRelative(script) : null;
    const items = (0,dist/* isSeq */.oP)(entry.value) ? entry.value.items : (0,dist/* isMap */.jh)(entry.value) ? [entry.value] : [];
    let firstLocation = null;
    for (const item of items) {
        const loc = mapGet(item, 'location');
        if (!loc || !(0,dist/* isScalar */.jn)(loc.value))
            continue;
        const line = parsed.lineOf(loc.value);
        if (line === null)
            continue;
        firstLocation ??= line;
        if (wanted !== null && normaliseRelative(String(loc.value.value)) === wanted)
            return { file: appspec.path, line };
    }
    if (wanted === null && firstLocation !== null && items.length === 1)
        return { file: appspec.path, line: firstLocation };
    const keyLine = parsed.lineOf(entry.keyNode);
    return keyLine === null ? null : { file: appspec.path, line: keyLine };
}
/** The `files:` mappings of the appspec (source relative to the bundle root, destination absolute). */
function appspecFileMappings(bundle) {
    const appspec = findAppspec(bundle);
    if (!appspec)
        return [];
    const parsed = parseYaml(appspec.text);
    const files = parsed ? mapGet(parsed.contents, 'files') : null;
    if (!files || !(0,dist/* isSeq */.oP)(files.value))
        return [];
    const out = [];
    for (const item of files.value.items) {
        const src = mapGet(item, 'source');
        const dst = mapGet(item, 'destination');
        if (src && dst && (0,dist/* isScalar */.jn)(src.value) && (0,dist/* isScalar */.jn)(dst.value)) {
            out.push({ source: String(src.value.value), destination: String(dst.value.value) });
        }
    }
    return out;
}
function bundlePaths(bundle) {
    const set = new Set();
    if (!bundle)
        return set;
    for (const k of bundle.modes.keys())
        set.add(normaliseRelative(k));
    for (const k of bundle.files.keys())
        set.add(normaliseRelative(k));
    return set;
}
function bundleHas(bundle, path) {
    const paths = bundlePaths(bundle);
    if (paths.size === 0)
        return null;
    return paths.has(normaliseRelative(path));
}
/** Where the agent looks for a hook script: `<archive>/<location without leading slashes>`. */
function resolvedScriptPath(location, archiveDir = '<deployment-root>/<group-id>/<deployment-id>/deployment-archive') {
    return `${archiveDir.replace(/\/$/, '')}/${location.replace(/^\/+/, '')}`;
}
/**
 * Bundle-relative paths the author probably meant for a hook `location` that is not in the
 * bundle: the path under a `files.destination` mapped back to its `source`, then files with the
 * same name elsewhere in the bundle. Existing paths first.
 */
function suggestBundlePaths(location, bundle) {
    const loc = normaliseRelative(location);
    const paths = bundlePaths(bundle);
    const mapped = [];
    for (const { source, destination } of appspecFileMappings(bundle)) {
        const dst = normaliseRelative(destination);
        if (dst === '' || !(loc === dst || loc.startsWith(`${dst}/`)))
            continue;
        const rest = loc === dst ? '' : loc.slice(dst.length + 1);
        const src = normaliseRelative(source);
        if (paths.has(src) && rest === '')
            mapped.push(src);
        else if (rest !== '')
            mapped.push(src ? `${src}/${rest}` : rest);
    }
    // Climbing out of the archive with `..` (the "fix" people land on): suggest the tail under a destination.
    const base = loc.split('/').pop() ?? loc;
    const sameName = [...paths].filter((p) => p === base || p.endsWith(`/${base}`)).sort((a, b) => a.length - b.length);
    const ordered = [
        ...mapped.filter((m) => paths.has(m)),
        ...sameName,
        ...(paths.size === 0 ? mapped : mapped.filter((m) => !paths.has(m))),
    ];
    return [...new Set(ordered)].filter((p) => p !== loc).slice(0, 3);
}
/** `.ebextensions/*.config` files of the bundle, sorted like Beanstalk reads them. */
function ebextensionsConfigs(bundle) {
    if (!bundle)
        return [];
    return [...bundle.files.keys()].filter((f) => /^\.ebextensions\/[^/]+\.config$/.test(normaliseRelative(f))).sort();
}
/**
 * The line of the key `name` under `commands` / `container_commands` in an `.ebextensions` file.
 * `preferFile` (from the log, e.g. `.ebextensions/db.config`) is searched first.
 */
function locateEbextensionsCommand(bundle, name, section, preferFile) {
    const files = ebextensionsConfigs(bundle);
    const ordered = preferFile ? [...files.filter((f) => normaliseRelative(f) === normaliseRelative(preferFile)), ...files] : files;
    const sections = section ? [section] : ['container_commands', 'commands'];
    for (const file of ordered) {
        const text = bundle?.files.get(file);
        if (text === undefined)
            continue;
        const parsed = parseYaml(text);
        if (!parsed)
            continue;
        for (const s of sections) {
            const sec = mapGet(parsed.contents, s);
            const cmd = sec ? mapGet(sec.value, name) : null;
            const line = cmd ? parsed.lineOf(cmd.keyNode) : null;
            if (line !== null)
                return { file: normaliseRelative(file), line };
        }
    }
    if (preferFile)
        return { file: normaliseRelative(preferFile), line: 1 };
    return null;
}
/** A `.platform` hook file; line 1 (its `#!` line) is where an annotation goes. */
function locatePlatformHook(bundle, path) {
    const rel = normaliseRelative(path.replace(/^.*?(?=\.platform\/)/, ''));
    return { file: rel, line: 1 };
}
/** A file named in an error (e.g. `.ebextensions/x.config`), with a line if the message has one. */
function locateConfigFile(path, message) {
    const m = /\bline (\d+)/i.exec(message);
    return { file: normaliseRelative(path), line: m ? Number(m[1]) : 1 };
}

;// CONCATENATED MODULE: ./src/diagnose/patterns.ts
// The wording of real failures, as regular expressions. Every matcher is unanchored so a line
// still matches behind a prefix (Rust agent timestamps, `[stderr]`, `[ERROR]`, log timestamps).
// Sources: the CodeDeploy agent's own messages (hook executor, command executor, installer), the
// Rust agent's variants, eb-engine.log / cfn-init.log lines, Elastic Beanstalk events.
const P = {
    diskFull: [
        /No space left on device/i,
        /\bENOSPC\b/,
        /not enough (?:free )?disk space/i,
        /Disk quota exceeded/i,
        /\bEDQUOT\b/,
        /insufficient (?:disk )?space/i,
    ],
    crlf: [
        /\^M: bad interpreter/,
        /\r: bad interpreter/,
        /bad interpreter: No such file or directory/,
        /\$'\\r': command not found/,
        /: \$'\r': command not found/,
        /\r': command not found/,
        /syntax error near unexpected token `\$'\\r''/,
    ],
    commandNotFound: [
        /: command not found/,
        /: not found$/,
        /\bexit (?:code|status) 127\b/,
        /env: .?[\w.-]+.?: No such file or directory/,
        /is not recognized as an internal or external command/,
    ],
    permissionDenied: [/Permission denied/i, /\bexit (?:code|status) 126\b/, /\bEACCES\b/, /as executable/],
    runas: [
        /su: user \S+ does not exist/,
        /user '?\S+'? does not exist/,
        /sudo: unknown user/,
        /No passwd entry for user/,
        /su: Authentication failure/,
        /su: cannot set groups/,
        /This account is currently not available/,
        /runas.*(?:invalid|does not exist)/i,
    ],
    s3Denied: [
        /Access ?Denied/i,
        /\b403\b.*Forbidden|Forbidden.*\b403\b/i,
        /NoSuchKey/,
        /NoSuchBucket/,
        /The specified key does not exist/,
        /The specified bucket does not exist/,
        /\b404\b.*Not Found/i,
        /Aws::S3::Errors::\w+/,
        /Missing credentials/i,
        /Unable to locate credentials/i,
        /instance profile/i,
        /InvalidAccessKeyId|SignatureDoesNotMatch|ExpiredToken|InvalidToken/,
        /Could not download bundle/i,
        /Expected deployment artifact bundle etag/,
        /Unable to (?:download|retrieve) (?:the )?(?:bundle|revision)/i,
    ],
    bundleInvalid: [
        /bundle'?s? type is incorrect/i,
        /bundle type/i,
        /Error extracting (?:zip|tar|tgz)/i,
        /End-of-central-directory signature not found/i,
        /not a zip ?file/i,
        /cannot find zipfile directory/i,
        /Zip::\w*Error/,
        /__MACOSX/,
        /did not find an AppSpec file/i,
        /appspec\.ya?ml (?:file )?(?:was )?not (?:been )?found/i,
        /No such file or directory(?: @ rb_sysopen)? - \S*deployment-archive\/appspec\.ya?ml/,
        /gzip: stdin: not in gzip format/,
        /tar: This does not look like a tar archive/,
    ],
    appspecInvalid: [
        /invalid version value/i,
        /appspec\.ya?ml file contains unknown lifecycle events/i,
        /lifecycle event which is not a default one/i,
        /AppSpec file .*(?:invalid|not valid|could not be parsed)/i,
        /Psych::SyntaxError/,
        /\(<unknown>\): (?:did not find expected|mapping values are not allowed|could not find expected)/,
        /The deployment failed because the AppSpec file/i,
        /Invalid (?:os|version) (?:value|specified)/i,
        /Unsupported (?:os|operating system)/i,
        /appspec.*(?:YAML|JSON) (?:syntax|parse)/i,
        /Invalid (?:key|property) .* in appspec/i,
    ],
    fileExists: [/specified file already exists at this location/i, /Destination '[^']*' already exists/, /already exists at this location/i],
    agent: [
        /agent was not able to receive the lifecycle event/i,
        /timed out while waiting for the (?:CodeDeploy )?agent/i,
        /agent (?:was )?(?:restarted|stopped|shut down|killed|terminated) (?:during|while)/i,
        /\bFailedAfterRestart\b/,
        /failed after (?:the )?(?:agent|host|instance) (?:restart|reboot)/i,
        /No host (?:agent )?(?:has )?polled/i,
        /agent (?:is not|isn't) (?:running|installed|responding)/i,
        /codedeploy-agent (?:is not running|not found|dead)/i,
        /Unable to connect to (?:the )?CodeDeploy/i,
        /codedeploy-commands(?:-secure)?\.[\w-]+\.amazonaws\.com.*(?:timed out|refused|failed)/i,
    ],
    stdoutOpen: [/failed to close STDOUT/i, /\bOutputsLeftOpen\b/, /outputs left open/i],
    timeout: [/failed to complete in \d+ seconds/i, /\bScriptTimedOut\b/, /timed out after \d+ seconds/i],
    /** Output of a long-running server in a hook's log: it is attached to the hook's stdout. */
    serverOutput: [
        /Started \w+ in [\d.]+ seconds/,
        /Tomcat started on port/i,
        /Netty started on port/i,
        /Listening on (?:port )?:?\d+/i,
        /listening on (?:http|port|\d)/i,
        /Server (?:is )?(?:running|listening|started) (?:on|at)/i,
        /Running on http/i,
        /Serving Flask app/,
        /Booting worker with pid/,
        /Puma starting/,
        /Uvicorn running on/,
        /nohup: ignoring input$/,
    ],
    iam: [
        /is not authorized to perform/i,
        /AccessDeniedException/,
        /not authorized to (?:access|assume|invoke)/i,
        /does not have (?:the )?(?:required )?permissions?/i,
        /service role .* (?:missing|invalid|permission)/i,
        /missing (?:the )?(?:required )?permissions?/i,
    ],
    concurrent: [
        /DeploymentLimitExceeded/,
        /already has an active Deployment/i,
        /already (?:has|have) (?:a )?deployment in progress/i,
        /another (?:deployment|operation) is (?:already )?in progress/i,
        /OperationInProgress/,
    ],
    exitCode: /(?:failed with exit code|exit status|returned non-zero exit status|Return code:?) (-?\d+)/i,
    scriptLocation: /Script (?:does not exist )?at specified location: (.+?)(?: run as user (\S+))?(?: failed| is not| resolves|$)/,
    archivePath: /deployment-root\/([0-9a-f-]{36})\/(d-[A-Z0-9]+)\/deployment-archive\/(\S+)/,
};
function matchesAny(text, patterns) {
    return patterns.some((p) => p.test(text));
}
/** Lines (from any of the texts) that match one of the patterns, in order. */
function matchingLines(texts, patterns) {
    const out = [];
    for (const t of texts) {
        for (const line of t.split('\n')) {
            if (line.trim() && matchesAny(line, patterns))
                out.push(line);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/diagnose/beanstalk.ts
// Elastic Beanstalk: events never name the failed hook ("Instance deployment failed" →
// "[Instance: i-…] Command failed on instance…" → "Failed to deploy application."), so the cause
// comes from each instance's tail logs: eb-engine.log names the failed step, cfn-init.log /
// cfn-init-cmd.log the failed `.ebextensions` command and its output, eb-hooks.log the output of
// `.platform` hooks. Events still carry the causes that happen before any instance runs anything
// (invalid .ebextensions, missing version, environment not Ready, IAM, AWS-side failures).





/** The log files of one instance's tail bundle, by base name (eb-engine.log, cfn-init.log, …). */
function splitTailLogs(text) {
    const out = new Map();
    let current = 'unknown';
    const raw = text.split('\n');
    for (let i = 0; i < raw.length; i++) {
        const line = raw[i] ?? '';
        const header = /^\s*\/var\/log\/(\S+)\s*$/.exec(line);
        if (header && /^-{5,}\s*$/.test(raw[i - 1] ?? '')) {
            current = header[1]?.split('/').pop() ?? 'unknown';
            if (/^-{5,}\s*$/.test(raw[i + 1] ?? ''))
                i++;
            continue;
        }
        if (/^-{5,}\s*$/.test(line) && /^\s*\/var\/log\//.test(raw[i + 1] ?? ''))
            continue;
        if (line.trim() === '')
            continue;
        const list = out.get(current) ?? [];
        list.push(line);
        out.set(current, list);
    }
    return out;
}
function logLines(logs, ...names) {
    const out = [];
    for (const n of names)
        out.push(...(logs.get(n) ?? []));
    return out;
}
const DEP_PATTERNS = [
    /Failed to install dependencies/i,
    /fail(?:ed)? to install dependencies/i,
    /Failed to run npm install/i,
    /npm ERR!/,
    /npm error /,
    /pip install .*failed/i,
    /ERROR: Could not find a version that satisfies/,
    /ERROR: No matching distribution found/,
    /Could not install packages due to/,
    /bundle install.*failed|Bundler::\w+Error|Bundler could not find/i,
    /composer install.*failed|Your requirements could not be resolved/i,
    /yarn install.*failed/i,
    /go mod download.*failed|mvn .*BUILD FAILURE|gradle.*FAILED/i,
];
const APP_START_PATTERNS = [
    /Following services are not running: (?:web|[\w-]+)/i,
    /\bweb: .*exited/i,
    /process (?:web|[\w-]+) exited/i,
    /Address already in use/i,
    /\bEADDRINUSE\b/,
    /failed to generate a 'Procfile'/i,
    /Procfile.*(?:invalid|not found|failed)/i,
    /(?:web|app)\.service: (?:Main process exited|Failed with result)/i,
    /Error: Cannot find module/,
    /ModuleNotFoundError|ImportError: /,
    /Unable to access jarfile/,
    /Failed to start (?:the )?(?:application|app|web)/i,
    /pids? symlinks failed|\/var\/pids\/web\.pid/i,
];
const EBEXT_INVALID = [
    /The configuration file (\S+) in application version \S+ contains invalid (?:YAML|JSON)/i,
    /Invalid option specification/i,
    /Unknown or duplicate parameter/i,
    /Invalid option value/i,
    /Error processing file \(Skipping\): '([^']+)'/i,
    /contains invalid key/i,
    /Configuration validation exception/i,
    /is not a valid (?:option|namespace)/i,
];
const VERSION_MISMATCH = [
    /No Application Version named '?([^'\s]+)'?/i,
    /Incorrect application version (?:found on all instances|"[^"]*"|\S+)/i,
    /Expected version "?([^"\s]+)"?/i,
    /Application version \S+ (?:does not exist|not found)/i,
];
const NOT_READY = [
    /is in an invalid state for this operation\. Must be Ready/i,
    /No Environment found/i,
    /Environment named \S+ (?:not found|does not exist)/i,
    /Environment must be in (?:the )?Ready state/i,
    /currently being (?:updated|terminated|launched)/i,
];
const HEALTH = /Environment health has (?:transitioned|been set) from (\w+) to (Severe|Degraded|Warning)/i;
const PLATFORM = [
    /Internal failure/i,
    /Service:Amazon\w+, Message:Rate exceeded/i,
    /Service:Amazon\w+.*Throttl/i,
    /\bThrottling\b|Rate exceeded/i,
    /The instance profile \S+ associated with the environment does not exist/i,
    /Stack named '\S+' aborted operation/i,
    /InsufficientInstanceCapacity|We currently do not have sufficient \S+ capacity/i,
    /Service Unavailable|ServiceUnavailable|InternalError/,
];
const ERROR_STEP = /An error occurred during execution of command \[([\w-]+)\] - \[([^\]]+)\]\. Stop running the command\. Error: (.*)$/;
const HOOK_FAILED = /Command (\S*\.platform\/(?:hooks|confighooks)\/(\w+)\/([^\s:]+)) failed with error (.*)$/;
const CFN_COMMAND_FAILED = /\bCommand (\S+) \((.*)\) failed/;
const CFN_BUILD_OF = /Error (?:encountered|occurred) during build of (prebuild|postbuild)_\d+_\S+?: Command (\S+) failed/;
const CFN_BUILD = /Error occurred during build: Command (\S+) failed/;
const CONTAINER_COMMAND_IN = /(container_command|command) (\S+) in (\.ebextensions\/\S+?\.config) failed/;
function errorLines(lines) {
    return lines.filter((l) => /\[ERROR\]|\bERROR\b/.test(l));
}
/** Output lines of an `.ebextensions` command from cfn-init-cmd.log (between its header and its exit). */
function commandOutput(cmdLog, name) {
    const out = [];
    let inside = false;
    for (const l of cmdLog) {
        const s = stripPrefixes(l);
        if (new RegExp(`^(?:\\[INFO\\] )?Command ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`).test(s)) {
            inside = true;
            out.length = 0;
            continue;
        }
        if (!inside)
            continue;
        if (/^-{5,}/.test(s) || /Command Output/.test(s) || /Test for Command/.test(s))
            continue;
        if (/^Completed successfully/.test(s)) {
            inside = false;
            continue;
        }
        if (/^Exited with error code/.test(s)) {
            out.push(s);
            inside = false;
            continue;
        }
        if (/^Command \S+\s*$/.test(s)) {
            inside = false;
            continue;
        }
        out.push(s);
    }
    return out;
}
function hookCause(bundle, hookPath, stage, detail, logs) {
    const rel = normaliseRelative(hookPath.replace(/^.*?(?=\.platform\/)/, ''));
    const loc = locatePlatformHook(bundle, rel);
    const name = rel.split('/').pop() ?? rel;
    const hookLog = logLines(logs, 'eb-hooks.log').filter((l) => !/Running platform hook|Executing platform hooks|Following platform hooks/.test(l));
    const tail = hookLog.slice(-5);
    const content = bundle?.files.get(rel);
    const base = { step: `${stage} hook ${rel}`, file: loc.file, line: loc.line, key: `hook:${rel}` };
    const texts = [detail, ...hookLog].join('\n');
    if (matchesAny(texts, P.diskFull)) {
        return {
            ...base,
            category: 'disk-full',
            message: `The platform hook ${rel} failed because the instance's disk is full.`,
            evidence: [detail, ...hookLog.filter((l) => matchesAny(l, P.diskFull))],
        };
    }
    if (/permission denied/i.test(detail)) {
        return {
            ...base,
            category: 'script-not-executable',
            title: `${stage} hook ${name}: not executable`,
            message: `The platform hook ${rel} is not executable: Beanstalk runs hooks directly (fork/exec), so the file needs its executable bit in the bundle.`,
            evidence: [detail],
            fix: `Commit it with \`git update-index --chmod=+x ${rel}\` (or \`chmod +x\` before zipping); a zip made on Windows drops the bit.`,
        };
    }
    if (matchesAny(texts, P.crlf) || (content !== undefined && /^[^\n]*\r\n/.test(content)) || /\r/.test(detail)) {
        return {
            ...base,
            category: 'script-line-endings',
            title: `${stage} hook ${name}: CRLF line endings`,
            message: `The platform hook ${rel} has Windows (CRLF) line endings, so its interpreter line names "bash\\r", which does not exist.`,
            evidence: [detail, ...hookLog.filter((l) => matchesAny(l, P.crlf))],
        };
    }
    if (/exec format error/i.test(detail)) {
        return {
            ...base,
            category: 'platform-hook-failed',
            title: `${stage} hook ${name}: no interpreter line`,
            message: `The platform hook ${rel} cannot be executed: it has no \`#!\` interpreter line (exec format error).`,
            evidence: [detail],
            fix: `Start ${rel} with an interpreter line such as \`#!/bin/bash\`.`,
        };
    }
    if (/exit status 127/.test(detail) || matchesAny(texts, P.commandNotFound)) {
        const nf = hookLog.filter((l) => matchesAny(l, P.commandNotFound));
        return {
            ...base,
            category: 'command-not-found',
            title: `${stage} hook ${name}: command not found`,
            message: `The platform hook ${rel} calls a program that is not installed on the instance (exit status 127).`,
            evidence: [detail, ...nf],
            fix: 'Install the program first (an `.ebextensions` `packages:` entry or an earlier prebuild hook) or call it by its absolute path.',
        };
    }
    return {
        ...base,
        category: 'platform-hook-failed',
        title: `${stage} hook ${name} failed`,
        message: `The platform hook ${rel} failed during the ${stage} stage${/exit status (\d+)/.exec(detail) ? ` with ${/exit status (\d+)/.exec(detail)?.[0]}` : ''}.`,
        evidence: [detail, ...tail],
    };
}
function ebextCommandCause(bundle, logs, engineDetail) {
    const cfn = logLines(logs, 'cfn-init.log', 'eb-activity.log', 'eb-engine.log');
    const cmdLog = logLines(logs, 'cfn-init-cmd.log');
    let name;
    let commandText;
    let section;
    let file;
    const evidence = [];
    for (const l of cfn) {
        const inFile = CONTAINER_COMMAND_IN.exec(l);
        if (inFile) {
            name ??= inFile[2];
            section ??= inFile[1] === 'container_command' ? 'container_commands' : 'commands';
            file ??= inFile[3];
            evidence.push(l);
            continue;
        }
        const failed = CFN_COMMAND_FAILED.exec(l);
        if (failed && /\[ERROR\]|ERROR/.test(l)) {
            name ??= failed[1];
            commandText ??= failed[2];
            evidence.push(l);
            continue;
        }
        const of = CFN_BUILD_OF.exec(l);
        if (of) {
            name ??= of[2];
            section ??= of[1] === 'postbuild' ? 'container_commands' : 'commands';
            evidence.push(l);
            continue;
        }
        const b = CFN_BUILD.exec(l);
        if (b) {
            name ??= b[1];
            evidence.push(l);
        }
    }
    if (!name) {
        if (!engineDetail)
            return null;
        section = /Container commands/i.test(engineDetail) ? 'container_commands' : 'commands';
    }
    if (engineDetail) {
        section ??= /Container commands|PostBuild/i.test(engineDetail)
            ? 'container_commands'
            : /EbExtension|PreBuild/i.test(engineDetail)
                ? 'commands'
                : undefined;
        evidence.unshift(engineDetail);
    }
    const output = name ? commandOutput(cmdLog, name) : [];
    const loc = name ? locateEbextensionsCommand(bundle, name, section, file) : null;
    const sectionName = section ?? 'commands';
    const all = [...evidence, ...output].join('\n');
    if (matchesAny(all, P.diskFull)) {
        return {
            category: 'disk-full',
            message: `The .ebextensions command ${name ?? ''} failed because the instance's disk is full.`.replace('  ', ' '),
            step: name ? `${sectionName}.${name}` : sectionName,
            file: loc?.file ?? null,
            line: loc?.line ?? null,
            evidence: [...evidence, ...output.filter((l) => matchesAny(l, P.diskFull))],
            key: `disk:${name ?? ''}`,
        };
    }
    const exit = /Exited with error code (\d+)/.exec(output.join('\n'))?.[1];
    return {
        category: 'ebextensions-command-failed',
        title: name ? `${sectionName}: ${name} failed` : `.ebextensions ${sectionName} failed`,
        message: `The .ebextensions ${sectionName === 'container_commands' ? 'container command' : 'command'} ${name ? `\`${name}\`` : ''}` +
            `${commandText ? ` (\`${commandText}\`)` : ''}${loc ? ` in ${loc.file} line ${loc.line}` : ''} failed${exit ? ` with exit code ${exit}` : ''}.`,
        step: name ? `${sectionName}.${name}` : sectionName,
        file: loc?.file ?? null,
        line: loc?.line ?? null,
        evidence: [...evidence.slice(0, 3), ...output.slice(-5)],
        fix: `Fix the command${name ? ` \`${name}\`` : ''} (its output is in the evidence); it must exit 0 — or add \`ignoreErrors: true\` if its failure is harmless.`,
        key: `ebext:${name ?? ''}`,
    };
}
/** The root cause in one instance's tail logs, or null. */
function analyseInstanceLogs(text, bundle) {
    const logs = splitTailLogs(text);
    const engine = logLines(logs, 'eb-engine.log', 'unknown');
    for (const l of engine) {
        const step = ERROR_STEP.exec(l);
        if (!step)
            continue;
        const [, , stepName = '', detail = ''] = step;
        const hook = HOOK_FAILED.exec(detail);
        if (hook)
            return hookCause(bundle, hook[1] ?? '', hook[2] ?? '', `${stepName}: ${detail}`, logs);
        if (/EbExtension|Container commands|PreBuildEbExtension|PostBuildEbExtension/i.test(`${stepName} ${detail}`)) {
            const c = ebextCommandCause(bundle, logs, l);
            if (c)
                return c;
        }
        return engineStepCause(stepName, detail, l, logs);
    }
    // Older platforms (eb-activity.log) or logs without the eb-engine step line.
    const cmd = ebextCommandCause(bundle, logs, null);
    if (cmd)
        return cmd;
    const hookLine = logLines(logs, 'eb-engine.log', 'eb-activity.log', 'unknown')
        .map((l) => HOOK_FAILED.exec(l))
        .find((m) => m);
    if (hookLine)
        return hookCause(bundle, hookLine[1] ?? '', hookLine[2] ?? '', hookLine[0], logs);
    const errs = errorLines([...logs.values()].flat());
    const generic = engineStepCause('', errs.join('\n'), errs[0] ?? '', logs);
    return generic.category === 'unknown' ? null : generic;
}
function engineStepCause(step, detail, line, logs) {
    const allText = [line, detail, ...errorLines(logLines(logs, 'eb-engine.log', 'unknown'))];
    const webErrors = logLines(logs, 'web.stdout.log', 'web.stderr.log')
        .filter((l) => matchesAny(l, APP_START_PATTERNS) || /error/i.test(l))
        .slice(-4);
    const base = { step: step || null, file: null, line: null };
    if (matchesAny(detail, P.diskFull) || allText.some((t) => matchesAny(t, P.diskFull))) {
        return {
            ...base,
            category: 'disk-full',
            message: `The deployment step ${step || 'on the instance'} failed because the instance's disk is full.`,
            evidence: [line, ...allText.filter((t) => matchesAny(t, P.diskFull))],
            key: `disk:${step}`,
        };
    }
    if (matchesAny(detail, DEP_PATTERNS) ||
        /install dependencies|InstallDependency|npm install|pip install|bundle install|composer install/i.test(step)) {
        const lines = detail
            .split(/\\n|\n|Stderr:/)
            .map((s) => s.trim())
            .filter((s) => matchesAny(s, DEP_PATTERNS) || /^(?:npm ERR!|ERROR:)/.test(s));
        return {
            ...base,
            category: 'dependency-install-failed',
            title: `${step || 'Build'}: installing dependencies failed`,
            message: `Elastic Beanstalk could not install the application's dependencies (${step || 'build step'}).`,
            evidence: [line, ...lines],
            key: `dep:${step}`,
        };
    }
    if (matchesAny(detail, APP_START_PATTERNS) ||
        webErrors.some((w) => matchesAny(w, APP_START_PATTERNS)) ||
        /start|procfile|RegisterAppProcesses/i.test(step)) {
        return {
            ...base,
            category: 'app-start-failed',
            title: `${step || 'Start'}: the application did not start`,
            message: `The application process did not start or exited right away${step ? ` (${step})` : ''}.`,
            evidence: [line, ...webErrors],
            key: `start:${step}`,
        };
    }
    if (matchesAny(detail, P.iam)) {
        return {
            ...base,
            category: 'iam-permissions',
            message: `A role lacks a permission during ${step || 'the deployment'}.`,
            evidence: [line],
            key: `iam:${step}`,
        };
    }
    return {
        ...base,
        category: 'unknown',
        title: `${step || 'Deployment'} failed`,
        message: `The deployment step ${step || '(unnamed)'} failed on the instance: ${showLine(detail)}`,
        evidence: [line],
        key: `step:${step}`,
    };
}
const EB_FIX = {
    'disk-full': 'Free space on the instances (old logs, Docker images, caches under /var/app) or give them a bigger root volume (`aws:autoscaling:launchconfiguration` `RootVolumeSize`).',
};
function causeToDiagnosis(c, instances) {
    const info = CATEGORY_INFO[c.category];
    return {
        category: c.category,
        severity: info.severity,
        title: c.title ?? `${c.step ?? 'Deployment'}: ${info.headline}`,
        message: c.message,
        lifecycleEvent: c.step,
        instances,
        file: c.file,
        line: c.line,
        evidence: evidenceList(c.evidence),
        fix: c.fix ?? EB_FIX[c.category] ?? info.fix,
    };
}
function eventInstances(e) {
    const m = str(e, 'Message');
    const ids = [str(e, 'InstanceId'), ...[...m.matchAll(/\[Instance: (i-[0-9a-f]+)\]/g)].map((x) => x[1] ?? '')];
    const list = /instance id\(s\) '([^']+)'/.exec(m)?.[1];
    if (list)
        ids.push(...list.split(/[,\s]+/));
    return unique(ids.filter((s) => /^i-[0-9a-f]+$/.test(s)));
}
/** Diagnoses that the events alone establish. */
function eventCauses(events, bundle) {
    const out = [];
    for (const e of events) {
        const m = str(e, 'Message');
        if (!m)
            continue;
        const instances = eventInstances(e);
        const push = (cause) => out.push({
            cause: { step: null, file: null, line: null, ...cause, key: `event:${cause.category}:${m.replace(/i-[0-9a-f]+/g, '')}` },
            instances,
        });
        if (matchesAny(m, EBEXT_INVALID)) {
            const file = /(\.ebextensions\/[^\s'"]+?\.config)/.exec(m)?.[1];
            const loc = file ? locateConfigFile(file, m) : null;
            push({
                category: 'ebextensions-invalid',
                title: file ? `${file}: invalid configuration` : '.ebextensions: invalid configuration',
                message: showLine(m, 600),
                file: loc?.file ?? null,
                line: loc?.line ?? null,
                evidence: [m],
            });
            continue;
        }
        const inFile = CONTAINER_COMMAND_IN.exec(m);
        if (inFile) {
            const section = inFile[1] === 'container_command' ? 'container_commands' : 'commands';
            const loc = locateEbextensionsCommand(bundle, inFile[2] ?? '', section, inFile[3]);
            push({
                category: 'ebextensions-command-failed',
                title: `${section}: ${inFile[2]} failed`,
                message: `The .ebextensions ${section === 'container_commands' ? 'container command' : 'command'} \`${inFile[2]}\` in ${inFile[3]} failed.`,
                step: `${section}.${inFile[2]}`,
                file: loc?.file ?? null,
                line: loc?.line ?? null,
                evidence: [m],
            });
            continue;
        }
        if (matchesAny(m, P.iam)) {
            push({ category: 'iam-permissions', message: showLine(m, 600), evidence: [m] });
            continue;
        }
        if (matchesAny(m, P.concurrent)) {
            push({ category: 'concurrent-deployment', message: showLine(m, 600), evidence: [m] });
            continue;
        }
        if (matchesAny(m, NOT_READY)) {
            push({ category: 'environment-not-ready', message: showLine(m, 600), evidence: [m] });
            continue;
        }
        if (matchesAny(m, VERSION_MISMATCH)) {
            push({ category: 'version-mismatch', message: showLine(m, 600), evidence: [m] });
            continue;
        }
        if (matchesAny(m, P.diskFull)) {
            push({ category: 'disk-full', message: `The instance ran out of disk space: ${showLine(m)}`, evidence: [m] });
            continue;
        }
        if (matchesAny(m, DEP_PATTERNS) || /Hook \S*\/\d*npm\.sh failed/.test(m)) {
            push({ category: 'dependency-install-failed', message: showLine(m, 600), evidence: [m] });
            continue;
        }
        if (matchesAny(m, APP_START_PATTERNS)) {
            push({ category: 'app-start-failed', message: showLine(m, 600), evidence: [m] });
            continue;
        }
        if (matchesAny(m, PLATFORM)) {
            const profile = /The instance profile (\S+)/.exec(m)?.[1];
            push({
                category: 'platform-error',
                message: showLine(m, 600),
                evidence: [m],
                ...(profile
                    ? {
                        fix: `Create the instance profile ${profile} (with the AWSElasticBeanstalkWebTier policy) or point \`aws:autoscaling:launchconfiguration\` \`IamInstanceProfile\` at an existing one.`,
                    }
                    : {}),
            });
            continue;
        }
        const h = HEALTH.exec(m);
        if (h) {
            const to = h[2] ?? '';
            out.push({
                cause: {
                    category: 'health-degraded',
                    title: `Environment health: ${h[1]} → ${to}`,
                    message: showLine(m, 600),
                    step: null,
                    file: null,
                    line: null,
                    evidence: [m],
                    key: `health:${to}`,
                },
                instances,
            });
        }
    }
    return out;
}
const FAILURE_CHAIN = [
    /Instance deployment failed/i,
    /Command failed on instance/i,
    /Failed to deploy application/i,
    /Unsuccessful command execution/i,
    /Failed to deploy configuration/i,
];
function diagnoseBeanstalk(facts, bundle) {
    const keyed = [];
    for (const [instance, text] of Object.entries(facts.logs ?? {})) {
        const cause = analyseInstanceLogs(text, bundle);
        if (!cause)
            continue;
        const d = causeToDiagnosis(cause, [instance]);
        keyed.push({ key: groupKey(d, cause.key, cause.message), diagnosis: d });
    }
    // Group instance causes, then restate the message with the full instance list.
    const fromLogs = regroup(keyed);
    const events = facts.events ?? [];
    const fromEvents = eventCauses(events, bundle);
    const eventKeyed = fromEvents
        .filter(({ cause }) => !(fromLogs.length > 0 &&
        (cause.category === 'disk-full' || cause.category === 'dependency-install-failed' || cause.category === 'app-start-failed') &&
        fromLogs.some((d) => d.category === cause.category)))
        .map(({ cause, instances }) => {
        const d = causeToDiagnosis(cause, instances);
        return { key: groupKey(d, cause.key, ''), diagnosis: d };
    });
    const result = [...fromLogs, ...regroup(eventKeyed)];
    const hasCause = result.some((d) => d.category !== 'health-degraded');
    const chain = events.filter((e) => matchesAny(str(e, 'Message'), FAILURE_CHAIN));
    if (!hasCause && chain.length > 0) {
        const instances = unique(chain.flatMap(eventInstances));
        const logsMissing = Object.keys(facts.logs ?? {}).length === 0;
        result.push({
            category: 'unknown',
            severity: 'error',
            title: 'Instance deployment failed',
            message: `Elastic Beanstalk reports that the deployment failed${instances.length > 0 ? ` on ${listInstances(instances)}` : ''}, but its events never name the failed step` +
                `${logsMissing ? ' and no instance logs were available' : ' and the instance logs did not show a recognised cause'}.`,
            lifecycleEvent: null,
            instances,
            file: null,
            line: null,
            evidence: evidenceList(chain.map((e) => str(e, 'Message'))),
            fix: logsMissing
                ? 'Request the tail logs (RequestEnvironmentInfo/RetrieveEnvironmentInfo, or `eb logs`) and read /var/log/eb-engine.log for the "[ERROR] An error occurred during execution of command" line.'
                : 'Read /var/log/eb-engine.log in the evidence for the first [ERROR] line.',
        });
    }
    return result;
}
function regroup(items) {
    return groupDiagnoses(items).map((d) => {
        return d.instances.length > 0 ? { ...d, message: `${d.message} Instances: ${listInstances(d.instances)}.` } : d;
    });
}

;// CONCATENATED MODULE: ./src/diagnose/codedeploy.ts
// CodeDeploy: from GetDeployment's deploymentInfo and BatchGetDeploymentTargets' targets to
// diagnoses. Each failed lifecycle event is classified from its diagnostics (errorCode, message,
// logTail) — the text first, since the codes are coarse (disk-full, CRLF, exit 127, runas... all
// arrive as ScriptFailed or UnknownError) — then identical failures are grouped across instances.





const TARGET_KINDS = [
    ['instanceTarget', 'instance'],
    ['lambdaTarget', 'lambda'],
    ['ecsTarget', 'ecs'],
    ['cloudFormationTarget', 'cloudformation'],
];
function collectFailures(targets) {
    const failures = [];
    const stalled = [];
    for (const t of targets ?? []) {
        let body;
        let kind = 'instance';
        for (const [field, k] of TARGET_KINDS) {
            const b = obj(t, field);
            if (b) {
                body = b;
                kind = k;
                break;
            }
        }
        body ??= t; // a bare instance summary
        const target = str(body, 'targetId') || str(body, 'instanceId') || str(body, 'targetArn').split('/').pop() || 'unknown-target';
        const status = str(body, 'status');
        const events = arr(body, 'lifecycleEvents');
        let failedHere = 0;
        for (const ev of events) {
            const diag = obj(ev, 'diagnostics');
            const evStatus = str(ev, 'status');
            const errorCode = str(diag, 'errorCode');
            const failed = evStatus === 'Failed' || (errorCode !== '' && errorCode !== 'Success');
            if (!failed)
                continue;
            failedHere++;
            failures.push({
                target,
                targetType: kind,
                event: str(ev, 'lifecycleEventName') || 'UnknownEvent',
                errorCode,
                scriptName: str(diag, 'scriptName'),
                message: str(diag, 'message'),
                logTail: str(diag, 'logTail'),
            });
        }
        const started = events.some((ev) => !['Pending', 'Skipped', ''].includes(str(ev, 'status')));
        if (failedHere === 0 && !started && status !== 'Succeeded' && status !== 'Skipped' && status !== 'Ready') {
            stalled.push({ target, status, firstEvent: str(events[0], 'lifecycleEventName') || 'ApplicationStop' });
        }
    }
    return { failures, stalled };
}
function bundleScript(bundle, script) {
    if (!bundle || !script)
        return undefined;
    const rel = normaliseRelative(script);
    for (const [k, v] of bundle.files)
        if (normaliseRelative(k) === rel)
            return v;
    return undefined;
}
/** A line that backgrounds a process (`… &`) without sending its stdout somewhere. */
function backgroundsWithoutRedirect(script) {
    if (!script)
        return null;
    for (const raw of script.split('\n')) {
        const line = raw.replace(/#.*$/, '').trim();
        if (!/(?:^|[^&])&\s*$/.test(line))
            continue;
        if (/>\s*\S|&>|>&/.test(line) || /\bsetsid\b.*<\s*\/dev\/null.*>/.test(line))
            continue;
        return raw.trim();
    }
    return null;
}
function stderrTail(logTail, n = 3) {
    const all = lines(logTail).filter((l) => !/(?:^|\s)(?:LifecycleEvent|Script) - /.test(l));
    const err = all.filter((l) => l.includes('[stderr]'));
    return (err.length > 0 ? err : all).slice(-n);
}
/** Stands for the instance list in messages until grouping knows every instance. */
const HOSTS = '\u0001hosts\u0001';
function withHosts(d) {
    const hosts = listInstances(d.instances);
    const fill = (t) => t.split(HOSTS).join(hosts);
    return { ...d, message: fill(d.message), fix: fill(d.fix), title: fill(d.title) };
}
function base(category, f, parts) {
    const info = CATEGORY_INFO[category];
    return {
        category,
        severity: info.severity,
        title: parts.title ?? `${f.event}: ${info.headline}`,
        message: parts.message,
        lifecycleEvent: f.event,
        instances: [f.target],
        file: parts.file ?? null,
        line: parts.line ?? null,
        evidence: evidenceList(parts.evidence),
        fix: parts.fix ?? info.fix,
    };
}
function scriptLabel(f) {
    return f.scriptName ? `\`${f.scriptName}\`` : 'the hook script';
}
/** Classify one failed lifecycle event. */
function classifyFailure(f, ctx) {
    return withHosts(classify(f, ctx));
}
function classify(f, ctx) {
    const texts = [f.message, f.logTail];
    const msgOnly = [f.message];
    const hookLoc = f.scriptName ? locateHookLocation(ctx.bundle, f.event, f.scriptName) : locateHookLocation(ctx.bundle, f.event);
    const at = { file: hookLoc?.file ?? null, line: hookLoc?.line ?? null };
    const pathMatch = P.archivePath.exec(f.message);
    const exit = P.exitCode.exec(f.message)?.[1];
    const script = scriptLabel(f);
    // 1. The instance itself: disk, agent, bundle download and unpacking, appspec.
    const disk = matchingLines(texts, P.diskFull);
    if (disk.length > 0) {
        return base('disk-full', f, {
            message: `${f.event} failed on ${HOSTS} because the instance's disk is full${f.scriptName ? ` (while running ${script})` : ''}. Every later deployment to this instance fails the same way until space is freed.`,
            evidence: [f.message, ...disk],
        });
    }
    const agent = matchingLines(texts, P.agent);
    if (agent.length > 0) {
        return base('agent-unavailable', f, {
            message: `The CodeDeploy agent on ${HOSTS} did not complete ${f.event}: it was not running, not polling, or restarted while the event ran.`,
            evidence: [f.message, ...agent],
        });
    }
    const s3 = matchingLines(msgOnly, P.s3Denied);
    if ((f.event === 'DownloadBundle' && matchingLines(texts, P.s3Denied).length > 0) ||
        /Aws::S3::Errors|Could not download bundle|Missing credentials/i.test(f.message)) {
        return base('bundle-access-denied', f, {
            message: `${HOSTS} could not download the revision from S3 during ${f.event}: the instance profile lacks access, the object or bucket does not exist (or is in another region), or the agent has no credentials.`,
            evidence: [f.message, ...s3, ...matchingLines([f.logTail], P.s3Denied)],
        });
    }
    const exists = matchingLines(msgOnly, P.fileExists);
    if (exists.length > 0 && !/deployment-archive\//.test(f.message)) {
        return base('file-exists', f, {
            message: `${f.event} stopped because a file the revision installs is already on ${HOSTS} and was not put there by CodeDeploy (file_exists_behavior is DISALLOW by default).`,
            evidence: [f.message],
        });
    }
    const invalid = matchingLines(msgOnly, P.bundleInvalid);
    if (invalid.length > 0 || exists.length > 0 || (f.event === 'DownloadBundle' && matchingLines([f.logTail], P.bundleInvalid).length > 0)) {
        return base('bundle-invalid', f, {
            message: `The revision could not be used as a CodeDeploy bundle on ${HOSTS} (${f.event}): wrong bundle type, an archive that does not extract, or appspec.yml not at the archive root.`,
            evidence: [f.message, ...invalid, ...matchingLines([f.logTail], P.bundleInvalid)],
        });
    }
    const appspec = matchingLines(msgOnly, P.appspecInvalid);
    if (appspec.length > 0) {
        return base('appspec-invalid', f, {
            message: `The agent rejected appspec.yml during ${f.event}.`,
            evidence: [f.message, ...appspec],
            file: hookLoc?.file ?? (ctx.bundle ? 'appspec.yml' : null),
            line: null,
        });
    }
    // 2. Scripts of the previous revision (ApplicationStop, BeforeBlockTraffic, AfterBlockTraffic).
    const isMissing = f.errorCode === 'ScriptMissing' || /Script does not exist at specified location/i.test(f.message);
    const pathDeployment = pathMatch?.[2];
    const notInBundle = f.scriptName ? bundleHas(ctx.bundle, f.scriptName) === false : false;
    const fromPrevious = PREVIOUS_REVISION_EVENTS.has(f.event) &&
        ((pathDeployment !== undefined && ctx.deploymentId !== '' && pathDeployment !== ctx.deploymentId) || notInBundle);
    if (fromPrevious) {
        const what = isMissing ? 'is missing from that revision' : exit !== undefined ? `exited with code ${exit}` : 'failed';
        return base('previous-revision-script', f, {
            title: `${f.event}: the previous revision's script failed`,
            message: `${f.event} runs the scripts of the last successful revision${pathDeployment ? ` (${pathDeployment})` : ''}, not this one's; ` +
                `its ${script} ${what} on ${HOSTS}. Nothing in this bundle can change that until one deployment succeeds.`,
            evidence: [
                f.message,
                pathMatch ? `resolved under the earlier deployment ${pathDeployment}: ${pathMatch[3]}` : undefined,
                ...stderrTail(f.logTail),
            ],
            fix: `Deploy once with \`ignore-application-stop-failures: true\` (the next deployment uses the new scripts), or fix/remove the ${f.event} hook on the instance.`,
        });
    }
    if (isMissing)
        return scriptMissing(f, ctx, pathMatch);
    // 3. The script itself.
    const content = bundleScript(ctx.bundle, f.scriptName);
    const scriptFile = content !== undefined ? { file: normaliseRelative(f.scriptName), line: 1 } : at;
    const crlf = matchingLines(texts, P.crlf);
    const enoentOnScript = /No such file or directory/.test(f.message) && f.scriptName !== '' && f.message.includes(normaliseRelative(f.scriptName));
    if (crlf.length > 0 || (content !== undefined && /^[^\n]*\r\n/.test(content) && (enoentOnScript || f.errorCode === 'ScriptFailed'))) {
        return base('script-line-endings', f, {
            message: `${script} has Windows (CRLF) line endings: the kernel looks for an interpreter named "bash\\r" (or the shell chokes on \\r), so the script cannot run on ${HOSTS}.`,
            evidence: [
                f.message,
                ...crlf,
                content !== undefined && /\r\n/.test(content) ? `${f.scriptName}: first line ends with \\r\\n` : undefined,
            ],
            ...scriptFile,
        });
    }
    const runas = matchingLines(texts, P.runas);
    if (runas.length > 0) {
        const user = /run as user (\S+)/.exec(f.message)?.[1] ?? /user '?([\w.-]+)'? does not exist/.exec(runas.join('\n'))?.[1];
        return base('runas-failed', f, {
            message: `${script} could not run as ${user ? `user \`${user}\`` : 'the `runas` user'} on ${HOSTS}.`,
            evidence: [f.message, ...runas],
            fix: `Set \`runas\` to a user that exists on the instance (e.g. ec2-user on Amazon Linux, ubuntu on Ubuntu)${user ? ` or create \`${user}\` before this hook` : ''}.`,
            ...at,
        });
    }
    const baseName = f.scriptName.split('/').pop() ?? '';
    const denied = matchingLines(texts, P.permissionDenied).filter((l) => /as executable|exit (?:code|status) 126/.test(l) || (baseName !== '' && l.includes(baseName)));
    if (f.errorCode === 'ScriptNotExecutable' || denied.length > 0) {
        return base('script-not-executable', f, {
            message: `${script} could not be executed on ${HOSTS}: it lost its executable bit (zip built on Windows, or not committed with +x) and the agent could not fix it, or it lives on a noexec mount.`,
            evidence: [f.message, ...denied],
            ...scriptFile,
        });
    }
    const timedOut = f.errorCode === 'ScriptTimedOut' || matchesAny(f.message, P.timeout);
    const held = matchingLines(texts, P.stdoutOpen);
    const server = timedOut ? matchingLines([f.logTail], P.serverOutput) : [];
    const bgLine = timedOut ? backgroundsWithoutRedirect(content) : null;
    if (held.length > 0 || server.length > 0 || bgLine) {
        const seconds = /in (\d+) seconds/.exec(f.message)?.[1];
        return base('stdout-held-open', f, {
            message: `${script} started a background process that still holds the hook's stdout/stderr, so the agent waited` +
                `${seconds ? ` the full ${seconds} s timeout` : ''} on ${HOSTS} even though the script itself had finished.`,
            evidence: [f.message, ...held, ...server, bgLine ? `${f.scriptName}: ${bgLine}` : undefined],
            ...at,
        });
    }
    if (timedOut) {
        const seconds = /in (\d+) seconds/.exec(f.message)?.[1];
        return base('script-timeout', f, {
            message: `${script} was still running after ${seconds ? `${seconds} s` : 'its timeout'} on ${HOSTS} and was killed.`,
            evidence: [f.message, ...stderrTail(f.logTail)],
            ...at,
        });
    }
    const notFound = matchingLines(texts, P.commandNotFound);
    if (notFound.length > 0 || exit === '127' || enoentOnScript) {
        const cmd = /(?:line \d+: )?([\w./-]+): (?:command )?not found/.exec(notFound.join('\n'))?.[1];
        return base('command-not-found', f, {
            message: `${script} calls ${cmd ? `\`${cmd}\`` : 'a program'}, which is not installed or not on the hook's PATH on ${HOSTS} (exit code 127).`,
            evidence: [f.message, ...notFound],
            fix: `Install ${cmd ? `\`${cmd}\`` : 'the program'} before this hook (BeforeInstall, the AMI or user data), or call it by its absolute path — hooks do not load your login shell's PATH.`,
            ...at,
        });
    }
    if (f.errorCode === 'ScriptFailed' || exit !== undefined || P.scriptLocation.test(f.message)) {
        const note = PREVIOUS_REVISION_EVENTS.has(f.event) ? ` (${f.event} runs the copy from the last successful revision.)` : '';
        return base('script-failed', f, {
            message: `${script} exited with ${exit !== undefined ? `code ${exit}` : 'an error'} on ${HOSTS}.${note}`,
            evidence: [f.message, ...stderrTail(f.logTail)],
            ...at,
        });
    }
    if (f.event === 'BlockTraffic' || f.event === 'AllowTraffic') {
        return base('load-balancer', f, {
            message: `${f.event} failed on ${HOSTS}: the load balancer could not ${f.event === 'AllowTraffic' ? 'register the instance or it never passed the target group health check' : 'deregister the instance'}.`,
            evidence: [f.message || `${f.event} failed without diagnostics`],
        });
    }
    if (matchesAny(f.message, P.iam)) {
        return base('iam-permissions', f, { message: `${f.event} failed on ${HOSTS}: a role lacks a permission.`, evidence: [f.message] });
    }
    return base('unknown', f, {
        message: `${f.event} failed on ${HOSTS}${f.errorCode ? ` (${f.errorCode})` : ''}${f.message ? `: ${showLine(f.message)}` : ' without diagnostics'}.`,
        evidence: [f.message, ...stderrTail(f.logTail)],
    });
}
function scriptMissing(f, ctx, pathMatch) {
    const location = f.scriptName || pathMatch?.[3] || '';
    const resolved = pathMatch
        ? pathMatch[0].replace(/^deployment-root/, '/opt/codedeploy-agent/deployment-root')
        : resolvedScriptPath(location);
    const resolvedShown = /Script does not exist at specified location: (\S+)/.exec(f.message)?.[1] ?? resolved;
    const loc = locateHookLocation(ctx.bundle, f.event, location);
    const suggestions = location ? suggestBundlePaths(location, ctx.bundle) : [];
    const where = loc ? ` (${loc.file} line ${loc.line})` : '';
    const looksAbsolute = /^\/(?:var|opt|home|srv|usr|etc|root|app)\//.test(location);
    const why = looksAbsolute
        ? `A hook \`location\` is relative to the bundle root — the agent joins it to the deployment-archive directory and ignores the leading "/" — so the installed path under \`files.destination\` does not work.`
        : `The script is not at that path in the bundle (the agent joins \`location\` to the bundle root, the deployment-archive directory).`;
    const didYouMean = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `\`${s}\``).join(' or ')}?` : '';
    const first = suggestions[0];
    return {
        category: 'script-missing',
        severity: CATEGORY_INFO['script-missing'].severity,
        title: `${f.event}: script not found in the bundle`,
        message: `The agent looked for \`${location}\`${where} at ${resolvedShown} on ${HOSTS} and found nothing. ${why}${didYouMean}`,
        lifecycleEvent: f.event,
        instances: [f.target],
        file: loc?.file ?? null,
        line: loc?.line ?? null,
        evidence: evidenceList([
            f.message,
            f.message.includes(resolvedShown) ? undefined : `resolved path: ${resolvedShown}`,
            loc ? `${loc.file}:${loc.line}: location: ${location}` : undefined,
        ]),
        fix: first
            ? `Set \`location: ${first}\` (bundle-relative; \`/${first}\` means the same)${loc ? ` in ${loc.file} line ${loc.line}` : ''}.`
            : looksAbsolute
                ? `Write \`location\` as the script's path inside the bundle, e.g. \`${location.split('/').pop() ?? location}\` if it sits next to appspec.yml — not the path it is installed to.`
                : CATEGORY_INFO['script-missing'].fix,
    };
}
const CODE_CATEGORY = {
    HEALTH_CONSTRAINTS: 'health-constraints',
    HEALTH_CONSTRAINTS_INVALID: 'health-constraints',
    NO_INSTANCES: 'no-instances',
    IAM_ROLE_MISSING: 'iam-permissions',
    IAM_ROLE_PERMISSIONS: 'iam-permissions',
    AUTO_SCALING_IAM_ROLE_PERMISSIONS: 'iam-permissions',
    NO_EC2_SUBSCRIPTION: 'iam-permissions',
    ELASTIC_LOAD_BALANCING_INVALID: 'load-balancer',
    ELB_INVALID_INSTANCE: 'load-balancer',
    MISSING_ELB_INFORMATION: 'load-balancer',
    AUTO_SCALING_CONFIGURATION: 'load-balancer',
    AUTOSCALING_VALIDATION_ERROR: 'load-balancer',
    MISSING_BLUE_GREEN_DEPLOYMENT_CONFIGURATION: 'load-balancer',
    DEPLOYMENT_GROUP_MISSING: 'environment-not-ready',
    APPLICATION_MISSING: 'environment-not-ready',
    CODEDEPLOY_RESOURCE_CANNOT_BE_FOUND: 'environment-not-ready',
    INVALID_ECS_SERVICE: 'environment-not-ready',
    REVISION_MISSING: 'bundle-access-denied',
    MISSING_GITHUB_TOKEN: 'bundle-access-denied',
    INVALID_REVISION: 'bundle-invalid',
    AGENT_ISSUE: 'agent-unavailable',
    TIMEOUT: 'agent-unavailable',
    HOOK_EXECUTION_FAILURE: 'script-failed',
    INVALID_LAMBDA_FUNCTION: 'script-failed',
    INVALID_LAMBDA_CONFIGURATION: 'script-failed',
    ALARM_ACTIVE: 'health-degraded',
    CUSTOMER_APPLICATION_UNHEALTHY: 'health-degraded',
    THROTTLED: 'platform-error',
    INTERNAL_ERROR: 'platform-error',
    CLOUDFORMATION_STACK_FAILURE: 'platform-error',
    RESOURCE_LIMIT_EXCEEDED: 'platform-error',
    ECS_UPDATE_ERROR: 'platform-error',
    OVER_MAX_INSTANCES: 'no-instances',
    MANUAL_STOP: 'unknown',
};
/** Deployment-level codes that only restate what failed targets already explain. */
const CONSEQUENCE_CODES = new Set(['HEALTH_CONSTRAINTS', 'HOOK_EXECUTION_FAILURE', 'TIMEOUT', 'AGENT_ISSUE', 'INVALID_LAMBDA_FUNCTION']);
function categoryFromText(message) {
    if (matchesAny(message, P.concurrent))
        return 'concurrent-deployment';
    if (matchesAny(message, P.iam))
        return 'iam-permissions';
    if (matchesAny(message, P.agent))
        return 'agent-unavailable';
    if (matchesAny(message, P.diskFull))
        return 'disk-full';
    if (/minimum number of healthy instances|too few healthy instances|too many individual instances failed/i.test(message))
        return 'health-constraints';
    return null;
}
function deploymentDiagnosis(err, stalled, hasTargetCauses) {
    let category = categoryFromText(err.message) ?? CODE_CATEGORY[err.code] ?? (err.code || err.message ? 'unknown' : null);
    if (category === null)
        return null;
    if (hasTargetCauses && (CONSEQUENCE_CODES.has(err.code) || category === 'health-constraints'))
        return null;
    const evidence = evidenceList([err.code && err.message ? `${err.code}: ${err.message}` : err.code || err.message]);
    const info = () => CATEGORY_INFO[category];
    let message = err.message || err.code;
    let instances = [];
    if ((category === 'health-constraints' || category === 'agent-unavailable') && stalled.length > 0) {
        category = 'agent-unavailable';
        instances = stalled.map((s) => s.target);
        message =
            `No lifecycle event ever started on ${listInstances(instances)} (${plural(instances.length, 'instance')}): the CodeDeploy agent ` +
                `there did not pick up the deployment, so the deployment failed its health constraints. (${err.code || 'deployment error'}: ${err.message})`;
        for (const s of stalled)
            evidence.push(`${s.target}: ${s.firstEvent} never started (target status ${s.status || 'unknown'})`);
    }
    if (err.code === 'MANUAL_STOP') {
        return {
            category: 'unknown',
            severity: 'notice',
            title: 'Deployment was stopped',
            message,
            lifecycleEvent: null,
            instances,
            file: null,
            line: null,
            evidence,
            fix: 'Start a new deployment when ready.',
        };
    }
    const titleBits = {
        'environment-not-ready': err.code === 'DEPLOYMENT_GROUP_MISSING'
            ? 'Deployment group not found'
            : err.code === 'APPLICATION_MISSING'
                ? 'Application not found'
                : undefined,
    };
    return {
        category,
        severity: info().severity,
        title: titleBits[category] ?? `Deployment: ${info().headline}`,
        message,
        lifecycleEvent: null,
        instances,
        file: null,
        line: null,
        evidence,
        fix: category === 'environment-not-ready'
            ? 'Check the application and deployment group names (and region) the release uses; create the deployment group first.'
            : info().fix,
    };
}
function diagnoseCodeDeploy(facts, bundle) {
    const deploymentId = str(facts.deployment, 'deploymentId');
    const { failures, stalled } = collectFailures(facts.targets);
    const ctx = { deploymentId, bundle };
    const keyed = failures.map((f) => {
        const diagnosis = classify(f, ctx);
        return { key: groupKey(diagnosis, f.scriptName, f.message || f.logTail.slice(-200)), diagnosis };
    });
    const grouped = groupDiagnoses(keyed).map(withHosts);
    const errInfo = obj(facts.deployment, 'errorInformation');
    const err = { code: str(errInfo, 'code'), message: str(errInfo, 'message') };
    const status = str(facts.deployment, 'status');
    if (err.code || err.message || (grouped.length === 0 && stalled.length > 0 && status === 'Failed')) {
        const d = deploymentDiagnosis(err.code || err.message ? err : { code: 'HEALTH_CONSTRAINTS', message: 'The deployment failed.' }, stalled, grouped.length > 0);
        if (d && !grouped.some((g) => g.category === d.category && g.lifecycleEvent === null))
            grouped.push(d);
    }
    return grouped;
}

;// CONCATENATED MODULE: ./src/diagnose/index.ts
// The diagnosis engine: a pure function from the facts gathered from AWS (and, when available,
// the bundle's configuration files) to root causes, most decisive first.






function diagnose(facts, bundle) {
    const list = facts.service === 'beanstalk' ? diagnoseBeanstalk(facts, bundle) : diagnoseCodeDeploy(facts, bundle);
    return sortDiagnoses(list);
}

// EXTERNAL MODULE: ./src/validate/index.ts + 19 modules
var validate = __webpack_require__(1438);
;// CONCATENATED MODULE: ./src/flows/bundle-files.ts


const CONFIG_FILE = /^(appspec\.(yml|yaml|json)|Procfile|\.ebextensions\/[^/]+\.config|\.platform\/(hooks|confighooks)\/.+)$/;
function bundleFilesFromTree(tree) {
    const files = new Map();
    const modes = new Map();
    for (const [path, entry] of tree.entries) {
        modes.set(path, entry.mode);
        if (entry.type === 'file' && CONFIG_FILE.test(path)) {
            const text = tree.read(path);
            if (text !== undefined)
                files.set(path, text);
        }
    }
    return { files, modes };
}
/** From the entries actually bundled (ignore rules applied), reading config files from the folder. */
function bundleFilesFromList(root, list, readContents) {
    const files = new Map();
    const modes = new Map();
    for (const e of list) {
        modes.set(e.path, e.mode);
        if (readContents && e.type === 'file' && CONFIG_FILE.test(e.path) && e.size < 256 * 1024)
            files.set(e.path, readFileSync(join(root, e.path), 'utf8'));
    }
    return { files, modes };
}

// EXTERNAL MODULE: ./src/cli/main.ts
var main = __webpack_require__(2957);
;// CONCATENATED MODULE: ./src/cli/explain.ts
// hookline explain: diagnoses from AWS facts — a JSON file (contract in DESIGN.md) or fetched live.






async function explainCommand(_positionals, values, io) {
    const format = (0,main/* oneOf */.yL)('format', values.format, ['json', 'text'], 'json');
    const sources = ['input', 'deployment-id', 'environment'].filter((k) => typeof values[k] === 'string');
    if (sources.length !== 1)
        throw new main/* UsageError */.eb('give exactly one of --input FILE, --deployment-id ID, --environment NAME');
    const facts = typeof values.input === 'string' ? readFacts((0,external_node_path_.resolve)(values.input)) : await fetchFacts(values);
    const bundle = typeof values.appspec === 'string' ? bundleFilesFromTree(await (0,validate/* treeFromDirectory */.uU)((0,external_node_path_.resolve)(values.appspec))) : undefined;
    const diagnoses = diagnose(facts, bundle);
    io.out(format === 'json' ? JSON.stringify({ diagnoses }, null, 2) + '\n' : renderText(diagnoses));
    return 0;
}
function readFacts(file) {
    let parsed;
    try {
        parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        throw new main/* UsageError */.eb(`--input ${file} must be a JSON file of AWS facts: ${err.message}`);
    }
    const f = parsed;
    if (!f || (f.service !== 'codedeploy' && f.service !== 'beanstalk')) {
        throw new main/* UsageError */.eb(`--input ${file} must be a JSON object with "service": "codedeploy" or "beanstalk" (see hookline --help)`);
    }
    return f;
}
async function fetchFacts(values) {
    const region = typeof values.region === 'string' ? values.region : process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION;
    if (!region)
        throw new main/* UsageError */.eb('--region is required when AWS_REGION is not set');
    if (typeof values['deployment-id'] === 'string') {
        const { codeDeployFacts } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(507), __webpack_require__.e(453)]).then(__webpack_require__.bind(__webpack_require__, 5453));
        return codeDeployFacts(values['deployment-id'], region);
    }
    const { beanstalkFacts } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(114), __webpack_require__.e(428)]).then(__webpack_require__.bind(__webpack_require__, 1428));
    if (typeof values.application !== 'string')
        throw new main/* UsageError */.eb('--application is required with --environment');
    return beanstalkFacts({ application: values.application, environment: values.environment, region });
}
function renderText(diagnoses) {
    if (diagnoses.length === 0)
        return 'No failure found in these facts.\n';
    return diagnoses
        .map((d) => {
        const where = d.file ? ` (${d.file}${d.line ? `:${d.line}` : ''})` : '';
        const on = d.instances.length ? `\n  instances: ${d.instances.join(', ')}` : '';
        const ev = d.evidence.length ? `\n  evidence:\n${d.evidence.map((e) => `    ${e}`).join('\n')}` : '';
        return `${d.severity.toUpperCase()} [${d.category}] ${d.title}${where}\n  ${d.message}${on}${ev}\n  fix: ${d.fix}\n`;
    })
        .join('\n');
}


/***/ })

};
