export const id = 105;
export const ids = [105];
export const modules = {

/***/ 6105:
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
;// CONCATENATED MODULE: ./src/beanstalk/terminal-events.ts
// Event messages that end a failed Elastic Beanstalk operation. The EB CLI raises on these whatever
// the event's severity (ebcli/operations/commonops.py, _raise_if_error_event, and the `responses`
// strings in ebcli/resources/strings.py); the watch and the diagnosis treat them the same way.
const TERMINAL = [
    /^Environment health has been set to RED\b/i,
    /^Failed to launch environment\./i,
    /^Failed to deploy application\./i,
    /^Failed to deploy configuration\./i,
    /^The environment was reverted to the previous configuration setting\./i,
    // "Create/Update environment operation is complete, but with errors. For more information, …"
    /\boperation is complete, but with errors\b/i,
    /\b(?:is )?complete(?:d)?,? but with errors\b/i,
    /\bcompleted with errors\b/i,
    /^Failed to (?:create|delete) platform version/i,
    /^Unmatched region for created AMI/i,
    /^Launched environment\b.*However, there were issues during launch\./i,
];
/** True for a message the EB CLI treats as the failed end of an operation. */
function isTerminalFailure(message) {
    const m = message.trim();
    return TERMINAL.some((p) => p.test(m));
}

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
// ANSI escape sequences (colours, cursor moves, OSC titles). The Rust agent 2.0 strips them from
// hook output; the Ruby agent 1.x passes them through, so both shapes reach the rules.
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
/** The text without ANSI escape sequences (a `\r` is kept: it is evidence of CRLF scripts). */
function stripAnsi(text) {
    return text.includes('\u001b') ? text.replace(ANSI, '') : text;
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

// EXTERNAL MODULE: ./src/validate/appspec-reader.ts
var appspec_reader = __webpack_require__(540);
// EXTERNAL MODULE: ./src/validate/source.ts
var validate_source = __webpack_require__(3877);
;// CONCATENATED MODULE: ./src/diagnose/locate.ts
// Find the line responsible for a failure in the bundle's configuration files: the `location` of a
// hook in appspec.yml, the key of an `.ebextensions` command, a `.platform` hook file. Also works
// out where the agent looked for a hook script and which bundle-relative path was meant.
// The AppSpec is read by the same reader validation uses (validate/appspec-reader.ts).


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
function appspecSource(bundle) {
    const appspec = findAppspec(bundle);
    return appspec ? ((0,appspec_reader/* readAppspec */.VL)(appspec.path, appspec.text).source ?? null) : null;
}
/**
 * The line of `location:` for `script` under `hooks.<event>` in the bundle's appspec; the event
 * key's line when no entry matches; null without an appspec or that event.
 */
function locateHookLocation(bundle, event, script) {
    const src = appspecSource(bundle);
    if (!src)
        return null;
    const entry = (0,appspec_reader/* hookEvents */.BR)(src).find((e) => e.event === event);
    if (!entry)
        return null;
    const wanted = script ? normaliseRelative(script) : null;
    if (wanted !== null) {
        const hit = entry.scripts.find((s) => normaliseRelative(s.location) === wanted);
        if (hit)
            return { file: src.file, line: hit.line };
    }
    const first = entry.scripts[0];
    if (wanted === null && first && entry.items === 1)
        return { file: src.file, line: first.line };
    return { file: src.file, line: entry.line };
}
/** The `files:` mappings of the appspec (source relative to the bundle root, destination absolute). */
function appspecFileMappings(bundle) {
    const src = appspecSource(bundle);
    return src ? (0,appspec_reader/* fileMappings */.Ap)(src).map(({ source, destination }) => ({ source, destination })) : [];
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
        const { source } = (0,validate_source/* parseSource */.PJ)(file, text, { rulePrefix: 'ebextensions', json: text.trimStart().startsWith('{') });
        if (!source)
            continue;
        for (const s of sections) {
            const cmd = (0,validate_source/* getPair */.xf)((0,validate_source/* asMap */.$H)((0,validate_source/* getPair */.xf)((0,validate_source/* asMap */.$H)(source.doc.contents), s)?.value), name);
            if (cmd)
                return { file: normaliseRelative(file), line: (0,validate_source/* nodePos */.TP)(source, cmd.key).line };
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

;// CONCATENATED MODULE: ./src/diagnose/rules/beanstalk-evidence.ts


// ------------------------------------------------------------------ layout of the logs
const ENGINE_STEP = /An error occurred during execution of command \[([\w-]+)\] - \[([^\]]+)\]\. Stop running the command\. Error: ?(.*)$/;
const HOOK_FAILED = /Command (\S*\.platform\/(?:hooks|confighooks)\/(\w+)\/([^\s:]+)) failed with error (.*)$/m;
const LEGACY_HOOK = /Hook (\/opt\/elasticbeanstalk\/(?:hooks|addons\/\w+\/hooks)\/(?:[\w-]+\/)*([^\s/]+?)) failed/;
const CFN_COMMAND_FAILED = /\bCommand (\S+) \((.*)\) failed/;
const CFN_BUILD_OF = /Error (?:encountered|occurred) during build of (prebuild|postbuild)_\d+_\S+?: Command (\S+) failed/;
const CFN_BUILD = /Error occurred during build: Command (\S+) failed/;
const CONTAINER_COMMAND_IN = /(container_command|command) (\S+) in (\.ebextensions\/\S+?\.config) failed/;
const EBEXT_STEP = /EbExtension|Container commands|PreBuildEbExtension|PostBuildEbExtension|cfn-init/i;
// ------------------------------------------------------------------ reading helpers
function linesOf(f, ...names) {
    return names.flatMap((n) => f.logs.get(n) ?? []);
}
/** Every line of the deciding text, continuation lines kept with their line. */
function textLines(f) {
    return f.text.split('\n').filter((l) => l.trim() !== '');
}
function matchesAny(text, patterns) {
    return patterns.some((p) => p.test(text));
}
/** The first line of the deciding text matching one of the patterns. */
function lineMatching(f, patterns) {
    if (f.origin === 'event')
        return matchesAny(f.text, patterns) ? f.text : null;
    return textLines(f).find((l) => matchesAny(l, patterns)) ?? null;
}
/** The piece of a long line around the first match, so evidence shows the cause and not the preamble. */
function around(line, patterns, width = 240) {
    for (const p of patterns) {
        const m = p.exec(line);
        if (!m)
            continue;
        if (line.length <= width)
            return line;
        const start = Math.max(0, m.index - 60);
        return `${start > 0 ? '…' : ''}${line.slice(start, start + width)}`;
    }
    return line;
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The first `.ebextensions` line for which `test` holds (definition first, then any mention). */
function locateInEbextensions(bundle, tests) {
    const files = ebextensionsConfigs(bundle);
    for (const test of tests) {
        for (const file of files) {
            const at = (bundle?.files.get(file) ?? '').split('\n').findIndex(test);
            if (at >= 0)
                return { file: normaliseRelative(file), line: at + 1 };
        }
    }
    return null;
}
function hookFailure(f) {
    const source = f.step ? `${f.step.detail}` : f.text;
    const m = HOOK_FAILED.exec(source);
    if (!m)
        return null;
    const path = normaliseRelative((m[1] ?? '').replace(/^.*?(?=\.platform\/)/, ''));
    const output = linesOf(f, 'eb-hooks.log').filter((l) => !/Running platform hook|Executing platform hooks|Following platform hooks/.test(l));
    return {
        path,
        stage: m[2] ?? '',
        name: m[3] ?? path,
        detail: m[4] ?? '',
        output,
        content: f.bundle?.files.get(path),
        loc: locatePlatformHook(f.bundle, path),
    };
}
function hookCause(h, c) {
    return { step: `${h.stage} hook ${h.path}`, file: h.loc.file, line: h.loc.line, key: `hook:${h.path}`, ...c };
}
/** `fork/exec …: no such file or directory`: the kernel could not find the `#!` interpreter. */
const HOOK_ENOENT = /fork\/exec \S+: no such file or directory/i;
/** Output lines of an `.ebextensions` command in cfn-init-cmd.log (between its header and its exit). */
function commandOutput(cmdLog, name) {
    const out = [];
    const header = new RegExp(`^(?:\\[INFO\\] )?Command ${escapeRe(name)}\\s*$`);
    let inside = false;
    for (const l of cmdLog) {
        const s = stripPrefixes(l);
        if (header.test(s)) {
            inside = true;
            out.length = 0;
        }
        else if (!inside || /^[-=]{5,}/.test(s) || /Command Output|Test for Command/.test(s)) {
            continue;
        }
        else if (/^Completed successfully|^Command \S+\s*$/.test(s)) {
            inside = false;
        }
        else {
            out.push(s.trim());
            if (/^Exited with error code/.test(s))
                inside = false;
        }
    }
    return out;
}
/** The last command cfn-init-cmd.log shows exiting with an error (when cfn-init.log is not in the tail). */
function failedInCommandLog(cmdLog) {
    let current;
    let failed;
    for (const l of cmdLog) {
        const s = stripPrefixes(l);
        const header = /^Command (\S+)\s*$/.exec(s);
        if (header)
            current = header[1];
        else if (/^Exited with error code [1-9]/.test(s))
            failed = current;
    }
    return failed;
}
function ebextCommand(f) {
    // With a failed eb-engine step, cfn-init only decides when that step ran it (older failures stay in the tail).
    if (f.origin === 'logs' && f.step && !EBEXT_STEP.test(`${f.step.step} ${f.step.detail}`))
        return null;
    const source = f.origin === 'event' ? [f.text] : linesOf(f, 'cfn-init.log', 'eb-activity.log', 'eb-engine.log', 'unknown');
    const c = { name: undefined, commandText: undefined, section: 'commands', file: undefined, evidence: [], output: [] };
    let section;
    for (const l of source) {
        const inFile = CONTAINER_COMMAND_IN.exec(l);
        const failed = CFN_COMMAND_FAILED.exec(l);
        const of = CFN_BUILD_OF.exec(l);
        const build = CFN_BUILD.exec(l);
        if (inFile) {
            c.name ??= inFile[2];
            section ??= inFile[1] === 'container_command' ? 'container_commands' : 'commands';
            c.file ??= inFile[3];
        }
        else if (failed && /\bERROR\b/.test(l)) {
            c.name ??= failed[1];
            c.commandText ??= failed[2];
        }
        else if (of) {
            c.name ??= of[2];
            section ??= of[1] === 'postbuild' ? 'container_commands' : 'commands';
        }
        else if (build && build[1] !== 'hooks') {
            c.name ??= build[1];
        }
        else {
            continue;
        }
        c.evidence.push(f.origin === 'event' ? around(l, [CONTAINER_COMMAND_IN]) : l);
    }
    if (!c.name && f.origin === 'logs')
        c.name = failedInCommandLog(linesOf(f, 'cfn-init-cmd.log'));
    if (!c.name && !(f.step && EBEXT_STEP.test(`${f.step.step} ${f.step.detail}`)))
        return null;
    if (f.step) {
        section ??= /Container commands|PostBuild/i.test(`${f.step.step} ${f.step.detail}`) ? 'container_commands' : 'commands';
        c.evidence.unshift(f.step.line);
    }
    c.section = section;
    c.output = c.name ? commandOutput(linesOf(f, 'cfn-init-cmd.log'), c.name) : [];
    return c;
}
function ebextLocation(f, c) {
    return c.name
        ? locateEbextensionsCommand(f.bundle, c.name, c.section, c.file)
        : c.file
            ? { file: normaliseRelative(c.file), line: 1 }
            : null;
}
function ebextStep(c) {
    const section = c.section ?? 'commands';
    return c.name ? `${section}.${c.name}` : section;
}
// ------------------------------------------------------------------ engine steps and legacy hooks
/** The platform's own hooks on the legacy (Amazon Linux AMI) platforms, named in events and eb-activity.log. */
function legacyHook(f) {
    const m = LEGACY_HOOK.exec(f.origin === 'event' ? f.text : [f.text, ...linesOf(f, 'eb-activity.log')].join('\n'));
    return m ? { path: m[1] ?? '', name: m[2] ?? '' } : null;
}
// ------------------------------------------------------------------ CloudFormation
/** Logical resource names a CloudFormation message is about. */
function resourceNames(message) {
    const names = [];
    for (const m of message.matchAll(/(?:Unresolved resource dependencies|resource\(s\) failed to (?:create|update|delete)(?::)?) \[([^\]]+)\]/gi)) {
        names.push(...(m[1] ?? '').split(/,\s*/));
    }
    for (const m of message.matchAll(/\[\/Resources\/([^/\]]+)/g))
        names.push(m[1] ?? '');
    for (const m of message.matchAll(/(?:references undefined resource|resource named|Resource) '?([A-Za-z0-9]+)'?/g))
        names.push(m[1] ?? '');
    return [...new Set(names.map((n) => n.trim()).filter((n) => n && !/^AWSEB/.test(n)))];
}
function locateResources(bundle, names) {
    const defs = names.map((n) => (l) => new RegExp(`^\\s+${escapeRe(n)}\\s*:`).test(l));
    const uses = names.map((n) => (l) => new RegExp(`\\b${escapeRe(n)}\\b`).test(l));
    return locateInEbextensions(bundle, [...defs, ...uses, (l) => /^Resources\s*:/.test(l)]);
}

;// CONCATENATED MODULE: ./src/diagnose/rules/beanstalk.ts




// ------------------------------------------------------------------ sources
const SRC = {
    engine: 'eb-engine.log on Amazon Linux 2/2023 platforms: "[ERROR] An error occurred during execution of command [app-deploy] - [<step>]. Stop running the command. Error: …" (https://github.com/rennokki/laravel-aws-eb/issues/73)',
    hooks: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/platforms-linux-extend.hooks.html',
    troubleshooting: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/troubleshooting.html',
    ebcli: 'https://github.com/aws/aws-elastic-beanstalk-cli/blob/master/ebcli/operations/commonops.py (_raise_if_error_event)',
};
// ------------------------------------------------------------------ wording
const DISK_FULL = [
    /No space left on device/i,
    /\bENOSPC\b/,
    /not enough (?:free )?disk space/i,
    /Disk quota exceeded/i,
    /\bEDQUOT\b/,
    /insufficient (?:disk )?space/i,
    // Docker's devicemapper storage: "Thin Pool has 0 free data blocks … Create more free space in thin pool".
    /Thin Pool has \d+ free data blocks|free space in thin pool/i,
];
const CRLF = [
    /\^M: bad interpreter/,
    /\r: bad interpreter/,
    /\$'\\r': command not found/,
    /\r': command not found/,
    /syntax error near unexpected token `\$'\\r''/,
    // "/usr/bin/env: bash\r: No such file or directory"; consoles show the \r as a line break.
    /\/usr\/bin\/env: '?[\w.-]+(?:\r|\r?\n\s*'?: No such file or directory)/,
];
const COMMAND_NOT_FOUND = [
    /: command not found/,
    /: not found\s*$/m,
    /\bexit (?:code|status) 127\b/,
    /env: '?[\w./-]+'?: No such file or directory/,
    /exec: [\w./-]+: not found/,
];
const IAM = [
    /\bnot authorized to perform\b/i,
    /\bAccessDeniedException\b/,
    /not authorized to (?:access|assume|invoke)/i,
    /(?:do|does) not have (?:the )?(?:required )?permissions?/i,
    /missing (?:the )?(?:required )?permissions?/i,
    /Verify that your polic(?:y|ies) allows? you to perform/i,
    /Unable to assume (?:the )?role|Verify that the role exists/i,
];
const CONCURRENT = [
    /already (?:has|have) (?:a )?deployment in progress/i,
    /another (?:deployment|operation) is (?:already )?in progress/i,
    /\bOperationInProgress(?:Exception|Failure)?\b/,
    /operation is already in progress/i,
];
// ------------------------------------------------------------------ wording read by several rules
const DEPENDENCY = [
    /failed to install (?:the )?dependenc(?:y|ies)/i,
    /fail(?:ed)? to install dependencies/i,
    /failed to install dependency gems/i,
    /failed to install application dependencies/i,
    /Failed to run npm install/i,
    /Your requirements\.txt is invalid/i,
    /installing (?:composer|npm|yarn|pip) dependencies failed/i,
    /\b(?:npm|yarn|pnpm)\b[^\n]* install\b[^\n]*failed with error/i,
    /pip install .*failed/i,
    /\bnpm install\b[\s\S]*npm ERR!/,
    // The platform's own build (Buildfile, gradle/maven/go/dotnet) before the app is staged.
    /Build application failed on command/i,
    /\b(?:gradle|mvn|maven|go build|go mod download|dotnet (?:restore|publish|build))\b[^\n]*failed with error/i,
    /ERROR: Could not find a version that satisfies/,
    /ERROR: No matching distribution found/,
    /Could not install packages due to/,
    /bundle install.*failed|Bundler::\w+Error|Bundler could not find/i,
    /composer(?:\.phar)? install.*failed|Your requirements could not be resolved/i,
];
const DEPENDENCY_STEP = /InstallDependency|install(?:ing)? (?:\w+ )?dependenc|npm|yarn|pip|composer|bundle install|gems|(?<!Docker )Specific Build Application/i;
const APP_START = [
    /Following services are not running: /i,
    /\bweb: .*exited/i,
    /process (?:web|[\w-]+) exited/i,
    /Address already in use/i,
    /\bEADDRINUSE\b/,
    /Procfile.*(?:invalid|failed)/i,
    /(?:web|app)\.service: (?:Main process exited|Failed with result)/i,
    /Unable to access jarfile/,
    /Failed to start (?:the )?(?:application|app|web)/i,
    /pid symlinks failed|\/var\/pids\/web\.pid|Track pids in healthd/i,
    /Docker container quit unexpectedly/i,
    /container .* exited (?:with|unexpectedly)/i,
    // The runtimes' own "could not start" sentences.
    /listen EACCES|bind\(\) to \S+ failed \(13: Permission denied\)/,
    /no main manifest attribute|Could not find or load main class/,
    /Worker failed to boot|Failed to find (?:attribute|application object) /,
    /Failed at the \S+ start script/,
];
/** A process dying on an uncaught error, in the application's own log (not read in platform logs). */
const APP_CRASH = [
    /^(?:\S+ +\d+ [\d:]+ \S+ [\w.-]+(?:\[\d+\])?: )?Traceback \(most recent call last\)/,
    /\bUnhandled ?Promise ?Rejection|uncaught exception|UnhandledPromiseRejectionWarning/i,
    /Exception in thread "main"/,
    /^(?:\S+ +\d+ [\d:]+ \S+ [\w.-]+(?:\[\d+\])?: )?panic: /,
    /npm ERR! code ELIFECYCLE/,
];
const APP_NOT_FOUND = [
    /: command not found/,
    /\bsh: (?:\d+: )?[\w./@-]+: not found/,
    /exec: [\w./-]+: not found/,
    /Error: Cannot find module/,
    /npm ERR! missing script: |npm error Missing script: /i,
    /ModuleNotFoundError: No module named/,
    /Failed at step EXEC spawning/,
    /executable file not found in \$PATH/,
];
const PROXY_INVALID = [
    /validate (?:nginx|proxy|httpd) configuration failed/i,
    /nginx: \[emerg\] .* in \/\S+:\d+/,
    /nginx: configuration file \S+ test failed/,
    /\bAH00526: Syntax error on line \d+/,
];
const EBEXT_INVALID = [
    /The configuration file \S+ in application version \S+ contains invalid (?:YAML|JSON)/i,
    /Invalid option specification/i,
    /Unknown or duplicate parameter/i,
    /Invalid option value/i,
    /Error processing file \(Skipping\): '([^']+)'/i,
    /contains invalid key/i,
    /Configuration validation exception/i,
    /is not a valid (?:option|namespace)/i,
    /detected one or more multiline environment values/i,
    /cannot configure an Elastic Beanstalk environment with values for both/i,
    // "Each option setting in configuration file .ebextensions/x.config in application version v must be a map."
    /configuration file \S*\.ebextensions\/\S+ in application version/i,
];
// ------------------------------------------------------------------ rule builders
/** A rule that matches wording in the deciding text and reports it as it stands. */
function wording(id, category, source, patterns, describe) {
    return {
        id,
        category,
        source,
        when: (f) => lineMatching(f, patterns),
        explain: (f, line) => ({
            category,
            step: f.step ? f.step.step : null,
            file: null,
            line: null,
            evidence: [around(line, patterns)],
            key: id,
            ...describe(line, f),
        }),
    };
}
const say = (what) => (line) => ({ message: `${what} ${quote(line)}`.trim() });
function quote(line) {
    const s = stripPrefixes(line)
        .replace(/^\[Instance: i-[0-9a-z]+\]\s*/, '')
        // syslog's "Jun  1 09:00:10 ip-172-31-1-2 web[2345]: " in front of the app's own lines
        .replace(/^[A-Z][a-z]{2} +\d+ \d{2}:\d{2}:\d{2} \S+ [\w.-]+(?:\[\d+\])?: /, '')
        .trim();
    return s ? `(${s.length > 220 ? `${s.slice(0, 219)}…` : s})` : '';
}
// ------------------------------------------------------------------ the table
const BEANSTALK_RULES = [
    {
        id: 'beanstalk/disk-full',
        category: 'disk-full',
        source: 'Linux ENOSPC wording ("No space left on device") in eb-engine.log, cfn-init-cmd.log and eb-hooks.log',
        when: (f) => {
            const own = [...textLines(f), ...linesOf(f, 'cfn-init-cmd.log', 'eb-hooks.log', 'eb-activity.log')];
            return own.find((l) => matchesAny(l, DISK_FULL)) ?? null;
        },
        explain: (f, line) => {
            const hook = hookFailure(f);
            const cmd = hook ? null : ebextCommand(f);
            const loc = hook?.loc ?? (cmd ? ebextLocation(f, cmd) : null);
            const where = hook ? `the platform hook ${hook.path}` : cmd?.name ? `the .ebextensions command ${cmd.name}` : (f.step?.step ?? null);
            return {
                category: 'disk-full',
                message: `The instance ran out of disk space${where ? ` during ${where}` : ''}.`,
                step: hook ? `${hook.stage} hook ${hook.path}` : cmd ? ebextStep(cmd) : (f.step?.step ?? null),
                file: loc?.file ?? null,
                line: loc?.line ?? null,
                evidence: [f.step?.line, line].filter((x) => !!x),
                fix: 'Free space on the instances (old logs, Docker images, caches under /var/app) or give them a bigger root volume (`aws:autoscaling:launchconfiguration` `RootVolumeSize`).',
                key: 'disk',
            };
        },
    },
    {
        id: 'beanstalk/hook-not-executable',
        category: 'script-not-executable',
        source: `${SRC.hooks}; "fork/exec .platform/hooks/prebuild/x.sh: permission denied" (https://github.com/rennokki/laravel-aws-eb/issues/8)`,
        when: (f) => {
            const h = hookFailure(f);
            return h && /permission denied/i.test(h.detail) ? h : null;
        },
        explain: (_f, h) => hookCause(h, {
            category: 'script-not-executable',
            title: `${h.stage} hook ${h.name}: not executable`,
            message: `The platform hook ${h.path} is not executable: Beanstalk runs hooks directly (fork/exec), so the file needs its executable bit in the bundle.`,
            evidence: [h.detail],
            fix: `Commit it with \`git update-index --chmod=+x ${h.path}\` (or \`chmod +x\` before zipping); a zip made on Windows drops the bit.`,
        }),
    },
    {
        id: 'beanstalk/hook-crlf',
        category: 'script-line-endings',
        source: `${SRC.hooks}; "fork/exec .platform/hooks/prebuild/01_configure_php_ini.sh: no such file or directory" from a Windows checkout (https://github.com/rennokki/laravel-aws-eb/issues/34)`,
        when: (f) => {
            const h = hookFailure(f);
            if (!h)
                return null;
            const crlfSeen = matchesAny([h.detail, ...h.output].join('\n'), CRLF) || /\r/.test(h.detail) || /^[^\n]*\r\n/.test(h.content ?? '');
            // A clean LF file in the bundle proves the interpreter itself is missing (next rule).
            const interpreterMissing = HOOK_ENOENT.test(h.detail) && (h.content === undefined || /\r/.test(h.content));
            return crlfSeen || interpreterMissing ? h : null;
        },
        explain: (_f, h) => hookCause(h, {
            category: 'script-line-endings',
            title: `${h.stage} hook ${h.name}: CRLF line endings`,
            message: `The platform hook ${h.path} could not be started: the kernel did not find the interpreter its \`#!\` line names. ` +
                `That is almost always Windows (CRLF) line endings — \`#!/bin/bash\\r\` names a program "bash\\r" that does not exist.`,
            evidence: [h.detail, ...h.output.filter((l) => matchesAny(l, CRLF))],
        }),
    },
    {
        id: 'beanstalk/hook-interpreter-missing',
        category: 'command-not-found',
        source: `${SRC.hooks}: fork/exec ENOENT for a hook whose bundle file has LF line endings`,
        when: (f) => {
            const h = hookFailure(f);
            return h && HOOK_ENOENT.test(h.detail) ? h : null;
        },
        explain: (_f, h) => {
            const shebang = /^#!\s*(\S+(?:\s+\S+)?)/.exec(h.content ?? '')?.[1];
            return hookCause(h, {
                category: 'command-not-found',
                title: `${h.stage} hook ${h.name}: interpreter not installed`,
                message: `The platform hook ${h.path} could not be started: its interpreter${shebang ? ` \`${shebang}\`` : ''} is not installed on the instance.`,
                evidence: [h.detail],
                fix: `Point the \`#!\` line of ${h.path} at an interpreter the platform has (\`#!/bin/bash\`), or install it in an earlier hook.`,
            });
        },
    },
    {
        id: 'beanstalk/hook-no-interpreter-line',
        category: 'platform-hook-failed',
        source: `${SRC.hooks}: fork/exec "exec format error" (a hook without a #! line)`,
        when: (f) => {
            const h = hookFailure(f);
            return h && /exec format error/i.test(h.detail) ? h : null;
        },
        explain: (_f, h) => hookCause(h, {
            category: 'platform-hook-failed',
            title: `${h.stage} hook ${h.name}: no interpreter line`,
            message: `The platform hook ${h.path} cannot be executed: it has no \`#!\` interpreter line (exec format error).`,
            evidence: [h.detail],
            fix: `Start ${h.path} with an interpreter line such as \`#!/bin/bash\`.`,
        }),
    },
    {
        id: 'beanstalk/hook-command-not-found',
        category: 'command-not-found',
        source: `${SRC.hooks}: hook exits 127, eb-hooks.log shows the shell's "command not found"`,
        when: (f) => {
            const h = hookFailure(f);
            return h && matchesAny([h.detail, ...h.output].join('\n'), COMMAND_NOT_FOUND) ? h : null;
        },
        explain: (_f, h) => hookCause(h, {
            category: 'command-not-found',
            title: `${h.stage} hook ${h.name}: command not found`,
            message: `The platform hook ${h.path} calls a program that is not installed on the instance (exit status 127).`,
            evidence: [h.detail, ...h.output.filter((l) => matchesAny(l, COMMAND_NOT_FOUND))],
            fix: 'Install the program first (an `.ebextensions` `packages:` entry or an earlier prebuild hook) or call it by its absolute path.',
        }),
    },
    {
        id: 'beanstalk/hook-failed',
        category: 'platform-hook-failed',
        source: `${SRC.hooks}; ${SRC.engine}`,
        when: (f) => hookFailure(f),
        explain: (_f, h) => {
            const exit = /exit status (\d+)/.exec(h.detail)?.[0];
            return hookCause(h, {
                category: 'platform-hook-failed',
                title: `${h.stage} hook ${h.name} failed`,
                message: `The platform hook ${h.path} failed during the ${h.stage} stage${exit ? ` with ${exit}` : ''}.`,
                evidence: [h.detail, ...h.output.slice(-5)],
            });
        },
    },
    {
        id: 'beanstalk/ebextensions-command-crlf',
        category: 'script-line-endings',
        source: '"/usr/bin/env: bash\\r: No such file or directory … container_command … failed" (https://github.com/FoxxMD/laravel-elasticbeanstalk-queue-worker/issues/9)',
        when: (f) => {
            const c = ebextCommand(f);
            return c && matchesAny([f.text, ...c.output].join('\n'), CRLF) ? c : null;
        },
        explain: (f, c) => {
            const loc = ebextLocation(f, c);
            return {
                category: 'script-line-endings',
                title: `${ebextStep(c)}: CRLF line endings`,
                message: `The .ebextensions command ${c.name ? `\`${c.name}\` ` : ''}runs a script with Windows (CRLF) line endings: its \`#!\` line names "bash\\r", which does not exist.`,
                step: ebextStep(c),
                file: loc?.file ?? null,
                line: loc?.line ?? null,
                evidence: [...c.evidence.slice(0, 2), ...c.output.filter((l) => matchesAny(l, CRLF))],
                key: `ebext-crlf:${c.name ?? ''}`,
            };
        },
    },
    {
        id: 'beanstalk/ebextensions-command-not-found',
        category: 'command-not-found',
        source: 'cfn-init-cmd.log "Command 02_install_node_dependencies … sudo: npm: command not found … Exited with error code 1" (https://github.com/rennokki/laravel-aws-eb/issues/63)',
        when: (f) => {
            const c = ebextCommand(f);
            return c && matchesAny([...c.output, ...(f.origin === 'event' ? [f.text] : [])].join('\n'), COMMAND_NOT_FOUND) ? c : null;
        },
        explain: (f, c) => {
            const loc = ebextLocation(f, c);
            const missing = [...c.output, f.text].map((l) => /([\w./-]+): command not found|([\w./-]+): not found/.exec(l)).find(Boolean);
            const program = missing?.[1] ?? missing?.[2];
            return {
                category: 'command-not-found',
                title: `${ebextStep(c)}: ${program ? `${program}: ` : ''}command not found`,
                message: `The .ebextensions command ${c.name ? `\`${c.name}\` ` : ''}calls ${program ? `\`${program}\`, a program` : 'a program'} that is not installed on the instance.`,
                step: ebextStep(c),
                file: loc?.file ?? null,
                line: loc?.line ?? null,
                evidence: [...c.evidence.slice(0, 2), ...c.output.filter((l) => matchesAny(l, COMMAND_NOT_FOUND))],
                fix: 'Install the program before the command runs (`packages:`, a prebuild hook, or the platform that has it) or call it by its full path.',
                key: `ebext-nf:${c.name ?? ''}`,
            };
        },
    },
    {
        id: 'beanstalk/ebextensions-package-unavailable',
        category: 'ebextensions-command-failed',
        source: 'cfn-init.log "Error occurred during build: Yum does not have python34-devel available for installation" under PreBuildEbExtension',
        when: (f) => {
            if (f.origin === 'logs' && f.step && !EBEXT_STEP.test(`${f.step.step} ${f.step.detail}`))
                return null;
            const all = f.origin === 'event' ? [f.text] : linesOf(f, 'cfn-init.log', 'eb-activity.log', 'unknown');
            const line = all.find((l) => /(?:Yum|dnf|rpm) does not have (\S+) available|No package (\S+) available/i.test(l));
            return line ? { line, pkg: /(?:does not have|No package) (\S+) available/i.exec(line)?.[1] ?? '' } : null;
        },
        explain: (f, m) => {
            const loc = m.pkg ? locateInEbextensions(f.bundle, [(l) => new RegExp(`\\b${escapeRe(m.pkg)}\\b`).test(l)]) : null;
            return {
                category: 'ebextensions-command-failed',
                title: `packages: ${m.pkg || 'a package'} is not available`,
                message: `The \`packages:\` section of .ebextensions asks for ${m.pkg ? `\`${m.pkg}\`` : 'a package'}, which the platform's package manager does not have.`,
                step: 'packages',
                file: loc?.file ?? null,
                line: loc?.line ?? null,
                evidence: [f.step?.line, m.line].filter((x) => !!x),
                fix: 'Use the package name that exists on this platform (Amazon Linux 2023 uses dnf and newer names), or drop it.',
                key: `pkg:${m.pkg}`,
            };
        },
    },
    {
        id: 'beanstalk/ebextensions-command-failed',
        category: 'ebextensions-command-failed',
        source: 'cfn-init.log "[ERROR] Command 01_migrate (…) failed" / "Error encountered during build of postbuild_0_app: Command … failed" (https://github.com/rennokki/laravel-aws-eb/issues/27); legacy event "container_command 01_x in .ebextensions/x.config failed"',
        when: (f) => ebextCommand(f),
        explain: (f, c) => {
            const loc = ebextLocation(f, c);
            const exit = /Exited with error code (\d+)/.exec(c.output.join('\n'))?.[1];
            const kind = c.section === 'container_commands' ? 'container command' : 'command';
            return {
                category: 'ebextensions-command-failed',
                title: c.name ? `${c.section ?? 'commands'}: ${c.name} failed` : `.ebextensions ${c.section ?? 'commands'} failed`,
                message: `The .ebextensions ${kind}${c.name ? ` \`${c.name}\`` : ''}${c.commandText ? ` (\`${c.commandText}\`)` : ''}` +
                    `${loc ? ` in ${loc.file} line ${loc.line}` : ''} failed${exit ? ` with exit code ${exit}` : ''}.`,
                step: ebextStep(c),
                file: loc?.file ?? null,
                line: loc?.line ?? null,
                evidence: [...c.evidence.slice(0, 3), ...c.output.slice(-5)],
                fix: `Fix the command${c.name ? ` \`${c.name}\`` : ''} (its output is in the evidence); it must exit 0 — or add \`ignoreErrors: true\` if its failure is harmless.`,
                key: `ebext:${c.name ?? ''}`,
            };
        },
    },
    wording('beanstalk/macosx-resource-fork', 'bundle-invalid', 'event "The configuration file __MACOSX/app/.ebextensions/._x.config in application version v contains invalid YAML or JSON" (a zip made by macOS Finder)', [/__MACOSX\//], (line) => ({
        title: 'The bundle carries macOS __MACOSX entries',
        message: `The zip holds macOS resource forks (__MACOSX/…/._*), which Elastic Beanstalk reads as configuration files. ${quote(line)}`,
        fix: 'Zip without them (`zip -r app.zip . -x "__MACOSX/*" "*.DS_Store"`, or `hookline bundle`).',
    })),
    {
        id: 'beanstalk/proxy-config-invalid',
        category: 'ebextensions-invalid',
        source: 'eb-engine.log "[start proxy with new configuration] … validate nginx configuration failed … nginx: [emerg] \"location\" directive is not allowed here in /var/proxy/staging/nginx/conf.d/x.conf:1" (https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/platforms-linux-extend.proxy.html)',
        when: (f) => lineMatching(f, PROXY_INVALID),
        explain: (f, line) => {
            const at = /(?:in|of) (\/(?:var\/proxy\/staging|etc)\/(nginx|httpd)\/(\S+?)):(\d+)|line (\d+) of (\/etc\/(httpd)\/(\S+?)):/.exec(line);
            const rel = at ? `.platform/${at[2] ?? at[7]}/${at[3] ?? at[8]}` : null;
            const known = rel !== null && (f.bundle === undefined || f.bundle.files.has(rel) || f.bundle.modes.has(rel));
            return {
                category: 'ebextensions-invalid',
                title: 'The proxy configuration in the bundle is invalid',
                message: `The nginx/Apache configuration the bundle adds (under .platform/) does not pass the proxy's own check. ${quote(line)}`,
                step: f.step?.step ?? null,
                file: known ? rel : null,
                line: known ? Number(at?.[4] ?? at?.[5] ?? 1) : null,
                evidence: [around(line, PROXY_INVALID)],
                fix: 'Files in .platform/nginx/conf.d/ are included inside the http block (server/location directives belong in .platform/nginx/conf.d/elasticbeanstalk/*.conf); run `nginx -t` on the result.',
                key: `proxy:${rel ?? ''}`,
            };
        },
    },
    wording('beanstalk/docker-build-failed', 'bundle-invalid', 'event "Instance deployment failed to build the Docker image. The deployment failed."; legacy "Failed to build Docker image aws_beanstalk/staging-app … Hook /opt/elasticbeanstalk/hooks/appdeploy/pre/03build.sh failed"', [
        /failed to build the Docker image/i,
        /Failed to build Docker image/i,
        /docker build .*failed with error/i,
        /hooks\/appdeploy\/pre\/03build\.sh failed/,
        /Docker (?:Specific )?Build|Build Docker image/i,
    ], (line, f) => ({
        title: 'Docker image build failed',
        message: `Elastic Beanstalk could not build the application's Docker image from the bundle's Dockerfile. ${quote(line)}`,
        evidence: [
            around(line, [/docker/i]),
            ...linesOf(f, 'eb-engine.log')
                .filter((l) => /returned a non-zero code|ERROR \[|failed to solve|executor failed/i.test(l))
                .slice(-3),
        ],
        fix: 'Run `docker build .` on the bundle locally: the failing Dockerfile step is in the evidence (and in /var/log/eb-engine.log).',
    })),
    wording('beanstalk/entry-file-missing', 'bundle-invalid', "events \"Instance deployment: Both 'Dockerfile' and 'Dockerrun.aws.json' are missing in your source bundle\" and \"Instance deployment failed to generate a 'Procfile' for Node.js. Provide one of these files: 'package.json', 'server.js', or 'app.js'\" (https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/applications-sourcebundle.html)", [
        /(?:is|are) missing (?:in|from) (?:your|the) source bundle/i,
        /source bundle does not contain/i,
        /source bundle has issues/i,
        /there is no Procfile|no \.jar file at (?:the )?root|at root level of your source bundle/i,
        /failed to generate a 'Procfile'/i,
        /Provide one of these files/i,
        /source bundle has a single top-level (?:directory|folder)/i,
        /WSGIPath refers to a file that does not exist/i,
        /(?:could not|couldn't|unable to) find (?:a |an |the )?(?:JAR|WAR|application|executable|entry) file/i,
    ], (line) => ({
        title: 'The bundle lacks the file the platform starts from',
        message: `The source bundle does not have, at its root, the file this platform needs to start the application. ${quote(line)}`,
        fix: 'Zip the contents of the application folder, not the folder itself (`cd app && zip -r ../app.zip .`), and commit the entry file (Dockerfile, package.json, application.py, Procfile, the .jar).',
    })),
    wording('beanstalk/unzip-failed', 'bundle-invalid', 'eb-engine.log StageApplication: "Command /usr/bin/unzip -q -o /opt/elasticbeanstalk/deployment/app_source_bundle -d /var/app/staging/ failed … appears to use backslashes as path separators"; unzip\'s own "End-of-central-directory signature not found"; legacy hook 01unzip.sh', [
        /\bunzip\b.*failed with error/i,
        /appears to use backslashes as path separators/i,
        /End-of-central-directory signature not found/i,
        /cannot find zipfile directory/i,
        /not a zip ?file|zipfile is empty|bad zipfile offset/i,
        /(?:failed to|could not|unable to) (?:unzip|extract) (?:the )?(?:source|application)? ?bundle/i,
        /hooks\/appdeploy\/pre\/01unzip\.sh failed/,
    ], (line) => ({
        title: 'The source bundle could not be unzipped',
        message: `The instance could not unpack the source bundle. ${quote(line)}`,
        fix: 'Build a standard zip with forward slashes (`zip -r` or `hookline bundle`; PowerShell 5 `Compress-Archive` writes backslashes) and deploy a `.zip` (or `.war`).',
    })),
    wording('beanstalk/docker-config-invalid', 'bundle-invalid', `${SRC.troubleshooting} (Docker: "No EXPOSE directive found in Dockerfile, abort deployment", "Failed to pull Docker image :latest: Invalid repository name", "Invalid auth configuration file")`, [
        /No EXPOSE directive found in Dockerfile/i,
        /Invalid repository name/i,
        /Invalid auth configuration file/i,
        /Dockerrun\.aws\.json.*(?:invalid|unsupported|not supported)|(?:invalid|unsupported) .*Dockerrun/i,
    ], (line) => ({
        title: 'Docker configuration in the bundle is invalid',
        message: `The Dockerfile or Dockerrun.aws.json in the bundle is not usable by the platform. ${quote(line)}`,
        fix: 'Declare the container port (`EXPOSE` in the Dockerfile or `Ports` in Dockerrun.aws.json) and check Dockerrun.aws.json against the platform version (v1, or v3 with docker-compose.yml on Amazon Linux 2).',
    })),
    wording('beanstalk/docker-image-pull-failed', 'bundle-access-denied', `events "Instance deployment failed to download the Docker image", "Instance deployment: The ECR service failed to authenticate your private repository"; ${SRC.troubleshooting} ("Failed to download authentication credentials")`, [
        /failed to download the Docker image/i,
        /ECR service failed to authenticate/i,
        /Failed to download authentication credentials/i,
        /pull access denied|repository does not exist or may require 'docker login'/i,
        /Failed to pull Docker image/i,
    ], (line) => ({
        title: 'The instances could not pull the Docker image',
        message: `The instances could not download the application's Docker image. ${quote(line)}`,
        fix: 'Check the image name and tag, and give the instance profile (aws-elasticbeanstalk-ec2-role) `AmazonEC2ContainerRegistryReadOnly` for ECR, or `s3:GetObject` on the bucket that holds the registry credentials.',
    })),
    wording('beanstalk/source-bundle-download-failed', 'bundle-access-denied', 'instances fetch the application version from the Elastic Beanstalk S3 bucket with the instance profile (https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/iam-instanceprofile.html)', [
        /(?:failed to|could not|unable to) (?:download|retrieve|fetch) (?:the )?(?:application )?(?:source bundle|application version)/i,
        /source.?bundle.*(?:AccessDenied|Access Denied|\b403\b|Forbidden|NoSuchKey)/i,
        // CloudFormation reading the version's S3 object for the instances.
        /Service:AmazonCloudFormation, Message:S3 error: Access Denied/i,
    ], (line) => ({
        message: `The instances could not download the application version from S3. ${quote(line)}`,
        fix: "Give the instance profile read access to the elasticbeanstalk-<region>-<account> bucket (AWSElasticBeanstalkWebTier) and keep the version's S3 object in place until the deployment ends.",
    })),
    wording('beanstalk/application-version-rejected', 'bundle-invalid', `${SRC.troubleshooting} ("Failed to create the AWS Elastic Beanstalk application version": bundle too large or version quota)`, [/Failed to create the AWS Elastic Beanstalk application version/i, /Source bundle is empty or exceeds maximum allowed size/i], (line) => ({
        message: `Elastic Beanstalk did not accept the application version. ${quote(line)}`,
        fix: 'Keep the bundle under 500 MB (leave out node_modules, .git, build caches) and delete old application versions if the account reached its quota.',
    })),
    {
        id: 'beanstalk/dependency-install-failed',
        category: 'dependency-install-failed',
        source: 'events "Instance deployment: \'npm\' failed to install dependencies that you defined in \'package.json\'", "Instance deployment failed to install dependency gems that you defined in \'Gemfile\'", "Instance deployment failed to install application dependencies"; eb-engine.log [InstallDependency] "fail to install dependencies with requirements.txt"; legacy "Failed to run npm install" / hooks 50npm.sh (https://github.com/Rokt33r/aws-eb-typescript-app/issues/1)',
        when: (f) => {
            const line = lineMatching(f, DEPENDENCY);
            if (line)
                return line;
            const hook = legacyHook(f);
            if (hook && /npm|yarn|bundle|gem|composer|pip|requirements|03deploy\.py|asset_compilation/i.test(hook.name))
                return f.origin === 'event' ? f.text : hook.path;
            if (f.step && DEPENDENCY_STEP.test(f.step.step))
                return f.step.line;
            // The Ruby platform's build step (bundle exec rake assets:precompile), like a Buildfile build.
            if (f.step && /rake tasks|assets:precompile/i.test(`${f.step.step} ${f.step.detail}`))
                return f.step.line;
            return null;
        },
        explain: (f, line) => {
            const detail = f.step?.detail ?? f.text;
            const tool = /\bnpm\b/i.test(detail)
                ? 'npm'
                : /\byarn\b/i.test(detail)
                    ? 'yarn'
                    : /\bpip\b|requirements\.txt|Pipfile/i.test(detail)
                        ? 'pip'
                        : /\bgems?\b|Gemfile|bundle/i.test(detail)
                            ? 'bundler'
                            : /composer/i.test(detail)
                                ? 'composer'
                                : null;
            const output = detail
                .split(/\\n|\n|Stderr:/)
                .map((s) => s.trim())
                .filter((s) => /^(?:npm ERR!|npm error|ERROR:|error |Error:)|Could not find|No matching distribution|unable to resolve|requires|conflict/i.test(s));
            return {
                category: 'dependency-install-failed',
                title: `${f.step?.step ?? 'Build'}: installing dependencies failed`,
                message: `Elastic Beanstalk could not install the application's dependencies${tool ? ` with ${tool}` : ''}${f.step ? ` (${f.step.step})` : ''}.`,
                step: f.step?.step ?? null,
                file: null,
                line: null,
                evidence: [around(line, DEPENDENCY), ...output.slice(0, 5)],
                key: `dep:${tool ?? ''}`,
            };
        },
    },
    {
        id: 'beanstalk/legacy-hook-failed',
        category: 'platform-hook-failed',
        source: 'legacy platforms: "Hook /opt/elasticbeanstalk/hooks/appdeploy/pre/12_db_migration.sh failed. For more detail, check /var/log/eb-activity.log"; Windows: "Error occurred during build: Command hooks failed" (https://github.com/einaregilsson/beanstalk-deploy/issues/3)',
        when: (f) => legacyHook(f) ?? (/Command hooks (?:\([^)]*\) )?failed/.test(f.text) ? { path: 'HooksExecutor (Windows)', name: 'hooks' } : null),
        explain: (f, h) => ({
            category: 'platform-hook-failed',
            title: `Hook ${h.name} failed`,
            message: h.name === 'hooks'
                ? "The Windows platform's deployment hooks failed (HooksExecutor): the cause is in C:\\cfn\\log\\cfn-init.log and the Elastic Beanstalk deployment logs on the instance."
                : `The platform hook ${h.path} failed (a legacy Amazon Linux AMI platform; hooks there come from the platform or from .ebextensions \`files:\`).`,
            step: h.path,
            file: null,
            line: null,
            evidence: [f.origin === 'event' ? around(f.text, [LEGACY_HOOK, /Command hooks/], 400) : h.path],
            key: `legacy-hook:${h.name}`,
        }),
    },
    {
        id: 'beanstalk/app-command-not-found',
        category: 'app-start-failed',
        source: 'web.stdout.log / web.stderr.log lines of the Procfile process (the shell\'s "command not found", Node\'s "Cannot find module")',
        when: (f) => appLogLines(f).find((l) => matchesAny(l, APP_NOT_FOUND)) ?? null,
        explain: (f, line) => ({
            category: 'app-start-failed',
            title: 'The start command was not found',
            message: `The application's start command could not run ${quote(line)}: the Procfile (or the platform's default command) names a program, module or script the application does not have.`,
            step: f.step?.step ?? null,
            file: f.bundle?.files.has('Procfile') ? 'Procfile' : null,
            line: f.bundle?.files.has('Procfile') ? 1 : null,
            evidence: [line, f.step?.line].filter((x) => !!x),
            fix: "Call the program through the app's own environment (`web: npx next start`, `web: python -m gunicorn …`) and make sure it is in package.json `dependencies` / requirements.txt, not only devDependencies.",
            key: 'start:not-found',
        }),
    },
    {
        id: 'beanstalk/app-start-failed',
        category: 'app-start-failed',
        source: 'eb-engine.log "Following services are not running: web", "[Track pids in healthd] … /var/pids/web.pid: no such file or directory"; web.stdout.log process errors; nginx error.log "connect() failed (111: Connection refused) while connecting to upstream"; legacy "Docker container quit unexpectedly after launch"',
        when: (f) => lineMatching(f, APP_START) ??
            (f.step && /Run Docker Container|Start (?:app|application|Docker)|RegisterAppProcesses|CheckServicesRunning/i.test(f.step.step)
                ? f.step.line
                : null) ??
            appLogLines(f).find((l) => matchesAny(l, APP_START) || matchesAny(l, APP_CRASH)) ??
            // nginx, then Apache (httpd/error_log), finding nothing listening where the app should be.
            linesOf(f, 'error.log', 'error_log').find((l) => /connect\(\) failed \(111: Connection refused\) while connecting to upstream|AH00957/.test(l)) ??
            null,
        explain: (f, line) => {
            const app = appLogLines(f)
                .filter((l) => matchesAny(l, APP_START) || /\b(?:error|exception|fatal)\b/i.test(l))
                .slice(-4);
            return {
                category: 'app-start-failed',
                title: `${f.step?.step ?? 'Start'}: the application did not start`,
                message: `The application process did not start, exited right away or does not listen where nginx sends requests${f.step ? ` (${f.step.step})` : ''}.`,
                step: f.step?.step ?? null,
                file: null,
                line: null,
                evidence: [around(line, APP_START), ...app],
                key: 'start',
            };
        },
    },
    wording('beanstalk/instance-profile-or-role', 'iam-permissions', 'events "Environment must have instance profile associated with it.", "The instance profile … associated with the environment does not exist.", "A Service Role is required in this region", "Instance deployment failed to get one or more secrets" (https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/iam-instanceprofile.html, troubleshooting.html)', [
        /must have (?:an )?instance profile associated/i,
        /instance profile \S+ associated with the environment (?:does not exist|is invalid|has no role)/i,
        /Invalid IamInstanceProfile|IamInstanceProfile.*(?:not found|does not exist|invalid)/i,
        /A Service Role is required/i,
        /(?:service role|instance profile).*(?:does not exist|cannot be assumed|is not valid)/i,
        /failed to get one or more secrets/i,
        ...IAM,
    ], (line) => {
        const profile = /instance profile (\S+)/i.exec(line)?.[1];
        return {
            message: `A role is missing or lacks a permission. ${quote(line)}`,
            fix: /instance profile/i.test(line) && !/secrets/i.test(line)
                ? `Create the instance profile${profile && profile !== 'associated' ? ` ${profile}` : ''} (role with AWSElasticBeanstalkWebTier) and set it in \`aws:autoscaling:launchconfiguration\` \`IamInstanceProfile\`; new accounts no longer get a default one.`
                : /secrets/i.test(line)
                    ? 'Check the secret ARNs and give the instance profile `secretsmanager:GetSecretValue` / `ssm:GetParameter` on them.'
                    : undefined,
        };
    }),
    wording('beanstalk/instances-unreachable', 'agent-unavailable', 'events "The EC2 instances failed to communicate with AWS Elastic Beanstalk, either because of configuration problems with the VPC or a failed EC2 instance." and "The following resource(s) failed to create: [AWSEBInstanceLaunchWaitCondition]" (https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/vpc.html, troubleshooting.html)', [
        /instances failed to communicate with AWS Elastic Beanstalk/i,
        /\[AWSEBInstanceLaunchWaitCondition\]/,
        /WaitCondition (?:timed out|received failed message)|Received 0 conditions when expecting/i,
        /have not responded to commands|Responses were not received from/i,
        /Unable to (?:reach|connect to) (?:the )?Elastic Beanstalk/i,
    ], (line) => ({
        title: 'The instances cannot reach Elastic Beanstalk',
        message: `The instances never reported back to Elastic Beanstalk. ${quote(line)}`,
        fix: 'Instances in private subnets need a NAT gateway (or VPC endpoints for elasticbeanstalk, elasticbeanstalk-health, cloudformation, s3, sqs, logs); in public subnets they need a public IP (`AssociatePublicIpAddress: true`) and a route to an internet gateway.',
    })),
    wording('beanstalk/command-timeout', 'script-timeout', `${SRC.troubleshooting} ("Update environment operation is complete, but with command timeouts. Try increasing the timeout period.")`, [
        /complete, but with command timeouts/i,
        /have not responded in the allowed command timeout/i,
        /command timed out|timed out waiting for (?:the )?command/i,
    ], (line) => ({
        title: 'The deployment commands timed out',
        message: `The instances did not finish the deployment commands within the command timeout. ${quote(line)}`,
        fix: 'Make .ebextensions commands and hooks finish sooner (no long downloads or builds at deploy time) or raise `aws:elasticbeanstalk:command` `Timeout` (default 600 s).',
    })),
    wording('beanstalk/health-check-after-deploy', 'health-degraded', 'events "Instance id(s) \'i-…\' did not pass health check after command execution. Aborting the operation." (https://github.com/rennokki/laravel-aws-eb/issues/71); troubleshooting.html "Elastic Load Balancer awseb-… Has Zero Healthy Instances"', [
        /did not pass health checks? after (?:command execution|deploy)/i,
        /Has Zero Healthy Instances/i,
        /instances? (?:failed|did not pass) (?:the )?health checks?/i,
    ], (line) => ({
        title: 'Instances failed their health check after the deployment',
        message: `The new version was installed but the instances did not pass the health check afterwards, so Elastic Beanstalk aborted the deployment. ${quote(line)}`,
        fix: 'Read /var/log/web.stdout.log and nginx/error.log on an instance: the app must answer the health check path with 200 on the port the platform expects (PORT, usually 8080 or 5000).',
    })),
    wording('beanstalk/platform-template-bug', 'platform-error', 'Elastic Beanstalk release notes, 2019-06-07: "Service:AmazonCloudFormation, Message:Template error: Unable to get mapping for AWSEBAWSInstanceTypeFamily2Arch::t3a::Arch"', [/Unable to get mapping for AWSEB/i], say('The platform version does not support this setting (an AWS-side template limitation):')),
    {
        id: 'beanstalk/cloudformation-template-invalid',
        category: 'ebextensions-invalid',
        source: 'events "Service:AmazonCloudFormation, Message:Template format error: Unresolved resource dependencies [Bucket] in the Resources block of the template" after an update with .ebextensions Resources (https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environment-resources.html)',
        when: (f) => lineMatching(f, [
            /Template format error/i,
            /Template (?:validation )?error:/i,
            /Service:AmazonCloudFormation, Message:\[\/Resources\//,
            /Unrecognized resource types?/i,
            /Encountered unsupported property/i,
            /Unresolved resource dependencies/i,
            /InvalidParameterValue: Template\b|\bTemplate does not have\b/i,
            /resource\(s\) failed to (?:create|update): \[(?!AWSEB)/i,
        ]),
        explain: (f, line) => {
            const names = resourceNames(line);
            const loc = locateResources(f.bundle, names);
            return {
                category: 'ebextensions-invalid',
                title: `CloudFormation rejected the environment template${names.length ? ` (${names.join(', ')})` : ''}`,
                message: `CloudFormation rejected the update: the \`Resources\` (or option settings) added by .ebextensions do not form a valid template${loc ? ` — see ${loc.file} line ${loc.line}` : ''}. ${quote(line)}`,
                step: null,
                file: loc?.file ?? null,
                line: loc?.line ?? null,
                evidence: [line],
                fix: 'Fix the resource in .ebextensions (logical names must match their Ref/GetAtt, properties as CloudFormation documents them); `cfn-lint` on the Resources block shows the line.',
                key: `cfn:${names.join(',')}`,
            };
        },
    },
    {
        id: 'beanstalk/ebextensions-invalid',
        category: 'ebextensions-invalid',
        source: 'events "The configuration file .ebextensions/x.config in application version v contains invalid YAML or JSON", "Invalid option specification (Namespace: …, OptionName: …): Unknown configuration setting.", "Instance deployment detected one or more multiline environment values" (troubleshooting.html)',
        when: (f) => lineMatching(f, EBEXT_INVALID),
        explain: (f, line) => {
            const named = /(\.ebextensions\/[^\s'"]+?\.config)/.exec(line)?.[1];
            const option = /OptionName: '?([\w.:-]+)'?|Unknown or duplicate parameter: (\S+)/.exec(line);
            const optionName = option?.[1] ?? option?.[2];
            const loc = named
                ? locateConfigFile(named, line)
                : optionName
                    ? locateInEbextensions(f.bundle, [
                        (l) => new RegExp(`(?:^|[\\s'"])${escapeRe(optionName)}['"]?\\s*:|option_name:\\s*['"]?${escapeRe(optionName)}`).test(l),
                    ])
                    : null;
            return {
                category: 'ebextensions-invalid',
                title: loc ? `${loc.file}: invalid configuration` : '.ebextensions: invalid configuration',
                message: `Elastic Beanstalk rejected the configuration. ${quote(line)}`,
                step: null,
                file: loc?.file ?? null,
                line: loc?.line ?? null,
                evidence: [line],
                key: `config:${named ?? optionName ?? ''}`,
            };
        },
    },
    wording('beanstalk/load-balancer', 'load-balancer', `${SRC.troubleshooting} ("ELB cannot be attached to multiple subnets in the same AZ", "Elastic Load Balancer awseb-… Cannot Be Found", IPv6 CIDR blocks for dualstack)`, [
        /cannot be attached to multiple subnets in the same (?:AZ|Availability Zone)/i,
        /Elastic Load Balancer \S+ Cannot Be Found/i,
        /IPv6 CIDR blocks? (?:are|is) required for (?:the subnets used with )?dualstack/i,
        /IpAddressType.*can only be applied/i,
        /resource\(s\) failed to create: \[AWSEB(?:V2)?LoadBalancer/i,
        /Creating load balancer failed/i,
    ], say('The load balancer configuration is invalid:')),
    wording('beanstalk/concurrent-operation', 'concurrent-deployment', 'UpdateEnvironment/CreateApplicationVersion errors "OperationInProgressFailure": "… another operation is already in progress"', CONCURRENT, say('Another operation is in progress on the environment:')),
    wording('beanstalk/environment-not-ready', 'environment-not-ready', `UpdateEnvironment errors ("is in an invalid state for this operation. Must be Ready", "No Environment found"); ${SRC.troubleshooting} ("The stack … associated with environment … is in … state")`, [
        /is in an invalid state for this operation\. Must be Ready/i,
        /No Environment found/i,
        /Environment named \S+ (?:not found|does not exist)/i,
        /Environment must be in (?:the )?Ready state/i,
        /currently being (?:updated|terminated|launched)/i,
        /The stack \S+ associated with environment \S+ is in \S+ state/i,
        /associated CloudFormation stack \S+ does not exist/i,
    ], say('The environment cannot take a deployment now:')),
    wording('beanstalk/version-not-found', 'version-mismatch', 'UpdateEnvironment error "No Application Version named \'v43\' found."', [/No Application Version named '?([^'\s]+)'?/i, /Application version \S+ (?:does not exist|not found)/i], say('The application version does not exist:')),
    wording('beanstalk/version-left-behind', 'version-mismatch', 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environments-health-enhanced-notifications.html ("Incorrect application version found on 2 out of 5 instances. Expected version "v1" (deployment 1).")', [/Incorrect application version/i], (line) => ({
        message: `Some instances run another application version than expected: a deployment failed part-way. ${quote(line)}`,
        consequence: /Environment health has/i.test(line),
        fix: 'Find why the last deployment failed (the other diagnoses), then redeploy so every instance runs the same version.',
    })),
    wording('beanstalk/launch-configuration-unavailable', 'platform-error', 'events "Creating Auto Scaling launch configuration failed Reason: … The Launch Configuration creation operation is not available in your account. Use launch templates …" (https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environments-cfg-autoscaling-launch-templates.html)', [
        /Launch Configuration creation operation is not available/i,
        /Creating Auto Scaling launch configuration failed/i,
        /failed to create: \[AWSEBAutoScalingLaunchConfiguration\]/i,
        /Resource AWSEBAutoScalingGroup does not exist for stack/i,
    ], (line) => ({
        title: 'This account cannot create launch configurations',
        message: `AWS no longer lets this account create Auto Scaling launch configurations, and the environment still asks for one. ${quote(line)}`,
        fix: 'Make Elastic Beanstalk use a launch template: set `aws:autoscaling:launchconfiguration` `DisableIMDSv1: true` (or `RootVolumeType: gp3`), then update the environment.',
    })),
    wording('beanstalk/platform-error', 'platform-error', `events with AWS-side failures (throttling, internal errors, EC2 capacity); ${SRC.troubleshooting} ("EC2 Instance Launch Failure")`, [
        /Internal failure/i,
        /Service:Amazon\w+, Message:Rate exceeded/i,
        /\bThrottling\b|Rate exceeded/i,
        /InsufficientInstanceCapacity|We currently do not have sufficient \S+ capacity/i,
        /EC2 Instance Launch Failure/i,
        /InstanceLimitExceeded|VcpuLimitExceeded|more instances \(\d+\) than your current instance limit/i,
        /instance type \(\S+\) is not supported in your requested Availability Zone/i,
        /Stack named '\S+' aborted operation/i,
        /Service ?Unavailable|\bInternalError\b/,
    ], say('AWS reported a failure on its side:')),
    wording('beanstalk/legacy-command-output', 'ebextensions-command-failed', 'legacy platforms quote the failed activity\'s output in "[Instance: i-…] Command failed on instance. Return code: 1 Output: (TRUNCATED)…"; platform hooks say "Hook … failed", so output naming no hook is an .ebextensions command\'s (https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/customize-containers-ec2.html)', [/Command failed on instance\. Return code: [1-9]\d* Output: (?!Engine execution|Instance deployment|null\b)\S/], (line) => ({
        title: 'An .ebextensions command failed',
        message: `An instance command failed and the output Elastic Beanstalk quotes names no platform hook: on these platforms that is an .ebextensions \`commands\`/\`container_commands\` entry (check the one that runs what the output shows). ${quote(line)}`,
        evidence: [line.replace(/^.*?Output: /, '')],
        fix: 'Find the command in .ebextensions that produced this output (the full output is in /var/log/eb-activity.log or cfn-init-cmd.log); it must exit 0 and must not wait for input (`--noinput`).',
    })),
    wording('beanstalk/health-transition', 'health-degraded', `events "Environment health has transitioned from Ok to Severe. …" and (basic health) "Environment health has been set to RED" (${SRC.ebcli})`, [/Environment health has (?:transitioned|been set) (?:from \w+ )?to (Severe|Degraded|Warning|RED|YELLOW)\b/i], (line) => ({
        title: `Environment health: ${/to (\w+)/i.exec(line)?.[1] ?? 'degraded'}`,
        message: quote(line).replace(/^\(|\)$/g, ''),
        consequence: true,
    })),
    {
        id: 'beanstalk/engine-step-unrecognised',
        category: 'unknown',
        source: SRC.engine,
        when: (f) => f.step,
        explain: (_f, s) => ({
            category: 'unknown',
            title: `${s.step} failed`,
            message: `The deployment step "${s.step}" failed on the instance: ${quote(s.detail).replace(/^\(|\)$/g, '')}`,
            step: s.step,
            file: null,
            line: null,
            evidence: [s.line, ...s.detail.split('\n').slice(1, 4)],
            fix: 'Read /var/log/eb-engine.log around the [ERROR] line in the evidence; the lines above it show the command that failed.',
            key: `step:${s.step}`,
        }),
    },
];
/** The application's own output: web.stdout.log / web.stderr.log (the Procfile `web` process). */
function appLogLines(f) {
    // A tail without file headers may be the app's log as well as the platform's.
    if (f.logs.size === 1 && f.logs.has('unknown'))
        return linesOf(f, 'unknown');
    // web.* on Amazon Linux 2/2023, nodejs.log on the legacy Node.js platform, eb-…-stdouterr.log on Docker, catalina.out on Tomcat.
    return [...f.logs.keys()].filter((n) => APP_LOG.test(n)).flatMap((n) => linesOf(f, n));
}
const APP_LOG = /^web(?:[.-]|$)|^nodejs\.log$|stdouterr\.log$|^catalina\.out$/;

;// CONCATENATED MODULE: ./src/diagnose/table.ts
/** The first matching rule and its evidence, in table order. */
function table_firstMatch(rules, // eslint-disable-line @typescript-eslint/no-explicit-any -- each rule has its own Match
facts) {
    for (const rule of rules) {
        const match = rule.when(facts);
        if (match === null || match === undefined || match === false)
            continue;
        return { rule, cause: rule.explain(facts, match) };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/diagnose/beanstalk.ts
// Elastic Beanstalk: events never name the failed hook ("Instance deployment failed" →
// "[Instance: i-…] Command failed on instance…" → "Failed to deploy application."), so the cause
// mostly comes from each instance's tail logs (eb-engine.log names the failed step, cfn-init*.log
// the `.ebextensions` command, eb-hooks.log the `.platform` hook, web.stdout.log the app). Events
// carry the causes that happen before or around the instances (invalid configuration, IAM, VPC,
// versions, AWS-side failures). This module reads both into facts, runs the rule table
// (rules/beanstalk.ts) over them and groups the answers; a failure nothing explains is `unknown`.






const DASHES = /^\s*-{5,}\s*$/;
const HEADER = /^\s*(\/\S+)\s*$/;
/** One instance's tail text split into its log files, by base name (eb-engine.log, error.log, …). */
function splitTailLogs(text) {
    const out = new Map();
    let current = 'unknown';
    const raw = text.split('\n');
    for (let i = 0; i < raw.length; i++) {
        const line = raw[i] ?? '';
        // A header is "-----" / "/var/log/<file>" / "-----"; copies sometimes lose the closing dashes.
        const path = DASHES.test(line) ? HEADER.exec(raw[i + 1] ?? '')?.[1] : undefined;
        const closed = DASHES.test(raw[i + 2] ?? '');
        if (path && (closed || path.startsWith('/var/log/'))) {
            current = path.split('/').pop() ?? 'unknown';
            i += closed ? 2 : 1;
            continue;
        }
        if (line.trim() === '')
            continue;
        const list = out.get(current) ?? [];
        list.push(line.replace(/\r$/, ''));
        out.set(current, list);
    }
    return out;
}
const TIMESTAMPED = /^\s*\[?\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}/;
/** The last failed eb-engine step, with the unstamped lines eb-engine.log writes under it (stderr). */
function failedEngineStep(engineLog) {
    for (let i = engineLog.length - 1; i >= 0; i--) {
        const line = engineLog[i] ?? '';
        const m = ENGINE_STEP.exec(line);
        if (!m)
            continue;
        const more = [];
        for (let j = i + 1; j < engineLog.length && !TIMESTAMPED.test(engineLog[j] ?? ''); j++)
            more.push((engineLog[j] ?? '').trim());
        return { command: m[1] ?? '', step: m[2] ?? '', detail: [m[3] ?? '', ...more].join('\n').trim(), line };
    }
    return null;
}
const ERRORISH = /\[ERROR\]|\bERROR\b|\bfailed\b|npm ERR!|\bError:/i;
/** Files whose error lines speak for the platform (the app's own logs are read by their rules). */
const PLATFORM_LOGS = ['eb-engine.log', 'unknown', 'eb-activity.log', 'cfn-init.log', 'cfn-init-cmd.log', 'eb-hooks.log'];
function instanceFacts(text, bundle) {
    const logs = splitTailLogs(text);
    const engine = [...(logs.get('eb-engine.log') ?? []), ...(logs.get('unknown') ?? [])];
    const step = failedEngineStep(engine);
    const errors = step
        ? engine.filter((l) => l !== step.line && /\[ERROR\]/.test(l))
        : PLATFORM_LOGS.flatMap((n) => logs.get(n) ?? []).filter((l) => ERRORISH.test(l));
    return { origin: 'logs', text: [...(step ? [step.line, step.detail] : []), ...errors].join('\n'), logs, step, bundle };
}
function eventFacts(message, bundle) {
    return { origin: 'event', text: message, logs: new Map(), step: null, bundle };
}
/** The root cause in one instance's tail logs, or null when they show no failure. */
function analyseInstanceLogs(text, bundle) {
    return table_firstMatch(BEANSTALK_RULES, instanceFacts(text, bundle))?.cause ?? null;
}
function eventInstances(e) {
    const m = str(e, 'Message');
    const ids = [str(e, 'InstanceId'), ...[...m.matchAll(/\[Instance: (i-[0-9a-f]+)[\] ]/g)].map((x) => x[1] ?? '')];
    const list = /instance id\(s\) '([^']+)'/i.exec(m)?.[1];
    if (list)
        ids.push(...list.split(/[,\s]+/));
    return unique(ids.filter((s) => /^i-[0-9a-f]+$/.test(s)));
}
function toDiagnosis(c, instances) {
    const info = CATEGORY_INFO[c.category];
    return {
        category: c.category,
        // A consequence never outranks a cause; a deployment aborted on health is an error, not a warning.
        severity: c.consequence ? 'warning' : c.category === 'health-degraded' ? 'error' : info.severity,
        title: c.title ?? `${c.step ?? 'Deployment'}: ${info.headline}`,
        message: c.message,
        lifecycleEvent: c.step,
        instances,
        file: c.file,
        line: c.line,
        evidence: evidenceList(c.evidence),
        fix: c.fix ?? info.fix,
    };
}
function regroup(items) {
    return groupDiagnoses(items).map((d) => d.instances.length > 0 ? { ...d, message: `${d.message} Instances: ${listInstances(d.instances)}.` } : d);
}
const HEALTH_EVENT = /^Environment health has (?:transitioned|been set)/i;
/** An event that says the operation failed (not only that health dropped: health has its own rule). */
function isFailureEvent(e) {
    const m = str(e, 'Message');
    if (HEALTH_EVENT.test(m))
        return false;
    return ['ERROR', 'FATAL'].includes(str(e, 'Severity')) || isTerminalFailure(m);
}
/** The instance log to read next, judged from what the events and logs mention. */
function nextLogFile(texts) {
    if (/cfn-init|\.ebextensions|container_command/i.test(texts))
        return '/var/log/cfn-init.log and /var/log/cfn-init-cmd.log';
    if (/\.platform\/(?:conf)?hooks/.test(texts))
        return '/var/log/eb-hooks.log';
    if (/eb-activity\.log|\/opt\/elasticbeanstalk\/hooks|Snapshot (?:your )?logs|\(TRUNCATED\)/i.test(texts))
        return '/var/log/eb-activity.log';
    if (/docker/i.test(texts))
        return '/var/log/eb-engine.log and /var/log/eb-docker/containers/eb-current-app/*.log';
    if (/health|5xx|not responding/i.test(texts))
        return '/var/log/web.stdout.log and /var/log/nginx/error.log';
    return '/var/log/eb-engine.log';
}
/** The environment's page in the console, in the region the facts name when they name one. */
function consoleLink(events, logs) {
    const text = [...events.map((e) => `${str(e, 'PlatformArn')} ${str(e, 'Message')}`), ...Object.values(logs)].join('\n');
    const region = /arn:aws[\w-]*:[\w-]+:([a-z]{2}(?:-gov)?-[a-z]+-\d):/.exec(text)?.[1] ?? /--region ([a-z]{2}(?:-gov)?-[a-z]+-\d)\b/.exec(text)?.[1];
    return region
        ? `https://${region}.console.aws.amazon.com/elasticbeanstalk/home?region=${region}#/environments`
        : 'https://console.aws.amazon.com/elasticbeanstalk/home#/environments';
}
/** The answer when the facts show a failure and no rule explains it: the raw lines, the log to read, the console. */
function unexplained(events, logs) {
    const failing = events.filter(isFailureEvent);
    const generic = /^(?:\[Instance: \S+\] )?(?:Command failed on instance|Failed to deploy|Unsuccessful command execution|Instance deployment failed\.)/i;
    const messages = failing.map((e) => str(e, 'Message'));
    const decisive = [...messages.filter((m) => !generic.test(m)), ...messages.filter((m) => generic.test(m))];
    const logLines = Object.values(logs).flatMap((t) => t
        .split('\n')
        .filter((l) => /\[ERROR\]/.test(l))
        .slice(-2));
    const raw = [...decisive, ...logLines].filter((l) => l.trim() !== '');
    const instances = unique(failing.flatMap(eventInstances));
    const environment = events.map((e) => str(e, 'EnvironmentName')).find(Boolean);
    const noLogs = Object.keys(logs).length === 0;
    const file = nextLogFile([...messages, ...logLines].join('\n'));
    return {
        category: 'unknown',
        severity: 'error',
        title: 'Elastic Beanstalk reported a failure hookline does not recognise',
        message: `Elastic Beanstalk reports that the operation failed${environment ? ` on ${environment}` : ''}${instances.length ? ` (${listInstances(instances)})` : ''}: ` +
            `${showLine(decisive[0] ?? 'no message', 200).replace(/\.+$/, '')}. ${noLogs ? 'No instance logs were available' : 'The instance logs did not show a recognised cause'}.`,
        lifecycleEvent: null,
        instances,
        file: null,
        line: null,
        evidence: evidenceList(raw.length > 0 ? raw : ['Elastic Beanstalk reported the failure without a message.']),
        fix: `Read ${file} on ${instances.length ? listInstances(instances) : 'an instance'}` +
            `${noLogs ? ' (request them with `eb logs` or RequestEnvironmentInfo/RetrieveEnvironmentInfo tail)' : ''}; ` +
            `events and health: ${consoleLink(events, logs)}`,
    };
}
function diagnoseBeanstalk(facts, bundle) {
    const events = (facts.events ?? []).filter((e) => e !== null && typeof e === 'object');
    const logs = facts.logs ?? {};
    const fromLogs = [];
    for (const [instance, text] of Object.entries(logs)) {
        if (typeof text !== 'string')
            continue;
        const cause = analyseInstanceLogs(text, bundle);
        if (!cause)
            continue;
        const d = toDiagnosis(cause, [instance]);
        fromLogs.push({ key: groupKey(d, cause.key, cause.message), diagnosis: d });
    }
    const logCategories = new Set(fromLogs.map((k) => k.diagnosis.category));
    const fromEvents = [];
    for (const e of events) {
        const message = str(e, 'Message');
        const hit = message ? table_firstMatch(BEANSTALK_RULES, eventFacts(message, bundle)) : null;
        // What the instance logs establish, they tell better than an event's summary of it.
        if (!hit || logCategories.has(hit.cause.category))
            continue;
        const d = toDiagnosis(hit.cause, eventInstances(e));
        fromEvents.push({ key: groupKey(d, hit.cause.key, ''), diagnosis: d });
    }
    const result = [...regroup(fromLogs), ...regroup(fromEvents)];
    if (events.some(isFailureEvent) && !result.some((d) => d.severity === 'error'))
        result.push(unexplained(events, logs));
    const link = consoleLink(events, logs);
    return result.map((d) => (d.category === 'unknown' && !d.fix.includes('console.aws') ? { ...d, fix: `${d.fix} Console: ${link}` } : d));
}

;// CONCATENATED MODULE: ./src/diagnose/hook.ts
// One failed CodeDeploy lifecycle event as the rule table (rules/codedeploy.ts) reads it: the SDK
// fields flattened, the derived facts several rules need, and the builders rules use to say what
// happened. The deployment's own errorInformation is read through the same table as a pseudo-event
// (scope 'deployment', no event, no script).



// Ruby hook_executor.rb / Rust executor.rs: "... failed with exit code N"; shells and Python.
const EXIT_CODE = /(?:failed with exit code|exit status|returned non-zero exit status|Return code:?) (-?\d+)/i;
const ARCHIVE_PATH = /deployment-root\/([0-9a-f-]{36})\/(d-[A-Z0-9]+)\/deployment-archive\/(\S+)/;
function hookFacts(f, scope, deploymentId, bundle) {
    return {
        f,
        scope,
        deploymentId,
        bundle,
        texts: [f.message, f.logTail],
        exit: EXIT_CODE.exec(f.message)?.[1],
        archivePath: ARCHIVE_PATH.exec(f.message),
        hookLoc: f.event ? locateHookLocation(bundle, f.event, f.scriptName || undefined) : null,
        script: bundleScript(bundle, f.scriptName),
    };
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
/** Stands for the instance list in messages until grouping knows every instance. */
const HOSTS = '\u0001hosts\u0001';
function hook_withHosts(d) {
    const hosts = listInstances(d.instances);
    const fill = (t) => t.split(HOSTS).join(hosts);
    return { ...d, message: fill(d.message), fix: fill(d.fix), title: fill(d.title) };
}
function diagnosis(category, h, parts) {
    const info = CATEGORY_INFO[category];
    const { f } = h;
    return {
        category,
        severity: info.severity,
        title: parts.title ?? `${f.event || 'Deployment'}: ${info.headline}`,
        message: parts.message,
        lifecycleEvent: f.event || null,
        instances: h.scope === 'lifecycle' ? [f.target] : [],
        file: parts.file ?? null,
        line: parts.line ?? null,
        evidence: withFallbackEvidence(evidenceList(parts.evidence), f),
        fix: parts.fix ?? info.fix,
    };
}
/** Never an empty evidence list: a failure reported without any text says so, with its last output lines. */
function withFallbackEvidence(evidence, f) {
    if (evidence.length > 0)
        return evidence;
    const line = `${f.event || 'the deployment'}: Failed${f.errorCode ? ` (${f.errorCode})` : ''}, no diagnostics message`;
    return evidenceList([line, ...stderrTail(f.logTail)]);
}
/** The hook's appspec line as diagnosis fields. */
function atHook(h) {
    return { file: h.hookLoc?.file ?? null, line: h.hookLoc?.line ?? null };
}
/** The script's first line when the bundle holds it, else the hook's appspec line. */
function atScript(h) {
    return h.script !== undefined ? { file: normaliseRelative(h.f.scriptName), line: 1 } : atHook(h);
}
function scriptLabel(f) {
    return f.scriptName ? `\`${f.scriptName}\`` : 'the hook script';
}
/** The last output lines of the script (stderr preferred), without the agent's own headers. */
function stderrTail(logTail, n = 3) {
    const all = lines(logTail).filter((l) => !/(?:^|\s)(?:LifecycleEvent|Script) - /.test(l));
    const err = all.filter((l) => l.includes('[stderr]'));
    return (err.length > 0 ? err : all).slice(-n);
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
/** Where the agents write what a hook did; named when nothing more specific is known. */
const AGENT_LOGS = [
    '/opt/codedeploy-agent/deployment-root/deployment-logs/codedeploy-agent-deployments.log',
    '/var/log/aws/codedeploy-agent/codedeploy-agent.log',
];

;// CONCATENATED MODULE: ./src/diagnose/fallback.ts
// The "never empty" guarantee: when the facts show a failure and no rule explained it, say so with
// the decisive raw lines, the instance log to read next and the console page — never a bare "failed".



/** Beanstalk logs worth reading, in the order they usually name the cause (AL2/AL2023 platforms). */
const BEANSTALK_LOGS = [
    '/var/log/eb-engine.log',
    '/var/log/eb-hooks.log',
    '/var/log/cfn-init.log',
    '/var/log/cfn-init-cmd.log',
    '/var/log/web.stdout.log',
];
const FAILED_DEPLOYMENT = new Set(['Failed', 'Stopped']);
// Terminal event wordings the EB CLI treats as failure, besides ERROR/FATAL severities.
const EB_FAILURE_TEXT = [
    /completed with errors/i,
    /operation is complete, but with (?:errors|command timeouts)/i,
    /health has transitioned .*to (?:Severe|Red)\b/i,
    /\b(?:Severe|Red)\b health/i,
    /health (?:is|status) (?:Severe|Red)\b/i,
];
function targetBodies(facts) {
    return (facts.targets ?? []).map((t) => obj(t, 'instanceTarget') ??
        obj(t, 'lambdaTarget') ??
        obj(t, 'ecsTarget') ??
        obj(t, 'cloudFormationTarget') ??
        (t !== null && typeof t === 'object' ? t : {}));
}
function failedTargets(facts) {
    return targetBodies(facts).filter((b) => str(b, 'status') === 'Failed' || arr(b, 'lifecycleEvents').some((e) => str(e, 'status') === 'Failed'));
}
function failureEvents(facts) {
    return (facts.events ?? []).filter((e) => {
        if (e === null || typeof e !== 'object')
            return false;
        const severity = str(e, 'Severity').toUpperCase();
        return severity === 'ERROR' || severity === 'FATAL' || EB_FAILURE_TEXT.some((p) => p.test(str(e, 'Message')));
    });
}
/** True when the facts show a failure: a Failed/Stopped deployment, a failed target, an ERROR event, Severe/Red health. */
function showsFailure(facts) {
    if (facts.service === 'beanstalk')
        return failureEvents(facts).length > 0;
    return (FAILED_DEPLOYMENT.has(str(facts.deployment, 'status')) ||
        obj(facts.deployment, 'errorInformation') !== undefined ||
        failedTargets(facts).length > 0);
}
/** The region named by any ARN in the facts (target ARNs, platform ARNs), for a console link. */
function regionOf(facts) {
    const text = JSON.stringify([facts.deployment ?? null, facts.targets ?? [], facts.events ?? []]);
    return /arn:aws[\w-]*:[\w-]+:([a-z]{2}(?:-[a-z]+)+-\d):/.exec(text)?.[1] ?? null;
}
function fallback_consoleLink(facts) {
    const region = regionOf(facts);
    const host = region ? `https://${region}.console.aws.amazon.com` : 'https://console.aws.amazon.com';
    const q = region ? `?region=${region}` : '';
    if (facts.service === 'beanstalk') {
        const env = (facts.events ?? []).map((e) => str(e, 'EnvironmentName')).find((n) => n !== '');
        return `${host}/elasticbeanstalk/home${q}#/environments${env ? ` (environment ${env})` : ''}`;
    }
    const id = str(facts.deployment, 'deploymentId');
    return id ? `${host}/codesuite/codedeploy/deployments/${id}${q}` : `${host}/codesuite/codedeploy/deployments${q}`;
}
function codeDeployFallback(facts) {
    const id = str(facts.deployment, 'deploymentId');
    const status = str(facts.deployment, 'status');
    const err = obj(facts.deployment, 'errorInformation');
    const failed = failedTargets(facts);
    const instances = unique(failed.map((b) => str(b, 'targetId') || str(b, 'instanceId')).filter((s) => s !== ''));
    const eventLines = failed.flatMap((b) => arr(b, 'lifecycleEvents')
        .filter((e) => str(e, 'status') === 'Failed')
        .map((e) => `${str(b, 'targetId') || 'target'}: ${str(e, 'lifecycleEventName') || 'a lifecycle event'} Failed${str(obj(e, 'diagnostics'), 'message') ? ` — ${str(obj(e, 'diagnostics'), 'message')}` : ''}`));
    return {
        category: 'unknown',
        severity: CATEGORY_INFO.unknown.severity,
        title: `Deployment ${status ? status.toLowerCase() : 'failed'} without a recognised cause`,
        message: `CodeDeploy reports deployment ${id || '(unknown id)'} as ${status || 'failed'}${instances.length ? ` with failed targets ${listInstances(instances)}` : ''}, ` +
            'but its facts name no cause hookline recognises.',
        lifecycleEvent: null,
        instances,
        file: null,
        line: null,
        evidence: evidenceList([
            `deployment ${id || '(unknown id)'}: ${status || 'status unknown'}`,
            err ? [str(err, 'code'), str(err, 'message')].filter((s) => s !== '').join(': ') || undefined : undefined,
            ...eventLines,
        ]),
        fix: codeDeployNextStep(facts, instances),
    };
}
/** What to read when nothing explained a CodeDeploy failure: the agent logs on the instances and the console page. */
function codeDeployNextStep(facts, instances) {
    return `Read ${AGENT_LOGS.join(' and ')} on ${instances.length ? listInstances(instances) : 'the instances'}; console: ${fallback_consoleLink(facts)}`;
}
function beanstalkFallback(facts) {
    const events = failureEvents(facts);
    const instances = unique(events.flatMap((e) => [...str(e, 'Message').matchAll(/\bi-[0-9a-f]{8,17}\b/g)].map((m) => m[0])));
    return {
        category: 'unknown',
        severity: CATEGORY_INFO.unknown.severity,
        title: 'Environment update failed without a recognised cause',
        message: `Elastic Beanstalk reports a failure${instances.length ? ` on ${listInstances(instances)}` : ''}, but neither its events nor the instance logs name a cause hookline recognises.`,
        lifecycleEvent: null,
        instances,
        file: null,
        line: null,
        evidence: evidenceList(events.map((e) => str(e, 'Message').trim() ||
            `${str(e, 'Severity') || 'An'} event${str(e, 'EventDate') ? ` at ${str(e, 'EventDate')}` : ''} without a message`)),
        fix: `Read ${BEANSTALK_LOGS.join(', ')} on ${instances.length ? listInstances(instances) : 'the instances'} (tail logs: \`eb logs\`); console: ${fallback_consoleLink(facts)}`,
    };
}
/** The `unknown` diagnosis for failed facts no rule explained. */
function fallbackDiagnosis(facts) {
    return facts.service === 'beanstalk' ? beanstalkFallback(facts) : codeDeployFallback(facts);
}

;// CONCATENATED MODULE: ./src/diagnose/patterns.ts
// Wording both services' rule tables share: what shells, package managers, the AWS SDKs and the
// kernel print when a deploy step fails. Every matcher is unanchored so a line still matches
// behind a prefix (Rust agent timestamps, `[stderr]`, `[ERROR]`, log timestamps). The wording of
// one service only (the CodeDeploy agent's own sentences, Beanstalk events) lives in its table
// under rules/.
const P = {
    // Linux errno texts (ENOSPC/EDQUOT), the Rust std::io rendering "(os error 28)", npm's ENOSPC,
    // unzip's exit 50 (infozip FAQ "error codes") as both CodeDeploy agents report it.
    diskFull: [
        /No space left\b/i,
        /\bENOSPC\b/,
        /\(os error 28\)/,
        /not enough (?:free )?disk space/i,
        /Disk quota exceeded/i,
        /\bEDQUOT\b/,
        /insufficient (?:free )?disk space/i,
        /disk is (?:\(or was\) )?full/i,
        /write error \(disk full\?\)/,
        /Error extracting zip archive: 50\b/,
        /unzip failed \(exit 50\)/,
    ],
    // bash/dash/env with a CRLF script: the kernel looks for "bash\r", the shell sees "\r" tokens.
    crlf: [
        /\^M: bad interpreter/,
        /\r: bad interpreter/,
        /bad interpreter: No such file or directory/,
        /\$'\\r': command not found/,
        /: \$'\r': command not found/,
        /\r': command not found/,
        /\r': No such file or directory/,
        /syntax error near unexpected token `\$'\\r''/,
        /\S\^M['":]/,
        /\r: invalid option/,
        // A valid number read as non-numeric: `exit 0\r` (the \r is often lost when the text is copied).
        /\b(?:exit|return|shift): -?\d+\r?: numeric argument required/,
    ],
    // bash ": command not found", dash "3: pm2: not found", env, cmd.exe and PowerShell.
    commandNotFound: [
        /: command not found/,
        /: not found$/,
        /\bexit (?:code|status) 127\b/,
        /env: .?[\w.-]+.?: No such file or directory/,
        /is not recognized as an internal or external command/,
        /The term '[^']+' is not recognized as the name of a cmdlet/,
    ],
    permissionDenied: [/Permission denied/i, /\bexit (?:code|status) 126\b/, /\bEACCES\b/, /as executable/],
    // su (shadow-utils, util-linux), sudo and nologin refusing to switch user. `su` prompts for a
    // password (and fails without a terminal) whenever the caller is not root.
    runas: [
        /su: user \S+ does not exist/,
        /user '?\S+'? does not exist/,
        /sudo: unknown user/,
        /No passwd entry for user/,
        /su: (?:Authentication failure|must be run from a terminal|Permission denied|cannot open session|System error|incorrect password)/,
        /su: cannot set (?:groups|user id)/,
        /This account is currently not available/,
        /runas.*(?:invalid|does not exist)/i,
    ],
    /** sudo refusing because it would need a password: the agent does not run as root. */
    sudoPassword: [/sudo: a terminal is required/, /sudo: no tty present/, /sudo: a password is required/, /is not in the sudoers file/],
    // Ruby aws-sdk S3 errors, the Rust agent's "S3 GetObject failed for s3://…: AccessDenied…", HTTP
    // status texts, credential-chain failures.
    s3Denied: [
        /Access ?Denied/i,
        /\b403\b.*Forbidden|Forbidden.*\b403\b/i,
        /NoSuchKey/,
        /NoSuchBucket/,
        /The specified key does not exist/,
        /The specified bucket does not exist/,
        /\b404\b.*Not Found/i,
        /Aws::S3::Errors::\w+/,
        /S3 GetObject failed for/,
        /Missing credentials/i,
        /Unable to locate credentials/i,
        /failed to load IMDS session token/i,
        /instance profile/i,
        /InvalidAccessKeyId|SignatureDoesNotMatch|ExpiredToken|InvalidToken/,
        /request signature we calculated does not match/i,
        /Could not download bundle/i,
        /Expected deployment artifact bundle etag/,
        /Unable to (?:download|retrieve) (?:the )?(?:bundle|revision)/i,
    ],
    // Stand-alone IAM denials: STS/IAM error texts and the CodeDeploy service's "role does not have
    // permission" sentences (error-codes.html: IAM_ROLE_PERMISSIONS, AUTO_SCALING_IAM_ROLE_PERMISSIONS).
    iam: [
        /is not authorized to perform/i,
        /AccessDeniedException/,
        /\bUnauthorizedOperation\b/,
        /not authorized to (?:access|assume|invoke)/i,
        /does not give you permission to perform operations/i,
        /role does not have (?:the )?(?:correct |required |necessary )?permissions?/i,
        /does not have (?:the )?(?:correct |required |necessary )?permissions?/i,
        /(?:cannot|could not|unable to|failed to) assume (?:the )?(?:service )?role/i,
        /service role .* (?:missing|invalid|permission|cannot be (?:accessed|assumed))/i,
        /missing (?:the )?(?:required )?permissions?/i,
    ],
    concurrent: [
        /DeploymentLimitExceeded/,
        /already has an active Deployment/i,
        /already (?:has|have) (?:a )?deployment in progress/i,
        /another (?:deployment|operation) is (?:already )?in progress/i,
        /OperationInProgress/,
    ],
    /** Transient AWS-side failures (SDK error codes and texts). */
    platform: [
        /\bInternalFailure\b/,
        /\bInternal ?Error\b/i,
        /ServiceUnavailable/,
        /\bThrottl(?:ed|ing)(?:Exception)?\b/,
        /Rate exceeded/i,
        /due to an unexpected error/i,
    ],
};
function patterns_matchesAny(text, patterns) {
    return patterns.some((p) => p.test(text));
}
/** Lines (from any of the texts) that match one of the patterns, in order. */
function matchingLines(texts, patterns) {
    const out = [];
    for (const t of texts) {
        for (const line of t.split('\n')) {
            if (line.trim() && patterns_matchesAny(line, patterns))
                out.push(line);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/diagnose/rules/codedeploy.ts
// CodeDeploy: one ordered rule table for a failed lifecycle event (and, through the same table,
// for the deployment's errorInformation.message). The first rule whose evidence is present decides
// the cause, so the order is the precedence: what breaks the instance or the revision itself
// (disk, agent, download, unpacking, appspec) before what a script did, the script's own cause
// (line endings, interpreter, user, mode, output, time, missing command) before "it exited non-zero".
//
// Wording sources: aws/aws-codedeploy-agent — the Ruby agent 1.x under lib/instance_agent/ and the
// Rust agent 2.0 under src/ — and the CodeDeploy user guide (error-codes.html, troubleshooting pages).
// Rules cite the file or page their sentences come from.





const AGENT_REPO = 'github.com/aws/aws-codedeploy-agent';
const RUBY = `${AGENT_REPO} lib/instance_agent/plugins/codedeploy`;
const RUST = `${AGENT_REPO} src`;
const ERROR_CODES_PAGE = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/error-codes.html';
// ── Wording ────────────────────────────────────────────────────────────────────────────────
/** command_poller.rb#recover_from_crash? and Rust command_poller/crash_recovery.rs (error code 7). */
const AGENT_RESTART = [
    /Failing in-progress lifecycle event after an agent restart/i,
    /\bFailedAfterRestart\b/,
    /agent (?:likely )?restarted while running/i,
    /failed after (?:the )?(?:agent|host|instance) (?:restart|reboot)/i,
];
/** The service's words when the agent never answered (error-codes.html AGENT_ISSUE, console instance details). */
const AGENT_GONE = [
    /agent was not able to receive the lifecycle event/i,
    /problem with the (?:AWS )?CodeDeploy agent/i,
    /(?:AWS )?CodeDeploy agent has stopped/i,
    /timed out while waiting for the (?:CodeDeploy )?agent/i,
    /agent (?:was )?(?:restarted|stopped|shut down|killed|terminated) (?:during|while)/i,
    /No host (?:agent )?(?:has )?polled/i,
    /agent (?:is not|isn't) (?:running|installed|responding)/i,
    /codedeploy-agent (?:is not running|not found|dead)/i,
    /Unable to connect to (?:the )?CodeDeploy/i,
    /codedeploy-commands(?:-secure|-fips)?\.[\w.-]*amazonaws\.com.*(?:timed out|refused|failed)/i,
    // lib/instance_agent/agent/base.rb logs "Cannot reach InstanceService: <class> - <message>" when a poll fails; a denial is an IAM cause instead.
    /Cannot reach InstanceService: (?!\S*AccessDenied)/,
    /Signature expired: \d{8}T\d{6}Z is now earlier than/,
];
/**
 * The console's sentence for events that never ran: "(1) Multiple deployments are attempting to run
 * at the same time on an instance; (2) The AWS CodeDeploy agent has stopped." The first is what Auto
 * Scaling scale-outs with several deployment groups produce (troubleshooting-auto-scaling.html).
 */
const EVENTS_DID_NOT_RUN = [/lifecycle events did not run/i, /Multiple deployments are attempting to run at the same time/i];
/**
 * DownloadBundle unpacks into a fresh deployment-archive; a file there that "already exists" means
 * a second agent process or a broken agent release is writing the same archive (agent issues 255, 322).
 */
const ARCHIVE_COLLISION = /deployment-archive[\\/][^'"]*['"]?\s*already exists|already exists[^\n]*deployment-archive/i;
/**
 * The agent failing on its own state under the deployment root — ongoing-deployment/ (config.rb
 * :ongoing_deployment_tracking, deployment_command_tracker.rb), deployment-instructions/
 * (command_executor.rb), deployment-logs/ (log.rb): a broken install or wrong ownership, not the revision.
 */
const AGENT_STATE_IO = /(?:Permission denied|Read-only file system|Operation not permitted|No such file or directory)\b[^\n]*(?:ongoing-deployment|deployment-instructions|deployment-logs)\b/i;
/** Decisive wherever they appear: command_executor.rb#download_from_s3/#download_from_github, Rust aws_clients/s3_client.rs. */
const DOWNLOAD_FAILED = [
    /Aws::S3::Errors/,
    /S3 GetObject failed for/,
    /Could not download bundle/i,
    /Missing credentials/i,
    /failed to load IMDS session token/i,
    /IamSession credentials/,
    // The service / GitHub: the registered revision is gone (error-codes.html REVISION_MISSING).
    /(?:bundle|revision|object) .{0,80}(?:does not exist|could not be found|was not found)/i,
];
/** DownloadBundle only: Ruby's IOError when the S3 body never arrived (troubleshooting-deployments.html). */
const DOWNLOAD_EMPTY = [/not opened for reading/];
/** No route to S3 while downloading (command_executor.rb: "Try using s3 endpoint override"). */
const NO_ROUTE = [
    /Seahorse::Client::NetworkingError/,
    /Failed to open TCP connection/i,
    /Try using s3 endpoint override/,
    /Net::(?:Open|Read)Timeout/,
    /dispatch failure/i,
];
/** installer.rb#generate_normal_copy, Rust installer/error.rs FileAlreadyExists. */
const FILE_EXISTS = [/specified file already exists at this location/i, /Destination '[^']*' already exists/];
/** The copy during Install finds something in the way (Errno::EEXIST / EISDIR, Rust "(os error 17)"). */
const INSTALL_IN_THE_WAY = [
    /File exists @ \w+/,
    /Errno::EEXIST/,
    /File exists \(os error 17\)/,
    /Is a directory @ \w+/,
    /Not a directory @ \w+/,
];
/**
 * hook_executor.rb#parse_app_spec and Rust lifecycle_event/executor.rs ("did not find an AppSpec
 * file within the unpacked revision directory"), File.read of a missing appspec.yml (Ruby), Rust
 * host_command/commands/download_bundle.rs ("the specified file does not exist at the expected
 * location … AppSpec"), and the service for ECS/Lambda revisions.
 */
const APPSPEC_MISSING = [
    /did not find an AppSpec file/i,
    /No such file or directory(?: @ \w+)? - \S*deployment-archive\/appspec\.(?:ya?ml|json)\b/,
    /specified file does not exist at the expected location/i,
    /(?:revision|bundle|archive) (?:does not|doesn't) (?:contain|have|include) (?:an? |the )?AppSpec/i,
    /(?:no|missing) AppSpec file/i,
    /AppSpec file (?:was |is )?(?:missing|not found)/i,
    /appspec\.(?:ya?ml|json) (?:file )?(?:was )?not (?:been )?found/i,
];
/**
 * platform/linux_util.rb#execute_zip_command/#execute_tar_command, the rubyzip fallback in
 * command_executor.rb#unpack_bundle, Rust host_command/bundle_unpacker.rs, gzip/tar stderr, and
 * deployment_specification.rb's bundle-type checks.
 */
const UNPACK = [
    /Error extracting (?:zip|tar|tgz) archive/i,
    /(?:unzip|tar) failed \(exit -?\d+\)/,
    /Zip::\w*Error|Zip end of central directory/,
    /End-of-central-directory signature not found/i,
    /not a zip ?file|cannot find zipfile directory/i,
    /gzip: stdin: not in gzip format/,
    /tar: This does not look like a tar archive/,
    /bundle'?s? type is incorrect|BundleType in \w+Revision must be|bundle ?type (?:is )?(?:invalid|not valid|mismatch)/i,
    /__MACOSX/,
];
/**
 * application_specification/*.rb (AppSpecValidationException), install_instruction.rb, Rust
 * application_specification/error.rs and installer/error.rs — all "The deployment failed because …
 * application specification file / AppSpec file" — command_executor.rb#validate_app_spec_hooks,
 * Psych / serde_yaml parse errors, and the service's texts for ECS/Lambda AppSpecs.
 */
const APPSPEC_INVALID = [
    /The deployment failed because .*(?:application specification ?file|AppSpec file)/i,
    /The deployment failed because of a YAML parsing error/i,
    /file contains unknown lifecycle events/i,
    /lifecycle event which is not a default one/i,
    /invalid version value|unsupported operating system \(/i,
    /Psych::SyntaxError/,
    /\(<unknown>\): .* at line \d+ column \d+/,
    /did not find expected (?:key|node content|'-' indicator)|mapping values are not allowed|could not find expected ':'|found character that cannot start any token|found a tab character/,
    /\b(?:invalid (?:range part|sensitivity|category(?: range)?) \S|duplicate categories\b)/,
    /attempts to escape the deployment archive directory/,
    /AppSpec (?:file )?(?:cannot|could not|can't|couldn't) be (?:parsed|read|loaded)/i,
    /(?:invalid|malformed) AppSpec|AppSpec (?:file )?(?:is )?(?:invalid|not valid|malformed)/i,
    /AppSpec file .{0,120}(?:invalid|not valid|cannot be parsed)/i,
    /JSON::ParserError|unexpected token at '/,
];
/** Ruby exceptions raised while application_specification.rb walks a structurally wrong appspec (the agent reports only e.message). */
const RUBY_EXCEPTION = [
    /undefined method [`'‘][^`'’]+[`'’] for /,
    /\bNoMethodError\b/,
    /no implicit conversion of \w+ into \w+/,
    /\bTypeError\b/,
    /can't convert \w+ (?:in)?to \w+/,
    /undefined local variable or method/,
];
/** installer.rb copies each files[].source: Errno::ENOENT under deployment-archive (Ruby), "IO error: … (os error 2)" (Rust installer/error.rs). */
const SOURCE_MISSING = /No such file or directory(?: @ \w+)? - (\S*deployment-archive\/(\S+))/;
const SOURCE_MISSING_RUST = /No such file or directory \(os error 2\)/;
/** hook_executor.rb / Rust executor.rs: exec of an existing script failed (the interpreter its first line names is not there). */
const EXEC_ENOENT = /failed with error (?:Errno::ENOENT\b|No such file or directory)/;
/** Errno::ENOEXEC / "(os error 8)": no "#!" line, a byte-order mark before it, or a binary for another architecture. */
const EXEC_FORMAT = [/Exec format error/, /Errno::ENOEXEC/];
/** hook_executor.rb SCRIPT_EXECUTABILITY_CODE, Rust "… as executable: …", spawn EACCES, PowerShell execution policy. */
const NOT_EXECUTABLE = [
    /Unable to set script at specified location: .* as executable/,
    /failed with error (?:Errno::EACCES|Permission denied)/,
    /running scripts is disabled on this system/,
];
/** hook_executor.rb / Rust executor.rs OUTPUTS_LEFT_OPEN_CODE. */
const OUTPUTS_OPEN = [/failed to close STD(?:OUT|ERR)/i, /\bOutputsLeftOpen\b/, /outputs left open/i];
/** hook_executor.rb / Rust executor.rs SCRIPT_TIMED_OUT_CODE. */
const TIMED_OUT = [/failed to complete in \d+ seconds/i, /\bScriptTimedOut\b/, /timed out after \d+ seconds/i];
/** A long-running server logging into the hook's output (it is attached to the hook's stdout). */
const SERVER_OUTPUT = [
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
];
/** The AWS CLI / SDKs inside a hook script, denied by the instance profile. */
const CLI_DENIED = [
    /An error occurred \((?:AccessDenied(?:Exception)?|UnauthorizedOperation|AuthorizationError|UnauthorizedAccess)\) when calling/,
    /is not authorized to perform/i,
];
/** Deployment-level sentences of the service (error-codes.html; CreateDeploymentGroup validation). */
const HEALTH = [
    /too many individual instances failed/i,
    /too few healthy instances/i,
    /minimum (?:number of )?healthy (?:instances|hosts)/i,
];
const NO_INSTANCES = [
    /no instances (?:were )?(?:found|specified|matched)/i,
    /(?:matched|matches|identif(?:y|ies|ied)) no instances/i,
    /no (?:target )?instances? (?:in|for) (?:the|this|your) deployment group/i,
    /deployment group contains no instances/i,
];
const LOAD_BALANCER = [
    /valid pair of target groups/i,
    /target ?group ?pair/i,
    /specification for load balancing .* is invalid/i,
    /target group .* must be behind (?:a |the )?listener/i,
    /target group .* (?:is not|isn't) associated with/i,
    /(?:load balancer|target group|listener)s? .{0,80}(?:could not be found|does not exist|not found)/i,
    /ELB could not be updated/i,
    /(?:failed|unable) to (?:register|deregister) .{0,80}(?:load balancer|target group)/i,
    /not registered with (?:the )?(?:load balancer|target group)/i,
    /lifecycle hook .{0,80}Auto Scaling group|Auto Scaling group .{0,80}lifecycle hook/i,
    /(?:isn't|is not|not) configured correctly with its (?:Amazon EC2 )?Auto Scaling group/i,
];
const TRAFFIC_EVENTS = new Set(['AllowTraffic', 'BlockTraffic', 'TestTraffic', 'AllowTestTraffic']);
const SCRIPT_LOCATION = /Script (?:does not exist )?at specified location: (.+?)(?: run as user (\S+))?(?: failed| is not| resolves|$)/;
// ── Helpers ────────────────────────────────────────────────────────────────────────────────
function hits(texts, patterns) {
    const found = matchingLines(texts, patterns);
    return found.length > 0 ? found : null;
}
const inMessage = (h, patterns) => hits([h.f.message], patterns);
const inAny = (h, patterns) => hits(h.texts, patterns);
const lifecycle = (h) => h.scope === 'lifecycle';
function isMissing(h) {
    return (h.f.errorCode === 'ScriptMissing' ||
        /Script does not exist at specified location|resolves outside the deployment archive/i.test(h.f.message));
}
function namingCodeDeploy(lines) {
    const named = (lines ?? []).filter((l) => /codedeploy/i.test(l));
    return named.length > 0 ? named : null;
}
/**
 * "Permission denied" about the script itself: the path right before ": Permission denied" (shells)
 * or after "Permission denied … - " (Ruby Errno::EACCES) ends with the script's name. A redirect or
 * mkdir the script makes is denied on another path, even when the shell prefixes the script's name.
 */
function deniedOnScript(line, base) {
    if (base === '')
        return false;
    const shell = /(\S+): Permission denied\s*$/.exec(line)?.[1];
    const ruby = /Permission denied(?: @ \w+)? - (\S+)/.exec(line)?.[1];
    return [shell, ruby].some((p) => p !== undefined && (p === base || p.endsWith(`/${base}`)));
}
/** Exec of the (existing) script failed with ENOENT: the agent's sentence, or the raw errno text naming the script. */
function execEnoent(h) {
    if (EXEC_ENOENT.test(h.f.message))
        return true;
    const script = normaliseRelative(h.f.scriptName);
    return script !== '' && /No such file or directory/.test(h.f.message) && h.f.message.includes(script);
}
function secondsIn(message) {
    return /in (\d+) seconds/.exec(message)?.[1];
}
function firstLine(script) {
    return script?.split('\n')[0];
}
/** The appspec line whose `source:` names this bundle path (or a parent of it). */
function locateFilesSource(h, path) {
    const appspec = findAppspec(h.bundle);
    if (!appspec)
        return { file: null, line: null };
    const rel = normaliseRelative(path);
    const rows = appspec.text.split('\n');
    let best = null;
    rows.forEach((row, i) => {
        const m = /^\s*-?\s*source:\s*['"]?([^'"#]*?)['"]?\s*(?:#.*)?$/.exec(row);
        if (!m)
            return;
        const src = normaliseRelative(m[1] ?? '');
        if (src !== '' && (rel === src || rel.startsWith(`${src}/`)))
            best = i + 1;
    });
    return { file: appspec.path, line: best };
}
// ── The table ──────────────────────────────────────────────────────────────────────────────
const HOOK_RULES = [
    {
        id: 'codedeploy/agent-restarted',
        category: 'agent-unavailable',
        source: `${RUBY}/command_poller.rb (recover_from_crash?); ${RUST}/command_poller/crash_recovery.rs`,
        when: (h) => inMessage(h, AGENT_RESTART),
        explain: (h, ev) => diagnosis('agent-unavailable', h, {
            message: `The CodeDeploy agent on ${HOSTS} restarted while ${h.f.event || 'a lifecycle event'} was running (a reboot, an agent update, ` +
                `or a hook that restarted or killed the agent), so the agent failed the in-progress event when it came back.`,
            fix: 'Do not restart the instance or the codedeploy-agent service from a hook; if the instance rebooted, redeploy. Check /var/log/aws/codedeploy-agent/codedeploy-agent.log for why it stopped.',
            evidence: [h.f.message, ...ev],
        }),
    },
    {
        id: 'codedeploy/disk-full',
        category: 'disk-full',
        source: `${RUBY}/command_executor.rb (unpack_bundle: "The disk is (or was) full during extraction."); ${RUST}/host_command/bundle_unpacker.rs; errno ENOSPC/EDQUOT`,
        when: (h) => inAny(h, P.diskFull),
        explain: (h, ev) => {
            const unpacking = /during extraction|extracting zip archive: 50|unzip failed \(exit 50\)/i.test(ev.join('\n'));
            return diagnosis('disk-full', h, {
                message: `${h.f.event || 'The deployment'} failed on ${HOSTS} because the instance's disk is full` +
                    `${unpacking ? ' (while the bundle was being unpacked)' : h.f.scriptName ? ` (while running ${scriptLabel(h.f)})` : ''}. ` +
                    'Every later deployment to this instance fails the same way until space is freed.',
                evidence: [h.f.message, ...ev],
            });
        },
    },
    {
        id: 'codedeploy/events-did-not-run',
        category: 'concurrent-deployment',
        source: 'CodeDeploy console instance diagnostics ("One or more lifecycle events did not run"); https://docs.aws.amazon.com/codedeploy/latest/userguide/troubleshooting-auto-scaling.html',
        when: (h) => inMessage(h, EVENTS_DID_NOT_RUN),
        explain: (h, ev) => diagnosis('concurrent-deployment', h, {
            message: `The lifecycle events on ${HOSTS} did not run: another deployment was running on the same instance at the same time ` +
                '(typical when an Auto Scaling scale-out triggers several deployment groups at once), or the CodeDeploy agent had stopped.',
            fix: 'Deploy one revision at a time to an instance (one deployment group per Auto Scaling group, or serialise releases); if nothing else was deploying, restart the CodeDeploy agent.',
            evidence: [h.f.message, ...ev],
        }),
    },
    {
        id: 'codedeploy/agent-state-io',
        category: 'agent-unavailable',
        source: `${AGENT_REPO} lib/instance_agent/config.rb (ongoing-deployment), ${RUBY}/deployment_command_tracker.rb, command_executor.rb (deployment-instructions); https://github.com/aws/aws-codedeploy-agent/issues/395`,
        when: (h) => (AGENT_STATE_IO.test(h.f.message) ? [h.f.message] : null),
        explain: (h, ev) => diagnosis('agent-unavailable', h, {
            message: `The CodeDeploy agent on ${HOSTS} cannot write its own state under the deployment root: its install is broken or the directory's owner or permissions changed.`,
            fix: 'Reinstall the CodeDeploy agent (or restore ownership of its root directory to the user it runs as) and redeploy.',
            evidence: ev,
        }),
    },
    {
        id: 'codedeploy/agent-not-answering',
        category: 'agent-unavailable',
        source: `${ERROR_CODES_PAGE} (AGENT_ISSUE); CodeDeploy console lifecycle-event diagnostics`,
        // A hook's own output may say some other agent "is not running": only lines naming CodeDeploy count there.
        when: (h) => inMessage(h, AGENT_GONE) ?? namingCodeDeploy(hits([h.f.logTail], AGENT_GONE)),
        explain: (h, ev) => diagnosis('agent-unavailable', h, {
            message: `The CodeDeploy agent on ${HOSTS} did not complete ${h.f.event || 'the deployment'}: it was not running, not polling, or restarted while the event ran.`,
            evidence: [h.f.message, ...ev],
        }),
    },
    {
        id: 'codedeploy/archive-collision',
        category: 'agent-unavailable',
        source: 'https://github.com/aws/aws-codedeploy-agent/issues/255 and /issues/322 (DownloadBundle: "Destination …/deployment-archive/appspec.yml already exists")',
        when: (h) => (h.f.event === 'DownloadBundle' && ARCHIVE_COLLISION.test(h.f.message) ? [h.f.message] : null),
        explain: (h, ev) => diagnosis('agent-unavailable', h, {
            message: `DownloadBundle on ${HOSTS} found files already in the fresh deployment-archive it was unpacking into: a second CodeDeploy agent process ` +
                '(often after an upgrade) or a broken agent release is writing the same archive.',
            fix: 'Make sure exactly one codedeploy-agent process runs (`ps aux | grep codedeploy`), then reinstall or upgrade the agent and redeploy.',
            evidence: ev,
        }),
    },
    {
        id: 'codedeploy/bundle-download-denied',
        category: 'bundle-access-denied',
        source: `${RUBY}/command_executor.rb (download_from_s3, download_from_github); ${RUST}/aws_clients/s3_client.rs ("S3 GetObject failed for")`,
        when: (h) => inMessage(h, DOWNLOAD_FAILED) ??
            (h.f.event === 'DownloadBundle' ? (inAny(h, P.s3Denied) ?? inAny(h, NO_ROUTE) ?? inMessage(h, DOWNLOAD_EMPTY)) : null),
        explain: (h, ev) => {
            const noRoute = patterns_matchesAny(ev.join('\n'), NO_ROUTE);
            return diagnosis('bundle-access-denied', h, {
                message: noRoute
                    ? `${HOSTS} could not reach S3 to download the revision during ${h.f.event}: the instance has no route to S3 (private subnet without a NAT gateway or an S3 VPC endpoint, or a proxy the agent does not use).`
                    : `${HOSTS} could not download the revision from S3 during ${h.f.event || 'the deployment'}: the instance profile lacks access, the object or bucket does not exist (or is in another region), or the agent has no credentials.`,
                fix: noRoute
                    ? 'Give the subnet a route to S3 (NAT gateway or a gateway VPC endpoint for S3), or set `:proxy_uri:` in the agent configuration.'
                    : undefined,
                evidence: [h.f.message, ...ev],
            });
        },
    },
    {
        id: 'codedeploy/iam-denied',
        category: 'iam-permissions',
        source: `${ERROR_CODES_PAGE} (IAM_ROLE_PERMISSIONS, AUTO_SCALING_IAM_ROLE_PERMISSIONS); https://docs.aws.amazon.com/codedeploy/latest/userguide/security_iam_troubleshoot.html`,
        // In AllowTraffic/BlockTraffic the denial may only be in the details: it beats the load-balancer fallback.
        when: (h) => inMessage(h, P.iam) ?? (TRAFFIC_EVENTS.has(h.f.event) ? inAny(h, P.iam) : null),
        explain: (h, ev) => TRAFFIC_EVENTS.has(h.f.event)
            ? diagnosis('iam-permissions', h, {
                message: `${h.f.event} failed on ${HOSTS}: the CodeDeploy service role may not (de)register instances with the load balancer.`,
                fix: "Attach the AWSCodeDeployRole managed policy (it includes the elasticloadbalancing actions) to the deployment group's service role.",
                evidence: [h.f.message, ...ev],
            })
            : diagnosis('iam-permissions', h, {
                message: `${h.f.event || 'The deployment'} failed${lifecycle(h) ? ` on ${HOSTS}` : ''}: a role is denied an action it needs (the CodeDeploy service role, the caller, or the Lambda/ELB permission named in the message).`,
                evidence: [h.f.message, ...ev],
            }),
    },
    {
        id: 'codedeploy/concurrent-deployment',
        category: 'concurrent-deployment',
        source: 'CodeDeploy API DeploymentLimitExceededException; https://docs.aws.amazon.com/codedeploy/latest/userguide/troubleshooting-auto-scaling.html',
        when: (h) => inMessage(h, P.concurrent),
        explain: (h, ev) => diagnosis('concurrent-deployment', h, {
            message: `Another deployment was already running for this target: ${showLine(h.f.message)}`,
            evidence: ev,
        }),
    },
    {
        id: 'codedeploy/file-exists',
        category: 'file-exists',
        source: `${RUBY}/installer.rb (generate_normal_copy); ${RUST}/installer/error.rs (FileAlreadyExists)`,
        when: (h) => inMessage(h, FILE_EXISTS) ?? (h.f.event === 'Install' ? inMessage(h, INSTALL_IN_THE_WAY) : null),
        explain: (h, ev) => diagnosis('file-exists', h, {
            message: `${h.f.event || 'Install'} stopped because a file the revision installs is already on ${HOSTS} and was not put there by CodeDeploy (file_exists_behavior is DISALLOW by default).`,
            evidence: [h.f.message, ...ev],
        }),
    },
    {
        id: 'codedeploy/appspec-missing',
        category: 'bundle-invalid',
        source: `${RUBY}/hook_executor.rb (parse_app_spec); ${RUST}/lifecycle_event/executor.rs (parse_app_spec); ${RUST}/host_command/commands/download_bundle.rs`,
        when: (h) => inMessage(h, APPSPEC_MISSING) ?? (h.f.event === 'DownloadBundle' ? inAny(h, APPSPEC_MISSING) : null),
        explain: (h, ev) => diagnosis('bundle-invalid', h, {
            message: `The revision has no appspec.yml at its root${lifecycle(h) ? ` (${h.f.event} on ${HOSTS})` : ''}: the archive was built from the folder above the application, or the file is named differently.`,
            fix: 'Build the archive from inside the application folder so appspec.yml sits at its root (`cd app && zip -r ../app.zip .`); hookline bundle does this.',
            evidence: [h.f.message, ...ev],
        }),
    },
    {
        id: 'codedeploy/bundle-unpack-failed',
        category: 'bundle-invalid',
        source: `${AGENT_REPO} lib/instance_agent/platform/linux_util.rb (execute_zip_command, execute_tar_command); ${RUBY}/command_executor.rb (unpack_bundle); ${RUST}/host_command/bundle_unpacker.rs`,
        when: (h) => inMessage(h, UNPACK) ?? (h.f.event === 'DownloadBundle' ? inAny(h, UNPACK) : null),
        explain: (h, ev) => diagnosis('bundle-invalid', h, {
            message: `The revision could not be unpacked${lifecycle(h) ? ` on ${HOSTS} (${h.f.event})` : ''}: the bundle type registered does not match the archive (zip registered as tar, or the reverse), or the archive is corrupt.`,
            evidence: [h.f.message, ...ev],
        }),
    },
    {
        id: 'codedeploy/appspec-rejected',
        category: 'appspec-invalid',
        source: `${RUBY}/application_specification/ (AppSpecValidationException); ${RUBY}/command_executor.rb (validate_app_spec_hooks); ${RUST}/application_specification/error.rs; ${RUST}/installer/error.rs`,
        when: (h) => inMessage(h, APPSPEC_INVALID),
        explain: (h, ev) => {
            const loc = findAppspec(h.bundle);
            return diagnosis('appspec-invalid', h, {
                message: `The agent rejected appspec.yml${lifecycle(h) ? ` during ${h.f.event}` : ''}: ${showLine(h.f.message, 240)}`,
                evidence: [h.f.message, ...ev],
                file: h.hookLoc?.file ?? loc?.path ?? null,
            });
        },
    },
    {
        id: 'codedeploy/appspec-ruby-exception',
        category: 'appspec-invalid',
        source: `${RUBY}/application_specification/application_specification.rb (walks hooks/files/permissions; a wrong YAML shape raises NoMethodError/TypeError, reported as the bare exception message)`,
        when: (h) => (h.f.errorCode === '' || h.f.errorCode === 'UnknownError') && !SCRIPT_LOCATION.test(h.f.message)
            ? inMessage(h, RUBY_EXCEPTION)
            : null,
        explain: (h, ev) => diagnosis('appspec-invalid', h, {
            message: `The agent crashed while reading appspec.yml${lifecycle(h) ? ` during ${h.f.event} on ${HOSTS}` : ''} (${showLine(h.f.message, 160)}): ` +
                'a section has the wrong shape — e.g. `hooks` entries that are not lists of `- location:` items, `files`/`permissions` given as a map, or an indentation slip.',
            fix: 'Fix the structure of appspec.yml (each hook is a list of `- location:` items, `files` and `permissions` are lists); `hookline validate` shows the line.',
            evidence: [h.f.message, ...ev],
            file: findAppspec(h.bundle)?.path ?? null,
        }),
    },
    {
        id: 'codedeploy/files-source-missing',
        category: 'bundle-invalid',
        source: `${RUBY}/installer.rb (generate_instructions copies files[].source) and install_instruction.rb (CopyCommand); ${RUST}/installer/error.rs (Io)`,
        when: (h) => h.f.event === 'Install' ? (SOURCE_MISSING.exec(h.f.message) ?? (SOURCE_MISSING_RUST.test(h.f.message) ? [h.f.message] : null)) : null,
        explain: (h, m) => {
            const path = m[2];
            const where = path ? locateFilesSource(h, path) : { file: findAppspec(h.bundle)?.path ?? null, line: null };
            return diagnosis('bundle-invalid', h, {
                title: 'Install: a files source is not in the bundle',
                message: `Install failed on ${HOSTS}: ${path ? `\`${path}\`` : 'a `files` source'} is not in the revision. ` +
                    'The agent copies every `files[].source` from the unpacked bundle, so a path the build did not produce (or that is spelled differently) stops the install.',
                fix: 'Make the build put that path in the bundle, or correct `files[].source` in appspec.yml (bundle-relative, case-sensitive).',
                evidence: [h.f.message, path ? `missing from the bundle: ${path}` : undefined],
                ...where,
            });
        },
    },
    {
        id: 'codedeploy/previous-revision-script-missing',
        category: 'previous-revision-script',
        source: `${RUBY}/hook_executor.rb (MAPPING_BETWEEN_HOOKS_AND_DEPLOYMENTS: LastSuccessfulOrIgnore); ${RUST}/lifecycle_event/deployment_selector.rs`,
        when: (h) => lifecycle(h) && PREVIOUS_REVISION_EVENTS.has(h.f.event) && isMissing(h),
        explain: (h) => previousRevision(h, 'is missing from that revision'),
    },
    {
        id: 'codedeploy/script-missing',
        category: 'script-missing',
        source: `${RUBY}/hook_executor.rb (SCRIPT_MISSING_CODE); ${RUST}/lifecycle_event/executor.rs ("resolves outside the deployment archive", "does not exist")`,
        when: (h) => lifecycle(h) && isMissing(h),
        explain: (h) => scriptMissing(h),
    },
    {
        id: 'codedeploy/crlf',
        category: 'script-line-endings',
        source: 'bash/dash/env with a CRLF script ("bad interpreter: ^M", "$\'\\r\': command not found")',
        when: (h) => {
            const crlf = inAny(h, P.crlf);
            if (crlf)
                return crlf;
            const crlfFile = h.script !== undefined && /^[^\n]*\r\n/.test(h.script);
            return crlfFile && (h.f.errorCode === 'ScriptFailed' || execEnoent(h)) ? [`${h.f.scriptName}: first line ends with \\r\\n`] : null;
        },
        explain: (h, ev) => lineEndings(h, ev),
    },
    {
        id: 'codedeploy/interpreter-missing',
        category: 'command-not-found',
        source: `${RUBY}/hook_executor.rb (execute_script rescues Errno::ENOENT); ${RUST}/lifecycle_event/executor.rs ("failed with error …")`,
        when: (h) => {
            const shebang = firstLine(h.script);
            return execEnoent(h) && shebang !== undefined && !shebang.includes('\r') ? shebang : null;
        },
        explain: (h, shebang) => {
            const interpreter = /^#!\s*(\S+)/.exec(shebang)?.[1];
            return diagnosis('command-not-found', h, {
                message: `${scriptLabel(h.f)} could not be started on ${HOSTS}: ${interpreter ? `its interpreter \`${interpreter}\`` : 'the interpreter its first line names'} is not installed there.`,
                fix: interpreter
                    ? `Install \`${interpreter}\` on the instance (AMI, user data, or an earlier hook), or change the first line to an interpreter that exists (e.g. \`#!/bin/bash\`).`
                    : 'Start the script with a `#!` line naming an interpreter that exists on the instance.',
                evidence: [h.f.message, `${h.f.scriptName}:1: ${shebang}`],
                ...atScript(h),
            });
        },
    },
    {
        id: 'codedeploy/exec-enoent',
        category: 'script-line-endings',
        source: `${RUBY}/hook_executor.rb (execute_script rescues Errno::ENOENT); ${RUST}/lifecycle_event/executor.rs — the script exists, so exec failed on its "#!" interpreter, almost always "bash\\r" from CRLF`,
        when: (h) => (lifecycle(h) && execEnoent(h) ? [h.f.message] : null),
        explain: (h, ev) => lineEndings(h, ev, true),
    },
    {
        id: 'codedeploy/exec-format',
        category: 'script-not-executable',
        source: `${RUBY}/hook_executor.rb (Errno::ENOEXEC); ${RUST}/lifecycle_event/executor.rs ("Exec format error (os error 8)")`,
        when: (h) => inMessage(h, EXEC_FORMAT),
        explain: (h, ev) => {
            const first = firstLine(h.script);
            const bom = first?.startsWith('\ufeff');
            return diagnosis('script-not-executable', h, {
                message: `${scriptLabel(h.f)} is not a program the kernel can start on ${HOSTS}: ` +
                    `${bom ? 'it starts with a byte-order mark before `#!`' : first !== undefined && !first.startsWith('#!') ? 'its first line is not a `#!` line' : 'it has no `#!` line (or a byte-order mark before it), or it is a binary for another architecture'}.`,
                fix: 'Start the script with `#!/bin/bash` (no BOM, saved as UTF-8 without signature), or set `location` to a script run through its interpreter.',
                evidence: [h.f.message, ...ev],
                ...atScript(h),
            });
        },
    },
    {
        id: 'codedeploy/runas-refused',
        category: 'runas-failed',
        source: `${AGENT_REPO} lib/instance_agent/platform/linux_util.rb (prepare_script_command: "su <user> -c"); ${RUST}/lifecycle_event/script.rs (build_command); su/sudo/nologin messages`,
        when: (h) => inAny(h, P.runas) ?? (/ run as user /.test(h.f.message) ? inAny(h, P.sudoPassword) : null),
        explain: (h, ev) => {
            const user = / run as user (\S+)/.exec(h.f.message)?.[1] ?? /user '?([\w.-]+)'? does not exist/.exec(ev.join('\n'))?.[1];
            const notRoot = /must be run from a terminal|Authentication failure|incorrect password|Permission denied|cannot set|terminal is required|no tty present|password is required/i.test(ev.join('\n'));
            return diagnosis('runas-failed', h, {
                message: notRoot
                    ? `${scriptLabel(h.f)} could not switch to ${user ? `user \`${user}\`` : 'the `runas` user'} on ${HOSTS}: \`su\` asked for a password, which means the CodeDeploy agent is not running as root.`
                    : `${scriptLabel(h.f)} could not run as ${user ? `user \`${user}\`` : 'the `runas` user'} on ${HOSTS}.`,
                fix: notRoot
                    ? 'Run the CodeDeploy agent as root (the default service unit), or drop `runas` and switch user inside the script with sudo rules that need no password.'
                    : `Set \`runas\` to a user that exists on the instance (e.g. ec2-user on Amazon Linux, ubuntu on Ubuntu)${user ? ` or create \`${user}\` before this hook` : ''}.`,
                evidence: [h.f.message, ...ev],
                ...atHook(h),
            });
        },
    },
    {
        id: 'codedeploy/not-executable',
        category: 'script-not-executable',
        source: `${RUBY}/hook_executor.rb (SCRIPT_EXECUTABILITY_CODE); ${RUST}/lifecycle_event/executor.rs ("Unable to set script … as executable")`,
        when: (h) => {
            if (h.f.errorCode === 'ScriptNotExecutable')
                return [h.f.message];
            const base = h.f.scriptName.split('/').pop() ?? '';
            const denied = matchingLines(h.texts, P.permissionDenied).filter((l) => /as executable|exit (?:code|status) 126/.test(l) || deniedOnScript(l, base));
            return denied.length > 0 ? denied : inMessage(h, NOT_EXECUTABLE);
        },
        explain: (h, ev) => diagnosis('script-not-executable', h, {
            message: /running scripts is disabled/.test(ev.join('\n'))
                ? `PowerShell refused to run ${scriptLabel(h.f)} on ${HOSTS}: the execution policy disables scripts.`
                : `${scriptLabel(h.f)} could not be executed on ${HOSTS}: it lost its executable bit (zip built on Windows, or not committed with +x) and the agent could not fix it, or it lives on a noexec mount.`,
            evidence: [h.f.message, ...ev],
            ...atScript(h),
        }),
    },
    {
        id: 'codedeploy/stdout-held-open',
        category: 'stdout-held-open',
        source: `${RUBY}/hook_executor.rb (OUTPUTS_LEFT_OPEN_CODE: "failed to close STDOUT"); ${RUST}/lifecycle_event/script.rs`,
        when: (h) => {
            const held = inAny(h, OUTPUTS_OPEN);
            if (held)
                return held;
            if (!timedOut(h))
                return null;
            const server = hits([h.f.logTail], SERVER_OUTPUT);
            const bg = backgroundsWithoutRedirect(h.script);
            return server ?? (bg ? [`${h.f.scriptName}: ${bg}`] : null);
        },
        explain: (h, ev) => {
            const seconds = secondsIn(h.f.message);
            return diagnosis('stdout-held-open', h, {
                message: `${scriptLabel(h.f)} started a background process that still holds the hook's stdout/stderr, so the agent waited` +
                    `${seconds ? ` the full ${seconds} s timeout` : ''} on ${HOSTS} even though the script itself had finished.`,
                evidence: [h.f.message, ...ev],
                ...atHook(h),
            });
        },
    },
    {
        id: 'codedeploy/script-timeout',
        category: 'script-timeout',
        source: `${RUBY}/hook_executor.rb (SCRIPT_TIMED_OUT_CODE: "failed to complete in N seconds"); ${RUST}/lifecycle_event/executor.rs`,
        when: (h) => timedOut(h),
        explain: (h) => {
            const seconds = secondsIn(h.f.message);
            return diagnosis('script-timeout', h, {
                message: `${scriptLabel(h.f)} was still running after ${seconds ? `${seconds} s` : 'its timeout'} on ${HOSTS} and was killed.`,
                evidence: [h.f.message, ...stderrTail(h.f.logTail)],
                ...atHook(h),
            });
        },
    },
    {
        id: 'codedeploy/command-not-found',
        category: 'command-not-found',
        source: 'bash ": command not found", dash ": not found", env, exit status 127, cmd.exe/PowerShell "is not recognized"',
        when: (h) => inAny(h, P.commandNotFound) ?? (h.exit === '127' ? [h.f.message] : null),
        explain: (h, ev) => {
            const cmd = /(?:line \d+: |: \d+: )?([\w./-]+): (?:command )?not found/.exec(ev.join('\n'))?.[1] ??
                /The term '([^']+)' is not recognized/.exec(ev.join('\n'))?.[1];
            return diagnosis('command-not-found', h, {
                message: `${scriptLabel(h.f)} calls ${cmd ? `\`${cmd}\`` : 'a program'}, which is not installed or not on the hook's PATH on ${HOSTS} (exit code 127).`,
                fix: `Install ${cmd ? `\`${cmd}\`` : 'the program'} before this hook (BeforeInstall, the AMI or user data), or call it by its absolute path — hooks do not load your login shell's PATH.`,
                evidence: [h.f.message, ...ev],
                ...atHook(h),
            });
        },
    },
    {
        id: 'codedeploy/script-aws-denied',
        category: 'iam-permissions',
        source: 'AWS CLI "An error occurred (AccessDenied) when calling …" / STS "is not authorized to perform" in a hook\'s output',
        when: (h) => (lifecycle(h) && (h.f.errorCode === 'ScriptFailed' || h.exit !== undefined) ? hits([h.f.logTail], CLI_DENIED) : null),
        explain: (h, ev) => diagnosis('iam-permissions', h, {
            message: `${scriptLabel(h.f)} failed on ${HOSTS} because an AWS call it makes was denied: the instance profile lacks the permission named below.`,
            fix: "Grant the denied action to the instance profile's role (the role attached to the EC2 instance), scoped to the resource in the message.",
            evidence: [h.f.message, ...ev],
            ...atHook(h),
        }),
    },
    {
        id: 'codedeploy/previous-revision-script-failed',
        category: 'previous-revision-script',
        source: `${RUBY}/hook_executor.rb (ApplicationStop, BeforeBlockTraffic, AfterBlockTraffic → LastSuccessfulOrIgnore); https://docs.aws.amazon.com/codedeploy/latest/userguide/troubleshooting-deployments.html`,
        when: (h) => lifecycle(h) && PREVIOUS_REVISION_EVENTS.has(h.f.event),
        explain: (h) => previousRevision(h, h.exit !== undefined ? `exited with code ${h.exit}` : 'failed'),
    },
    {
        id: 'codedeploy/platform-error',
        category: 'platform-error',
        source: `${ERROR_CODES_PAGE} (INTERNAL_ERROR, THROTTLED); AWS SDK error codes`,
        when: (h) => inMessage(h, P.platform),
        explain: (h, ev) => diagnosis('platform-error', h, {
            message: `AWS reported a transient failure${lifecycle(h) ? ` during ${h.f.event} on ${HOSTS}` : ''}.`,
            evidence: [h.f.message, ...ev],
        }),
    },
    {
        id: 'codedeploy/health-constraints',
        category: 'health-constraints',
        source: `${ERROR_CODES_PAGE} (HEALTH_CONSTRAINTS, HEALTH_CONSTRAINTS_INVALID)`,
        when: (h) => inMessage(h, HEALTH),
        explain: (h, ev) => diagnosis('health-constraints', h, { message: showLine(h.f.message), evidence: ev }),
    },
    {
        id: 'codedeploy/no-instances',
        category: 'no-instances',
        source: `${ERROR_CODES_PAGE} (NO_INSTANCES)`,
        when: (h) => inMessage(h, NO_INSTANCES),
        explain: (h, ev) => diagnosis('no-instances', h, { message: showLine(h.f.message), evidence: ev }),
    },
    {
        id: 'codedeploy/load-balancer-config',
        category: 'load-balancer',
        source: `${ERROR_CODES_PAGE} (ELASTIC_LOAD_BALANCING_INVALID, ELB_INVALID_INSTANCE); CreateDeploymentGroup InvalidLoadBalancerInfoException; ECS blue/green target-group pair`,
        when: (h) => inMessage(h, LOAD_BALANCER),
        explain: (h, ev) => diagnosis('load-balancer', h, { message: `${h.f.event ? `${h.f.event}: ` : ''}${showLine(h.f.message)}`, evidence: ev }),
    },
    {
        id: 'codedeploy/validation-hook-failed',
        category: 'script-failed',
        source: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html (Lambda/ECS hooks report Succeeded or Failed through PutLifecycleEventHookExecutionStatus)',
        when: (h) => lifecycle(h) &&
            (h.f.targetType === 'lambda' || h.f.targetType === 'ecs') &&
            !TRAFFIC_EVENTS.has(h.f.event) &&
            h.f.event !== 'Install',
        explain: (h) => diagnosis('script-failed', h, {
            message: `The ${h.f.event} hook function reported failure for ${HOSTS}${h.f.message ? `: ${showLine(h.f.message)}` : '.'}`,
            fix: "Read the hook function's CloudWatch logs; it must call PutLifecycleEventHookExecutionStatus with Succeeded.",
            evidence: [h.f.message || `${h.f.event} failed`, ...stderrTail(h.f.logTail)],
        }),
    },
    {
        id: 'codedeploy/traffic-load-balancer',
        category: 'load-balancer',
        source: 'CodeDeploy AllowTraffic/BlockTraffic: (de)registration with the ELB target group; https://docs.aws.amazon.com/codedeploy/latest/userguide/troubleshooting-deployments.html',
        when: (h) => lifecycle(h) && TRAFFIC_EVENTS.has(h.f.event),
        explain: (h) => diagnosis('load-balancer', h, {
            message: `${h.f.event} failed on ${HOSTS}: the load balancer could not ${h.f.event === 'BlockTraffic' ? 'deregister the instance' : 'register the instance or it never passed the target group health check'}.`,
            evidence: [h.f.message || `${h.f.event} failed without diagnostics`],
        }),
    },
    {
        id: 'codedeploy/script-failed',
        category: 'script-failed',
        source: `${RUBY}/hook_executor.rb (SCRIPT_FAILED_CODE: "… failed with exit code N"); ${RUST}/lifecycle_event/executor.rs`,
        when: (h) => lifecycle(h) && (h.f.errorCode === 'ScriptFailed' || h.exit !== undefined || SCRIPT_LOCATION.test(h.f.message)),
        explain: (h) => diagnosis('script-failed', h, {
            message: `${scriptLabel(h.f)} exited with ${h.exit !== undefined ? `code ${h.exit}` : 'an error'} on ${HOSTS}.`,
            evidence: [h.f.message, ...stderrTail(h.f.logTail)],
            ...atHook(h),
        }),
    },
    {
        id: 'codedeploy/unrecognised',
        category: 'unknown',
        source: 'no rule matched: the raw diagnostics and the agent logs to read next',
        when: (h) => lifecycle(h),
        explain: (h) => diagnosis('unknown', h, {
            message: `${h.f.event} failed on ${HOSTS}${h.f.errorCode ? ` (${h.f.errorCode})` : ''}${h.f.message ? `: ${showLine(h.f.message)}` : ' without diagnostics'}.`,
            fix: `Read ${AGENT_LOGS.join(' and ')} on the instance for the lines around this event.`,
            evidence: [
                h.f.message || `${h.f.event}: Failed${h.f.errorCode ? ` (${h.f.errorCode})` : ''}, no diagnostics message`,
                ...stderrTail(h.f.logTail),
            ],
        }),
    },
];
function timedOut(h) {
    return h.f.errorCode === 'ScriptTimedOut' || patterns_matchesAny(h.f.message, TIMED_OUT);
}
function lineEndings(h, ev, inferred = false) {
    return diagnosis('script-line-endings', h, {
        message: inferred
            ? `${scriptLabel(h.f)} exists but could not be started on ${HOSTS}: the interpreter named on its first line was not found. ` +
                'That is almost always `#!/bin/bash\\r` — Windows (CRLF) line endings — otherwise an interpreter that is not installed.'
            : `${scriptLabel(h.f)} has Windows (CRLF) line endings: the kernel looks for an interpreter named "bash\\r" (or the shell chokes on \\r), so the script cannot run on ${HOSTS}.`,
        evidence: [h.f.message, ...ev],
        ...atScript(h),
    });
}
function previousRevision(h, what) {
    const earlier = h.archivePath?.[2];
    const other = earlier !== undefined && h.deploymentId !== '' && earlier !== h.deploymentId ? earlier : undefined;
    const notInBundle = h.f.scriptName ? bundleHas(h.bundle, h.f.scriptName) === false : false;
    return diagnosis('previous-revision-script', h, {
        title: `${h.f.event}: the previous revision's script failed`,
        message: `${h.f.event} runs the scripts of the last successful revision${other ? ` (${other})` : ''}, not this one's; ` +
            `its ${scriptLabel(h.f)} ${what} on ${HOSTS}.${notInBundle ? ' (This bundle does not even contain that script.)' : ''} ` +
            'Nothing in this bundle can change that until one deployment succeeds.',
        evidence: [
            h.f.message,
            other && h.archivePath ? `resolved under the earlier deployment ${other}: ${h.archivePath[3]}` : undefined,
            ...stderrTail(h.f.logTail),
        ],
        fix: `Deploy once with \`ignore-application-stop-failures: true\` (the next deployment uses the new scripts), or fix/remove the ${h.f.event} hook on the instance.`,
    });
}
function scriptMissing(h) {
    const { f } = h;
    const pathMatch = h.archivePath;
    const location = f.scriptName || SCRIPT_LOCATION.exec(f.message)?.[1] || pathMatch?.[3] || '';
    const outside = /resolves outside the deployment archive/.test(f.message);
    const resolved = pathMatch
        ? pathMatch[0].replace(/^deployment-root/, '/opt/codedeploy-agent/deployment-root')
        : resolvedScriptPath(location);
    const resolvedShown = /Script does not exist at specified location: (\S+)/.exec(f.message)?.[1] ?? resolved;
    const loc = locateHookLocation(h.bundle, f.event, location);
    const suggestions = location ? suggestBundlePaths(location, h.bundle) : [];
    const where = loc ? ` (${loc.file} line ${loc.line})` : '';
    const looksAbsolute = /^\/(?:var|opt|home|srv|usr|etc|root|app)\//.test(location);
    const why = outside
        ? 'The location climbs out of the bundle with `..`; the agent only runs scripts inside the deployment archive.'
        : looksAbsolute
            ? 'A hook `location` is relative to the bundle root — the agent joins it to the deployment-archive directory and ignores the leading "/" — so the installed path under `files.destination` does not work.'
            : 'The script is not at that path in the bundle (the agent joins `location` to the bundle root, the deployment-archive directory).';
    const didYouMean = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `\`${s}\``).join(' or ')}?` : '';
    const first = suggestions[0];
    return {
        category: 'script-missing',
        severity: CATEGORY_INFO['script-missing'].severity,
        title: `${f.event}: script not found in the bundle`,
        message: outside
            ? `The agent refused \`${location}\`${where} on ${HOSTS}. ${why}${didYouMean}`
            : `The agent looked for \`${location}\`${where} at ${resolvedShown} on ${HOSTS} and found nothing. ${why}${didYouMean}`,
        lifecycleEvent: f.event,
        instances: [f.target],
        file: loc?.file ?? null,
        line: loc?.line ?? null,
        evidence: evidenceList([
            f.message,
            f.message.includes(resolvedShown) || outside ? undefined : `resolved path: ${resolvedShown}`,
            loc ? `${loc.file}:${loc.line}: location: ${location}` : undefined,
        ]),
        fix: first
            ? `Set \`location: ${first}\` (bundle-relative; \`/${first}\` means the same)${loc ? ` in ${loc.file} line ${loc.line}` : ''}.`
            : looksAbsolute
                ? `Write \`location\` as the script's path inside the bundle, e.g. \`${location.split('/').pop() ?? location}\` if it sits next to appspec.yml — not the path it is installed to.`
                : CATEGORY_INFO['script-missing'].fix,
    };
}
// ── Deployment-level error codes ───────────────────────────────────────────────────────────
/**
 * Every value of the SDK's ErrorCode (errorInformation.code), by what it means for the user
 * (${ERROR_CODES_PAGE}, API_ErrorInformation). Typed against the SDK union, so a value the SDK adds
 * fails the type check; test/unit/diagnose/error-codes.test.ts also walks the SDK's runtime list.
 */
const ERROR_CODE_CATEGORY = {
    AGENT_ISSUE: 'agent-unavailable',
    ALARM_ACTIVE: 'health-degraded',
    APPLICATION_MISSING: 'environment-not-ready',
    AUTOSCALING_VALIDATION_ERROR: 'load-balancer',
    AUTO_SCALING_CONFIGURATION: 'load-balancer',
    AUTO_SCALING_IAM_ROLE_PERMISSIONS: 'iam-permissions',
    CLOUDFORMATION_STACK_FAILURE: 'platform-error',
    CODEDEPLOY_RESOURCE_CANNOT_BE_FOUND: 'environment-not-ready',
    CUSTOMER_APPLICATION_UNHEALTHY: 'health-degraded',
    DEPLOYMENT_GROUP_MISSING: 'environment-not-ready',
    ECS_UPDATE_ERROR: 'platform-error',
    ELASTIC_LOAD_BALANCING_INVALID: 'load-balancer',
    ELB_INVALID_INSTANCE: 'load-balancer',
    HEALTH_CONSTRAINTS: 'health-constraints',
    HEALTH_CONSTRAINTS_INVALID: 'health-constraints',
    HOOK_EXECUTION_FAILURE: 'script-failed',
    IAM_ROLE_MISSING: 'iam-permissions',
    IAM_ROLE_PERMISSIONS: 'iam-permissions',
    INTERNAL_ERROR: 'platform-error',
    INVALID_ECS_SERVICE: 'environment-not-ready',
    INVALID_LAMBDA_CONFIGURATION: 'appspec-invalid',
    INVALID_LAMBDA_FUNCTION: 'script-failed',
    INVALID_REVISION: 'bundle-invalid',
    MANUAL_STOP: 'unknown',
    MISSING_BLUE_GREEN_DEPLOYMENT_CONFIGURATION: 'load-balancer',
    MISSING_ELB_INFORMATION: 'load-balancer',
    MISSING_GITHUB_TOKEN: 'bundle-access-denied',
    NO_EC2_SUBSCRIPTION: 'iam-permissions',
    NO_INSTANCES: 'no-instances',
    OVER_MAX_INSTANCES: 'no-instances',
    RESOURCE_LIMIT_EXCEEDED: 'platform-error',
    REVISION_MISSING: 'bundle-access-denied',
    THROTTLED: 'platform-error',
    TIMEOUT: 'agent-unavailable',
};
function categoryForErrorCode(code) {
    return Object.hasOwn(ERROR_CODE_CATEGORY, code) ? ERROR_CODE_CATEGORY[code] : undefined;
}
/**
 * Codes the user guide documents beyond the SDK's list (UNABLE_TO_SEND_ASG, …) or that a newer
 * service sends: read by the words they are made of.
 */
const UNLISTED_CODE_WORDS = [
    [/IAM|ROLE|PERMISSION|ACCESS_DENIED/, 'iam-permissions'],
    [/ASG|AUTO_?SCALING|ELB|LOAD_BALANC|TARGET_GROUP|LISTENER/, 'load-balancer'],
    [/AGENT/, 'agent-unavailable'],
    [/HEALTH/, 'health-constraints'],
    [/APPSPEC/, 'appspec-invalid'],
    [/REVISION|BUNDLE/, 'bundle-invalid'],
    [/INSTANCE/, 'no-instances'],
    [/THROTTL|INTERNAL|LIMIT|SERVICE_UNAVAILABLE/, 'platform-error'],
];
function categoryForUnlistedCode(code) {
    return UNLISTED_CODE_WORDS.find(([words]) => words.test(code))?.[1];
}
/** The codes among `codes` without a category (empty when the table covers them all). */
function unmappedErrorCodes(codes) {
    return codes.filter((c) => categoryForErrorCode(c) === undefined);
}
/** Deployment-level codes that only restate what failed targets already explain. */
const CONSEQUENCE_CODES = new Set([
    'HEALTH_CONSTRAINTS',
    'HOOK_EXECUTION_FAILURE',
    'TIMEOUT',
    'AGENT_ISSUE',
    'INVALID_LAMBDA_FUNCTION',
]);

;// CONCATENATED MODULE: ./src/diagnose/codedeploy.ts
// CodeDeploy: from GetDeployment's deploymentInfo and BatchGetDeploymentTargets' targets to
// diagnoses. Each failed lifecycle event goes through the rule table (rules/codedeploy.ts), then
// identical failures are grouped across instances; the deployment's errorInformation goes through
// the same table (its code is only the fallback), and targets where nothing ever started point at
// the agent.







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
            const errorCode = str(diag, 'errorCode');
            if (str(ev, 'status') !== 'Failed' && (errorCode === '' || errorCode === 'Success'))
                continue;
            failedHere++;
            failures.push({
                target,
                targetType: kind,
                event: str(ev, 'lifecycleEventName') || 'UnknownEvent',
                errorCode,
                scriptName: str(diag, 'scriptName'),
                message: stripAnsi(str(diag, 'message')),
                logTail: stripAnsi(str(diag, 'logTail')),
            });
        }
        const started = events.some((ev) => !['Pending', 'Skipped', ''].includes(str(ev, 'status')));
        if (failedHere === 0 && !started && status !== 'Succeeded' && status !== 'Skipped' && status !== 'Ready') {
            stalled.push({ target, status, firstEvent: str(events[0], 'lifecycleEventName') || 'ApplicationStop' });
        }
    }
    return { failures, stalled };
}
/**
 * One failed lifecycle event through the rule table: the rule that matched and its diagnosis, whose
 * texts still hold the instance-list placeholder until grouping knows every instance.
 */
function matchHook(f, deploymentId, bundle) {
    const found = table_firstMatch(HOOK_RULES, hookFacts(f, 'lifecycle', deploymentId, bundle));
    // Unreachable: the table's last rule matches every lifecycle event.
    if (!found)
        throw new Error('the CodeDeploy rule table must end with a catch-all rule');
    return { rule: found.rule, diagnosis: found.cause };
}
/** One failed lifecycle event, classified on its own (tests, tools). */
function classifyHook(f, deploymentId = '', bundle) {
    const { rule, diagnosis } = matchHook(f, deploymentId, bundle);
    return { rule, diagnosis: withHosts(diagnosis) };
}
/**
 * The deployment's errorInformation: its message through the same text rules as lifecycle
 * diagnostics (the code is coarse: INVALID_REVISION covers a missing and an unparsable AppSpec),
 * then the code's category. The rule id is null when only the code decided.
 */
function classifyDeploymentError(err) {
    const pseudo = {
        target: '',
        targetType: 'instance',
        event: '',
        errorCode: '',
        scriptName: '',
        message: stripAnsi(err.message),
        logTail: '',
    };
    const found = err.message ? table_firstMatch(HOOK_RULES, hookFacts(pseudo, 'deployment', '')) : null;
    if (found)
        return { ruleId: found.rule.id, category: found.rule.category };
    return { ruleId: null, category: categoryForErrorCode(err.code) ?? categoryForUnlistedCode(err.code) ?? 'unknown' };
}
function deploymentDiagnosis(err, stalled, hasTargetCauses) {
    let { category } = classifyDeploymentError(err);
    if (hasTargetCauses && (CONSEQUENCE_CODES.has(err.code) || category === 'health-constraints'))
        return null;
    const text = err.message.trim();
    const evidence = evidenceList([
        err.code && text ? `${err.code}: ${text}` : err.code || text || 'errorInformation without a code or message',
    ]);
    let message = text || err.code || 'The deployment failed without error details.';
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
    const base = { lifecycleEvent: null, instances, file: null, line: null, evidence };
    if (err.code === 'MANUAL_STOP' && category === 'unknown') {
        return { ...base, category, severity: 'notice', title: 'Deployment was stopped', message, fix: 'Start a new deployment when ready.' };
    }
    const info = CATEGORY_INFO[category];
    const missing = { DEPLOYMENT_GROUP_MISSING: 'Deployment group not found', APPLICATION_MISSING: 'Application not found' }[err.code];
    return {
        ...base,
        category,
        severity: info.severity,
        title: (category === 'environment-not-ready' && missing) || `Deployment: ${info.headline}`,
        message,
        fix: category === 'environment-not-ready'
            ? 'Check the application and deployment group names (and region) the release uses; create the deployment group first.'
            : info.fix,
    };
}
function diagnoseCodeDeploy(facts, bundle) {
    const deploymentId = str(facts.deployment, 'deploymentId');
    const { failures, stalled } = collectFailures(facts.targets);
    const keyed = failures.map((f) => {
        const { diagnosis } = matchHook(f, deploymentId, bundle);
        return { key: groupKey(diagnosis, f.scriptName, f.message || f.logTail.slice(-200)), diagnosis };
    });
    const grouped = groupDiagnoses(keyed).map(hook_withHosts);
    const errInfo = obj(facts.deployment, 'errorInformation');
    // Blank values say nothing (a whitespace-only code would otherwise become a diagnosis without evidence).
    const err = { code: str(errInfo, 'code').trim(), message: str(errInfo, 'message').trim() };
    const status = str(facts.deployment, 'status');
    if (err.code || err.message || (grouped.length === 0 && stalled.length > 0 && status === 'Failed')) {
        const d = deploymentDiagnosis(err.code || err.message ? err : { code: 'HEALTH_CONSTRAINTS', message: 'The deployment failed.' }, stalled, grouped.length > 0);
        if (d && !grouped.some((g) => g.category === d.category && g.lifecycleEvent === null))
            grouped.push(d);
    }
    // Unexplained failures name the logs to read next and the console page.
    return grouped.map((d) => d.category === 'unknown' && d.severity === 'error' ? { ...d, fix: codeDeployNextStep(facts, d.instances) } : d);
}

;// CONCATENATED MODULE: ./src/diagnose/rules/compute.ts
// CodeDeploy ECS and Lambda: one ordered rule table for a failed lifecycle event (or, with no
// failed event, the deployment's errorInformation). Order is precedence: a hook that could not run
// (missing function, invoke denied) before one that never answered, before one that answered
// Failed; what the ECS service events say about the replacement tasks before the bare error code.
//
// Wording sources: the CodeDeploy user guide (reference-appspec-file-structure-hooks.html,
// error-codes.html, troubleshooting-ecs.html), the AWSCodeDeployRoleForECS managed policy (it may
// invoke only functions named CodeDeployHook_*), the ECS developer guide's service event messages
// (service-event-messages-list.html) and Lambda's ResourceNotFoundException text.

const HOOKS_PAGE = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html';
const ECS_EVENTS_PAGE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-event-messages-list.html';
const compute_ERROR_CODES_PAGE = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/error-codes.html';
const ECS_ROLE_PAGE = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/getting-started-create-service-role.html';
/** Lambda's own answer for a function that is not there (ResourceNotFoundException). */
const FUNCTION_MISSING = [/Function not found/i, /ResourceNotFoundException/, /function (?:\S+ )?(?:does not|doesn't) exist/i];
/** The service role may not invoke the hook (AWSCodeDeployRoleForECS covers CodeDeployHook_* only). */
const INVOKE_DENIED = [/not authorized to perform:? lambda:InvokeFunction/i, /AccessDenied\S*.*(?:Invoke|lambda)/i];
/** No status came back from the hook within the hour CodeDeploy waits. */
const NO_REPORT = [
    /tim(?:ed|e)\s*out/i,
    /did not (?:report|respond|receive)/i,
    /never (?:reported|responded)/i,
    /no (?:status|response) (?:was )?(?:reported|received)/i,
];
/** Replacement tasks that started but fail the target group's (or the container's) health checks. */
const UNHEALTHY = [/is unhealthy in \(target-group/i, /failed (?:ELB|container) health checks/i, /Health checks failed/i];
/** Tasks that could not be placed: no capacity. */
const NO_CAPACITY = [
    /unable to place a task/i,
    /insufficient (?:CPU|memory|ports?)/i,
    /Capacity is unavailable/i,
    /RESOURCE:(?:CPU|MEMORY|PORTS|ENI)/,
    /no container instance met all of its requirements/i,
];
/** Tasks that were placed but stopped before they ran. */
const FAILED_START = [
    /Essential container in task exited/i,
    /CannotPullContainerError/i,
    /ResourceInitializationError/i,
    /CannotStartContainerError/i,
    /unable to consistently start tasks/i,
    /failed to launch a task/i,
];
const matching = (lines, patterns) => lines.filter((l) => patterns.some((p) => p.test(l)));
const hasAny = (text, patterns) => patterns.some((p) => p.test(text));
const compute_TRAFFIC_EVENTS = new Set(['Install', 'AllowTestTraffic', 'AllowTraffic', '']);
function build(f, category, title, message, fix, evidence) {
    const at = f.hook && f.appspecFile ? { file: f.appspecFile, line: f.hook.line } : { file: null, line: null };
    return {
        category,
        severity: 'error',
        title,
        message,
        lifecycleEvent: f.event || null,
        instances: [f.target],
        ...at,
        evidence: evidenceList([...evidence.map((e) => (e ? showLine(e) : e)), f.message ? showLine(f.message) : undefined]),
        fix,
    };
}
const fn = (f) => f.hook?.functionName ?? 'the hook function';
const dErr = (f) => [f.deploymentError.code, f.deploymentError.message].filter(Boolean).join(': ');
const compute_COMPUTE_RULES = [
    {
        id: 'compute/hook-function-missing',
        category: 'appspec-invalid',
        source: `${HOOKS_PAGE}; Lambda ResourceNotFoundException`,
        when: (f) => !!f.hook && hasAny(f.message, FUNCTION_MISSING),
        explain: (f) => build(f, 'appspec-invalid', `${f.event}: hook function ${fn(f)} does not exist`, `The AppSpec's ${f.event} hook names the Lambda function ${fn(f)}, which CodeDeploy could not find in this account and region, so ${f.event} failed before any check ran.`, `Create the function ${fn(f)} in this region, or correct the name (or ARN) on the ${f.event} line of the AppSpec.`, []),
    },
    {
        id: 'compute/hook-invoke-denied',
        category: 'iam-permissions',
        source: ECS_ROLE_PAGE,
        when: (f) => !!f.hook && hasAny(f.message, INVOKE_DENIED),
        explain: (f) => build(f, 'iam-permissions', `${f.event}: CodeDeploy may not invoke ${fn(f)}`, `CodeDeploy's service role was refused lambda:InvokeFunction on ${fn(f)}. The managed policy AWSCodeDeployRoleForECS allows invoking only functions whose name starts with CodeDeployHook_.`, `Name the hook function CodeDeployHook_<something>, or add lambda:InvokeFunction on ${fn(f)} to the deployment group's service role.`, []),
    },
    {
        id: 'compute/hook-never-reported',
        category: 'script-timeout',
        source: HOOKS_PAGE,
        when: (f) => !!f.hook && hasAny(f.message, NO_REPORT),
        explain: (f) => build(f, 'script-timeout', `${f.event}: hook ${fn(f)} never reported a status`, `CodeDeploy invoked ${fn(f)} for ${f.event} and waited the full hour for it to call PutLifecycleEventHookExecutionStatus; it never did. ` +
            `Either the function returned (or crashed, or timed out) without calling it, or its execution role lacks codedeploy:PutLifecycleEventHookExecutionStatus — then its own logs show AccessDeniedException.`, `Make ${fn(f)} always call PutLifecycleEventHookExecutionStatus with the deploymentId and lifecycleEventHookExecutionId it received (Succeeded or Failed, also on errors), and allow codedeploy:PutLifecycleEventHookExecutionStatus in its execution role.`, []),
    },
    {
        id: 'ecs/test-listener-missing',
        category: 'load-balancer',
        source: HOOKS_PAGE,
        when: (f) => f.platform === 'ECS' && f.testListener === false && (f.event === 'AfterAllowTestTraffic' || f.event === 'AllowTestTraffic'),
        explain: (f) => build(f, 'load-balancer', `${f.event}: the deployment group has no test listener`, `${f.event} failed, and the deployment group routes no test traffic: its target group pair has no test listener, so the replacement tasks were never reachable on a test port${f.hook ? ` for ${fn(f)} to check` : ''}.`, `Add a test listener (testTrafficRoute) to the deployment group's load balancer settings, or remove the AfterAllowTestTraffic hook.`, []),
    },
    {
        id: 'compute/hook-failed',
        category: 'script-failed',
        source: HOOKS_PAGE,
        when: (f) => !!f.hook,
        explain: (f) => build(f, 'script-failed', `${f.event}: hook ${fn(f)} reported Failed`, `The ${f.event} hook ${fn(f)} ran and reported Failed to CodeDeploy, so the deployment stopped ${f.platform === 'ECS' ? 'before production traffic moved on' : 'and the alias stays on the current version'}. Its own logs (CloudWatch Logs group /aws/lambda/${fn(f)}) say which check failed.`, `Read /aws/lambda/${fn(f)} for this deployment, fix what its check found${f.platform === 'ECS' ? ' in the new task definition' : ' in the new version'}, and deploy again.`, []),
    },
    {
        id: 'ecs/tasks-unhealthy',
        category: 'health-degraded',
        source: ECS_EVENTS_PAGE,
        when: (f) => {
            if (f.platform !== 'ECS' || !compute_TRAFFIC_EVENTS.has(f.event))
                return null;
            const hits = matching(f.serviceEvents, UNHEALTHY);
            return hits.length ? hits : null;
        },
        explain: (f, hits) => build(f, 'health-degraded', `${f.event || 'Deployment'}: replacement tasks failed target group health checks`, `The replacement tasks started but did not pass health checks, so ECS stopped them and the task set never became healthy (${hits.length} service event${hits.length > 1 ? 's' : ''}).`, `Check the container serves the target group's health check path on the container port, and that healthCheckGracePeriodSeconds covers its start-up time.`, hits.slice(-4)),
    },
    {
        id: 'ecs/no-capacity',
        category: 'no-instances',
        source: ECS_EVENTS_PAGE,
        when: (f) => {
            if (f.platform !== 'ECS' || !compute_TRAFFIC_EVENTS.has(f.event))
                return null;
            const hits = matching(f.serviceEvents, NO_CAPACITY);
            return hits.length ? hits : null;
        },
        explain: (f, hits) => build(f, 'no-instances', `${f.event || 'Deployment'}: no capacity for the replacement tasks`, `ECS could not place the replacement tasks: the cluster has no capacity that meets the task definition's CPU, memory or ports.`, `Add capacity (container instances, a capacity provider, or Fargate quota), or lower the task definition's cpu/memory; blue/green runs both task sets at once, so it needs room for twice the tasks.`, hits.slice(-3)),
    },
    {
        id: 'ecs/tasks-failed-to-start',
        category: 'app-start-failed',
        source: ECS_EVENTS_PAGE,
        when: (f) => {
            if (f.platform !== 'ECS' || !compute_TRAFFIC_EVENTS.has(f.event))
                return null;
            const hits = matching(f.serviceEvents, FAILED_START);
            return hits.length ? hits : null;
        },
        explain: (f, hits) => build(f, 'app-start-failed', `${f.event || 'Deployment'}: replacement tasks failed to start`, `The replacement tasks were stopped before they could serve: the service events below say why (image pull, an essential container exiting, or start-up errors).`, `Run the new task definition on its own (aws ecs run-task) and read the stopped task's stoppedReason and container logs; fix the image or configuration it names.`, hits.slice(-3)),
    },
    {
        id: 'lambda/version-mismatch',
        category: 'version-mismatch',
        source: compute_ERROR_CODES_PAGE,
        when: (f) => f.platform === 'Lambda' &&
            (f.deploymentError.code === 'INVALID_LAMBDA_CONFIGURATION' ||
                /current ?version|target ?version|alias/i.test(f.deploymentError.message)),
        explain: (f) => build(f, 'version-mismatch', `Lambda alias and versions do not match the AppSpec`, `CodeDeploy refused the AppSpec's versions for ${f.target}: ${f.deploymentError.message || f.deploymentError.code}. The alias must point at CurrentVersion, and TargetVersion must be a different published version.`, `Let hookline fill the versions (leave function-version empty to publish one), and make sure nothing else moves the alias during the deployment.`, [dErr(f)]),
    },
    {
        id: 'compute/permissions',
        category: 'iam-permissions',
        source: compute_ERROR_CODES_PAGE,
        when: (f) => /IAM_ROLE_(?:PERMISSIONS|MISSING)/.test(f.deploymentError.code) ||
            hasAny(`${f.message}\n${f.deploymentError.message}`, [/not authorized to perform/i, /AccessDenied/]),
        explain: (f) => build(f, 'iam-permissions', `${f.event || 'Deployment'}: the CodeDeploy service role lacks a permission`, `CodeDeploy was refused an action on ${f.platform === 'ECS' ? 'ECS or the load balancer' : 'Lambda'}: ${f.deploymentError.message || f.message}`, f.platform === 'ECS'
            ? "Attach AWSCodeDeployRoleForECS to the deployment group's service role (and iam:PassRole for the task execution role)."
            : "Attach AWSCodeDeployRoleForLambda to the deployment group's service role.", [dErr(f)]),
    },
    {
        id: 'ecs/update-error',
        category: 'platform-error',
        source: compute_ERROR_CODES_PAGE,
        when: (f) => f.platform === 'ECS' && /ECS_UPDATE_ERROR|INVALID_ECS_SERVICE/.test(f.deploymentError.code),
        explain: (f) => build(f, 'platform-error', `${f.event || 'Deployment'}: CodeDeploy could not update the ECS service (${f.deploymentError.code})`, `CodeDeploy could not create or update the service's task set: ${f.deploymentError.message || f.deploymentError.code}. The ECS service events did not name a task-level cause.`, 'Check the service uses the CODE_DEPLOY deployment controller, that its load balancer and target groups match the deployment group, and read its events in the ECS console.', [dErr(f), ...f.serviceEvents.slice(-2)]),
    },
    {
        id: 'compute/event-failed',
        category: 'unknown',
        source: compute_ERROR_CODES_PAGE,
        when: () => true,
        explain: (f) => build(f, 'unknown', `${f.event || 'Deployment'} failed`, `${f.event || 'The deployment'} failed on ${f.target}${f.message ? `: ${f.message}` : f.deploymentError.message ? `: ${f.deploymentError.message}` : '.'}`, f.platform === 'ECS'
            ? 'Read the ECS service events and the deployment in the CodeDeploy console.'
            : 'Read the deployment in the CodeDeploy console and the function logs.', [dErr(f), ...f.serviceEvents.slice(-2)]),
    },
];

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/compute/revision.ts
// ECS and Lambda revisions are the AppSpec itself (AppSpecContent: content + its sha256): nothing
// is bundled or uploaded. The hooks it names are kept for the diagnosis (event → function, line).


function appSpecRevision(content) {
    return {
        revisionType: 'AppSpecContent',
        appSpecContent: { content, sha256: createHash('sha256').update(content, 'utf8').digest('hex') },
    };
}
/** The hooks of an AppSpec text (YAML or JSON), with their lines; [] when it does not parse. */
function hooksOf(text) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { keepSourceTokens: false });
    if (doc.errors.length)
        return [];
    const hooks = (0,dist/* isMap */.jh)(doc.contents) ? doc.contents.get('Hooks', true) : undefined;
    if (!(0,dist/* isSeq */.oP)(hooks))
        return [];
    const lines = lineStarts(text);
    const out = [];
    for (const item of hooks.items) {
        if (!(0,dist/* isMap */.jh)(item))
            continue;
        for (const pair of item.items) {
            const key = pair.key?.value;
            const value = pair.value?.value;
            const offset = pair.key?.range?.[0] ?? 0;
            if (typeof key === 'string' && typeof value === 'string')
                out.push({ event: key, functionName: value, line: lineAt(lines, offset) });
        }
    }
    return out;
}
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text[i] === '\n')
            starts.push(i + 1);
    return starts;
}
function lineAt(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}
/** Parses an AppSpec for editing; throws a message naming the file when it is not YAML/JSON. */
function editableAppSpec(text, shown) {
    const doc = parseDocument(text);
    if (doc.errors.length)
        throw new Error(`${shown} is not valid YAML or JSON: ${doc.errors[0]?.message.split('\n')[0] ?? ''}`);
    return doc;
}

;// CONCATENATED MODULE: ./src/diagnose/compute.ts




function diagnoseCompute(facts) {
    const c = facts.compute;
    const errInfo = obj(facts.deployment, 'errorInformation');
    const deploymentError = { code: str(errInfo, 'code').trim(), message: stripAnsi(str(errInfo, 'message')).trim() };
    const hooks = new Map((c.hooks ?? []).map((h) => [h.event, h]));
    const base = {
        platform: c.platform,
        appspecFile: c.appspecFile ?? null,
        deploymentError,
        serviceEvents: (c.serviceEvents ?? []).map((e) => stripAnsi(e.message)),
        testListener: c.testListener,
    };
    const out = [];
    for (const t of facts.targets ?? []) {
        const body = obj(t, 'ecsTarget') ?? obj(t, 'lambdaTarget') ?? t;
        const target = str(body, 'targetId') || 'unknown-target';
        for (const ev of arr(body, 'lifecycleEvents')) {
            if (str(ev, 'status') !== 'Failed')
                continue;
            const event = str(ev, 'lifecycleEventName');
            const diag = obj(ev, 'diagnostics');
            const hook = hooks.get(event);
            out.push(classify({
                ...base,
                target,
                event,
                errorCode: str(diag, 'errorCode'),
                message: stripAnsi([str(diag, 'message'), str(diag, 'logTail')].filter(Boolean).join('\n')).trim(),
                hook: hook && { functionName: hook.functionName, line: hook.line },
            }));
        }
    }
    if (out.length === 0 && (deploymentError.code || deploymentError.message)) {
        if (deploymentError.code === 'MANUAL_STOP')
            return [stopped(deploymentError.message)];
        const target = targetIdOf(facts) ?? (c.platform === 'ECS' ? 'ECS service' : 'Lambda alias');
        out.push(classify({ ...base, target, event: '', errorCode: '', message: '', hook: undefined }));
    }
    const seen = new Set();
    return out.filter((d) => !seen.has(d.title) && !!seen.add(d.title));
}
/** The first matching rule's diagnosis for one failed event (exported for tests). */
function classify(f) {
    const found = table_firstMatch(compute_COMPUTE_RULES, f);
    if (!found)
        throw new Error('the compute rule table must end with a catch-all rule');
    return found.cause;
}
function classifyRule(f) {
    return firstMatch(COMPUTE_RULES, f)?.rule.id ?? '';
}
function targetIdOf(facts) {
    for (const t of facts.targets ?? []) {
        const id = str(obj(t, 'ecsTarget') ?? obj(t, 'lambdaTarget'), 'targetId');
        if (id)
            return id;
    }
    return undefined;
}
function stopped(message) {
    return {
        category: 'unknown',
        severity: 'notice',
        title: 'Deployment was stopped',
        message: message || 'The deployment was stopped on request.',
        lifecycleEvent: null,
        instances: [],
        file: null,
        line: null,
        evidence: message ? [message] : [],
        fix: 'Start a new deployment when ready.',
    };
}
/**
 * Compute facts from GetDeployment alone (explain on a raw deployment): the platform and the hooks
 * of the AppSpec content the deployment carries (no file to annotate, no service events).
 */
function computeFactsOf(deployment) {
    const platform = str(deployment, 'computePlatform');
    if (platform !== 'ECS' && platform !== 'Lambda')
        return undefined;
    const content = str(obj(obj(deployment, 'revision'), 'appSpecContent'), 'content');
    return { platform, hooks: content ? hooksOf(content) : [], appspecFile: null };
}

;// CONCATENATED MODULE: ./src/diagnose/index.ts
// The diagnosis engine: a pure function from the facts gathered from AWS (and, when available,
// the bundle's configuration files) to root causes, most decisive first. Never empty when the
// facts show a failure: an unexplained failure is an `unknown` diagnosis with its raw evidence.









function diagnose(facts, bundle) {
    const compute = facts.service === 'codedeploy' ? (facts.compute ?? computeFactsOf(facts.deployment)) : undefined;
    const list = facts.service === 'beanstalk'
        ? diagnoseBeanstalk(facts, bundle)
        : compute
            ? diagnoseCompute({ ...facts, compute })
            : diagnoseCodeDeploy(facts, bundle);
    if (list.length === 0 && showsFailure(facts))
        list.push(fallbackDiagnosis(facts));
    return sortDiagnoses(list);
}

// EXTERNAL MODULE: ./src/validate/index.ts + 18 modules
var validate = __webpack_require__(2199);
// EXTERNAL MODULE: ./src/validate/tree.ts
var tree = __webpack_require__(3736);
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
/** Every entry's mode, and the text of the config files (what the model holds of them). */
function bundleFilesFromModel(model) {
    const files = new Map();
    const modes = new Map();
    for (const e of model.entries) {
        const path = normalizeTreePath(e.path);
        modes.set(path, e.mode);
        if (e.type === 'file' && CONFIG_FILE.test(path)) {
            const text = model.read(path);
            if (text !== undefined)
                files.set(path, text);
        }
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
    const { beanstalkFacts } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(114), __webpack_require__.e(546)]).then(__webpack_require__.bind(__webpack_require__, 9546));
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
