export const id = 542;
export const ids = [542];
export const modules = {

/***/ 7812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h4: () => (/* binding */ diagnose)
});

// UNUSED EXPORTS: CATEGORY_INFO, diagnoseBeanstalk, diagnoseCodeDeploy

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

// EXTERNAL MODULE: ./src/diagnose/text.ts
var diagnose_text = __webpack_require__(2009);
;// CONCATENATED MODULE: ./src/diagnose/group.ts
// Identical failures on many instances become one diagnosis listing every instance; diagnoses
// are ordered most decisive first.


/** category + lifecycle event + script/command + message with instance/deployment ids removed. */
function groupKey(d, script, rawMessage) {
    return [d.category, d.lifecycleEvent ?? '', script, (0,diagnose_text/* normaliseMessage */.IL)(rawMessage)].join('\u0000');
}
function groupDiagnoses(items, maxEvidence = 10) {
    const byKey = new Map();
    for (const { key, diagnosis } of items) {
        const seen = byKey.get(key);
        if (!seen) {
            byKey.set(key, { ...diagnosis, instances: (0,diagnose_text/* unique */.Am)(diagnosis.instances), evidence: [...diagnosis.evidence] });
            continue;
        }
        seen.instances = (0,diagnose_text/* unique */.Am)([...seen.instances, ...diagnosis.instances]);
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
        const s = (0,diagnose_text/* stripPrefixes */.DT)(l);
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
        message: `The deployment step ${step || '(unnamed)'} failed on the instance: ${(0,diagnose_text/* showLine */.Yu)(detail)}`,
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
        evidence: (0,diagnose_text/* evidenceList */.EH)(c.evidence),
        fix: c.fix ?? EB_FIX[c.category] ?? info.fix,
    };
}
function eventInstances(e) {
    const m = (0,diagnose_text/* str */.gx)(e, 'Message');
    const ids = [(0,diagnose_text/* str */.gx)(e, 'InstanceId'), ...[...m.matchAll(/\[Instance: (i-[0-9a-f]+)\]/g)].map((x) => x[1] ?? '')];
    const list = /instance id\(s\) '([^']+)'/.exec(m)?.[1];
    if (list)
        ids.push(...list.split(/[,\s]+/));
    return (0,diagnose_text/* unique */.Am)(ids.filter((s) => /^i-[0-9a-f]+$/.test(s)));
}
/** Diagnoses that the events alone establish. */
function eventCauses(events, bundle) {
    const out = [];
    for (const e of events) {
        const m = (0,diagnose_text/* str */.gx)(e, 'Message');
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
                message: (0,diagnose_text/* showLine */.Yu)(m, 600),
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
            push({ category: 'iam-permissions', message: (0,diagnose_text/* showLine */.Yu)(m, 600), evidence: [m] });
            continue;
        }
        if (matchesAny(m, P.concurrent)) {
            push({ category: 'concurrent-deployment', message: (0,diagnose_text/* showLine */.Yu)(m, 600), evidence: [m] });
            continue;
        }
        if (matchesAny(m, NOT_READY)) {
            push({ category: 'environment-not-ready', message: (0,diagnose_text/* showLine */.Yu)(m, 600), evidence: [m] });
            continue;
        }
        if (matchesAny(m, VERSION_MISMATCH)) {
            push({ category: 'version-mismatch', message: (0,diagnose_text/* showLine */.Yu)(m, 600), evidence: [m] });
            continue;
        }
        if (matchesAny(m, P.diskFull)) {
            push({ category: 'disk-full', message: `The instance ran out of disk space: ${(0,diagnose_text/* showLine */.Yu)(m)}`, evidence: [m] });
            continue;
        }
        if (matchesAny(m, DEP_PATTERNS) || /Hook \S*\/\d*npm\.sh failed/.test(m)) {
            push({ category: 'dependency-install-failed', message: (0,diagnose_text/* showLine */.Yu)(m, 600), evidence: [m] });
            continue;
        }
        if (matchesAny(m, APP_START_PATTERNS)) {
            push({ category: 'app-start-failed', message: (0,diagnose_text/* showLine */.Yu)(m, 600), evidence: [m] });
            continue;
        }
        if (matchesAny(m, PLATFORM)) {
            const profile = /The instance profile (\S+)/.exec(m)?.[1];
            push({
                category: 'platform-error',
                message: (0,diagnose_text/* showLine */.Yu)(m, 600),
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
                    message: (0,diagnose_text/* showLine */.Yu)(m, 600),
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
    const chain = events.filter((e) => matchesAny((0,diagnose_text/* str */.gx)(e, 'Message'), FAILURE_CHAIN));
    if (!hasCause && chain.length > 0) {
        const instances = (0,diagnose_text/* unique */.Am)(chain.flatMap(eventInstances));
        const logsMissing = Object.keys(facts.logs ?? {}).length === 0;
        result.push({
            category: 'unknown',
            severity: 'error',
            title: 'Instance deployment failed',
            message: `Elastic Beanstalk reports that the deployment failed${instances.length > 0 ? ` on ${(0,diagnose_text/* listInstances */.ND)(instances)}` : ''}, but its events never name the failed step` +
                `${logsMissing ? ' and no instance logs were available' : ' and the instance logs did not show a recognised cause'}.`,
            lifecycleEvent: null,
            instances,
            file: null,
            line: null,
            evidence: (0,diagnose_text/* evidenceList */.EH)(chain.map((e) => (0,diagnose_text/* str */.gx)(e, 'Message'))),
            fix: logsMissing
                ? 'Request the tail logs (RequestEnvironmentInfo/RetrieveEnvironmentInfo, or `eb logs`) and read /var/log/eb-engine.log for the "[ERROR] An error occurred during execution of command" line.'
                : 'Read /var/log/eb-engine.log in the evidence for the first [ERROR] line.',
        });
    }
    return result;
}
function regroup(items) {
    return groupDiagnoses(items).map((d) => {
        return d.instances.length > 0 ? { ...d, message: `${d.message} Instances: ${(0,diagnose_text/* listInstances */.ND)(d.instances)}.` } : d;
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
            const b = (0,diagnose_text/* obj */.WL)(t, field);
            if (b) {
                body = b;
                kind = k;
                break;
            }
        }
        body ??= t; // a bare instance summary
        const target = (0,diagnose_text/* str */.gx)(body, 'targetId') || (0,diagnose_text/* str */.gx)(body, 'instanceId') || (0,diagnose_text/* str */.gx)(body, 'targetArn').split('/').pop() || 'unknown-target';
        const status = (0,diagnose_text/* str */.gx)(body, 'status');
        const events = (0,diagnose_text/* arr */.QL)(body, 'lifecycleEvents');
        let failedHere = 0;
        for (const ev of events) {
            const diag = (0,diagnose_text/* obj */.WL)(ev, 'diagnostics');
            const evStatus = (0,diagnose_text/* str */.gx)(ev, 'status');
            const errorCode = (0,diagnose_text/* str */.gx)(diag, 'errorCode');
            const failed = evStatus === 'Failed' || (errorCode !== '' && errorCode !== 'Success');
            if (!failed)
                continue;
            failedHere++;
            failures.push({
                target,
                targetType: kind,
                event: (0,diagnose_text/* str */.gx)(ev, 'lifecycleEventName') || 'UnknownEvent',
                errorCode,
                scriptName: (0,diagnose_text/* str */.gx)(diag, 'scriptName'),
                message: (0,diagnose_text/* str */.gx)(diag, 'message'),
                logTail: (0,diagnose_text/* str */.gx)(diag, 'logTail'),
            });
        }
        const started = events.some((ev) => !['Pending', 'Skipped', ''].includes((0,diagnose_text/* str */.gx)(ev, 'status')));
        if (failedHere === 0 && !started && status !== 'Succeeded' && status !== 'Skipped' && status !== 'Ready') {
            stalled.push({ target, status, firstEvent: (0,diagnose_text/* str */.gx)(events[0], 'lifecycleEventName') || 'ApplicationStop' });
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
    const all = (0,diagnose_text/* lines */.Mn)(logTail).filter((l) => !/(?:^|\s)(?:LifecycleEvent|Script) - /.test(l));
    const err = all.filter((l) => l.includes('[stderr]'));
    return (err.length > 0 ? err : all).slice(-n);
}
/** Stands for the instance list in messages until grouping knows every instance. */
const HOSTS = '\u0001hosts\u0001';
function withHosts(d) {
    const hosts = (0,diagnose_text/* listInstances */.ND)(d.instances);
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
        evidence: (0,diagnose_text/* evidenceList */.EH)(parts.evidence),
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
        message: `${f.event} failed on ${HOSTS}${f.errorCode ? ` (${f.errorCode})` : ''}${f.message ? `: ${(0,diagnose_text/* showLine */.Yu)(f.message)}` : ' without diagnostics'}.`,
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
        evidence: (0,diagnose_text/* evidenceList */.EH)([
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
    const evidence = (0,diagnose_text/* evidenceList */.EH)([err.code && err.message ? `${err.code}: ${err.message}` : err.code || err.message]);
    const info = () => CATEGORY_INFO[category];
    let message = err.message || err.code;
    let instances = [];
    if ((category === 'health-constraints' || category === 'agent-unavailable') && stalled.length > 0) {
        category = 'agent-unavailable';
        instances = stalled.map((s) => s.target);
        message =
            `No lifecycle event ever started on ${(0,diagnose_text/* listInstances */.ND)(instances)} (${(0,diagnose_text/* plural */.LS)(instances.length, 'instance')}): the CodeDeploy agent ` +
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
    const deploymentId = (0,diagnose_text/* str */.gx)(facts.deployment, 'deploymentId');
    const { failures, stalled } = collectFailures(facts.targets);
    const ctx = { deploymentId, bundle };
    const keyed = failures.map((f) => {
        const diagnosis = classify(f, ctx);
        return { key: groupKey(diagnosis, f.scriptName, f.message || f.logTail.slice(-200)), diagnosis };
    });
    const grouped = groupDiagnoses(keyed).map(withHosts);
    const errInfo = (0,diagnose_text/* obj */.WL)(facts.deployment, 'errorInformation');
    const err = { code: (0,diagnose_text/* str */.gx)(errInfo, 'code'), message: (0,diagnose_text/* str */.gx)(errInfo, 'message') };
    const status = (0,diagnose_text/* str */.gx)(facts.deployment, 'status');
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


/***/ }),

/***/ 803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ prepareRevision)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __webpack_require__(8298);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/bundle/errors.ts
/** A bundle that cannot be built or accepted; the message names the file and the accepted form. */
class BundleError extends Error {
    name = 'BundleError';
    /** The path (relative to the bundle root, or the archive) the error is about, when there is one. */
    file;
    constructor(message, file = null, options) {
        super(message, options);
        this.file = file;
    }
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/bundle/walk.ts





const S_IFLNK = 0o120000;
/** Mode stored for a symlink entry (Info-ZIP's convention). */
const SYMLINK_MODE = S_IFLNK | 0o777;
function isInside(root, p) {
    const rel = external_node_path_default().relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
async function loadIgnore(root, file) {
    if (!file)
        return null;
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().join(root, file), 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return null;
        throw new BundleError(`Could not read ${file}: ${err.message}`, file, { cause: err });
    }
    return ignore_default()().add(text);
}
function unreadable(rel, err) {
    return new BundleError(`Could not read ${rel} while bundling: ${err.message}. Fix its permissions or exclude it.`, rel, {
        cause: err,
    });
}
async function checkSymlink(root, abs, rel) {
    const target = await (0,promises_.readlink)(abs);
    if (external_node_path_default().isAbsolute(target)) {
        const suggestion = isInside(root, target) ? ` Make it relative: ln -sfn ${external_node_path_default().relative(external_node_path_default().dirname(abs), target)} ${rel}` : '';
        throw new BundleError(`Symlink ${rel} points to the absolute path ${target}; on the instance that path is outside the bundle. ` +
            `A bundle may only hold relative symlinks that stay inside it.${suggestion}`, rel);
    }
    const lexical = external_node_path_default().resolve(external_node_path_default().dirname(abs), target);
    let resolved = lexical;
    try {
        resolved = await (0,promises_.realpath)(abs);
    }
    catch {
        // A dangling link: judge it by its text alone.
    }
    if (!isInside(root, lexical) || !isInside(root, resolved)) {
        const shown = resolved !== lexical ? `${target} (resolves to ${resolved})` : target;
        throw new BundleError(`Symlink ${rel} points outside the bundle root, to ${shown}. ` +
            `hookline never follows a link out of the bundle: copy the target into the bundle, or exclude the link.`, rel);
    }
    return target;
}
/** Walk `root` into entries sorted by the byte order of their '/'-joined paths. */
async function walk(opts) {
    let root;
    try {
        root = await (0,promises_.realpath)(opts.root);
        if (!(await (0,promises_.stat)(root)).isDirectory())
            throw new Error('not a directory');
    }
    catch (err) {
        throw new BundleError(`Bundle root ${opts.root} is not a readable directory (${err.message}).`, opts.root, { cause: err });
    }
    const include = picomatch_default()(opts.include && opts.include.length > 0 ? opts.include : ['**'], { dot: true });
    const exclude = opts.exclude && opts.exclude.length > 0 ? picomatch_default()(opts.exclude, { dot: true }) : null;
    const ig = await loadIgnore(root, opts.ignoreFile);
    const skip = new Set((opts.skip ?? []).map((p) => external_node_path_default().resolve(p)));
    const out = [];
    // Returns whether anything under relDir was kept (so its directory entry is kept too).
    async function visit(absDir, relDir) {
        const dirents = await (0,promises_.readdir)(absDir, { withFileTypes: true }).catch((err) => {
            throw unreadable(relDir === '' ? '.' : `${relDir}/`, err);
        });
        const kept = await Promise.all(dirents.map(async (d) => {
            try {
                return await visitEntry(absDir, relDir, d);
            }
            catch (err) {
                if (err instanceof BundleError)
                    throw err;
                throw unreadable(relDir === '' ? d.name : `${relDir}/${d.name}`, err);
            }
        }));
        return kept.some(Boolean);
    }
    async function visitEntry(absDir, relDir, d) {
        if (d.name === '.git')
            return false;
        const rel = relDir === '' ? d.name : `${relDir}/${d.name}`;
        const abs = external_node_path_default().join(absDir, d.name);
        if (skip.has(abs))
            return false;
        const isDir = d.isDirectory();
        if (ig?.ignores(isDir ? `${rel}/` : rel))
            return false;
        if (exclude?.(rel))
            return false;
        if (isDir) {
            const st = await (0,promises_.lstat)(abs);
            const any = await visit(abs, rel);
            if (!any && !include(rel))
                return false;
            out.push({ path: `${rel}/`, type: 'dir', mode: st.mode & 0o177777, size: 0 });
            return true;
        }
        if (!include(rel))
            return false;
        if (d.isSymbolicLink()) {
            const target = await checkSymlink(root, abs, rel);
            out.push({ path: rel, type: 'symlink', mode: SYMLINK_MODE, size: Buffer.byteLength(target), linkTarget: target });
            return true;
        }
        if (!d.isFile()) {
            throw new BundleError(`${rel} is not a regular file, directory or symlink; a bundle cannot hold it. Exclude it.`, rel);
        }
        const st = await (0,promises_.lstat)(abs);
        out.push({ path: rel, type: 'file', mode: st.mode & 0o177777, size: st.size });
        return true;
    }
    await visit(root, '');
    const keyed = out.map((e) => ({ e, k: Buffer.from(e.path, 'utf8') }));
    keyed.sort((a, b) => Buffer.compare(a.k, b.k));
    return { root, entries: keyed.map((x) => x.e) };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/bundle/crc32.ts
// CRC-32 (the zip polynomial). Node >= 20.15 / 22.2 has a native zlib.crc32; older Node gets a
// table-driven fallback so the CLI still runs there.

let table = null;
function crc32Js(data, initial = 0) {
    if (!table) {
        table = new Uint32Array(256);
        for (let n = 0; n < 256; n++) {
            let c = n;
            for (let k = 0; k < 8; k++)
                c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            table[n] = c >>> 0;
        }
    }
    let crc = (initial ^ 0xffffffff) >>> 0;
    for (let i = 0; i < data.length; i++)
        crc = (table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8)) >>> 0;
    return (crc ^ 0xffffffff) >>> 0;
}
const crc32_native = (external_node_zlib_default()).crc32;
/** CRC-32 of `data`, continuing from `initial` (the CRC of the bytes before it). */
const crc32 = crc32_native ? (data, initial = 0) => crc32_native(data, initial) >>> 0 : crc32Js;

function gf2Times(mat, vec) {
    let sum = 0;
    for (let i = 0; vec !== 0; i++, vec >>>= 1)
        if (vec & 1)
            sum ^= mat[i];
    return sum >>> 0;
}
function gf2Square(square, mat) {
    for (let n = 0; n < 32; n++)
        square[n] = gf2Times(mat, mat[n]);
}
/**
 * CRC-32 of A‖B from crc(A), crc(B) and B's length (zlib's crc32_combine), so blocks of one file
 * can be checksummed on different threads.
 */
function crc32Combine(crcA, crcB, lengthB) {
    if (lengthB <= 0)
        return crcA >>> 0;
    const even = new Uint32Array(32);
    const odd = new Uint32Array(32);
    odd[0] = 0xedb88320;
    for (let n = 1, row = 1; n < 32; n++, row <<= 1)
        odd[n] = row;
    gf2Square(even, odd); // operator for two zero bits
    gf2Square(odd, even); // four zero bits
    let crc = crcA >>> 0;
    let len = lengthB;
    for (;;) {
        gf2Square(even, odd);
        if (len % 2 === 1)
            crc = gf2Times(even, crc);
        len = Math.floor(len / 2);
        if (len === 0)
            break;
        gf2Square(odd, even);
        if (len % 2 === 1)
            crc = gf2Times(odd, crc);
        len = Math.floor(len / 2);
        if (len === 0)
            break;
    }
    return (crc ^ crcB) >>> 0;
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/bundle/deflate-pool.ts
// Read + CRC + deflate of file blocks, off the main thread. A worker gets a batch of blocks (many
// small files, or one 1 MiB block of a large file) and does everything synchronously — read,
// CRC, deflateRawSync — so the per-file cost is a few microseconds of C, not the ~200 µs of
// JavaScript stream machinery that zlib's async API spends on every call (measured: async
// zlib.deflateRaw per file made the whole zip cost 4.4 s of CPU for 70 MB where the deflate
// itself is 2.2 s). Small bundles run the same code inline and start no worker.
//
// The code below is plain JavaScript in a string so it runs unchanged as a worker
// (`eval: true`, no file to ship next to the ncc bundle) and inline.


const TASK_SOURCE = String.raw `
const fs = require('node:fs');
const zlib = require('node:zlib');
let crcTable = null;
function crc32(buf) {
  if (zlib.crc32) return zlib.crc32(buf) >>> 0;
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; crcTable[n] = c >>> 0; }
  }
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = crcTable[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
// One reusable read buffer per thread: reading into fresh buffers left tens of MB of garbage
// per worker between collections (peak RSS +50 MB per worker, measured).
let scratch = Buffer.allocUnsafeSlow(0);
// Reads up to length + 1 bytes at start (one more than expected, to notice a file that grew).
function readInto(file, start, length) {
  if (scratch.length < length + 1) scratch = Buffer.allocUnsafeSlow(Math.max(length + 1, 1088 * 1024));
  const fd = fs.openSync(file, 'r');
  let got = 0;
  try {
    while (got < length + 1) { const n = fs.readSync(fd, scratch, got, length + 1 - got, start + got); if (n === 0) break; got += n; }
  } finally { fs.closeSync(fd); }
  return scratch.subarray(0, got);
}
function runTask(t) {
  try {
    const dictLen = t.deflate && !t.whole ? t.dictLen : 0;
    const buf = readInto(t.file, t.offset - dictLen, t.length + dictLen);
    const read = Math.min(buf.length - dictLen, t.length + (t.whole ? 1 : 0));
    const raw = buf.subarray(dictLen, dictLen + Math.min(read, t.length));
    const crc = crc32(raw);
    if (read !== t.length) return { ok: true, crc, data: new Uint8Array(0), deflated: false, read };
    if (t.deflate) {
      const opts = { level: t.level };
      if (!t.whole) opts.finishFlush = t.last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
      if (dictLen > 0) opts.dictionary = buf.subarray(0, dictLen);
      const packed = zlib.deflateRawSync(raw, opts);
      if (!t.whole || packed.length < raw.length) return { ok: true, crc, data: new Uint8Array(packed), deflated: true, read };
    }
    return { ok: true, crc, data: new Uint8Array(raw), deflated: false, read };
  } catch (err) {
    return { ok: false, message: String(err && err.message || err), code: err && err.code };
  }
}
`;
const WORKER_SOURCE = `${TASK_SOURCE}
const { parentPort } = require('node:worker_threads');
// Results hold exact copies (new Uint8Array(view)), moved to the main thread, not cloned.
parentPort.on('message', (m) => {
  const results = m.tasks.map(runTask);
  parentPort.postMessage({ id: m.id, results }, results.filter((r) => r.ok && r.data.byteLength > 0).map((r) => r.data.buffer));
});
`;
/** Runs blocks on the calling thread (small bundles: no worker start-up). */
function inlineRunner() {
    const require = (0,external_node_module_.createRequire)(import.meta.url);
    const runTask = new Function('require', `${TASK_SOURCE}\nreturn runTask;`)(require);
    return {
        run: async (tasks) => tasks.map(runTask),
        close: async () => undefined,
    };
}
/** Runs blocks on `size` worker threads; each batch goes to the worker with the least queued. */
function workerRunner(size) {
    const pending = new Map();
    let nextId = 0;
    let failed = null;
    const slots = [];
    for (let i = 0; i < Math.max(1, size); i++) {
        const slot = { worker: new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true }), queued: 0 };
        slot.worker.on('message', (m) => {
            const p = pending.get(m.id);
            if (!p)
                return;
            pending.delete(m.id);
            slot.queued--;
            p.resolve(m.results);
        });
        slot.worker.on('error', (err) => {
            failed = err;
            for (const [id, p] of pending) {
                if (p.slot === slot) {
                    pending.delete(id);
                    p.reject(err);
                }
            }
        });
        slots.push(slot);
    }
    return {
        run(tasks) {
            if (failed)
                return Promise.reject(failed);
            const slot = slots.reduce((a, b) => (b.queued < a.queued ? b : a));
            const id = nextId++;
            slot.queued++;
            return new Promise((resolve, reject) => {
                pending.set(id, { resolve, reject, slot });
                slot.worker.postMessage({ id, tasks });
            });
        },
        async close() {
            await Promise.all(slots.map((s) => s.worker.terminate()));
        },
    };
}

;// CONCATENATED MODULE: ./src/bundle/zip.ts
// Deterministic, streaming zip writer with parallel deflate.
//
// Why not yazl (measured, see the commit that added this file): yazl compresses one entry at a
// time from a stream, or — through addBuffer — in parallel but without backpressure, with a
// JavaScript CRC on the main thread and an O(n²) scan over its entries on every write (20,000
// entries: 1.3 s of overhead before any compression). It cannot take pre-compressed data, so
// parallel compression needs a writer of its own. This one is small and only writes: local
// header, data, central directory, end record (ZIP64 where sizes need it).
//
// How it goes fast with bounded memory: every file is cut into blocks (1 MiB). Blocks are read
// and deflated as independent jobs on worker threads (deflate-pool.ts), in batches, a bounded
// number of bytes ahead of the writer. A block after the first is compressed with the previous 32 KiB as its
// preset dictionary and ends on a sync flush, the last block on Z_FINISH, so the blocks
// concatenate into one valid deflate stream that compresses as well as a single pass (pigz's
// method). The writer takes blocks in archive order, combines their CRCs and streams them out with
// backpressure, hashing (sha256) as it writes.
//
// Deterministic: entries in the given (sorted) order, one fixed timestamp (1980-01-01 00:00,
// DOS format, no extra timestamp fields), no extra fields except ZIP64 where required, and
// compression decided by the content's name and size alone.








/** Extensions whose content is already compressed: stored, not deflated again. */
const STORED_EXTENSIONS = new Set([
    'zip',
    'jar',
    'war',
    'ear',
    'apk',
    'aar',
    'whl',
    'egg',
    'nupkg',
    'docx',
    'xlsx',
    'pptx',
    'odt',
    'gz',
    'tgz',
    'bz2',
    'tbz2',
    'xz',
    'txz',
    'lz',
    'lzma',
    'lz4',
    'zst',
    'br',
    '7z',
    'rar',
    'z',
    'jpg',
    'jpeg',
    'png',
    'gif',
    'webp',
    'avif',
    'heic',
    'ico',
    'jp2',
    'mp3',
    'mp4',
    'm4a',
    'm4v',
    'aac',
    'ogg',
    'oga',
    'ogv',
    'opus',
    'webm',
    'mkv',
    'mov',
    'avi',
    'flac',
    'woff',
    'woff2',
    'pdf',
    'swf',
]);
const DEFAULT_BLOCK = 1 << 20;
/** Below this many bytes to deflate, compress on the calling thread: no worker start-up. */
const INLINE_BELOW = 4 * 1024 * 1024;
const BATCH_BYTES = 256 * 1024;
const BATCH_UNITS = 256;
const MAX_UNITS_AHEAD = 8192;
const DICT = 32 * 1024;
/** Entries smaller than this are stored: deflate cannot gain on them. */
const MIN_DEFLATE = 32;
/** A streamed entry at least this large gets ZIP64 sizes in its local header and data descriptor. */
const ZIP64_STREAMED = 0xf0000000;
const U32 = 0xffffffff;
const DOS_TIME = 0; // 00:00:00
const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
const MADE_BY_UNIX = (3 << 8) | 30;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
/** Whether an entry of this path and size is deflated (otherwise stored). */
function shouldDeflate(p, size) {
    if (size < MIN_DEFLATE)
        return false;
    const ext = external_node_path_default().posix.extname(p).slice(1).toLowerCase();
    return !STORED_EXTENSIONS.has(ext);
}
function* unitsOf(entries, blockSize) {
    for (const entry of entries) {
        if (entry.type !== 'file' || entry.size <= blockSize) {
            yield {
                entry,
                block: 0,
                blocks: 1,
                offset: 0,
                length: entry.size,
                deflate: entry.type === 'file' && shouldDeflate(entry.path, entry.size),
            };
            continue;
        }
        const blocks = Math.ceil(entry.size / blockSize);
        const deflate = shouldDeflate(entry.path, entry.size);
        for (let block = 0; block < blocks; block++) {
            const offset = block * blockSize;
            yield { entry, block, blocks, offset, length: Math.min(blockSize, entry.size - offset), deflate };
        }
    }
}
function changed(entry) {
    return new BundleError(`${entry.path} changed size while it was being bundled; bundle a tree nothing is writing to.`, entry.path);
}
function taskOf(root, u, level) {
    return {
        file: external_node_path_default().join(root, u.entry.path),
        offset: u.offset,
        length: u.length,
        dictLen: Math.min(DICT, u.offset),
        whole: u.blocks === 1,
        deflate: u.deflate,
        last: u.block === u.blocks - 1,
        level,
    };
}
function doneOf(u, r) {
    if (!r)
        throw new BundleError(`No result for ${u.entry.path}.`, u.entry.path);
    if (!r.ok) {
        const why = r.code === 'ENOENT' ? 'it was removed while being bundled' : r.message;
        throw new BundleError(`Could not read ${u.entry.path} for the bundle: ${why}.`, u.entry.path);
    }
    if (r.read !== u.length)
        throw changed(u.entry);
    return { crc: r.crc, data: Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength), deflated: r.deflated };
}
function isAscii(s) {
    return /^[\x00-\x7f]*$/.test(s);
}
function zip64Extra(values) {
    const b = Buffer.alloc(4 + 8 * values.length);
    b.writeUInt16LE(0x0001, 0);
    b.writeUInt16LE(8 * values.length, 2);
    values.forEach((v, i) => b.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
    return b;
}
function localHeader(r, streamedZip64) {
    const extra = streamedZip64 ? zip64Extra([0, 0]) : Buffer.alloc(0);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(streamedZip64 ? 45 : 20, 4);
    h.writeUInt16LE(r.flags, 6);
    h.writeUInt16LE(r.method, 8);
    h.writeUInt16LE(DOS_TIME, 10);
    h.writeUInt16LE(DOS_DATE, 12);
    const streamed = (r.flags & FLAG_DESCRIPTOR) !== 0;
    h.writeUInt32LE(streamed ? 0 : r.crc, 14);
    h.writeUInt32LE(streamedZip64 ? U32 : streamed ? 0 : r.csize, 18);
    h.writeUInt32LE(streamedZip64 ? U32 : streamed ? 0 : r.usize, 22);
    h.writeUInt16LE(r.name.length, 26);
    h.writeUInt16LE(extra.length, 28);
    return Buffer.concat([h, r.name, extra]);
}
function dataDescriptor(r, zip64) {
    const b = Buffer.alloc(zip64 ? 24 : 16);
    b.writeUInt32LE(0x08074b50, 0);
    b.writeUInt32LE(r.crc, 4);
    if (zip64) {
        b.writeBigUInt64LE(BigInt(r.csize), 8);
        b.writeBigUInt64LE(BigInt(r.usize), 16);
    }
    else {
        b.writeUInt32LE(r.csize, 8);
        b.writeUInt32LE(r.usize, 12);
    }
    return b;
}
function centralRecord(r) {
    const big = [];
    if (r.usize >= U32)
        big.push(r.usize);
    if (r.csize >= U32)
        big.push(r.csize);
    if (r.offset >= U32)
        big.push(r.offset);
    const extra = big.length > 0 ? zip64Extra(big) : Buffer.alloc(0);
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(MADE_BY_UNIX, 4);
    h.writeUInt16LE(big.length > 0 ? 45 : 20, 6);
    h.writeUInt16LE(r.flags, 8);
    h.writeUInt16LE(r.method, 10);
    h.writeUInt16LE(DOS_TIME, 12);
    h.writeUInt16LE(DOS_DATE, 14);
    h.writeUInt32LE(r.crc, 16);
    h.writeUInt32LE(Math.min(r.csize, U32), 20);
    h.writeUInt32LE(Math.min(r.usize, U32), 24);
    h.writeUInt16LE(r.name.length, 28);
    h.writeUInt16LE(extra.length, 30);
    // comment length, disk number start, internal attributes: 0
    h.writeUInt32LE(r.external >>> 0, 38);
    h.writeUInt32LE(Math.min(r.offset, U32), 42);
    return Buffer.concat([h, r.name, extra]);
}
function endRecords(count, cdOffset, cdSize) {
    const parts = [];
    const zip64 = count >= 0xffff || cdOffset >= U32 || cdSize >= U32;
    if (zip64) {
        const rec = Buffer.alloc(56);
        rec.writeUInt32LE(0x06064b50, 0);
        rec.writeBigUInt64LE(44n, 4);
        rec.writeUInt16LE(MADE_BY_UNIX, 12);
        rec.writeUInt16LE(45, 14);
        // disk numbers: 0
        rec.writeBigUInt64LE(BigInt(count), 24);
        rec.writeBigUInt64LE(BigInt(count), 32);
        rec.writeBigUInt64LE(BigInt(cdSize), 40);
        rec.writeBigUInt64LE(BigInt(cdOffset), 48);
        const loc = Buffer.alloc(20);
        loc.writeUInt32LE(0x07064b50, 0);
        loc.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
        loc.writeUInt32LE(1, 16);
        parts.push(rec, loc);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(count, 0xffff), 8);
    end.writeUInt16LE(Math.min(count, 0xffff), 10);
    end.writeUInt32LE(Math.min(cdSize, U32), 12);
    end.writeUInt32LE(Math.min(cdOffset, U32), 16);
    parts.push(end);
    return Buffer.concat(parts);
}
/** Write `entries` (files read from `root`) as a zip archive to `sink`. */
async function writeZip(opts) {
    const { root, entries, sink, signal } = opts;
    const level = opts.level ?? 6;
    const blockSize = opts.blockSize ?? DEFAULT_BLOCK;
    const maxBytesAhead = opts.maxBytesAhead ?? 16 * 1024 * 1024;
    let deflateBytes = 0;
    for (const e of entries)
        if (e.type === 'file' && shouldDeflate(e.path, e.size))
            deflateBytes += e.size;
    const runner = deflateBytes < INLINE_BELOW ? inlineRunner() : workerRunner(opts.concurrency ?? Math.max(1, external_node_os_default().availableParallelism()));
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let written = 0;
    let sinkError = null;
    sink.on('error', (err) => {
        sinkError = err;
    });
    const write = async (buf) => {
        if (sinkError)
            throw sinkError;
        if (buf.length === 0)
            return;
        hash.update(buf);
        written += buf.length;
        if (!sink.write(buf))
            await (0,external_node_events_.once)(sink, 'drain', signal ? { signal } : {});
    };
    // Blocks ahead of the writer, in archive order, dispatched to the runner in batches.
    const units = unitsOf(entries, blockSize);
    const ahead = [];
    let bytesAhead = 0;
    let exhausted = false;
    let batch = [];
    let batchBytes = 0;
    const dispatch = () => {
        if (batch.length === 0)
            return;
        const these = batch;
        batch = [];
        batchBytes = 0;
        runner.run(these.map((b) => taskOf(root, b.unit, level))).then((results) => these.forEach((b, i) => {
            try {
                b.resolve(doneOf(b.unit, results[i]));
            }
            catch (err) {
                b.reject(err);
            }
        }), (err) => these.forEach((b) => b.reject(err)));
    };
    const fill = () => {
        // Refill in large steps (below half the budget) so batches stay large.
        if (!exhausted && ahead.length > 0 && bytesAhead > maxBytesAhead / 2)
            return;
        while (!exhausted && (ahead.length === 0 || (bytesAhead < maxBytesAhead && ahead.length < MAX_UNITS_AHEAD))) {
            const next = units.next();
            if (next.done) {
                exhausted = true;
                break;
            }
            const unit = next.value;
            const { entry } = unit;
            if (entry.type !== 'file') {
                const data = entry.type === 'symlink' ? Buffer.from(entry.linkTarget ?? '', 'utf8') : Buffer.alloc(0);
                ahead.push({ unit, done: Promise.resolve({ crc: crc32(data), data, deflated: false }) });
                continue;
            }
            const done = new Promise((resolve, reject) => batch.push({ unit, resolve, reject }));
            done.catch(() => undefined); // awaited in order below; not unhandled meanwhile
            ahead.push({ unit, done });
            bytesAhead += unit.length;
            batchBytes += unit.length;
            if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_UNITS)
                dispatch();
        }
        dispatch();
    };
    const central = [];
    let current = null;
    let currentZip64 = false;
    try {
        fill();
        while (ahead.length > 0) {
            signal?.throwIfAborted();
            const { unit, done: pending } = ahead.shift();
            const done = await pending;
            bytesAhead -= unit.length;
            fill();
            const { entry } = unit;
            if (unit.block === 0) {
                const streamed = unit.blocks > 1;
                current = {
                    name: Buffer.from(entry.path, 'utf8'),
                    flags: (streamed ? FLAG_DESCRIPTOR : 0) | (isAscii(entry.path) ? 0 : FLAG_UTF8),
                    method: done.deflated ? 8 : 0,
                    crc: streamed ? 0 : done.crc,
                    csize: streamed ? 0 : done.data.length,
                    usize: streamed ? 0 : unit.length,
                    offset: written,
                    external: ((entry.mode << 16) | (entry.type === 'dir' ? 0x10 : 0)) >>> 0,
                };
                currentZip64 = streamed && entry.size >= ZIP64_STREAMED;
                await write(localHeader(current, currentZip64));
            }
            const rec = current;
            if (unit.blocks > 1) {
                rec.crc = unit.block === 0 ? done.crc : crc32Combine(rec.crc, done.crc, unit.length);
                rec.usize += unit.length;
                rec.csize += done.data.length;
            }
            await write(done.data);
            if (unit.block === unit.blocks - 1) {
                if (unit.blocks > 1)
                    await write(dataDescriptor(rec, currentZip64));
                central.push(rec);
            }
        }
        const cdOffset = written;
        let cd = [];
        let cdBytes = 0;
        for (const r of central) {
            const b = centralRecord(r);
            cd.push(b);
            cdBytes += b.length;
            if (cdBytes >= 64 * 1024) {
                await write(Buffer.concat(cd));
                cd = [];
                cdBytes = 0;
            }
        }
        await write(Buffer.concat(cd));
        await write(endRecords(central.length, cdOffset, written - cdOffset));
        sink.end();
        await (0,external_node_stream_promises_.finished)(sink);
    }
    catch (err) {
        for (const a of ahead)
            a.done.catch(() => undefined);
        sink.destroy();
        throw sinkError && !(err instanceof BundleError) ? sinkError : err;
    }
    finally {
        await runner.close();
    }
    return { sha256: hash.digest('hex'), size: written, entries: central.length };
}

;// CONCATENATED MODULE: ./src/bundle/archive.ts
// A prebuilt archive given as the bundle: accepted as-is, its type read from its first bytes,
// its listing read (central directory / tar headers) so modes can be checked like a tree's.





const ACCEPTED = 'a zip (.zip/.jar/.war), a tar or a gzipped tar (.tgz/.tar.gz)';
/** The bundle type of an archive by its content (magic bytes), or null when it is none of them. */
function detectBundleType(head) {
    if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50)
        return 'zip';
    // An empty zip is only an end-of-central-directory record.
    if (head.length >= 4 && head.readUInt32LE(0) === 0x06054b50)
        return 'zip';
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'tgz';
    if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar')
        return 'tar';
    return null;
}
/** Hex sha256 of a file, streamed. */
async function sha256File(file, signal) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file), hash, signal ? { signal } : {});
    return hash.digest('hex');
}
async function listZip(file) {
    const yauzl = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 663, 19));
    const zip = await yauzl.openPromise(file, { decodeStrings: true, strictFileNames: false, validateEntrySizes: false });
    const out = [];
    try {
        for await (const e of zip.eachEntry()) {
            const isDir = e.fileName.endsWith('/');
            const unix = e.versionMadeBy >> 8 === 3 ? e.externalFileAttributes >>> 16 : 0;
            const mode = unix !== 0 ? unix : isDir ? 0o40755 : 0o100644;
            const type = (mode & 0o170000) === 0o120000 ? 'symlink' : isDir || (mode & 0o170000) === 0o040000 ? 'dir' : 'file';
            out.push({ path: e.fileName, type, mode, size: e.uncompressedSize });
        }
    }
    finally {
        zip.close();
    }
    return out;
}
async function listTar(file) {
    const tar = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9147));
    const out = [];
    await tar.list({
        file,
        onReadEntry: (e) => {
            const type = e.type === 'Directory' ? 'dir' : e.type === 'SymbolicLink' ? 'symlink' : 'file';
            const typeBits = type === 'dir' ? 0o040000 : type === 'symlink' ? 0o120000 : 0o100000;
            const entry = { path: e.path, type, mode: typeBits | ((e.mode ?? 0o644) & 0o7777), size: e.size ?? 0 };
            if (e.linkpath)
                entry.linkTarget = e.linkpath;
            out.push(entry);
        },
    });
    return out;
}
/** Accept a prebuilt archive as the bundle: its type from its content, not its name. */
async function readPrebuilt(file, signal) {
    let size;
    const head = Buffer.alloc(512);
    let got = 0;
    try {
        const st = await (0,promises_.stat)(file);
        if (!st.isFile())
            throw new Error('not a regular file');
        size = st.size;
        const fh = await (0,promises_.open)(file, 'r');
        try {
            got = (await fh.read(head, 0, head.length, 0)).bytesRead;
        }
        finally {
            await fh.close();
        }
    }
    catch (err) {
        throw new BundleError(`Could not read the archive ${file}: ${err.message}. Give ${ACCEPTED}, or a directory.`, file, {
            cause: err,
        });
    }
    const bundleType = detectBundleType(head.subarray(0, got));
    if (!bundleType) {
        const what = got === 0 ? 'is empty' : `starts with the bytes ${head.subarray(0, Math.min(got, 8)).toString('hex')}`;
        throw new BundleError(`${file} is not an archive hookline can deploy: it ${what}. Give ${ACCEPTED}, or a directory.`, file);
    }
    let list;
    try {
        list = bundleType === 'zip' ? await listZip(file) : await listTar(file);
    }
    catch (err) {
        throw new BundleError(`${file} looks like a ${bundleType} archive but cannot be read: ${err.message}.`, file, {
            cause: err,
        });
    }
    return { file, sha256: await sha256File(file, signal), size, bundleType, entries: list.length, list };
}

;// CONCATENATED MODULE: ./src/bundle/index.ts
// The revision bundle: a directory walked into a deterministic zip, or a prebuilt archive as-is.








const APPSPEC = /^appspec\.(ya?ml|json)$/i;
/** Throw unless appspec.yml (or .yaml/.json) is a file at the root, naming what was found instead. */
async function checkAppspec(root, list) {
    if (list.some((e) => e.type === 'file' && /^appspec\.(yml|yaml|json)$/.test(e.path)))
        return;
    const near = list.filter((e) => e.type !== 'dir' && APPSPEC.test(external_node_path_default().posix.basename(e.path)));
    const atRoot = near.find((e) => !e.path.includes('/'));
    if (atRoot) {
        throw new BundleError(`${atRoot.path} is at the bundle root but CodeDeploy looks for appspec.yml in lower case: rename it to appspec.yml.`, atRoot.path);
    }
    if (near.length > 0) {
        const first = near[0];
        const dir = external_node_path_default().posix.dirname(first.path);
        const others = near.length > 1
            ? ` (also found: ${near
                .slice(1, 4)
                .map((e) => e.path)
                .join(', ')})`
            : '';
        throw new BundleError(`appspec.yml must be at the root of the bundle, but it is at ${first.path}${others}; set \`path: ${dir}\` so that folder is the bundle root.`, first.path);
    }
    for (const name of ['appspec.yml', 'appspec.yaml', 'appspec.json']) {
        const exists = await (0,promises_.access)(external_node_path_default().join(root, name)).then(() => true, () => false);
        if (exists) {
            throw new BundleError(`${name} is in ${root} but the include/exclude globs or the ignore file leave it out of the bundle; CodeDeploy needs it at the root.`, name);
        }
    }
    throw new BundleError(`No appspec.yml at the root of the bundle (${root}). CodeDeploy needs appspec.yml at the root of the revision: add one, or set \`path\` to the folder that holds it.`, 'appspec.yml');
}
/** Walk `root` and write its deterministic zip to `outFile`; the sha256 names the revision. */
async function buildBundle(opts) {
    const outFile = external_node_path_default().resolve(opts.outFile);
    const partial = `${outFile}.partial-${process.pid}`;
    const { root, entries } = await walk({
        root: opts.root,
        include: opts.include,
        exclude: opts.exclude,
        ignoreFile: opts.ignoreFile,
        skip: [outFile, partial],
    });
    if (opts.requireAppspec)
        await checkAppspec(root, entries);
    await (0,promises_.mkdir)(external_node_path_default().dirname(outFile), { recursive: true });
    const sink = (0,external_node_fs_.createWriteStream)(partial);
    try {
        const res = await writeZip({ root, entries, sink, concurrency: opts.concurrency, signal: opts.signal });
        await (0,promises_.rename)(partial, outFile);
        return { file: outFile, sha256: res.sha256, size: res.size, bundleType: 'zip', entries: res.entries, list: entries };
    }
    catch (err) {
        // The stream opens its file asynchronously: wait until it is closed, or an open still pending
        // would create the partial file again after it was removed.
        if (!sink.closed)
            await new Promise((resolve) => sink.once('close', () => resolve()).destroy());
        await (0,promises_.rm)(partial, { force: true });
        if (err instanceof BundleError || opts.signal?.aborted)
            throw err;
        throw new BundleError(`Could not write the bundle to ${outFile}: ${err.message}`, outFile, { cause: err });
    }
}

;// CONCATENATED MODULE: ./src/aws/s3-upload.ts
// Upload a revision bundle to S3 under a content-addressed key. A HEAD first: when the key
// already holds these bytes (our own sha256 metadata says so — never the ETag, whose multipart
// form is not an MD5) nothing is sent. Otherwise a multipart upload from a file stream, with
// bounded concurrency and part size; each part is retried by the client's retry strategy.


/** An upload that failed for a reason the user can act on (message names the bucket and the fix). */
class UploadError extends Error {
    name = 'UploadError';
}
/** Metadata key (x-amz-meta-sha256) recording the content's sha256. */
const SHA256_METADATA = 'sha256';
const MIN_PART = 5 * 1024 * 1024;
const MAX_PARTS = 10_000;
/** `<prefix>/<name>-<sha256>.<ext>`: the same bytes always land on the same key. */
function revisionKey(prefix, name, sha256, extension) {
    const dir = prefix.replace(/^\/+|\/+$/g, '');
    const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'revision';
    const base = `${safe}-${sha256}.${extension.replace(/^\./, '')}`;
    return dir ? `${dir}/${base}` : base;
}
function stripQuotes(etag) {
    return (etag ?? '').replace(/^"+|"+$/g, '');
}
function statusOf(err) {
    return err?.$metadata?.httpStatusCode;
}
function codeOf(err) {
    const e = err;
    return e?.Code ?? e?.name ?? '';
}
function explain(err, bucket, key) {
    const code = codeOf(err);
    const status = statusOf(err);
    const cause = err instanceof Error ? err.message : String(err);
    if (code === 'AbortError' || err?.name === 'AbortError')
        return err;
    if (code === 'NoSuchBucket') {
        return new UploadError(`S3 bucket '${bucket}' does not exist (input \`s3-bucket\`). Create it in the deployment's region, or name an existing one.`, { cause: err });
    }
    if (code === 'AccessDenied' || code === 'Forbidden' || status === 403) {
        return new UploadError(`Access denied uploading to S3 bucket '${bucket}': the role needs s3:PutObject on arn:aws:s3:::${bucket}/${key} ` +
            `(and s3:GetObject for the skip-if-present check; s3:AbortMultipartUpload to clean up). S3 said: ${cause}`, { cause: err });
    }
    if (code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed' || status === 301) {
        return new UploadError(`S3 bucket '${bucket}' is in another region than the one configured (input \`aws-region\`). S3 said: ${cause}`, {
            cause: err,
        });
    }
    return new UploadError(`Could not upload the revision to s3://${bucket}/${key}: ${cause}`, { cause: err });
}
/** The object at `key` when it already holds content with this sha256 and size; else null. */
async function existing(s3, bucket, key, sha256, size, signal) {
    const { HeadObjectCommand } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    try {
        const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }), { abortSignal: signal });
        if (head.Metadata?.[SHA256_METADATA] === sha256 && head.ContentLength === size)
            return head;
        return null;
    }
    catch (err) {
        const status = statusOf(err);
        // 404: not there yet. 403: no s3:GetObject/ListBucket — we cannot tell, so upload.
        if (status === 404 || status === 403 || codeOf(err) === 'NotFound' || codeOf(err) === 'NoSuchKey')
            return null;
        throw explain(err, bucket, key);
    }
}
/** Upload `file` under its content-addressed key, or skip when the key already holds it. */
async function uploadRevision(s3, o) {
    const key = revisionKey(o.prefix, o.name, o.sha256, o.extension);
    const size = (await (0,promises_.stat)(o.file)).size;
    o.signal?.throwIfAborted();
    const head = await existing(s3, o.bucket, key, o.sha256, size, o.signal);
    if (head) {
        const skipped = { bucket: o.bucket, key, etag: stripQuotes(head.ETag), uploaded: false, bytes: 0 };
        if (head.VersionId)
            skipped.versionId = head.VersionId;
        return skipped;
    }
    const { Upload } = await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(358)]).then(__webpack_require__.t.bind(__webpack_require__, 2358, 19));
    const partSize = Math.max(MIN_PART, o.partSize ?? 8 * 1024 * 1024, Math.ceil(size / MAX_PARTS));
    const body = (0,external_node_fs_.createReadStream)(o.file, { highWaterMark: 1024 * 1024 });
    const upload = new Upload({
        client: s3,
        params: {
            Bucket: o.bucket,
            Key: key,
            Body: body,
            ContentType: o.extension === 'zip' ? 'application/zip' : o.extension === 'tar' ? 'application/x-tar' : 'application/gzip',
            Metadata: { [SHA256_METADATA]: o.sha256 },
        },
        queueSize: Math.max(1, o.queueSize ?? 4),
        partSize,
        leavePartsOnError: false,
    });
    if (o.onProgress)
        upload.on('httpUploadProgress', (p) => o.onProgress?.(p.loaded ?? 0, p.total ?? size));
    const onAbort = () => void upload.abort().catch(() => undefined);
    o.signal?.addEventListener('abort', onAbort, { once: true });
    try {
        const out = await upload.done();
        const result = { bucket: o.bucket, key, etag: stripQuotes(out.ETag), uploaded: true, bytes: size };
        if (out.VersionId)
            result.versionId = out.VersionId;
        return result;
    }
    catch (err) {
        if (o.signal?.aborted)
            throw o.signal.reason ?? err;
        throw explain(err, o.bucket, key);
    }
    finally {
        o.signal?.removeEventListener('abort', onAbort);
        body.destroy();
    }
}

// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
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
            files.set(e.path, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, e.path), 'utf8'));
    }
    return { files, modes };
}

;// CONCATENATED MODULE: ./src/flows/revision.ts
// Bundle and upload stage shared by CodeDeploy and Beanstalk: a deterministic archive named by
// its sha256, uploaded once (HEAD skips a known key), plus the small config files the
// diagnosis engine needs to point at lines.










async function prepareRevision(s, _ctx, opts) {
    const prebuilt = (0,external_node_fs_.statSync)(s.path).isFile();
    // Load the S3 client while the bundle is built (cold start: ≈ 80 ms of module loading).
    const s3Client = (0,clients.createClient)('s3', { region: s.region });
    s3Client.catch(() => undefined); // awaited below; keep an early failure from being unhandled meanwhile
    const bundle = await opts.timings.measure('Bundle', () => core/* group */.Os('Bundle', async () => {
        const b = prebuilt
            ? await readPrebuilt(s.path)
            : await buildBundle({
                root: s.path,
                include: s.include,
                exclude: s.exclude,
                ignoreFile: opts.kind === 'codedeploy' ? '.deployignore' : '.ebignore',
                requireAppspec: opts.kind === 'codedeploy',
                outFile: (0,external_node_path_.join)((0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'hookline-')), 'bundle.zip'),
            });
        core/* info */.pq(`${prebuilt ? `Using prebuilt ${(0,external_node_path_.basename)(s.path)}` : `Bundled ${b.entries} entries`}: ${(0,format/* formatBytes */.z)(b.size)}, ${b.bundleType}, sha256 ${b.sha256}`);
        return b;
    }));
    core/* setOutput */.uH(constants/* Outputs */.tY.BundleSha256, bundle.sha256);
    const bucket = opts.bucket ?? s.s3Bucket;
    if (!bucket)
        throw new Error('No S3 bucket to upload the revision to.');
    const s3 = await s3Client;
    const upload = await opts.timings.measure('Upload', () => core/* group */.Os('Upload', async () => {
        const u = await uploadRevision(s3, {
            bucket,
            prefix: s.s3Prefix,
            name: s.application,
            file: bundle.file,
            sha256: bundle.sha256,
            extension: bundle.bundleType === 'tgz' ? 'tgz' : bundle.bundleType,
            signal: opts.signal,
        });
        core/* info */.pq(u.uploaded
            ? `Uploaded ${(0,format/* formatBytes */.z)(u.bytes)} to s3://${u.bucket}/${u.key} (ETag ${u.etag})`
            : `s3://${u.bucket}/${u.key} already holds this bundle; upload skipped (0 bytes sent).`);
        return u;
    }));
    core/* setOutput */.uH(constants/* Outputs */.tY.RevisionS3Uri, `s3://${upload.bucket}/${upload.key}`);
    core/* setOutput */.uH(constants/* Outputs */.tY.RevisionEtag, upload.etag);
    core/* setOutput */.uH(constants/* Outputs */.tY.Uploaded, String(upload.uploaded));
    return {
        bundle,
        upload,
        files: bundleFilesFromList(s.path, bundle.list, !prebuilt),
        annotationRoot: prebuilt ? null : (0,external_node_path_.relative)(s.workspace, s.path),
    };
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
// Human-readable figures for log lines and the job summary.
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 ** 2)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1024 ** 3)
        return `${(n / 1024 ** 2).toFixed(1)} MiB`;
    return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}


/***/ })

};
