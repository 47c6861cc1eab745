export const id = 3;
export const ids = [3,970];
export const modules = {

/***/ 2214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XR: () => (/* binding */ instancesInEvents),
/* harmony export */   _2: () => (/* binding */ failureFacts),
/* harmony export */   iM: () => (/* binding */ collectTailLogs)
/* harmony export */ });
/* unused harmony exports newTailEntries, beanstalkFacts */
/* harmony import */ var _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6114);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6043);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8558);
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
    const retrieve = async () => (await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_2__/* .RetrieveEnvironmentInfoCommand */ .D4Y({ EnvironmentName: environment, InfoType: 'tail' }), { abortSignal: opts.signal })).EnvironmentInfo ?? [];
    let entries = new Map();
    try {
        const before = await retrieve();
        await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_2__/* .RequestEnvironmentInfoCommand */ .UVy({ EnvironmentName: environment, InfoType: 'tail' }), { abortSignal: opts.signal });
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
            throw new _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .AbortedError */ .oM();
        opts.log(`Could not get the instances' tail logs: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}. The diagnosis uses the events only.`);
        return logs;
    }
    if (entries.size === 0) {
        opts.log('No instance published its tail logs in time; the diagnosis uses the events only.');
        return logs;
    }
    await Promise.all([...entries].map(async ([id, e]) => {
        try {
            const res = await fetch(e.Message, { signal: opts.signal });
            if (!res.ok)
                throw new Error(`HTTP ${res.status}`);
            logs[id] = await res.text();
        }
        catch (err) {
            if (opts.signal?.aborted)
                return;
            opts.log(`Could not download the tail log of ${id}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}`);
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

/***/ 4385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ renderInstances),
/* harmony export */   s: () => (/* binding */ renderTimeline)
/* harmony export */ });
const ICON = { ERROR: '🔴', FATAL: '🔴', WARN: '🟡', INFO: '⚪', DEBUG: '·', TRACE: '·' };
const COLOR_ICON = { Green: '🟢', Yellow: '🟡', Red: '🔴', Grey: '⚪' };
const TIMELINE_LIMIT = 60;
function cell(s) {
    return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').slice(0, 400);
}
function renderTimeline(events) {
    if (events.length === 0)
        return '';
    const shown = events.length > TIMELINE_LIMIT ? [...events.slice(0, 10), ...events.slice(-(TIMELINE_LIMIT - 10))] : events;
    const rows = shown.map((e) => `| ${e.EventDate ? e.EventDate.toISOString().slice(11, 19) : ''} | ${ICON[e.Severity ?? 'INFO'] ?? ''} ${e.Severity ?? ''} | ${cell(e.Message ?? '')} |`);
    if (shown.length < events.length)
        rows.splice(10, 0, `| | | … ${events.length - shown.length} more events (see the log) |`);
    return ['<details open><summary>Event timeline</summary>', '', '| Time (UTC) | Severity | Event |', '|---|---|---|', ...rows, '', '</details>'].join('\n');
}
function renderInstances(rows, label) {
    if (!rows || rows.length === 0)
        return '';
    const lines = rows.map((r) => `| ${r.id} | ${COLOR_ICON[r.color ?? ''] ?? ''} ${r.color ?? ''}${r.healthStatus ? ` (${r.healthStatus})` : ''} | ${r.version ?? ''}${r.version && r.version !== label ? ' ⚠️' : ''} | ${cell(r.causes.join('; '))} |`);
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
        return { kind: 'reuse', note: `Application version '${label}' already holds this bundle (sha256 ${want.sha256.slice(0, 12)}); reusing it, no new version created.` };
    }
    const where = existing.SourceBundle ? `s3://${existing.SourceBundle.S3Bucket ?? '?'}/${existing.SourceBundle.S3Key ?? '?'}` : 'an unknown source';
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
    const out = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_2__/* .DescribeApplicationVersionsCommand */ .QDX({ ApplicationName: application, VersionLabels: [label] }), { abortSignal: signal });
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
        const out = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_2__/* .DescribeEventsCommand */ .w6x({ ApplicationName: application, VersionLabel: label, MaxRecords: 20 }), { abortSignal: signal });
        return (out.Events ?? []).filter((e) => e.Severity === 'ERROR' || e.Severity === 'FATAL').map((e) => e.Message ?? '').filter(Boolean);
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
        const out = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_2__/* .DescribeApplicationVersionsCommand */ .QDX({ ApplicationName: application, NextToken, MaxRecords: 1000 }), { abortSignal: opts.signal });
        versions.push(...(out.ApplicationVersions ?? []));
        NextToken = out.NextToken;
    } while (NextToken);
    const envs = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_2__/* .DescribeEnvironmentsCommand */ .$8c({ ApplicationName: application, IncludeDeleted: false }), { abortSignal: opts.signal });
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

/***/ 4863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ consoleUrl)
/* harmony export */ });
// Console links printed before waiting, so a person can follow along in AWS.
function consoleUrl(region, deploymentId) {
    return `https://${region}.console.aws.amazon.com/codesuite/codedeploy/deployments/${encodeURIComponent(deploymentId)}?region=${region}`;
}


/***/ }),

/***/ 7627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ ReleaseError),
/* harmony export */   RE: () => (/* binding */ registerRevision),
/* harmony export */   bI: () => (/* binding */ revisionLocation),
/* harmony export */   i4: () => (/* binding */ startDeployment),
/* harmony export */   i8: () => (/* binding */ getDeployment)
/* harmony export */ });
/* unused harmony exports ACTIVE_STATUSES, describeWithToken, listActive, startedBy, isThrottling, isRetryable */
/* harmony import */ var _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7507);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6043);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// Register the uploaded revision and start exactly one deployment for it.
//
// CreateDeployment has no idempotency token, so a retried call after a lost response would
// start a second deployment. We tag the description with a run token, never let the SDK
// retry CreateDeployment on its own, and before every retry look for a deployment carrying
// the token.



const ACTIVE_STATUSES = ['Created', 'Queued', 'InProgress', 'Ready', 'Baking'];
class ReleaseError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ReleaseError';
    }
}
function revisionLocation(r) {
    return {
        revisionType: 'S3',
        s3Location: { bucket: r.bucket, key: r.key, bundleType: r.bundleType, eTag: r.etag, ...(r.versionId ? { version: r.versionId } : {}) },
    };
}
async function registerRevision(client, r, signal) {
    try {
        await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .RegisterApplicationRevisionCommand */ .Yhn({ applicationName: r.application, revision: revisionLocation(r), description: r.description.slice(0, 1000) }), { abortSignal: signal });
    }
    catch (err) {
        throw new ReleaseError(`Could not register the revision s3://${r.bucket}/${r.key} with application '${r.application}': ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .k)(err)}`);
    }
}
function describeWithToken(description, token) {
    const tag = ` [${token}]`;
    return description.slice(0, 512 - tag.length) + tag;
}
/**
 * Starts the deployment once. `create` must be a client with SDK retries disabled;
 * `client` (with retries) serves the read calls.
 */
async function startDeployment(client, create, req, policy, clock, signal) {
    const description = describeWithToken(req.description, req.token);
    const since = clock.now() - 60_000;
    let settle = true;
    for (let attempt = 1;; attempt++) {
        if (signal?.aborted)
            throw new _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .AbortedError */ .oM();
        if (settle)
            await settleActive(client, req, policy, clock, signal);
        settle = false;
        try {
            const out = await create.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .CreateDeploymentCommand */ .ttP({
                applicationName: req.application,
                deploymentGroupName: req.deploymentGroup,
                revision: req.revision,
                deploymentConfigName: req.deploymentConfig,
                description,
                fileExistsBehavior: req.fileExistsBehavior,
                ignoreApplicationStopFailures: req.ignoreApplicationStopFailures,
                autoRollbackConfiguration: req.autoRollback ? { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_REQUEST'] } : undefined,
            }), { abortSignal: signal });
            if (!out.deploymentId)
                throw new ReleaseError('CreateDeployment returned no deployment id.');
            return out.deploymentId;
        }
        catch (err) {
            if (signal?.aborted)
                throw new _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .AbortedError */ .oM();
            const name = err.name ?? '';
            if (name === 'DeploymentLimitExceededException') {
                // Another deployment got in first (two pushes racing): apply the policy again.
                settle = true;
                continue;
            }
            if (!isRetryable(err) || attempt >= MAX_CREATE_ATTEMPTS) {
                throw new ReleaseError(`Could not create the CodeDeploy deployment for group '${req.deploymentGroup}': ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .k)(err)}`);
            }
            // A throttled call was refused before CodeDeploy acted. Without an answer it may have acted:
            // look for the deployment carrying our token before trying again.
            if (!isThrottling(err)) {
                const existing = await findByToken(client, req, req.token, since, signal);
                if (existing) {
                    policy.log(`The create call's answer was lost; found the deployment it started: ${existing}`);
                    return existing;
                }
            }
            await clock.sleep((0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .nextDelay */ .rM)(250, attempt), signal);
        }
    }
}
const MAX_CREATE_ATTEMPTS = 8;
/** Applies on-active-deployment until the group has no active deployment. */
async function settleActive(client, req, policy, clock, signal) {
    let announced = '';
    for (;;) {
        const active = await listActive(client, req.application, req.deploymentGroup, signal);
        if (active.length === 0)
            return;
        const info = await getDeployment(client, active[0], signal);
        const who = startedBy(info);
        if (policy.onActive === 'fail') {
            throw new ReleaseError(`Deployment group '${req.deploymentGroup}' already has an active deployment ${info.deploymentId} (${info.status}, started by ${who}). ` +
                `Set on-active-deployment: wait to queue behind it, or stop to replace it.`);
        }
        if (policy.onActive === 'stop') {
            policy.log(`Stopping the active deployment ${info.deploymentId} (started by ${who}) as on-active-deployment: stop asks.`);
            try {
                await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .StopDeploymentCommand */ .NzN({ deploymentId: info.deploymentId, autoRollbackEnabled: false }), { abortSignal: signal });
            }
            catch (err) {
                if (err.name !== 'DeploymentAlreadyCompletedException')
                    throw err;
            }
        }
        else if (announced !== info.deploymentId) {
            announced = info.deploymentId ?? '';
            policy.log(`Waiting for the active deployment ${info.deploymentId} (${info.status}, started by ${who}) to finish.`);
        }
        if (clock.now() >= policy.deadline) {
            throw new ReleaseError(`Gave up waiting for the active deployment ${info.deploymentId} on group '${req.deploymentGroup}' (timeout reached).`);
        }
        await clock.sleep((0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .nextDelay */ .rM)(policy.pollMs, 0), signal);
    }
}
async function listActive(client, application, group, signal) {
    const ids = [];
    let nextToken;
    do {
        const out = await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .ListDeploymentsCommand */ .sr8({ applicationName: application, deploymentGroupName: group, includeOnlyStatuses: [...ACTIVE_STATUSES], nextToken }), { abortSignal: signal });
        ids.push(...(out.deployments ?? []));
        nextToken = out.nextToken;
    } while (nextToken);
    return ids;
}
async function findByToken(client, req, token, since, signal) {
    const out = await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .ListDeploymentsCommand */ .sr8({
        applicationName: req.application,
        deploymentGroupName: req.deploymentGroup,
        createTimeRange: { start: new Date(since) },
    }), { abortSignal: signal });
    for (const id of out.deployments ?? []) {
        const info = await getDeployment(client, id, signal);
        if (info.description?.includes(`[${token}]`))
            return id;
    }
    return undefined;
}
async function getDeployment(client, deploymentId, signal) {
    const out = await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .GetDeploymentCommand */ .Tvn({ deploymentId }), { abortSignal: signal });
    if (!out.deploymentInfo)
        throw new ReleaseError(`GetDeployment returned nothing for ${deploymentId}.`);
    return out.deploymentInfo;
}
/** A hookline run leaves its run URL in the description; otherwise name the creator kind. */
function startedBy(info) {
    const url = /https?:\/\/\S+\/actions\/runs\/\d+/.exec(info.description ?? '');
    if (url)
        return `workflow run ${url[0]}`;
    return info.creator ? `${info.creator}${info.description ? ` ("${info.description.slice(0, 80)}")` : ''}` : 'someone else';
}
function isThrottling(err) {
    const e = err;
    return e.name === 'ThrottlingException' || e.name === 'TooManyRequestsException' || e.$retryable?.throttling === true;
}
/** Throttling and answers that never arrived are worth another try; a refusal is not. */
function isRetryable(err) {
    const e = err;
    if (isThrottling(err) || e.$retryable)
        return true;
    const status = e.$metadata?.httpStatusCode;
    if (status === undefined)
        return true; // no HTTP answer: connection dropped, timed out, reset
    return status >= 500;
}


/***/ }),

/***/ 6970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseCodeDeploy: () => (/* binding */ releaseCodeDeploy)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __webpack_require__(8298);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
// EXTERNAL MODULE: ./src/codedeploy/release.ts
var release = __webpack_require__(7627);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-cjs/index.js
var dist_cjs = __webpack_require__(7507);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
;// CONCATENATED MODULE: ./src/codedeploy/watch.ts
// Follow a deployment to its end: one GetDeployment per interval; targets are read only when the
// overview changed, so a quiet deployment costs one call per poll. Progress lines say what
// changed, never the same line twice. The first polls come sooner (pollDelay): a deployment
// that ends within seconds is not left waiting a whole interval.



const TERMINAL = new Set(['Succeeded', 'Failed', 'Stopped']);
/** Fleets larger than this get per-instance lines only for failures, to keep the log readable. */
const DETAIL_LIMIT = 50;
/** The delay after the first poll; each later one doubles until it reaches the poll interval. */
const FIRST_POLL_MS = 250;
/**
 * Delay (before jitter) after the `poll`-th poll (0-based): 250 ms, 500 ms, 1 s, 2 s … capped at
 * `pollMs`. With the default 15 s interval that is 6 extra GetDeployment calls in the first 16 s,
 * then one per interval. Measured (bench, basic scenario): the end of a 150 ms emulated deployment
 * was noticed 14.4 s late with a flat 15 s interval.
 */
function pollDelay(pollMs, poll) {
    return Math.min(pollMs, FIRST_POLL_MS * 2 ** Math.min(Math.max(0, poll), 30));
}
async function watchDeployment(client, deploymentId, opts) {
    const calls = {};
    const count = (op) => (calls[op] = (calls[op] ?? 0) + 1);
    const targets = new Map();
    let lastOverview = '';
    let lastStatus = '';
    let throttled = 0;
    let polls = 0;
    let continued = false;
    for (;;) {
        if (opts.signal?.aborted)
            throw new time/* AbortedError */.oM();
        let info;
        try {
            count('GetDeployment');
            info = await (0,release/* getDeployment */.i8)(client, deploymentId, opts.signal);
            throttled = 0;
        }
        catch (err) {
            if (opts.signal?.aborted)
                throw new time/* AbortedError */.oM();
            if (err.name !== 'ThrottlingException')
                throw err;
            throttled++;
            await opts.clock.sleep((0,time/* nextDelay */.rM)(opts.pollMs, throttled), opts.signal);
            continue;
        }
        const status = info.status ?? 'Unknown';
        const overview = JSON.stringify(info.deploymentOverview ?? {});
        if (overview !== lastOverview || (TERMINAL.has(status) && status !== lastStatus)) {
            // Large fleets print only failures, so only failed targets are read (1,000 targets cost 50 calls).
            const large = fleetSize(info) > DETAIL_LIMIT;
            const fresh = await readTargets(client, deploymentId, count, opts.signal, large ? ['Failed'] : undefined);
            for (const line of progressLines(targets, fresh, info))
                opts.log(line);
            for (const t of fresh)
                targets.set(targetId(t), t);
            lastOverview = overview;
        }
        if (status !== lastStatus) {
            opts.log(`Deployment ${deploymentId} is ${status}${statusDetail(info)}`);
            lastStatus = status;
        }
        if (TERMINAL.has(status))
            return { info, targets, waitingForReady: false, timedOut: false, calls };
        if (status === 'Ready') {
            if (!opts.continueBlueGreen)
                return { info, targets, waitingForReady: true, timedOut: false, calls };
            if (!continued) {
                count('ContinueDeployment');
                await client.send(new dist_cjs/* ContinueDeploymentCommand */.Md$({ deploymentId, deploymentWaitType: 'READY_WAIT' }), { abortSignal: opts.signal });
                opts.log('Replacement instances are ready; rerouting traffic to them (continue-blue-green: true).');
                continued = true;
            }
        }
        if (opts.clock.now() >= opts.deadline)
            return { info, targets, waitingForReady: false, timedOut: true, calls };
        await opts.clock.sleep(Math.min((0,time/* nextDelay */.rM)(pollDelay(opts.pollMs, polls++), 0), Math.max(1, opts.deadline - opts.clock.now())), opts.signal);
    }
}
/** Every target of the deployment, or for large fleets only the ones that are running or failed. */
async function readTargets(client, deploymentId, count, signal, statuses) {
    const ids = [];
    let nextToken;
    do {
        count('ListDeploymentTargets');
        const out = await client.send(new dist_cjs/* ListDeploymentTargetsCommand */.$9V({ deploymentId, nextToken, targetFilters: statuses ? { TargetStatus: statuses } : undefined }), { abortSignal: signal });
        ids.push(...(out.targetIds ?? []));
        nextToken = out.nextToken;
    } while (nextToken);
    const batches = [];
    for (let i = 0; i < ids.length; i += 25)
        batches.push(ids.slice(i, i + 25));
    const results = await Promise.all(batches.map(async (targetIds) => {
        count('BatchGetDeploymentTargets');
        const out = await client.send(new dist_cjs/* BatchGetDeploymentTargetsCommand */.Bsg({ deploymentId, targetIds }), { abortSignal: signal });
        return out.deploymentTargets ?? [];
    }));
    return results.flat();
}
function targetId(t) {
    return t.instanceTarget?.targetId ?? t.lambdaTarget?.targetId ?? t.ecsTarget?.targetId ?? t.cloudFormationTarget?.targetId ?? 'unknown';
}
function targetOf(t) {
    return t.instanceTarget ?? t.lambdaTarget ?? t.ecsTarget ?? t.cloudFormationTarget;
}
function fleetSize(info) {
    const o = info.deploymentOverview ?? {};
    return (o.Pending ?? 0) + (o.InProgress ?? 0) + (o.Succeeded ?? 0) + (o.Failed ?? 0) + (o.Skipped ?? 0) + (o.Ready ?? 0);
}
/** Lines for lifecycle events whose status changed since the previous read (pure). */
function progressLines(previous, fresh, info) {
    const o = info.deploymentOverview ?? {};
    const total = fleetSize(info);
    const done = (o.Succeeded ?? 0) + (o.Failed ?? 0) + (o.Skipped ?? 0);
    const head = `${done}/${total || fresh.length} instances done${o.Failed ? ` (${o.Failed} failed)` : ''}`;
    const lines = [];
    const detailed = Math.max(total, fresh.length) <= DETAIL_LIMIT;
    for (const t of fresh) {
        const id = targetId(t);
        const before = new Map((targetOf(previous.get(id) ?? {})?.lifecycleEvents ?? []).map((e) => [e.lifecycleEventName, e.status]));
        const target = targetOf(t);
        const label = t.instanceTarget?.instanceLabel ? ` [${t.instanceTarget.instanceLabel === 'Green' ? 'replacement' : 'original'}]` : '';
        // An instance skipped as a whole (the deployment stopped before reaching it) is one line.
        if (target?.status === 'Skipped') {
            if (detailed && targetOf(previous.get(id) ?? {})?.status !== 'Skipped')
                lines.push(`${head} · ${id}${label} skipped`);
            continue;
        }
        for (const e of target?.lifecycleEvents ?? []) {
            if (!e.status || e.status === 'Pending' || before.get(e.lifecycleEventName) === e.status)
                continue;
            if (!detailed && e.status !== 'Failed')
                continue;
            lines.push(`${head} · ${id}${label} ${e.lifecycleEventName} ${e.status}`);
        }
    }
    if (lines.length === 0 && fresh.length > 0)
        lines.push(head);
    return lines;
}
function statusDetail(info) {
    if (info.status === 'Failed' || info.status === 'Stopped') {
        const e = info.errorInformation;
        return e ? `: ${e.code ?? ''}${e.message ? ` — ${e.message}` : ''}` : '';
    }
    if (info.status === 'Ready')
        return ': replacement instances are ready and wait for traffic to be rerouted';
    return '';
}

// EXTERNAL MODULE: ./src/codedeploy/console.ts
var console = __webpack_require__(4863);
// EXTERNAL MODULE: ./src/diagnose/index.ts + 6 modules
var diagnose = __webpack_require__(7812);
;// CONCATENATED MODULE: ./src/report/deployment-table.ts
const ICON = { Succeeded: '✅', Failed: '❌', Skipped: '⏭️', InProgress: '⏳', Pending: '·', Unknown: '?' };
function seconds(start, end) {
    if (!start || !end)
        return '';
    const s = (new Date(end).getTime() - new Date(start).getTime()) / 1000;
    return s >= 0 ? ` ${s < 10 ? s.toFixed(1) : Math.round(s)}s` : '';
}
function escapeCell(s) {
    return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
/** Rows are instances (failed first), columns the lifecycle events in the order they ran. */
function renderTargetTable(targets, maxRows = 100) {
    const rows = targets
        .map((t) => t.instanceTarget ?? t.lambdaTarget ?? t.ecsTarget)
        .filter((t) => t !== undefined)
        .sort((a, b) => Number(b.status === 'Failed') - Number(a.status === 'Failed') || String(a.targetId).localeCompare(String(b.targetId)));
    if (rows.length === 0)
        return '';
    const events = [];
    for (const t of rows)
        for (const e of t.lifecycleEvents ?? [])
            if (e.lifecycleEventName && !events.includes(e.lifecycleEventName))
                events.push(e.lifecycleEventName);
    const labelled = targets.some((t) => t.instanceTarget?.instanceLabel);
    const head = ['Instance', ...(labelled ? ['Role'] : []), 'Status', ...events];
    const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
    for (const t of rows.slice(0, maxRows)) {
        const byName = new Map((t.lifecycleEvents ?? []).map((e) => [e.lifecycleEventName, e]));
        const label = 'instanceLabel' in t && t.instanceLabel ? [t.instanceLabel === 'Green' ? 'replacement' : 'original'] : labelled ? [''] : [];
        const cells = events.map((name) => {
            const e = byName.get(name);
            return e ? `${ICON[e.status ?? 'Unknown'] ?? e.status}${seconds(e.startTime, e.endTime)}` : '';
        });
        lines.push(`| ${escapeCell(t.targetId ?? '?')} | ${[...label, `${ICON[t.status ?? 'Unknown'] ?? ''} ${t.status ?? ''}`, ...cells].join(' | ')} |`);
    }
    if (rows.length > maxRows)
        lines.push(`\n_${rows.length - maxRows} more instances not shown._`);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/report/emit.ts
var emit = __webpack_require__(435);
// EXTERNAL MODULE: ./src/flows/revision.ts + 9 modules
var revision = __webpack_require__(803);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/flows/codedeploy.ts
// The CodeDeploy release: bundle → upload → register → deploy → watch → diagnose → report.
// Each stage is its own module; this file only wires them in order and records timings.














const NO_FILES = { files: new Map(), modes: new Map() };
async function releaseCodeDeploy(s, ctx, deps, given) {
    const { clock, signal, timings } = deps;
    const deadline = clock.now() + s.timeoutMs;
    const rev = given ? undefined : await (0,revision/* prepareRevision */.T)(s, ctx, { kind: 'codedeploy', signal, timings });
    const client = await (0,clients.createClient)('codedeploy', { region: s.region });
    // CreateDeployment is never retried by the SDK: see release.ts (lost responses).
    const createOnce = await (0,clients.createClient)('codedeploy', { region: s.region, maxAttempts: 1 });
    const description = (0,context/* releaseDescription */.a)(ctx, s.description);
    const location = rev && {
        application: s.application,
        bucket: rev.upload.bucket,
        key: rev.upload.key,
        bundleType: rev.bundle.bundleType,
        etag: rev.upload.etag,
        versionId: rev.upload.versionId,
        description,
    };
    const revisionKey = rev ? rev.bundle.sha256.slice(0, 12) : (given?.uri ?? '').replace(/[^A-Za-z0-9]+/g, '').slice(-12);
    const deploymentId = await timings.measure(location ? 'Register and create deployment' : 'Create deployment', async () => {
        if (location)
            await (0,release/* registerRevision */.RE)(client, location, signal);
        return core/* group */.Os('Create deployment', () => (0,release/* startDeployment */.i4)(client, createOnce, {
            application: s.application,
            deploymentGroup: s.deploymentGroup,
            revision: location ? (0,release/* revisionLocation */.bI)(location) : given.revision,
            deploymentConfig: s.deploymentConfig,
            description,
            token: `hookline-${ctx.runId}-${ctx.runAttempt}-${revisionKey}`,
            fileExistsBehavior: s.fileExistsBehavior,
            ignoreApplicationStopFailures: s.ignoreApplicationStopFailures,
            autoRollback: s.autoRollback,
        }, { onActive: s.onActiveDeployment, deadline, pollMs: s.pollIntervalMs, log: core/* info */.pq }, clock, signal));
    });
    core/* saveState */.LZ(constants/* States */.DG.InFlight, JSON.stringify({ service: 'codedeploy', id: deploymentId, region: s.region }));
    core/* setOutput */.uH(constants/* Outputs */.tY.DeploymentId, deploymentId);
    core/* info */.pq(`Deployment ${deploymentId} created: ${(0,console/* consoleUrl */.B)(s.region, deploymentId)}`);
    let watched;
    try {
        watched = await timings.measure('Deployment', () => core/* group */.Os(`Watch deployment ${deploymentId}`, () => watchDeployment(client, deploymentId, { pollMs: s.pollIntervalMs, deadline, continueBlueGreen: s.continueBlueGreen, log: core/* info */.pq, clock, signal })));
    }
    catch (err) {
        if (err instanceof time/* AbortedError */.oM) {
            throw new time/* AbortedError */.oM(`Cancelled while deployment ${deploymentId} was running; the post step ${s.onCancel === 'stop' ? 'stops it' : 'leaves it running (on-cancel: leave)'}.`);
        }
        throw err;
    }
    if (watched.timedOut) {
        core/* setOutput */.uH(constants/* Outputs */.tY.Status, watched.info.status ?? 'Unknown');
        throw new errors/* DeploymentFailed */.N(`Deployment ${deploymentId} did not finish within the timeout (${Math.round(s.timeoutMs / 1000)}s); it is ${watched.info.status}. ` +
            `The post step ${s.onCancel === 'stop' ? 'stops it' : 'leaves it running'}.`);
    }
    // Ended, or deliberately left waiting for traffic rerouting: nothing for the post step to stop.
    core/* saveState */.LZ(constants/* States */.DG.InFlight, '');
    // Re-read the end state: a rollback may have been started on our behalf.
    const info = await (0,release/* getDeployment */.i8)(client, deploymentId, signal);
    const rollbackId = info.rollbackInfo?.rollbackDeploymentId;
    let rollback;
    if (rollbackId) {
        core/* info */.pq(`CodeDeploy started rollback deployment ${rollbackId}; following it.`);
        const r = await watchDeployment(client, rollbackId, { pollMs: s.pollIntervalMs, deadline, continueBlueGreen: true, log: core/* info */.pq, clock, signal });
        rollback = r.info;
    }
    const targets = [...watched.targets.values()];
    const failedIds = targets.filter((t) => targetOf(t)?.status === 'Failed').map((t) => targetOf(t)?.targetId ?? '');
    core/* setOutput */.uH(constants/* Outputs */.tY.Status, watched.waitingForReady ? 'Ready' : (info.status ?? 'Unknown'));
    core/* setOutput */.uH(constants/* Outputs */.tY.FailedInstances, failedIds.join(','));
    const summary = core/* summary */.z.addHeading(`hookline · CodeDeploy ${s.application}/${s.deploymentGroup}`, 2);
    summary.addRaw(`Deployment [${deploymentId}](${(0,console/* consoleUrl */.B)(s.region, deploymentId)}) **${watched.waitingForReady ? 'Ready (waiting for traffic rerouting)' : info.status}**` +
        (rev
            ? ` · revision \`s3://${rev.upload.bucket}/${rev.upload.key}\` · sha256 \`${rev.bundle.sha256.slice(0, 12)}\`` +
                ` · ${rev.upload.uploaded ? `uploaded ${(0,format/* formatBytes */.z)(rev.upload.bytes)}` : 'upload skipped (already in S3)'}\n\n`
            : ` · redeploy of an existing revision, nothing uploaded\n\n`));
    if (given) {
        const succeededNow = info.status === 'Succeeded' && !rollback;
        summary.addRaw(`| | Revision |\n|---|---|\n| Live before | \`${given.before}\` |\n| Live after | \`${succeededNow ? given.uri : given.before}\`${succeededNow ? '' : ` (the redeploy ${info.status === 'Succeeded' ? 'was rolled back' : 'did not take'})`} |\n\n`);
    }
    if (rollback)
        summary.addRaw(`Rollback deployment ${rollback.deploymentId}: **${rollback.status}**\n\n`);
    summary.addRaw(timings.markdown() + '\n\n');
    const table = renderTargetTable(targets);
    const total = fleetSize(info);
    if (table)
        summary.addRaw(table + '\n\n');
    if (targets.length < total) {
        const o = info.deploymentOverview ?? {};
        const counts = ['Succeeded', 'Failed', 'Skipped', 'InProgress', 'Pending'].filter((k) => o[k]).map((k) => `${k} ${o[k]}`);
        summary.addRaw(`_${targets.length} of ${total} instances listed (large fleets list the failed ones). All instances: ${counts.join(' · ')}._\n\n`);
    }
    if (watched.waitingForReady) {
        core/* notice */.lm(`Deployment ${deploymentId} is Ready: the replacement instances wait for traffic to be rerouted. ` +
            `Continue it in the console or rerun with continue-blue-green: true.`, { title: 'Blue/green deployment waits for you' });
    }
    const succeeded = info.status === 'Succeeded' || watched.waitingForReady;
    if (succeeded && failedIds.length === 0) {
        await summary.write();
        return;
    }
    // Explain every failed instance. The deployment config may let a deployment succeed with some
    // instances failed (AllAtOnce, HalfAtATime): those become warnings, not a red run.
    const failedTargets = await gatherFailedTargets(client, deploymentId, targets, signal);
    const facts = { service: 'codedeploy', deployment: info, targets: failedTargets };
    const diagnoses = (0,diagnose/* diagnose */.h4)(facts, rev?.files ?? NO_FILES).map((d) => (succeeded && d.severity === 'error' ? { ...d, severity: 'warning' } : d));
    (0,emit/* reportDiagnoses */.Kc)(diagnoses, rev ? rev.annotationRoot : null, summary);
    await summary.write();
    if (succeeded)
        return;
    const err = info.errorInformation;
    throw new errors/* DeploymentFailed */.N(`Deployment ${deploymentId} ${info.status === 'Stopped' ? 'was stopped' : 'failed'}` +
        `${err?.code ? ` (${err.code})` : ''}${err?.message ? `: ${err.message}` : ''}` +
        `${failedIds.length ? ` — failed on ${failedIds.length} instance${failedIds.length > 1 ? 's' : ''}` : ''}` +
        `${rollback ? `; rollback ${rollback.deploymentId} ${rollback.status}` : ''}.`);
}
/** The failed targets with their lifecycle diagnostics, reusing what the watcher already read. */
async function gatherFailedTargets(client, deploymentId, known, signal) {
    const failed = known.filter((t) => targetOf(t)?.status === 'Failed');
    if (failed.length > 0)
        return failed;
    return readTargets(client, deploymentId, () => undefined, signal, ['Failed']);
}


/***/ }),

/***/ 3:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   redeployBeanstalk: () => (/* binding */ redeployBeanstalk),
/* harmony export */   redeployCodeDeploy: () => (/* binding */ redeployCodeDeploy)
/* harmony export */ });
/* unused harmony exports s3Revision, revisionUri */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8298);
/* harmony import */ var _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(7507);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(6076);
/* harmony import */ var _codedeploy_release_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7627);
/* harmony import */ var _beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8558);
/* harmony import */ var _beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3232);
/* harmony import */ var _beanstalk_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1765);
/* harmony import */ var _beanstalk_watch_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3834);
/* harmony import */ var _beanstalk_facts_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2214);
/* harmony import */ var _beanstalk_summary_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4385);
/* harmony import */ var _diagnose_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7812);
/* harmony import */ var _report_emit_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(435);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6043);
/* harmony import */ var _codedeploy_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6970);
// mode: redeploy — release something that was released before, without bundling or uploading:
// CodeDeploy an s3:// revision or a previous deployment's revision, Beanstalk an existing
// application version. The job summary says what was live before and after.















// ───────────────────────────── CodeDeploy ─────────────────────────────
/** `s3://bucket/key.zip[?versionId=…]` → an S3 revision location (pure); undefined when it is not one. */
function s3Revision(uri) {
    const m = /^s3:\/\/([^/]+)\/([^?]+)(?:\?versionId=(.+))?$/.exec(uri);
    if (!m)
        return undefined;
    const [, bucket, key, version] = m;
    const lower = key.toLowerCase();
    const bundleType = lower.endsWith('.zip') ? 'zip' : lower.endsWith('.tar') ? 'tar' : lower.endsWith('.tgz') || lower.endsWith('.tar.gz') ? 'tgz' : undefined;
    if (!bundleType)
        return undefined;
    return { revisionType: 'S3', s3Location: { bucket, key, bundleType, ...(version ? { version } : {}) } };
}
function revisionUri(r) {
    const s3 = r?.s3Location;
    if (s3?.bucket && s3.key)
        return `s3://${s3.bucket}/${s3.key}${s3.version ? `?versionId=${s3.version}` : ''}`;
    const gh = r?.gitHubLocation;
    if (gh?.repository)
        return `github:${gh.repository}@${gh.commitId ?? '?'}`;
    return r?.revisionType ?? 'unknown';
}
async function redeployCodeDeploy(s, ctx, deps) {
    const client = await (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_13__.createClient)('codedeploy', { region: s.region });
    const wanted = s.revision ?? '';
    let revision;
    if (wanted.startsWith('d-')) {
        const info = await (0,_codedeploy_release_js__WEBPACK_IMPORTED_MODULE_2__/* .getDeployment */ .i8)(client, wanted, deps.signal).catch((err) => {
            throw new _codedeploy_release_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2(`Could not read deployment ${wanted} to redeploy its revision: ${(0,_beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorText */ .kc)(err)}`);
        });
        if (info.applicationName && info.applicationName !== s.application) {
            throw new _codedeploy_release_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2(`Deployment ${wanted} belongs to application '${info.applicationName}', not '${s.application}'.`);
        }
        revision = info.revision;
        if (!revision)
            throw new _codedeploy_release_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2(`Deployment ${wanted} records no revision to redeploy.`);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Redeploying the revision of ${wanted} (${info.status ?? '?'}, ${info.createTime?.toISOString() ?? 'time unknown'}): ${revisionUri(revision)}`);
    }
    else {
        revision = s3Revision(wanted);
        if (!revision)
            throw new _codedeploy_release_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2(`'${wanted}' is not an s3:// URI of a .zip, .tar or .tgz revision.`);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Redeploying ${wanted}.`);
    }
    const before = await liveRevision(client, s.application, s.deploymentGroup, deps.signal);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Live before: ${before}. Nothing is bundled or uploaded.`);
    const given = { revision, uri: revisionUri(revision), before };
    await (0,_codedeploy_js__WEBPACK_IMPORTED_MODULE_12__.releaseCodeDeploy)(s, ctx, deps, given);
}
async function liveRevision(client, application, group, signal) {
    try {
        const out = await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_14__/* .GetDeploymentGroupCommand */ .WOp({ applicationName: application, deploymentGroupName: group }), { abortSignal: signal });
        const info = out.deploymentGroupInfo;
        if (info?.targetRevision)
            return revisionUri(info.targetRevision);
        const last = info?.lastSuccessfulDeployment?.deploymentId;
        if (!last)
            return 'nothing (no successful deployment yet)';
        return revisionUri((await (0,_codedeploy_release_js__WEBPACK_IMPORTED_MODULE_2__/* .getDeployment */ .i8)(client, last, signal)).revision);
    }
    catch (err) {
        return `unknown (${(0,_beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorText */ .kc)(err)})`;
    }
}
// ───────────────────────────── Elastic Beanstalk ─────────────────────────────
const SETTLE_MS = 3 * 60_000;
const TAIL_WAIT_MS = 2 * 60_000;
const NO_FILES = { files: new Map(), modes: new Map() };
async function redeployBeanstalk(s, _ctx, deps) {
    const { clock, signal, timings } = deps;
    const deadline = clock.now() + s.timeoutMs;
    const client = await (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_13__.createClient)('beanstalk', { region: s.region });
    const label = s.revision ?? '';
    const target = s.environment;
    const found = await (0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .describeEnvironment */ .NE)(client, s.application, target, signal);
    const early = (0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .readyDecision */ .iH)(found, s.application, target);
    if (early.kind === 'fail')
        throw new _beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BeanstalkError */ .w1(early.message);
    const version = await (0,_beanstalk_version_js__WEBPACK_IMPORTED_MODULE_5__/* .describeVersion */ .MP)(client, s.application, label, signal);
    if (!version)
        throw new _beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BeanstalkError */ .w1(`Application version '${label}' does not exist in application '${s.application}': redeploy releases an existing version.`);
    const before = found?.VersionLabel ?? 'no version';
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.VersionLabel, label);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Redeploying version ${label} to ${target}; live before: ${before}. Nothing is bundled or uploaded.`);
    if (before === label && found?.Status === 'Ready')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${target} already runs ${label}; deploying it again.`);
    const log = (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line);
    let cursor = new _beanstalk_watch_js__WEBPACK_IMPORTED_MODULE_6__/* .EventCursor */ .Rc();
    const { after } = await timings.measure('Update environment', () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`Update ${target} to ${label}`, () => (0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .updateToVersion */ .bY)(client, s.application, target, label, {
        pollMs: s.pollIntervalMs,
        deadline,
        log,
        clock,
        signal,
        beforeUpdate: async () => {
            cursor = new _beanstalk_watch_js__WEBPACK_IMPORTED_MODULE_6__/* .EventCursor */ .Rc(await (0,_beanstalk_watch_js__WEBPACK_IMPORTED_MODULE_6__/* .baselineEvents */ .P6)(client, s.application, target, signal));
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .States */ .DG.InFlight, JSON.stringify({ service: 'beanstalk', id: target, region: s.region }));
        },
        onUpdateFailed: () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .States */ .DG.InFlight, ''),
    })));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Updating ${target} to version ${label}: ${(0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .consoleUrl */ .B9)(s.region, after)}`);
    const watcher = new _beanstalk_watch_js__WEBPACK_IMPORTED_MODULE_6__/* .Watcher */ .ZV(client, { application: s.application, environment: target, label, gate: s.health }, cursor, { pollMs: s.pollIntervalMs, deadline, settleMs: SETTLE_MS, log, clock, signal });
    const watched = await timings.measure('Deploy', () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`Watch ${target}`, () => watcher.run())).catch((err) => {
        if (err instanceof _util_time_js__WEBPACK_IMPORTED_MODULE_11__/* .AbortedError */ .oM)
            throw new _util_time_js__WEBPACK_IMPORTED_MODULE_11__/* .AbortedError */ .oM(`Cancelled while environment ${target} was being updated to ${label}.`);
        throw err;
    });
    const env = watched.env;
    if (watched.outcome !== 'timeout' || env?.Status === 'Ready')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .States */ .DG.InFlight, '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.Status, env?.Status ?? 'Unknown');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.Health, env?.Health ?? 'Unknown');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.EnvironmentId, env?.EnvironmentId ?? found?.EnvironmentId ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.EnvironmentUrl, (0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .environmentUrl */ .fw)(env) || (0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .environmentUrl */ .fw)(found));
    const now = env?.VersionLabel ?? 'unknown';
    const summary = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addHeading(`hookline · Elastic Beanstalk redeploy ${s.application}/${target}`, 2);
    const verdict = { success: '✅ Redeployed', failed: '❌ Failed', timeout: '⏱ Timed out' }[watched.outcome];
    summary.addRaw(`${verdict} · version \`${label}\` · nothing uploaded · health **${env?.Health ?? 'unknown'}**\n\n`);
    summary.addRaw(`| | Version |\n|---|---|\n| Live before | \`${before}\` |\n| Live after | \`${now}\` |\n\n`);
    summary.addRaw(timings.markdown() + '\n\n');
    const timeline = (0,_beanstalk_summary_js__WEBPACK_IMPORTED_MODULE_8__/* .renderTimeline */ .s)(watched.events);
    if (timeline)
        summary.addRaw(timeline + '\n\n');
    if (watched.outcome === 'success') {
        if (watched.warning)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(watched.warning, { title: 'Environment health' });
        await summary.write();
        return;
    }
    if (watched.outcome === 'failed') {
        const named = (0,_beanstalk_facts_js__WEBPACK_IMPORTED_MODULE_7__/* .instancesInEvents */ .XR)(watched.events);
        const logs = await timings.measure('Tail logs', () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('Instance tail logs', () => (0,_beanstalk_facts_js__WEBPACK_IMPORTED_MODULE_7__/* .collectTailLogs */ .iM)(client, target, { pollMs: s.pollIntervalMs, maxWaitMs: TAIL_WAIT_MS, instances: named.length ? named : (watched.instances ?? []).map((i) => i.id), log, clock, signal })));
        (0,_report_emit_js__WEBPACK_IMPORTED_MODULE_10__/* .reportDiagnoses */ .Kc)((0,_diagnose_index_js__WEBPACK_IMPORTED_MODULE_9__/* .diagnose */ .h4)((0,_beanstalk_facts_js__WEBPACK_IMPORTED_MODULE_7__/* .failureFacts */ ._2)(watched.events, logs), NO_FILES), null, summary);
    }
    await summary.write();
    throw new _beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DeploymentFailed */ .Nr(`Redeploying ${label} to ${target} ${watched.outcome === 'timeout' ? 'timed out' : 'failed'}: ${watched.message}. ${target} runs ${now}.`);
}


/***/ })

};
