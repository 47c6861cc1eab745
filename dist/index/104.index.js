export const id = 104;
export const ids = [104];
export const modules = {

/***/ 9408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ bakeBeanstalk)
/* harmony export */ });
/* unused harmony export healthBreach */
/* harmony import */ var _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6114);
/* harmony import */ var _beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3232);
/* harmony import */ var _beanstalk_watch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3834);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6043);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6054);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7469);
// The Beanstalk bake: after the environment passed the `health` gate, keep reading its health
// for `bake`; health the gate does not allow (Red/Degraded/Severe, or Yellow under `green`)
// fails the run with Elastic Beanstalk's own causes, and with on-bake-failure: redeploy-previous
// the version that ran before is released again through the redeploy path.






/** A breach of the gate by one health read (pure); grey (no data) is not a breach, nor is `any`. */
function healthBreach(env, gate, causes = []) {
    if (!env)
        return { title: 'Environment gone during the bake', message: 'The environment no longer exists.', evidence: [] };
    const level = (0,_beanstalk_watch_js__WEBPACK_IMPORTED_MODULE_1__/* .healthLevel */ .vu)(env.Health, env.HealthStatus);
    const breached = gate !== 'any' && (level === 'red' || (gate === 'green' && level === 'yellow'));
    if (!breached)
        return undefined;
    const health = `${env.Health ?? 'unknown'}${env.HealthStatus ? ` (${env.HealthStatus})` : ''}`;
    return {
        title: `Health dropped to ${health} during the bake`,
        message: `Environment ${env.EnvironmentName ?? '?'} went to health ${health} during the bake; the gate '${gate}' does not allow it` +
            `${causes.length ? `. Elastic Beanstalk says: ${causes.join(' ')}` : '.'}`,
        evidence: causes,
    };
}
async function bakeBeanstalk(s, ctx, deps, t) {
    if (s.bakeMs <= 0)
        return;
    const { report, clock, signal, timings } = deps;
    const result = await timings
        .measure('Bake', () => report.group(`Bake ${t.environment}`, () => (0,_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .bake */ .W)(async (bound) => {
        const env = await (0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_0__/* .describeEnvironment */ .NE)(t.client, s.application, t.environment, bound);
        if (!healthBreach(env, s.health))
            return undefined;
        return healthBreach(env, s.health, await causes(t.client, t.environment, bound));
    }, { durationMs: s.bakeMs, pollMs: s.pollIntervalMs, clock, signal, log: report.log, what: `the health of ${t.environment}` })))
        .catch((err) => {
        if (err instanceof _util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .AbortedError */ .oM)
            throw new _util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .AbortedError */ .oM(`Cancelled during the bake of ${t.label} on ${t.environment}; the release had succeeded and stays live.`);
        throw err;
    });
    const previous = t.previousLabel && t.previousLabel !== t.label ? t.previousLabel : undefined;
    const wantsRestore = s.onBakeFailure === 'redeploy-previous';
    await (0,_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .concludeBake */ .L)(result, {
        report,
        durationMs: s.bakeMs,
        subject: `version ${t.label} on ${t.environment}`,
        fix: wantsRestore
            ? `Read the causes and the instance logs of ${t.environment}; the previous version was released again.`
            : `Read the causes and the instance logs of ${t.environment}, then release a fix (or the previous version with mode: redeploy).`,
        ...(wantsRestore && previous
            ? {
                restore: async () => {
                    const { redeployBeanstalk } = await Promise.all(/* import() */[__webpack_require__.e(507), __webpack_require__.e(148), __webpack_require__.e(644), __webpack_require__.e(3)]).then(__webpack_require__.bind(__webpack_require__, 3));
                    await redeployBeanstalk({ ...s, mode: 'redeploy', revision: previous, environment: t.environment, strategy: 'in-place', bakeMs: 0 }, ctx, deps);
                    return `Version ${previous} was released again to ${t.environment} and is live.`;
                },
            }
            : {}),
        ...(wantsRestore && !previous ? { noRestore: `${t.environment} ran no other version before ${t.label}; it stays live.` } : {}),
    });
}
/** Enhanced health's causes; none with basic health or without the permission (best effort). */
async function causes(client, environment, signal) {
    try {
        const out = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_5__/* .DescribeEnvironmentHealthCommand */ .qeK({ EnvironmentName: environment, AttributeNames: ['Causes'] }), {
            abortSignal: signal,
        });
        return out.Causes ?? [];
    }
    catch {
        return [];
    }
}


/***/ }),

/***/ 9800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iM: () => (/* binding */ collectTailLogs),
  _2: () => (/* binding */ failureFacts),
  XR: () => (/* binding */ instancesInEvents)
});

// UNUSED EXPORTS: beanstalkFacts, newTailEntries

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-beanstalk/dist-cjs/index.js
var dist_cjs = __webpack_require__(6114);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/beanstalk/errors.ts
var errors = __webpack_require__(8558);
// EXTERNAL MODULE: ./src/aws/proxy.ts
var proxy = __webpack_require__(1373);
;// CONCATENATED MODULE: ./src/aws/bounded-fetch.ts
// A download that cannot hold the step: bounded in time and in bytes. Presigned log URLs are
// foreign endpoints; one that trickles a byte a second or declares hundreds of megabytes must
// neither hang the run nor fill its memory. What arrived in time is kept.

const TAIL_LOG_MAX_BYTES = 2 * 1024 * 1024;
const TAIL_LOG_MAX_MS = 30_000;
async function fetchBoundedText(url, o) {
    const timer = AbortSignal.timeout(Math.max(1, o.timeoutMs));
    const signal = o.signal ? AbortSignal.any([o.signal, timer]) : timer;
    // Presigned URLs are AWS traffic too: the proxy rule applies (proxy.ts).
    const viaProxy = await (0,proxy/* proxyFetchFor */.gN)(url, process.env);
    const res = await (viaProxy ?? fetch)(url, { signal });
    if (!res.ok || !res.body) {
        await res.body?.cancel().catch(() => undefined);
        throw new Error(`HTTP ${res.status}`);
    }
    const chunks = [];
    let bytes = 0;
    let cut;
    const reader = res.body.getReader();
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            const room = o.maxBytes - bytes;
            chunks.push(value.length > room ? value.subarray(0, room) : value);
            bytes += Math.min(value.length, room);
            if (bytes >= o.maxBytes) {
                cut = 'bytes';
                break;
            }
        }
    }
    catch (err) {
        // The run's own cancel ends the download; the time limit keeps what arrived.
        if (o.signal?.aborted || !timer.aborted)
            throw err;
        cut = 'time';
    }
    finally {
        await reader.cancel().catch(() => undefined);
    }
    return { text: Buffer.concat(chunks).toString('utf8'), bytes, ...(cut ? { cut } : {}) };
}

;// CONCATENATED MODULE: ./src/beanstalk/facts.ts
// Facts about a failed update for the diagnosis engine: the events since the update and each
// instance's tail logs (RequestEnvironmentInfo tail → RetrieveEnvironmentInfo → fetch each
// presigned URL). Beanstalk's events never name the failed command or hook; the logs do.




const INSTANCE_IN_EVENT = /\[Instance: (i-[0-9a-zA-Z]+)\]/g;
/** Instance ids named in events ("[Instance: i-…] Command failed on instance…"), in order (pure). */
function instancesInEvents(events) {
    const ids = new Set();
    for (const e of events)
        for (const m of (e.Message ?? '').matchAll(INSTANCE_IN_EVENT))
            ids.add(m[1]);
    return [...ids];
}
function entryKey(e) {
    return `${e.Ec2InstanceId ?? ''}|${e.SampleTimestamp?.getTime() ?? ''}|${e.Message ?? ''}`;
}
/**
 * Entries that appeared after the request, newest per instance (pure). Comparing with the list
 * read before the request avoids trusting the runner's clock against AWS's.
 */
function newTailEntries(before, after) {
    const old = new Set(before.map(entryKey));
    const latest = new Map();
    for (const e of after) {
        if (e.InfoType && e.InfoType !== 'tail')
            continue;
        if (old.has(entryKey(e)) || !e.Ec2InstanceId || !e.Message)
            continue;
        const prev = latest.get(e.Ec2InstanceId);
        if (!prev || (e.SampleTimestamp?.getTime() ?? 0) > (prev.SampleTimestamp?.getTime() ?? 0))
            latest.set(e.Ec2InstanceId, e);
    }
    return latest;
}
/** Instance id → tail log text. Never throws for a missing log: it reports and returns what it has. */
async function collectTailLogs(client, environment, opts) {
    const logs = {};
    const retrieve = async () => (await client.send(new dist_cjs/* RetrieveEnvironmentInfoCommand */.D4Y({ EnvironmentName: environment, InfoType: 'tail' }), {
        abortSignal: opts.signal,
    })).EnvironmentInfo ?? [];
    let entries = new Map();
    try {
        const before = await retrieve();
        await client.send(new dist_cjs/* RequestEnvironmentInfoCommand */.UVy({ EnvironmentName: environment, InfoType: 'tail' }), { abortSignal: opts.signal });
        opts.log(`Requested the tail logs of ${environment}'s instances.`);
        const until = opts.clock.now() + opts.maxWaitMs;
        for (;;) {
            await opts.clock.sleep(Math.max(100, Math.min(opts.pollMs, 2000)), opts.signal);
            entries = newTailEntries(before, await retrieve());
            const complete = opts.instances.length > 0 ? opts.instances.every((id) => entries.has(id)) : entries.size > 0;
            if (complete || opts.clock.now() >= until)
                break;
        }
    }
    catch (err) {
        if (opts.signal?.aborted)
            throw new time/* AbortedError */.oM();
        opts.log(`Could not get the instances' tail logs: ${(0,errors/* errorText */.kc)(err)}. The diagnosis uses the events only.`);
        return logs;
    }
    if (entries.size === 0) {
        opts.log('No instance published its tail logs in time; the diagnosis uses the events only.');
        return logs;
    }
    await Promise.all([...entries].map(async ([id, e]) => {
        try {
            // Bounded in time and bytes: a presigned URL that trickles or never ends must not hold the run.
            const got = await fetchBoundedText(e.Message, {
                maxBytes: TAIL_LOG_MAX_BYTES,
                timeoutMs: Math.min(TAIL_LOG_MAX_MS, Math.max(5_000, opts.deadline ? opts.deadline - opts.clock.now() : TAIL_LOG_MAX_MS)),
                signal: opts.signal,
            });
            logs[id] = got.text;
            if (got.cut)
                opts.log(`The tail log of ${id} was cut after ${got.cut === 'bytes' ? `${got.bytes} bytes (the limit)` : `the time limit (${got.bytes} bytes read)`}; the diagnosis uses what arrived.`);
        }
        catch (err) {
            if (opts.signal?.aborted)
                return;
            opts.log(`Could not download the tail log of ${id}: ${(0,errors/* errorText */.kc)(err)}`);
        }
    }));
    const got = Object.keys(logs);
    opts.log(`Read the tail logs of ${got.length} instance${got.length === 1 ? '' : 's'}${got.length ? ` (${got.join(', ')})` : ''}.`);
    return logs;
}
function failureFacts(events, logs) {
    return { service: 'beanstalk', events: events, logs };
}
/**
 * `hookline explain --environment`: the environment's recent events (newest 100) and its
 * instances' tail logs, fetched live.
 */
async function beanstalkFacts(where, opts = {}) {
    // Loaded here so the pure helpers above import no client factory.
    const { createClient } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6076));
    const client = await createClient('beanstalk', { region: where.region });
    const out = await client.send(new DescribeEventsCommand({ ApplicationName: where.application, EnvironmentName: where.environment, MaxRecords: 100 }), { abortSignal: opts.signal });
    const events = [...(out.Events ?? [])].reverse();
    const logs = await collectTailLogs(client, where.environment, {
        pollMs: 2000,
        maxWaitMs: 60_000,
        instances: instancesInEvents(events),
        log: opts.log ?? (() => undefined),
        clock: systemClock,
        signal: opts.signal,
    });
    return failureFacts(events, logs);
}


/***/ }),

/***/ 5207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g8: () => (/* binding */ warnPlatformLifecycle)
/* harmony export */ });
/* unused harmony exports OS_END_OF_SUPPORT, osOf, osPastEnd, branchToMoveTo, lifecycleWarning, READ_BOUND_MS, readPlatformFacts */
/* harmony import */ var _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6114);
/* harmony import */ var _aws_deadline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7969);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8558);
// Platform lifecycle: an environment on a deprecated or retired platform branch, or on an
// operating system past its end of support, gets one warning per run naming the date (where AWS
// publishes one) and the branch to move to. Best effort: a read that fails never fails a release.
//
// The API gives states, not dates (PlatformBranchSummary and PlatformDescription carry no
// retirement date), so the operating-system dates are AWS's published ones:
// - Amazon Linux 2: end of support 2026-06-30 (Amazon Linux 2 FAQs, aws.amazon.com/amazon-linux-2/faqs;
//   Elastic Beanstalk's AL2 → AL2023 migration guide, using-features.migration-al.generic.from-al2.html).
// - Amazon Linux AMI (AL1): end of life 2023-12-31 (EC2 User Guide, "Amazon Linux", amazon-linux-ami-basics.html).
// - Retired branches keep running existing environments for 90 days after the published
//   retirement date (Elastic Beanstalk platform support policy, platforms-support-policy.html).



const OS_END_OF_SUPPORT = [
    { os: 'Amazon Linux 2', date: '2026-06-30', match: /^64bit Amazon Linux 2$/ },
    { os: 'Amazon Linux AMI (AL1)', date: '2023-12-31', match: /^64bit Amazon Linux( 20\d\d\.\d\d)?$/ },
];
/** "… running on 64bit Amazon Linux 2" → "64bit Amazon Linux 2". */
function osOf(branch) {
    const i = branch.lastIndexOf(' running on ');
    return i < 0 ? branch : branch.slice(i + ' running on '.length);
}
/** The operating system's end of support when it has passed (pure). */
function osPastEnd(branch, now) {
    const os = osOf(branch);
    return OS_END_OF_SUPPORT.find((e) => e.match.test(os) && now.getTime() >= Date.parse(`${e.date}T00:00:00Z`));
}
/** The newest supported sibling branch whose operating system is still supported (pure). */
function branchToMoveTo(f, now) {
    return f.siblings
        .filter((b) => b.BranchName && b.BranchName !== f.branch && (b.LifecycleState ?? '').toLowerCase() === 'supported')
        .filter((b) => !osPastEnd(b.BranchName, now))
        .sort((a, b) => (b.BranchOrder ?? 0) - (a.BranchOrder ?? 0))[0]?.BranchName;
}
/** The one warning for this platform, or undefined when its branch and OS are supported (pure). */
function lifecycleWarning(f, now) {
    const state = (f.state ?? '').toLowerCase();
    const stale = state === 'deprecated' || state === 'retired';
    const os = osPastEnd(f.branch, now);
    if (!stale && !os)
        return undefined;
    const parts = [];
    if (stale)
        parts.push(`Platform branch "${f.branch}" is ${state}`);
    if (os)
        parts.push(`${stale ? 'it runs on' : `Platform branch "${f.branch}" runs on`} ${os.os}, which reached its end of support on ${os.date}`);
    let text = parts.join('; ') + '.';
    if (state === 'retired' && !os)
        text += ' Elastic Beanstalk keeps retired branches for existing environments only 90 days after the retirement date.';
    const target = branchToMoveTo(f, now);
    text += target
        ? ` Move to "${target}" (a blue/green swap is the safe way).`
        : ' Move to a supported platform branch (aws elasticbeanstalk list-platform-branches).';
    return text;
}
const MAX_PAGES = 5;
/** All lifecycle reads together; past it the warning is skipped (debug log only). */
const READ_BOUND_MS = 15_000;
async function listBranches(client, filters, signal) {
    const all = [];
    let NextToken;
    for (let page = 0; page < MAX_PAGES; page++) {
        const out = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_1__/* .ListPlatformBranchesCommand */ .XY({ Filters: filters, NextToken }), { abortSignal: signal });
        all.push(...(out.PlatformBranchSummaryList ?? []));
        NextToken = out.NextToken;
        if (!NextToken)
            break;
    }
    return all;
}
/** Reads the facts: one DescribePlatformVersion; the branch lists only when a warning is due. */
async function readPlatformFacts(client, platformArn, now, signal) {
    const out = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_1__/* .DescribePlatformVersionCommand */ .wCx({ PlatformArn: platformArn }), { abortSignal: signal });
    const d = out.PlatformDescription;
    const branch = d?.PlatformBranchName;
    if (!branch)
        return undefined;
    const facts = { branch, state: d.PlatformBranchLifecycleState, siblings: [] };
    if (!lifecycleWarning(facts, now))
        return facts;
    const own = (await listBranches(client, [{ Attribute: 'BranchName', Operator: '=', Values: [branch] }], signal))[0];
    if (own?.LifecycleState)
        facts.state = own.LifecycleState;
    if (own?.PlatformName)
        facts.siblings = await listBranches(client, [{ Attribute: 'PlatformName', Operator: '=', Values: [own.PlatformName] }], signal);
    return facts;
}
/** One warning annotation when the environment's platform is deprecated, retired or on an OS past its end. */
async function warnPlatformLifecycle(client, environment, report, signal, now = new Date()) {
    if (!environment?.PlatformArn)
        return;
    try {
        // A warning is not worth holding up a release: the reads get a short bound of their own.
        const facts = await readPlatformFacts(client, environment.PlatformArn, now, (0,_aws_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .deadlineSignal */ .R)(signal, READ_BOUND_MS));
        const text = facts && lifecycleWarning(facts, now);
        if (text)
            report.warning(`${environment.EnvironmentName ?? 'The environment'}: ${text}`, { title: 'Platform lifecycle' });
    }
    catch (err) {
        if (signal.aborted)
            throw err;
        report.debug(`Could not read the platform lifecycle of ${environment.PlatformArn}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorText */ .kc)(err)}`);
    }
}


/***/ }),

/***/ 4385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ renderInstances),
/* harmony export */   s: () => (/* binding */ renderTimeline)
/* harmony export */ });
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7994);

const ICON = { ERROR: '🔴', FATAL: '🔴', WARN: '🟡', INFO: '⚪', DEBUG: '·', TRACE: '·' };
const COLOR_ICON = { Green: '🟢', Yellow: '🟡', Red: '🔴', Grey: '⚪' };
const TIMELINE_LIMIT = 60;
/** Event and cause text is Beanstalk's (or an instance's): escaped like all foreign text. */
function cell(s) {
    return (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(s.slice(0, 400));
}
function renderTimeline(events) {
    if (events.length === 0)
        return '';
    const shown = events.length > TIMELINE_LIMIT ? [...events.slice(0, 10), ...events.slice(-(TIMELINE_LIMIT - 10))] : events;
    const rows = shown.map((e) => `| ${e.EventDate ? e.EventDate.toISOString().slice(11, 19) : ''} | ${ICON[e.Severity ?? 'INFO'] ?? ''} ${e.Severity ?? ''} | ${cell(e.Message ?? '')} |`);
    if (shown.length < events.length)
        rows.splice(10, 0, `| | | … ${events.length - shown.length} more events (see the log) |`);
    return [
        '<details open><summary>Event timeline</summary>',
        '',
        '| Time (UTC) | Severity | Event |',
        '|---|---|---|',
        ...rows,
        '',
        '</details>',
    ].join('\n');
}
function renderInstances(rows, label) {
    if (!rows || rows.length === 0)
        return '';
    const lines = rows.map((r) => `| ${cell(r.id)} | ${COLOR_ICON[r.color ?? ''] ?? ''} ${r.color ?? ''}${r.healthStatus ? ` (${cell(r.healthStatus)})` : ''} | ${cell(r.version ?? '')}${r.version && r.version !== label ? ' ⚠️' : ''} | ${cell(r.causes.join('; '))} |`);
    return ['| Instance | Health | Version | Causes |', '|---|---|---|---|', ...lines].join('\n');
}


/***/ }),

/***/ 1765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ ensureVersion),
/* harmony export */   MP: () => (/* binding */ describeVersion),
/* harmony export */   RP: () => (/* binding */ versionDescription),
/* harmony export */   eq: () => (/* binding */ deriveLabel),
/* harmony export */   sK: () => (/* binding */ pruneVersions)
/* harmony export */ });
/* unused harmony exports LABEL_MAX, DESCRIPTION_MAX, hashOfVersion, decideVersion, quotaMessage, pickPrunable */
/* harmony import */ var _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6114);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6043);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8558);
// Application versions that tell the truth about their content.
//
// The default label is derived from the ref and the bundle's sha256, so a re-run finds the very
// same version (nothing uploaded, nothing created) and a changed bundle always gets a new label.
// Every version hookline creates records `sha256:<hex>` in its description and points at a
// content-addressed S3 key, so an existing label can be compared with the bundle at hand: a
// label that already holds different content fails, naming both hashes, unless the user asked
// to reuse it.



const LABEL_MAX = 100;
const DESCRIPTION_MAX = 200;
const HASH_IN_DESCRIPTION = /\bsha256:([0-9a-f]{64})\b/;
const HASH_IN_KEY = /(?:^|[^0-9a-f])([0-9a-f]{64})(?:[^0-9a-f]|$)/;
/**
 * `<ref>-<sha256[:12]>`: at most 100 characters of letters, digits, `.`, `_` and `-` (Beanstalk
 * forbids `/` in labels), so `refs/pull/42/merge` becomes `pull-42-merge-…`.
 */
function deriveLabel(ref, sha256) {
    const hash = sha256.slice(0, 12);
    const safe = ref
        .replace(/^refs\/(heads|tags)\//, '')
        .replace(/^refs\//, '')
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-._]+|[-._]+$/g, '');
    const head = safe.slice(0, LABEL_MAX - hash.length - 1).replace(/[-._]+$/, '');
    return `${head || 'hookline'}-${hash}`;
}
/** `sha256:<hex> <where it came from>`, within the 200 characters Beanstalk allows. */
function versionDescription(sha256, origin) {
    return `sha256:${sha256} ${origin}`.slice(0, DESCRIPTION_MAX).trimEnd();
}
/** The content hash a version records (description) or is named by (content-addressed key). */
function hashOfVersion(v) {
    return HASH_IN_DESCRIPTION.exec(v.Description ?? '')?.[1] ?? HASH_IN_KEY.exec(v.SourceBundle?.S3Key ?? '')?.[1];
}
/** What to do with the label, given the version that may already carry it (pure). */
function decideVersion(existing, want) {
    if (!existing)
        return { kind: 'create' };
    const label = want.label;
    if (statusOf(existing) === 'FAILED') {
        return {
            kind: 'fail',
            message: `Application version '${label}' already exists but Elastic Beanstalk failed to process it, so it cannot be deployed. ` +
                `Delete it (aws elasticbeanstalk delete-application-version --application-name ${existing.ApplicationName ?? '<app>'} --version-label ${label}) or choose another version-label.`,
        };
    }
    const sameObject = existing.SourceBundle?.S3Bucket === want.bucket && existing.SourceBundle?.S3Key === want.key;
    const theirs = hashOfVersion(existing);
    if (sameObject || theirs === want.sha256) {
        return {
            kind: 'reuse',
            note: `Application version '${label}' already holds this bundle (sha256 ${want.sha256.slice(0, 12)}); reusing it, no new version created.`,
        };
    }
    const where = existing.SourceBundle
        ? `s3://${existing.SourceBundle.S3Bucket ?? '?'}/${existing.SourceBundle.S3Key ?? '?'}`
        : 'an unknown source';
    const what = theirs ? `sha256 ${theirs}` : `${where}, whose content hash is not recorded`;
    if (want.reuse) {
        return {
            kind: 'reuse',
            note: `Deploying the existing application version '${label}' as reuse-version: true asks.`,
            warning: `Application version '${label}' holds different content (${what}) than this run's bundle (sha256 ${want.sha256}); reuse-version: true deploys the existing version, not this bundle.`,
        };
    }
    return {
        kind: 'fail',
        message: `Application version '${label}' already exists with different content: it holds ${what}, this run's bundle is sha256 ${want.sha256}. ` +
            `Beanstalk labels are immutable, so deploying would silently release the old bundle. ` +
            `${want.explicit ? 'Choose a new version-label, leave version-label empty to derive one from the ref and bundle hash,' : 'Choose a version-label'} or set reuse-version: true to deploy the existing version.`,
    };
}
/** The quota message: say which limit was hit and how to keep under it. */
function quotaMessage(application, cause) {
    return (`Application '${application}' has reached its application version quota (${cause}). ` +
        `Delete old versions, turn on the application's version lifecycle policy (Application settings → Application version lifecycle, ` +
        `or aws elasticbeanstalk update-application-resource-lifecycle), or set prune-versions: N so hookline keeps at most N versions.`);
}
/**
 * Labels to delete so that at most `keep` versions remain: the oldest first, never one an
 * environment runs and never a protected one (pure).
 */
function pickPrunable(versions, inUse, keep, protect) {
    const excess = versions.length - keep;
    if (keep <= 0 || excess <= 0)
        return [];
    return versions
        .filter((v) => v.VersionLabel && !inUse.has(v.VersionLabel) && !protect.has(v.VersionLabel))
        .sort((a, b) => (a.DateCreated?.getTime() ?? 0) - (b.DateCreated?.getTime() ?? 0) || (a.VersionLabel ?? '').localeCompare(b.VersionLabel ?? ''))
        .slice(0, excess)
        .map((v) => v.VersionLabel);
}
/** Finds or creates the version for the bundle and waits until Beanstalk has processed it. */
async function ensureVersion(client, req, opts) {
    let pruned = false;
    for (let attempt = 1;; attempt++) {
        const existing = await describeVersion(client, req.application, req.label, opts.signal);
        const decision = decideVersion(existing, req);
        if (decision.kind === 'fail')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BeanstalkError */ .w1(decision.message);
        if (decision.kind === 'reuse' && existing) {
            opts.log(decision.note);
            if (decision.warning)
                opts.warn(decision.warning);
            const version = await waitProcessed(client, req.application, req.label, opts);
            return { label: req.label, created: false, version };
        }
        try {
            await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_2__/* .CreateApplicationVersionCommand */ .m8t({
                ApplicationName: req.application,
                VersionLabel: req.label,
                Description: req.description,
                SourceBundle: { S3Bucket: req.bucket, S3Key: req.key },
                Process: true,
                AutoCreateApplication: false,
            }), { abortSignal: opts.signal });
            opts.log(`Created application version '${req.label}' from s3://${req.bucket}/${req.key}; Beanstalk is processing it.`);
        }
        catch (err) {
            if (opts.signal?.aborted)
                throw new _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .AbortedError */ .oM();
            const name = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorName */ .Is)(err);
            const text = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err);
            // Another run created the label between our read and our create: read it again.
            if (/already exists/i.test(text) && attempt < 3)
                continue;
            if (name === 'TooManyApplicationVersionsException') {
                if (req.pruneVersions > 0 && !pruned) {
                    pruned = true;
                    const removed = await pruneVersions(client, req.application, req.pruneVersions - 1, new Set([req.label]), opts);
                    if (removed.length > 0)
                        continue;
                }
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BeanstalkError */ .w1(quotaMessage(req.application, text));
            }
            if (/No Application named/i.test(text)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BeanstalkError */ .w1(`Elastic Beanstalk has no application named '${req.application}' in this region; create it first or fix the application input (${text}).`);
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BeanstalkError */ .w1(`Could not create application version '${req.label}' of '${req.application}': ${text}`);
        }
        const version = await waitProcessed(client, req.application, req.label, opts);
        return { label: req.label, created: true, version };
    }
}
async function describeVersion(client, application, label, signal) {
    const out = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_2__/* .DescribeApplicationVersionsCommand */ .QDX({ ApplicationName: application, VersionLabels: [label] }), {
        abortSignal: signal,
    });
    return out.ApplicationVersions?.find((v) => v.VersionLabel === label);
}
const SETTLED = new Set(['PROCESSED', 'UNPROCESSED']);
/** The wire says Processed/Processing/Failed…; compare upper-cased. */
function statusOf(v) {
    return (v.Status ?? 'UNPROCESSED').toUpperCase();
}
/** Polls until the version is PROCESSED (UNPROCESSED: created without processing, deployable); FAILED says why. */
async function waitProcessed(client, application, label, opts) {
    let said = '';
    let throttled = 0;
    for (;;) {
        if (opts.signal?.aborted)
            throw new _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .AbortedError */ .oM();
        let v;
        try {
            v = await describeVersion(client, application, label, opts.signal);
            throttled = 0;
        }
        catch (err) {
            if (opts.signal?.aborted)
                throw new _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .AbortedError */ .oM();
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(err))
                throw err;
            await opts.clock.sleep((0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .nextDelay */ .rM)(opts.pollMs, ++throttled), opts.signal);
            continue;
        }
        if (!v)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BeanstalkError */ .w1(`Application version '${label}' disappeared while Beanstalk processed it (deleted by a lifecycle policy or someone else?).`);
        const status = statusOf(v);
        if (SETTLED.has(status))
            return v;
        if (status === 'FAILED') {
            const why = await versionErrors(client, application, label, opts.signal);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BeanstalkError */ .w1(`Elastic Beanstalk could not process application version '${label}'${why.length ? `: ${why.join(' / ')}` : ''}. ` +
                'Check that the bundle is a valid zip with the application at its root and that the S3 object is readable by Beanstalk.');
        }
        if (status !== said) {
            opts.log(`Application version '${label}' is ${status}.`);
            said = status;
        }
        if (opts.clock.now() >= opts.deadline)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BeanstalkError */ .w1(`Application version '${label}' was still ${status} when the timeout was reached.`);
        await opts.clock.sleep(Math.min((0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .nextDelay */ .rM)(opts.pollMs, 0), Math.max(1, opts.deadline - opts.clock.now())), opts.signal);
    }
}
async function versionErrors(client, application, label, signal) {
    try {
        const out = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_2__/* .DescribeEventsCommand */ .w6x({ ApplicationName: application, VersionLabel: label, MaxRecords: 20 }), {
            abortSignal: signal,
        });
        return (out.Events ?? [])
            .filter((e) => e.Severity === 'ERROR' || e.Severity === 'FATAL')
            .map((e) => e.Message ?? '')
            .filter(Boolean);
    }
    catch {
        return [];
    }
}
/** Deletes the oldest versions no environment runs until at most `keep` remain; their S3 bundles stay. */
async function pruneVersions(client, application, keep, protect, opts) {
    const versions = [];
    let NextToken;
    do {
        const out = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_2__/* .DescribeApplicationVersionsCommand */ .QDX({ ApplicationName: application, NextToken, MaxRecords: 1000 }), {
            abortSignal: opts.signal,
        });
        versions.push(...(out.ApplicationVersions ?? []));
        NextToken = out.NextToken;
    } while (NextToken);
    const envs = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_2__/* .DescribeEnvironmentsCommand */ .$8c({ ApplicationName: application, IncludeDeleted: false }), {
        abortSignal: opts.signal,
    });
    const inUse = new Set((envs.Environments ?? []).map((e) => e.VersionLabel ?? '').filter(Boolean));
    const doomed = pickPrunable(versions, inUse, keep, protect);
    const removed = [];
    for (const label of doomed) {
        try {
            await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_2__/* .DeleteApplicationVersionCommand */ .Xb({ ApplicationName: application, VersionLabel: label, DeleteSourceBundle: false }), { abortSignal: opts.signal });
            removed.push(label);
        }
        catch (err) {
            opts.warn(`Could not delete application version '${label}': ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}`);
        }
    }
    if (removed.length)
        opts.log(`Pruned ${removed.length} unused application version${removed.length > 1 ? 's' : ''} (prune-versions: ${keep}): ${removed.join(', ')}`);
    return removed;
}


/***/ }),

/***/ 104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BeanstalkError: () => (/* reexport */ beanstalk_errors/* BeanstalkError */.w1),
  DeploymentFailed: () => (/* reexport */ beanstalk_errors/* DeploymentFailed */.Nr),
  failureHeadline: () => (/* binding */ failureHeadline),
  releaseBeanstalk: () => (/* binding */ releaseBeanstalk),
  releasedUrl: () => (/* binding */ releasedUrl),
  updateInFlight: () => (/* binding */ updateInFlight)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-beanstalk/dist-cjs/index.js
var dist_cjs = __webpack_require__(6114);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
// EXTERNAL MODULE: ./src/diagnose/index.ts + 5 modules
var diagnose = __webpack_require__(1142);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/in-flight.ts
var in_flight = __webpack_require__(1839);
// EXTERNAL MODULE: ./src/flows/revision.ts + 4 modules
var revision = __webpack_require__(9);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/validate/eb-options.ts
var eb_options = __webpack_require__(9860);
// EXTERNAL MODULE: ./src/validate/index.ts + 11 modules
var validate = __webpack_require__(2609);
// EXTERNAL MODULE: ./src/validate/paths.ts
var paths = __webpack_require__(2906);
// EXTERNAL MODULE: ./src/flows/bundle-model.ts
var bundle_model = __webpack_require__(4821);
// EXTERNAL MODULE: ./src/flows/preflight.ts + 3 modules
var preflight = __webpack_require__(7935);
;// CONCATENATED MODULE: ./src/flows/beanstalk-options.ts
// Before anything is uploaded: the bundle's option_settings checked against the options the
// target environment's platform defines (DescribeConfigurationOptions), so an unknown option or a
// refused value is an annotation on its line instead of a failed environment update.







async function checkPlatformOptions(client, s, environment, signal, report) {
    if (s.validate === 'off')
        return;
    // The same model pre-flight validated and the upload bundles (.ebignore applied).
    const model = await (0,bundle_model/* bundleModelFor */.H)(s, 'beanstalk');
    const archive = model.kind === 'archive';
    const tree = (0,validate/* treeFromModel */.Eq)(model);
    const settings = (0,eb_options/* bundleOptionSettings */.f5)(new paths/* TreeIndex */.Np(tree), /\.war$/i.test(s.path));
    if (settings.length === 0)
        return;
    let options;
    try {
        const out = await client.send(new dist_cjs/* DescribeConfigurationOptionsCommand */.xyL({ ApplicationName: s.application, EnvironmentName: environment }), {
            abortSignal: signal,
        });
        options = out.Options ?? [];
    }
    catch (err) {
        if (signal.aborted)
            throw err;
        report.warning(`Could not read the configuration options of ${environment} (${err instanceof Error ? err.message : String(err)}); option_settings were not checked against its platform.`, { title: 'Option settings not checked' });
        return;
    }
    const findings = (0,eb_options/* checkOptionsAgainstPlatform */.JU)(settings, options, environment);
    const errors = findings.filter((f) => f.severity === 'error').length;
    report.info(`Checked ${settings.length} option setting(s) against the platform of ${environment}: ${errors} error(s).`);
    if (findings.length === 0)
        return;
    const base = (0,external_node_path_.relative)(s.workspace, s.path);
    report.annotate(findings.map((f) => ({
        level: f.severity === 'error' && s.validate === 'warn' ? 'warning' : f.severity,
        title: `hookline: ${f.rule}`,
        ...(archive
            ? { file: base, message: `${f.file}:${f.line}: ${f.message}` }
            : { file: (0,external_node_path_.join)(base, f.file), startLine: f.line, startColumn: f.column, message: f.message }),
    })));
    if (s.validate === 'error' && errors > 0)
        throw new preflight/* ValidationFailed */.n(findings);
}

// EXTERNAL MODULE: ./src/beanstalk/errors.ts
var beanstalk_errors = __webpack_require__(8558);
// EXTERNAL MODULE: ./src/beanstalk/version.ts
var beanstalk_version = __webpack_require__(1765);
// EXTERNAL MODULE: ./src/beanstalk/environment.ts
var environment = __webpack_require__(3232);
// EXTERNAL MODULE: ./src/beanstalk/watch.ts
var watch = __webpack_require__(3834);
// EXTERNAL MODULE: ./src/beanstalk/facts.ts + 1 modules
var facts = __webpack_require__(9800);
// EXTERNAL MODULE: ./src/beanstalk/summary.ts
var beanstalk_summary = __webpack_require__(4385);
// EXTERNAL MODULE: ./src/beanstalk/bluegreen.ts
var bluegreen = __webpack_require__(9462);
// EXTERNAL MODULE: ./src/bake/beanstalk.ts
var beanstalk = __webpack_require__(9408);
// EXTERNAL MODULE: ./src/beanstalk/platform-lifecycle.ts
var platform_lifecycle = __webpack_require__(5207);
;// CONCATENATED MODULE: ./src/flows/beanstalk.ts
// The Elastic Beanstalk release: bundle → upload → application version → update environment →
// watch events and health → on failure tail logs → diagnose → report. Each stage is its own
// module under src/beanstalk/; this file only wires them in order and records timings.





















/** How long a failed update is followed until it settles, and how long instances get to publish logs. */
const SETTLE_MS = 3 * 60_000;
const TAIL_WAIT_MS = 2 * 60_000;
async function releaseBeanstalk(s, ctx, deps) {
    const { clock, signal, timings, report } = deps;
    const deadline = clock.now() + s.timeoutMs;
    const client = await (0,clients.createClient)('beanstalk', { region: s.region });
    // Fail before bundling when the environment (or the blue/green pair) cannot be released to at all.
    const blueGreen = s.strategy === 'blue-green';
    let found;
    let pair;
    if (blueGreen) {
        const p = await (0,bluegreen/* readPair */.$T)(client, s.application, [s.environment, s.idleEnvironment], s.productionCname, signal);
        if (p.kind === 'fail')
            throw new beanstalk_errors/* BeanstalkError */.w1(p.message);
        pair = p;
        found = p.idle;
        report.info(`Blue/green: ${p.live.EnvironmentName} is live at http://${p.live.CNAME ?? '?'} (${p.live.VersionLabel ?? 'no version'}); ` +
            `${p.idle ? `${p.idleName} is idle and gets the new version` : `${p.idleName} does not exist and will be created as a copy of it`}.`);
    }
    else {
        found = await (0,environment/* describeEnvironment */.NE)(client, s.application, s.environment, signal);
        const early = (0,environment/* readyDecision */.iH)(found, s.application, s.environment);
        if (early.kind === 'fail')
            throw new beanstalk_errors/* BeanstalkError */.w1(early.message);
        report.info(`Environment ${s.environment} (${found?.EnvironmentId ?? '?'}): ${(0,environment/* consoleUrl */.B9)(s.region, found)}`);
    }
    /** The environment that receives the new version: the given one, or the idle half of the pair. */
    const target = pair ? pair.idleName : s.environment;
    await (0,platform_lifecycle/* warnPlatformLifecycle */.g8)(client, found ?? pair?.live, report, signal);
    // The environment whose platform judges the option settings (the live one when the idle one is still to be created).
    await checkPlatformOptions(client, s, found?.EnvironmentName ?? pair?.live.EnvironmentName ?? target, signal, report);
    const bucket = s.s3Bucket ?? (await storageBucket(client, signal));
    const rev = await (0,revision/* prepareRevision */.T)(s, ctx, { kind: 'beanstalk', signal, timings, report, bucket });
    const sha256 = rev.bundle.sha256;
    // The default label follows the key: the tree digest (a prebuilt archive: its sha256).
    const label = s.versionLabel ?? (0,beanstalk_version/* deriveLabel */.eq)(ctx.ref, rev.bundle.treeDigest ?? sha256);
    report.setOutput(constants/* Outputs */.tY.VersionLabel, label);
    const log = report.log;
    const warn = (line) => report.warning(line, { title: 'Application version' });
    const version = await timings.measure('Application version', () => report.group(`Application version ${label}`, () => (0,beanstalk_version/* ensureVersion */.BO)(client, {
        application: s.application,
        label,
        explicit: s.versionLabel !== undefined,
        reuse: s.reuseVersion,
        sha256,
        bucket: rev.upload.bucket,
        key: rev.upload.key,
        description: (0,beanstalk_version/* versionDescription */.RP)(sha256, (0,context/* releaseDescription */.a)(ctx, s.description)),
        pruneVersions: s.pruneVersions,
    }, { pollMs: s.pollIntervalMs, deadline, log, warn, clock, signal })));
    // The cursor starts after the events that were there before our update.
    let cursor = new watch/* EventCursor */.Rc();
    let after;
    if (pair && !pair.idle) {
        const live = pair.live;
        after = await timings.measure('Create environment', () => report.group(`Create ${target} from ${live.EnvironmentName}`, () => (0,bluegreen/* cloneEnvironment */.F9)(client, s.application, live, target, label, s.productionCname, signal)));
        report.info(`Creating ${target} with version ${label}: ${(0,environment/* consoleUrl */.B9)(s.region, after)}`);
    }
    else {
        const updated = await updateInFlight(client, s, target, label, { deadline, log, clock, signal, timings, report });
        cursor = updated.cursor;
        after = updated.after;
        report.info(`Updating ${target} to version ${label} (${after.Status ?? 'Updating'}): ${(0,environment/* consoleUrl */.B9)(s.region, after)}`);
    }
    if (!pair) {
        report.setOutput(constants/* Outputs */.tY.EnvironmentId, after.EnvironmentId ?? found?.EnvironmentId ?? '');
        report.setOutput(constants/* Outputs */.tY.EnvironmentUrl, (0,environment/* environmentUrl */.fw)(after) || (0,environment/* environmentUrl */.fw)(found));
    }
    const watcher = new watch/* Watcher */.ZV(client, { application: s.application, environment: target, label, gate: s.health }, cursor, {
        pollMs: s.pollIntervalMs,
        deadline,
        settleMs: SETTLE_MS,
        log,
        clock,
        signal,
    });
    let watched;
    try {
        watched = await timings.measure('Deploy', () => report.group(`Watch ${target}`, () => watcher.run()));
    }
    catch (err) {
        if (err instanceof time/* AbortedError */.oM) {
            throw new time/* AbortedError */.oM(`Cancelled while environment ${target} was being updated to ${label}; the post step ${s.onCancel === 'stop' ? 'aborts the update' : 'leaves it running (on-cancel: leave)'}.`);
        }
        throw err;
    }
    let env = watched.env;
    // A Ready environment has nothing left to abort; a timed-out update in progress is left for the post step.
    if (watched.outcome !== 'timeout' || env?.Status === 'Ready')
        (0,in_flight/* saveInFlight */.$Z)(report, undefined);
    // Blue/green: only a healthy idle environment on the new version ever takes the production CNAME.
    let swapped = '';
    if (pair && watched.outcome === 'success') {
        const live = pair.live.EnvironmentName ?? s.environment;
        env = await timings.measure('Swap CNAMEs', () => report.group(`Swap ${target} ⇄ ${live}`, () => (0,bluegreen/* swapAndVerify */.K3)(client, s.application, target, live, s.productionCname, label, s.health, {
            pollMs: s.pollIntervalMs,
            deadline,
            log,
            clock,
            signal,
        })));
        swapped = ` · swapped CNAMEs: production \`${s.productionCname}\` now on ${target}, ${live} idle`;
    }
    else if (pair) {
        report.info(`No CNAME swap: production stays on ${pair.live.EnvironmentName} (${pair.live.VersionLabel ?? 'no version'}).`);
    }
    setEnvironmentOutputs(report, env);
    if (pair && !swapped) {
        // Production did not move: its URL and id stay the outputs; status and health are the idle environment's.
        report.setOutput(constants/* Outputs */.tY.EnvironmentUrl, (0,environment/* environmentUrl */.fw)(pair.live));
        report.setOutput(constants/* Outputs */.tY.EnvironmentId, pair.live.EnvironmentId ?? '');
    }
    const summary = report.summary.addHeading(`hookline · Elastic Beanstalk ${s.application}/${target}${pair ? ' (blue/green)' : ''}`, 2);
    const verdict = { success: '✅ Released', failed: '❌ Failed', timeout: '⏱ Timed out' }[watched.outcome];
    summary.addRaw(`${verdict} · environment [${target}](${(0,environment/* consoleUrl */.B9)(s.region, env ?? after)}) **${env?.Status ?? 'unknown'}** · health **${env?.Health ?? 'unknown'}${env?.HealthStatus ? ` (${env.HealthStatus})` : ''}**` +
        ` · version \`${label}\`${version.created ? ' (new)' : ' (existing, reused)'} · sha256 \`${sha256.slice(0, 12)}\`` +
        ` · ${rev.upload.uploaded ? `uploaded ${(0,format/* formatBytes */.z)(rev.upload.bytes)}` : 'already in S3: nothing built or uploaded'}` +
        `${(0,environment/* environmentUrl */.fw)(env) ? ` · ${(0,environment/* environmentUrl */.fw)(env)}` : ''}${swapped}\n\n`);
    summary.addRaw(timings.markdown() + '\n\n');
    const instancesTable = (0,beanstalk_summary/* renderInstances */.j)(watched.instances, label);
    if (instancesTable)
        summary.addRaw(instancesTable + '\n\n');
    const timeline = (0,beanstalk_summary/* renderTimeline */.s)(watched.events);
    if (timeline)
        summary.addRaw(timeline + '\n\n');
    if (watched.outcome === 'success') {
        if (watched.warning)
            report.warning(watched.warning, { title: 'Environment health' });
        report.info(`Environment ${target} runs ${label} on every instance; health ${env?.Health ?? 'unknown'}${env?.HealthStatus ? ` (${env.HealthStatus})` : ''}.`);
        if (s.pruneVersions > 0) {
            try {
                await (0,beanstalk_version/* pruneVersions */.sK)(client, s.application, s.pruneVersions, new Set([label]), { log, warn, signal });
            }
            catch (err) {
                report.warning(`Could not prune old application versions: ${(0,beanstalk_errors/* errorText */.kc)(err)}`, { title: 'Application version' });
            }
        }
        await summary.write();
        return (0,beanstalk/* bakeBeanstalk */.j)(s, ctx, deps, { client, environment: target, label, previousLabel: (pair?.live ?? found)?.VersionLabel });
    }
    if (watched.outcome === 'timeout') {
        await summary.write();
        const stillRunning = env?.Status !== 'Ready';
        throw new errors/* DeploymentTimedOut */.NZ(`Environment ${target} did not reach the release conditions within the timeout (${Math.round(s.timeoutMs / 1000)}s): ${watched.message}.` +
            (stillRunning ? ` The post step ${s.onCancel === 'stop' ? 'aborts the update' : 'leaves it running'}.` : ''));
    }
    // Failed: read the instances' logs and explain.
    const logs = await timings.measure('Tail logs', () => report.group('Instance tail logs', () => (0,facts/* collectTailLogs */.iM)(client, target, {
        pollMs: s.pollIntervalMs,
        maxWaitMs: TAIL_WAIT_MS,
        instances: tailTargets(watched),
        log,
        clock,
        signal,
        deadline,
    })));
    const diagnoses = (0,diagnose/* diagnose */.h4)((0,facts/* failureFacts */._2)(watched.events, logs), rev.files);
    report.diagnoses(diagnoses, rev.annotationRoot, summary);
    await summary.write();
    throw new beanstalk_errors/* DeploymentFailed */.Nr(failureHeadline(target, label, watched, diagnoses[0], env) +
        (pair ? ` No CNAME swap: production stays on ${pair.live.EnvironmentName}.` : ''));
}
/** One line: what failed (the decisive diagnosis when there is one), what AWS said, where the environment is now. */
function failureHeadline(environment, label, w, top, env) {
    const where = top?.file ? ` (${top.file}${top.line ? `:${top.line}` : ''})` : '';
    const said = w.message.replace(/\.+$/, '');
    let cause;
    if (w.failure === 'error-event')
        cause =
            top && top.category !== 'unknown'
                ? `${top.title}${where}. Elastic Beanstalk reported: "${said}"`
                : `Elastic Beanstalk reported: "${said}"`;
    else
        cause = `${said}${top && top.category !== 'unknown' && top.category !== 'health-degraded' ? ` — ${top.title}${where}` : ''}`;
    const now = env?.VersionLabel && env.VersionLabel !== label ? ` ${environment} still runs ${env.VersionLabel}.` : '';
    return `Deploying ${label} to ${environment} failed: ${cause}.${now}`;
}
/** Beanstalk's own bucket (elasticbeanstalk-<region>-<account>), created on first use. */
async function storageBucket(client, signal) {
    try {
        const out = await client.send(new dist_cjs/* CreateStorageLocationCommand */.UCX({}), { abortSignal: signal });
        if (!out.S3Bucket)
            throw new Error('no bucket name in the answer');
        return out.S3Bucket;
    }
    catch (err) {
        throw new beanstalk_errors/* BeanstalkError */.w1(`Could not get Elastic Beanstalk's storage bucket (CreateStorageLocation): ${(0,beanstalk_errors/* errorText */.kc)(err)}. Set s3-bucket to upload elsewhere.`);
    }
}
function setEnvironmentOutputs(report, env) {
    report.setOutput(constants/* Outputs */.tY.Status, env?.Status ?? 'Unknown');
    report.setOutput(constants/* Outputs */.tY.Health, env?.Health ?? 'Unknown');
    if (env?.EnvironmentId)
        report.setOutput(constants/* Outputs */.tY.EnvironmentId, env.EnvironmentId);
    if ((0,environment/* environmentUrl */.fw)(env))
        report.setOutput(constants/* Outputs */.tY.EnvironmentUrl, (0,environment/* environmentUrl */.fw)(env));
}
/** Instances whose logs matter: those the events name, else every instance seen. */
function tailTargets(w) {
    const named = (0,facts/* instancesInEvents */.XR)(w.events);
    if (named.length)
        return named;
    return (w.instances ?? []).map((i) => i.id);
}
/** The released environment's URL for the GitHub Deployment (blue/green: the production CNAME's holder). */
async function releasedUrl(s, signal) {
    const client = await (0,clients.createClient)('beanstalk', { region: s.region });
    const out = await client.send(new dist_cjs/* DescribeEnvironmentsCommand */.$8c({ ApplicationName: s.application, IncludeDeleted: false }), {
        abortSignal: signal,
    });
    const live = (out.Environments ?? []).filter((e) => e.Status !== 'Terminated');
    const env = s.strategy === 'blue-green'
        ? live.find((e) => (e.CNAME ?? '').split('.')[0]?.toLowerCase() === s.productionCname.toLowerCase())
        : live.find((e) => e.EnvironmentName === s.environment);
    return env?.CNAME ? `http://${env.CNAME}` : undefined;
}
/**
 * UpdateEnvironment to `label`, marking the environment in flight for the post step once the
 * update is asked for (and clearing it if it is refused). The event cursor starts after the
 * events that were there before the update, so only this update's events are read.
 */
async function updateInFlight(client, s, target, label, o) {
    let cursor = new watch/* EventCursor */.Rc();
    const { report } = o;
    // Which update is ours: the post step aborts only while the environment still applies it.
    const record = { service: 'beanstalk', id: target, region: s.region, versionLabel: label, startedAt: 0 };
    const { after } = await o.timings.measure('Update environment', () => report.group(`Update ${target} to ${label}`, () => (0,environment/* updateToVersion */.bY)(client, s.application, target, label, {
        pollMs: s.pollIntervalMs,
        deadline: o.deadline,
        log: o.log,
        clock: o.clock,
        signal: o.signal,
        beforeUpdate: async () => {
            cursor = new watch/* EventCursor */.Rc(await (0,watch/* baselineEvents */.P6)(client, s.application, target, o.signal));
            record.startedAt = Date.now();
            (0,in_flight/* saveInFlight */.$Z)(report, record);
        },
        onUpdateFailed: () => (0,in_flight/* saveInFlight */.$Z)(report, undefined),
    })));
    // The answer of UpdateEnvironment carries the request id its events are tagged with.
    const requestId = after.$metadata?.requestId;
    (0,in_flight/* saveInFlight */.$Z)(report, { ...record, ...(requestId ? { requestId } : {}) });
    return { after, cursor };
}


/***/ })

};
