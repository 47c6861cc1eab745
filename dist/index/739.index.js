export const id = 739;
export const ids = [739];
export const modules = {

/***/ 7739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseBeanstalk: () => (/* binding */ releaseBeanstalk)
});

// UNUSED EXPORTS: BeanstalkError, DeploymentFailed, failureHeadline

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(5009);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-beanstalk/dist-cjs/index.js
var dist_cjs = __webpack_require__(6114);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
// EXTERNAL MODULE: ./src/diagnose/index.ts + 6 modules
var diagnose = __webpack_require__(7812);
// EXTERNAL MODULE: ./src/report/emit.ts + 2 modules
var emit = __webpack_require__(931);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/flows/revision.ts + 9 modules
var revision = __webpack_require__(803);
;// CONCATENATED MODULE: ./src/beanstalk/errors.ts
// Failures of the Beanstalk release that run() reports by message alone (see main.ts).
/** The release could not be carried out as asked (version rules, environment missing, quota). */
class BeanstalkError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BeanstalkError';
    }
}
/** The environment update ran and failed (error event, rollback, health gate, timeout). */
class DeploymentFailed extends Error {
    constructor(message) {
        super(message);
        this.name = 'DeploymentFailed';
    }
}
/** The SDK's error name: modeled Beanstalk errors are synthetic subclasses, so match on `name`. */
function errorName(err) {
    return err?.name ?? '';
}
function errorText(err) {
    if (err instanceof Error)
        return `${err.name && err.name !== 'Error' ? `${err.name}: ` : ''}${err.message}`;
    return String(err);
}
/** Throttled or never answered: worth another poll. */
function isTransient(err) {
    const name = errorName(err);
    if (name === 'Throttling' || name === 'ThrottlingException' || name === 'RequestLimitExceeded')
        return true;
    const status = err?.$metadata?.httpStatusCode;
    return status !== undefined && status >= 500;
}

;// CONCATENATED MODULE: ./src/beanstalk/version.ts
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
            throw new BeanstalkError(decision.message);
        if (decision.kind === 'reuse' && existing) {
            opts.log(decision.note);
            if (decision.warning)
                opts.warn(decision.warning);
            const version = await waitProcessed(client, req.application, req.label, opts);
            return { label: req.label, created: false, version };
        }
        try {
            await client.send(new dist_cjs/* CreateApplicationVersionCommand */.m8t({
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
                throw new time/* AbortedError */.oM();
            const name = errorName(err);
            const text = errorText(err);
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
                throw new BeanstalkError(quotaMessage(req.application, text));
            }
            if (/No Application named/i.test(text)) {
                throw new BeanstalkError(`Elastic Beanstalk has no application named '${req.application}' in this region; create it first or fix the application input (${text}).`);
            }
            throw new BeanstalkError(`Could not create application version '${req.label}' of '${req.application}': ${text}`);
        }
        const version = await waitProcessed(client, req.application, req.label, opts);
        return { label: req.label, created: true, version };
    }
}
async function describeVersion(client, application, label, signal) {
    const out = await client.send(new dist_cjs/* DescribeApplicationVersionsCommand */.QDX({ ApplicationName: application, VersionLabels: [label] }), { abortSignal: signal });
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
            throw new time/* AbortedError */.oM();
        let v;
        try {
            v = await describeVersion(client, application, label, opts.signal);
            throttled = 0;
        }
        catch (err) {
            if (opts.signal?.aborted)
                throw new time/* AbortedError */.oM();
            if (!isTransient(err))
                throw err;
            await opts.clock.sleep((0,time/* nextDelay */.rM)(opts.pollMs, ++throttled), opts.signal);
            continue;
        }
        if (!v)
            throw new BeanstalkError(`Application version '${label}' disappeared while Beanstalk processed it (deleted by a lifecycle policy or someone else?).`);
        const status = statusOf(v);
        if (SETTLED.has(status))
            return v;
        if (status === 'FAILED') {
            const why = await versionErrors(client, application, label, opts.signal);
            throw new BeanstalkError(`Elastic Beanstalk could not process application version '${label}'${why.length ? `: ${why.join(' / ')}` : ''}. ` +
                'Check that the bundle is a valid zip with the application at its root and that the S3 object is readable by Beanstalk.');
        }
        if (status !== said) {
            opts.log(`Application version '${label}' is ${status}.`);
            said = status;
        }
        if (opts.clock.now() >= opts.deadline)
            throw new BeanstalkError(`Application version '${label}' was still ${status} when the timeout was reached.`);
        await opts.clock.sleep(Math.min((0,time/* nextDelay */.rM)(opts.pollMs, 0), Math.max(1, opts.deadline - opts.clock.now())), opts.signal);
    }
}
async function versionErrors(client, application, label, signal) {
    try {
        const out = await client.send(new dist_cjs/* DescribeEventsCommand */.w6x({ ApplicationName: application, VersionLabel: label, MaxRecords: 20 }), { abortSignal: signal });
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
        const out = await client.send(new dist_cjs/* DescribeApplicationVersionsCommand */.QDX({ ApplicationName: application, NextToken, MaxRecords: 1000 }), { abortSignal: opts.signal });
        versions.push(...(out.ApplicationVersions ?? []));
        NextToken = out.NextToken;
    } while (NextToken);
    const envs = await client.send(new dist_cjs/* DescribeEnvironmentsCommand */.$8c({ ApplicationName: application, IncludeDeleted: false }), { abortSignal: opts.signal });
    const inUse = new Set((envs.Environments ?? []).map((e) => e.VersionLabel ?? '').filter(Boolean));
    const doomed = pickPrunable(versions, inUse, keep, protect);
    const removed = [];
    for (const label of doomed) {
        try {
            await client.send(new dist_cjs/* DeleteApplicationVersionCommand */.Xb({ ApplicationName: application, VersionLabel: label, DeleteSourceBundle: false }), { abortSignal: opts.signal });
            removed.push(label);
        }
        catch (err) {
            opts.warn(`Could not delete application version '${label}': ${errorText(err)}`);
        }
    }
    if (removed.length)
        opts.log(`Pruned ${removed.length} unused application version${removed.length > 1 ? 's' : ''} (prune-versions: ${keep}): ${removed.join(', ')}`);
    return removed;
}

;// CONCATENATED MODULE: ./src/beanstalk/environment.ts
// The environment before the update: found, belongs to the application, and Ready — waited for
// (bounded) when another update or a launch is still running, instead of failing — then one
// UpdateEnvironment to the new version label.



/** Whether an update can start now, must wait, or cannot happen (pure). */
function readyDecision(env, application, name) {
    if (!env || env.Status === 'Terminated') {
        return { kind: 'fail', message: `Elastic Beanstalk environment '${name}' was not found in application '${application}' (or it is terminated). Check the environment and region inputs.` };
    }
    if (env.ApplicationName && env.ApplicationName !== application) {
        return { kind: 'fail', message: `Environment '${name}' belongs to application '${env.ApplicationName}', not '${application}'.` };
    }
    switch (env.Status) {
        case 'Ready':
            return { kind: 'ready' };
        case 'Terminating':
            return { kind: 'fail', message: `Environment '${name}' is being terminated; it cannot be updated.` };
        case 'Launching':
        case 'Updating':
        case 'Aborting':
        case 'LinkingFrom':
        case 'LinkingTo':
            return { kind: 'wait', reason: `${env.Status}${env.VersionLabel ? ` (version ${env.VersionLabel})` : ''}` };
        default:
            return { kind: 'wait', reason: env.Status ?? 'status unknown' };
    }
}
function environmentUrl(env) {
    if (env?.CNAME)
        return `http://${env.CNAME}`;
    if (env?.EndpointURL)
        return /^https?:\/\//.test(env.EndpointURL) ? env.EndpointURL : `http://${env.EndpointURL}`;
    return '';
}
function consoleUrl(region, env) {
    const id = env?.EnvironmentId ?? '';
    return `https://${region}.console.aws.amazon.com/elasticbeanstalk/home?region=${region}#/environment/dashboard?environmentId=${id}`;
}
async function describeEnvironment(client, application, name, signal) {
    const out = await client.send(new dist_cjs/* DescribeEnvironmentsCommand */.$8c({ ApplicationName: application, EnvironmentNames: [name], IncludeDeleted: false }), { abortSignal: signal });
    const envs = (out.Environments ?? []).filter((e) => e.EnvironmentName === name);
    return envs.find((e) => e.Status !== 'Terminated') ?? envs[0];
}
/** Waits until the environment is Ready (bounded by the deadline); says what it waits for, once per change. */
async function waitForReady(client, application, name, opts) {
    let said = '';
    let throttled = 0;
    for (;;) {
        if (opts.signal?.aborted)
            throw new time/* AbortedError */.oM();
        let env;
        try {
            env = await describeEnvironment(client, application, name, opts.signal);
            throttled = 0;
        }
        catch (err) {
            if (opts.signal?.aborted)
                throw new time/* AbortedError */.oM();
            if (!isTransient(err))
                throw new BeanstalkError(`Could not read environment '${name}': ${errorText(err)}`);
            await opts.clock.sleep((0,time/* nextDelay */.rM)(opts.pollMs, ++throttled), opts.signal);
            continue;
        }
        const d = readyDecision(env, application, name);
        if (d.kind === 'ready') {
            if (said)
                opts.log(`Environment '${name}' is Ready now.`);
            return env;
        }
        if (d.kind === 'fail')
            throw new BeanstalkError(d.message);
        if (d.reason !== said) {
            opts.log(`Environment '${name}' is ${d.reason}; waiting for it to be Ready before updating it.`);
            said = d.reason;
        }
        if (opts.clock.now() >= opts.deadline) {
            throw new BeanstalkError(`Environment '${name}' was still ${d.reason} when the timeout was reached; another update is holding it. Retry once it is Ready.`);
        }
        await opts.clock.sleep(Math.min((0,time/* nextDelay */.rM)(opts.pollMs, 0), Math.max(1, opts.deadline - opts.clock.now())), opts.signal);
    }
}
/**
 * Waits for Ready, then updates the environment to the label. An update that loses the race to
 * another one (OperationInProgress) waits again instead of failing.
 */
async function updateToVersion(client, application, name, label, opts) {
    for (;;) {
        const before = await waitForReady(client, application, name, opts);
        await opts.beforeUpdate?.();
        try {
            const after = await client.send(new dist_cjs/* UpdateEnvironmentCommand */.i98({ ApplicationName: application, EnvironmentName: name, VersionLabel: label }), { abortSignal: opts.signal });
            return { before, after };
        }
        catch (err) {
            if (opts.signal?.aborted)
                throw new time/* AbortedError */.oM();
            opts.onUpdateFailed?.();
            const text = errorText(err);
            if ((errorName(err) === 'OperationInProgressException' || /OperationInProgress|invalid state/i.test(text)) && opts.clock.now() < opts.deadline) {
                opts.log(`Environment '${name}' got busy before the update could start (${text}); waiting again.`);
                await opts.clock.sleep((0,time/* nextDelay */.rM)(opts.pollMs, 0), opts.signal);
                continue;
            }
            if (errorName(err) === 'InsufficientPrivilegesException') {
                throw new BeanstalkError(`Not allowed to update environment '${name}': ${text}. The role needs elasticbeanstalk:UpdateEnvironment plus the EC2, Auto Scaling, CloudFormation and S3 permissions Beanstalk uses on your behalf.`);
            }
            throw new BeanstalkError(`Could not update environment '${name}' to version '${label}': ${text}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/beanstalk/watch.ts
// Follow an environment update to a verdict: stream its events (new ones only, each once,
// coloured by severity), say when status or health changes, and decide. Success needs all of:
// status Ready, the new version label on the environment and on every instance, and health
// meeting the gate on two reads in a row. Any ERROR event or a return to another version is a
// failure at once; the environment is then followed until it settles so the tail logs can be
// requested.




// ---------------------------------------------------------------- events (pure)
function eventKey(e) {
    return `${e.EventDate?.getTime() ?? ''}|${e.Severity ?? ''}|${e.RequestId ?? ''}|${e.Message ?? ''}`;
}
/**
 * Remembers which events were shown. DescribeEvents answers newest first and its StartTime is
 * inclusive, so the same events come back on every poll: `take` returns only unseen ones,
 * oldest first, and moves the start time forward.
 */
class EventCursor {
    seen = new Set();
    since;
    /** `baseline`: events that happened before the update (never shown, never judged). */
    constructor(baseline = []) {
        for (const e of baseline)
            this.remember(e);
    }
    get startTime() {
        return this.since;
    }
    take(events) {
        const fresh = events.filter((e) => !this.seen.has(eventKey(e)) && !(this.since && e.EventDate && e.EventDate < this.since));
        fresh.sort((a, b) => (a.EventDate?.getTime() ?? 0) - (b.EventDate?.getTime() ?? 0));
        for (const e of fresh)
            this.remember(e);
        return fresh;
    }
    remember(e) {
        this.seen.add(eventKey(e));
        if (e.EventDate && (!this.since || e.EventDate > this.since))
            this.since = e.EventDate;
    }
}
function isErrorEvent(e) {
    return e.Severity === 'ERROR' || e.Severity === 'FATAL';
}
const ANSI = { red: '\u001b[31m', yellow: '\u001b[33m', grey: '\u001b[90m', reset: '\u001b[0m' };
/** One log line per event, coloured by severity (ANSI colours: the log shows them, no annotation). */
function eventLine(e) {
    const time = e.EventDate ? e.EventDate.toISOString().slice(11, 19) : '--:--:--';
    const sev = (e.Severity ?? 'INFO').padEnd(5);
    const text = `${time} ${sev} ${e.Message ?? ''}`;
    if (isErrorEvent(e))
        return `${ANSI.red}${text}${ANSI.reset}`;
    if (e.Severity === 'WARN')
        return `${ANSI.yellow}${text}${ANSI.reset}`;
    if (e.Severity === 'DEBUG' || e.Severity === 'TRACE')
        return `${ANSI.grey}${text}${ANSI.reset}`;
    return text;
}
// ---------------------------------------------------------------- health and verdict (pure)
/** Enhanced health status when present (it is finer), otherwise the basic colour. */
function healthLevel(color, status) {
    switch (status) {
        case 'Ok':
        case 'Info':
            return 'green';
        case 'Warning':
            return 'yellow';
        case 'Degraded':
        case 'Severe':
            return 'red';
        case 'NoData':
        case 'Unknown':
        case 'Pending':
        case 'Suspended':
            return 'grey';
        default:
            break;
    }
    switch (color) {
        case 'Green':
            return 'green';
        case 'Yellow':
            return 'yellow';
        case 'Red':
            return 'red';
        default:
            return 'grey';
    }
}
function gateDecision(level, gate) {
    if (gate === 'any')
        return level === 'green' ? 'pass' : 'warn';
    if (level === 'green')
        return 'pass';
    if (level === 'red')
        return 'fail';
    if (level === 'grey')
        return 'wait';
    return gate === 'green' ? 'wait' : 'warn';
}
const INITIAL_MEMORY = { sawUpdate: false, readyBeforeUpdate: 0, passes: 0 };
/** Polls a Ready environment may show the old label before the update shows (eventual consistency). */
const GRACE_POLLS = 3;
/** The decision for one poll (pure): see the module comment. */
function judge(o, m, label, gate) {
    const first = o.errorEvents[0];
    if (first)
        return { kind: 'fail', failure: 'error-event', message: first.Message ?? 'Elastic Beanstalk reported an error event.' };
    if (o.status === 'Terminating' || o.status === 'Terminated') {
        return { kind: 'fail', failure: 'terminated', message: `The environment is ${o.status} while it was being updated.` };
    }
    if (o.status !== 'Ready')
        return { kind: 'continue', memory: { ...m, sawUpdate: true, passes: 0 }, waitingFor: `status ${o.status}` };
    if (o.versionLabel !== label) {
        if (!m.sawUpdate && m.readyBeforeUpdate < GRACE_POLLS) {
            return { kind: 'continue', memory: { ...m, readyBeforeUpdate: m.readyBeforeUpdate + 1 }, waitingFor: 'the update to start' };
        }
        return {
            kind: 'fail',
            failure: 'rolled-back',
            message: `The environment is Ready but runs version '${o.versionLabel ?? 'none'}', not '${label}': the update was rolled back or replaced.`,
        };
    }
    const behind = (o.instances ?? []).filter((i) => i.version !== undefined && i.version !== label);
    if (behind.length > 0) {
        return {
            kind: 'continue',
            memory: { ...m, passes: 0 },
            waitingFor: `${behind.length} instance${behind.length > 1 ? 's' : ''} still on another version (${behind.map((i) => `${i.id}: ${i.version}`).join(', ')})`,
        };
    }
    const level = healthLevel(o.color, o.healthStatus);
    const decision = gateDecision(level, gate);
    const health = `${o.color ?? 'unknown'}${o.healthStatus ? ` (${o.healthStatus})` : ''}`;
    if (decision === 'fail') {
        const bad = (o.instances ?? []).filter((i) => healthLevel(i.color, i.healthStatus) === 'red');
        return {
            kind: 'fail',
            failure: 'health',
            message: `Health is ${health} after the deploy${bad.length ? ` on ${bad.map((i) => i.id).join(', ')}` : ''}; the gate '${gate}' does not allow it.`,
        };
    }
    if (decision === 'wait')
        return { kind: 'continue', memory: { ...m, passes: 0 }, waitingFor: `health ${health} to meet the gate '${gate}'` };
    const passes = m.passes + 1;
    if (passes < 2)
        return { kind: 'continue', memory: { ...m, passes }, waitingFor: 'a second health read to confirm' };
    if (decision === 'warn')
        return { kind: 'success', warning: `Deployed, but health is ${health}; the gate '${gate}' lets it pass.` };
    return { kind: 'success' };
}
class Watcher {
    client;
    req;
    cursor;
    opts;
    events = [];
    calls = {};
    enhanced = true;
    lastHealth = '';
    lastStatus = '';
    constructor(client, req, cursor, opts) {
        this.client = client;
        this.req = req;
        this.cursor = cursor;
        this.opts = opts;
    }
    count(op) {
        this.calls[op] = (this.calls[op] ?? 0) + 1;
    }
    /** New events of the environment, logged once each. */
    async pollEvents() {
        const all = [];
        let NextToken;
        let pages = 0;
        do {
            this.count('DescribeEvents');
            const out = await this.client.send(new dist_cjs/* DescribeEventsCommand */.w6x({
                ApplicationName: this.req.application,
                EnvironmentName: this.req.environment,
                StartTime: this.cursor.startTime,
                MaxRecords: 100,
                NextToken,
            }), { abortSignal: this.opts.signal });
            all.push(...(out.Events ?? []));
            NextToken = out.NextToken;
        } while (NextToken && ++pages < 10);
        const fresh = this.cursor.take(all);
        for (const e of fresh)
            this.opts.log(eventLine(e));
        this.events.push(...fresh);
        return fresh;
    }
    async readEnvironment() {
        this.count('DescribeEnvironments');
        const env = await describeEnvironment(this.client, this.req.application, this.req.environment, this.opts.signal);
        const status = env?.Status ?? 'missing';
        if (status !== this.lastStatus) {
            this.opts.log(`Environment ${this.req.environment} is ${status}${env?.VersionLabel ? ` · version ${env.VersionLabel}` : ''}`);
            this.lastStatus = status;
        }
        const health = `${env?.Health ?? 'unknown'}${env?.HealthStatus ? ` (${env.HealthStatus})` : ''}`;
        if (health !== this.lastHealth) {
            const causes = healthLevel(env?.Health, env?.HealthStatus) === 'green' ? [] : await this.causes();
            this.opts.log(`Health ${this.lastHealth ? `${this.lastHealth} → ` : ''}${health}${causes.length ? `: ${causes.join(' · ')}` : ''}`);
            this.lastHealth = health;
        }
        return env;
    }
    /** Per-instance health and deployed version; undefined for basic-health environments. */
    async readInstances() {
        if (!this.enhanced)
            return undefined;
        const rows = [];
        let NextToken;
        try {
            do {
                this.count('DescribeInstancesHealth');
                const out = await this.client.send(new dist_cjs/* DescribeInstancesHealthCommand */.fO0({ EnvironmentName: this.req.environment, AttributeNames: ['All'], NextToken }), { abortSignal: this.opts.signal });
                rows.push(...(out.InstanceHealthList ?? []).map(instanceRow));
                NextToken = out.NextToken;
            } while (NextToken);
        }
        catch (err) {
            if (this.opts.signal?.aborted)
                throw new time/* AbortedError */.oM();
            if (isTransient(err))
                return undefined;
            // Basic health (or a caller without the permission): the environment's label must do.
            this.enhanced = false;
            this.opts.log(`Per-instance health is not available (${errorName(err) || 'error'}); checking the environment's version label instead.`);
            return undefined;
        }
        return rows;
    }
    async causes() {
        if (!this.enhanced)
            return [];
        try {
            this.count('DescribeEnvironmentHealth');
            const out = await this.client.send(new dist_cjs/* DescribeEnvironmentHealthCommand */.qeK({ EnvironmentName: this.req.environment, AttributeNames: ['Causes'] }), { abortSignal: this.opts.signal });
            return out.Causes ?? [];
        }
        catch {
            return [];
        }
    }
    /** Polls until a verdict, the deadline, or cancellation (AbortedError). */
    async run() {
        const { clock, signal } = this.opts;
        let memory = INITIAL_MEMORY;
        let throttled = 0;
        let env;
        let instances;
        let waitingFor = '';
        for (;;) {
            if (signal?.aborted)
                throw new time/* AbortedError */.oM();
            let verdict;
            try {
                const fresh = await this.pollEvents();
                env = await this.readEnvironment();
                if (env?.Status === 'Ready')
                    instances = await this.readInstances();
                verdict = judge({
                    status: env?.Status ?? 'Terminated',
                    versionLabel: env?.VersionLabel,
                    color: env?.Health,
                    healthStatus: env?.HealthStatus,
                    instances: env?.Status === 'Ready' ? instances : undefined,
                    errorEvents: fresh.filter(isErrorEvent),
                }, memory, this.req.label, this.req.gate);
                throttled = 0;
            }
            catch (err) {
                if (signal?.aborted)
                    throw new time/* AbortedError */.oM();
                if (!isTransient(err))
                    throw err;
                await clock.sleep((0,time/* nextDelay */.rM)(this.opts.pollMs, ++throttled), signal);
                continue;
            }
            if (verdict.kind === 'success') {
                return { outcome: 'success', message: 'Ready', warning: verdict.warning, env, events: this.events, instances, calls: this.calls };
            }
            if (verdict.kind === 'fail') {
                env = (await this.settle()) ?? env;
                if (env?.Status === 'Ready')
                    instances = (await this.readInstances()) ?? instances;
                return { outcome: 'failed', failure: verdict.failure, message: verdict.message, env, events: this.events, instances, calls: this.calls };
            }
            memory = verdict.memory;
            if (verdict.waitingFor && verdict.waitingFor !== waitingFor && env?.Status === 'Ready')
                this.opts.log(`Waiting for ${verdict.waitingFor}.`);
            waitingFor = verdict.waitingFor ?? '';
            if (clock.now() >= this.opts.deadline) {
                return {
                    outcome: 'timeout',
                    message: `still waiting for ${waitingFor || 'the update to finish'}`,
                    env,
                    events: this.events,
                    instances,
                    calls: this.calls,
                };
            }
            await clock.sleep(Math.min((0,time/* nextDelay */.rM)(this.opts.pollMs, 0), Math.max(1, this.opts.deadline - clock.now())), signal);
        }
    }
    /**
     * After a failure verdict: keep reading events until the environment leaves Updating (bounded),
     * because the decisive "Failed to deploy" events come last and tail logs need a Ready environment.
     */
    async settle() {
        const { clock, signal } = this.opts;
        const until = Math.min(clock.now() + this.opts.settleMs, this.opts.deadline + this.opts.settleMs);
        let env;
        for (;;) {
            if (signal?.aborted)
                throw new time/* AbortedError */.oM();
            try {
                await this.pollEvents();
                env = await this.readEnvironment();
            }
            catch (err) {
                if (signal?.aborted)
                    throw new time/* AbortedError */.oM();
                if (!isTransient(err))
                    return env;
            }
            if (!env || env.Status === 'Ready' || env.Status === 'Terminated' || clock.now() >= until)
                return env;
            await clock.sleep(Math.min((0,time/* nextDelay */.rM)(this.opts.pollMs, 0), Math.max(1, until - clock.now())), signal);
        }
    }
}
function instanceRow(i) {
    return {
        id: i.InstanceId ?? 'unknown',
        color: i.Color,
        healthStatus: i.HealthStatus,
        version: i.Deployment?.VersionLabel,
        deploymentStatus: i.Deployment?.Status,
        causes: i.Causes ?? [],
    };
}
/** Events before the update: the cursor starts after them. */
async function baselineEvents(client, application, environment, signal) {
    const out = await client.send(new dist_cjs/* DescribeEventsCommand */.w6x({ ApplicationName: application, EnvironmentName: environment, MaxRecords: 25 }), { abortSignal: signal });
    return out.Events ?? [];
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
    const retrieve = async () => (await client.send(new dist_cjs/* RetrieveEnvironmentInfoCommand */.D4Y({ EnvironmentName: environment, InfoType: 'tail' }), { abortSignal: opts.signal })).EnvironmentInfo ?? [];
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
        opts.log(`Could not get the instances' tail logs: ${errorText(err)}. The diagnosis uses the events only.`);
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
            opts.log(`Could not download the tail log of ${id}: ${errorText(err)}`);
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

;// CONCATENATED MODULE: ./src/beanstalk/summary.ts
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

;// CONCATENATED MODULE: ./src/beanstalk/bluegreen.ts
// Blue/green by CNAME swap: of a pair of environments, the one holding the production CNAME is
// live, the other idle. The new version goes to the idle one (cloned from the live one when it
// does not exist yet); only when it is Ready, on the new version and healthy are the CNAMEs
// swapped, and the swap is verified through the API: the production CNAME now belongs to the
// environment that runs the new version. The production URL never points at an unhealthy
// environment because a failed idle deployment ends the run before the swap.




/** `shop-prod.us-east-1.elasticbeanstalk.com` → `shop-prod` (pure). */
function cnamePrefix(cname) {
    return (cname ?? '').split('.')[0]?.toLowerCase() ?? '';
}
/** `<environment>-idle`, within Beanstalk's 40 characters (pure). */
function defaultIdleName(environment) {
    return `${environment.slice(0, 35).replace(/-+$/, '')}-idle`;
}
/**
 * Which of the two is live (pure): the one whose CNAME prefix is the production prefix. When only
 * one exists it must hold the production CNAME; the other gets cloned.
 */
function identifyPair(envs, names, productionPrefix) {
    const prod = productionPrefix.toLowerCase();
    const found = names.map((n) => envs.find((e) => e.EnvironmentName === n && e.Status !== 'Terminated' && e.Status !== 'Terminating'));
    const liveAt = found.findIndex((e) => e !== undefined && cnamePrefix(e.CNAME) === prod);
    if (liveAt < 0) {
        const held = found.filter((e) => e !== undefined).map((e) => `${e.EnvironmentName} has ${e.CNAME ?? 'no CNAME'}`);
        return {
            kind: 'fail',
            message: `Neither ${names[0]} nor ${names[1]} holds the production CNAME '${productionPrefix}' (${held.join('; ') || 'neither exists'}). ` +
                `Set production-cname to the CNAME prefix your traffic uses.`,
        };
    }
    const idleAt = 1 - liveAt;
    return { kind: 'ok', live: found[liveAt], idle: found[idleAt], idleName: names[idleAt] };
}
async function readPair(client, application, names, productionPrefix, signal) {
    const out = await client.send(new dist_cjs/* DescribeEnvironmentsCommand */.$8c({ ApplicationName: application, EnvironmentNames: [...names], IncludeDeleted: false }), { abortSignal: signal });
    return identifyPair(out.Environments ?? [], names, productionPrefix);
}
/** Settings a new environment can take: no CloudFormation parameters, no resource-bound options (pure). */
function cloneableSettings(settings) {
    return settings
        .filter((o) => o.Namespace && o.OptionName && o.Value !== undefined && !o.ResourceName)
        .filter((o) => !o.Namespace?.startsWith('aws:cloudformation:'))
        .map((o) => ({ Namespace: o.Namespace, OptionName: o.OptionName, Value: o.Value }));
}
/** Creates the idle environment as a copy of the live one, running the new version. */
async function cloneEnvironment(client, application, live, idleName, label, productionPrefix, signal) {
    let settings = [];
    try {
        const cfg = await client.send(new dist_cjs/* DescribeConfigurationSettingsCommand */.yAX({ ApplicationName: application, EnvironmentName: live.EnvironmentName }), { abortSignal: signal });
        settings = cloneableSettings(cfg.ConfigurationSettings?.[0]?.OptionSettings ?? []);
    }
    catch (err) {
        throw new BeanstalkError(`Could not read the configuration of ${live.EnvironmentName} to clone it: ${errorText(err)}`);
    }
    try {
        return await client.send(new dist_cjs/* CreateEnvironmentCommand */.Rne({
            ApplicationName: application,
            EnvironmentName: idleName,
            CNAMEPrefix: `${productionPrefix.slice(0, 58)}-idle`,
            VersionLabel: label,
            ...(live.PlatformArn ? { PlatformArn: live.PlatformArn } : { SolutionStackName: live.SolutionStackName }),
            Tier: live.Tier,
            OptionSettings: settings,
            Description: `Idle half of the blue/green pair with ${live.EnvironmentName} (created by hookline).`,
        }), { abortSignal: signal });
    }
    catch (err) {
        throw new BeanstalkError(`Could not create the idle environment ${idleName} as a copy of ${live.EnvironmentName}: ${errorText(err)}`);
    }
}
/**
 * Re-checks the idle environment, swaps the CNAMEs, waits for both to be Ready, and verifies that
 * the production CNAME now points at the environment running `label`. Returns that environment.
 */
async function swapAndVerify(client, application, idleName, liveName, productionPrefix, label, gate, opts) {
    const idle = await waitForReady(client, application, idleName, opts);
    const health = gateDecision(healthLevel(idle.Health, idle.HealthStatus), gate);
    if (idle.VersionLabel !== label || health === 'fail' || health === 'wait') {
        throw new BeanstalkError(`Not swapping: ${idleName} runs ${idle.VersionLabel ?? 'no version'} with health ${idle.Health ?? 'unknown'}${idle.HealthStatus ? ` (${idle.HealthStatus})` : ''} just before the swap; production stays on ${liveName}.`);
    }
    opts.log(`Swapping CNAMEs: ${idleName} (${label}) takes '${productionPrefix}' from ${liveName}.`);
    try {
        await client.send(new dist_cjs/* SwapEnvironmentCNAMEsCommand */.Z4r({ SourceEnvironmentName: idleName, DestinationEnvironmentName: liveName }), { abortSignal: opts.signal });
    }
    catch (err) {
        throw new BeanstalkError(`Could not swap the CNAMEs of ${idleName} and ${liveName}: ${errorText(err)}`);
    }
    const newLive = await waitForReady(client, application, idleName, opts);
    await waitForReady(client, application, liveName, opts);
    if (cnamePrefix(newLive.CNAME) !== productionPrefix.toLowerCase() || newLive.VersionLabel !== label) {
        throw new BeanstalkError(`The swap did not take: the production CNAME '${productionPrefix}' should point at ${idleName} running ${label}, but ${idleName} has ${newLive.CNAME ?? 'no CNAME'} and runs ${newLive.VersionLabel ?? 'no version'}.`);
    }
    opts.log(`Verified: http://${newLive.CNAME} is served by ${idleName}, running ${label}; ${liveName} is now the idle environment.`);
    return newLive;
}

;// CONCATENATED MODULE: ./src/flows/beanstalk.ts
// The Elastic Beanstalk release: bundle → upload → application version → update environment →
// watch events and health → on failure tail logs → diagnose → report. Each stage is its own
// module under src/beanstalk/; this file only wires them in order and records timings.


















/** How long a failed update is followed until it settles, and how long instances get to publish logs. */
const SETTLE_MS = 3 * 60_000;
const TAIL_WAIT_MS = 2 * 60_000;
async function releaseBeanstalk(s, ctx, deps) {
    const { clock, signal, timings } = deps;
    const deadline = clock.now() + s.timeoutMs;
    const client = await (0,clients.createClient)('beanstalk', { region: s.region });
    // Fail before bundling when the environment (or the blue/green pair) cannot be released to at all.
    const blueGreen = s.strategy === 'blue-green';
    let found;
    let pair;
    if (blueGreen) {
        const p = await readPair(client, s.application, [s.environment, s.idleEnvironment], s.productionCname, signal);
        if (p.kind === 'fail')
            throw new BeanstalkError(p.message);
        pair = p;
        found = p.idle;
        core/* info */.pq(`Blue/green: ${p.live.EnvironmentName} is live at http://${p.live.CNAME ?? '?'} (${p.live.VersionLabel ?? 'no version'}); ` +
            `${p.idle ? `${p.idleName} is idle and gets the new version` : `${p.idleName} does not exist and will be created as a copy of it`}.`);
    }
    else {
        found = await describeEnvironment(client, s.application, s.environment, signal);
        const early = readyDecision(found, s.application, s.environment);
        if (early.kind === 'fail')
            throw new BeanstalkError(early.message);
        core/* info */.pq(`Environment ${s.environment} (${found?.EnvironmentId ?? '?'}): ${consoleUrl(s.region, found)}`);
    }
    /** The environment that receives the new version: the given one, or the idle half of the pair. */
    const target = pair ? pair.idleName : s.environment;
    const bucket = s.s3Bucket ?? (await storageBucket(client, signal));
    const rev = await (0,revision/* prepareRevision */.T)(s, ctx, { kind: 'beanstalk', signal, timings, bucket });
    const sha256 = rev.bundle.sha256;
    const label = s.versionLabel ?? deriveLabel(ctx.ref, sha256);
    core/* setOutput */.uH(constants/* Outputs */.tY.VersionLabel, label);
    const log = (line) => core/* info */.pq(line);
    const warn = (line) => core/* warning */.$e(line, { title: 'Application version' });
    const version = await timings.measure('Application version', () => core/* group */.Os(`Application version ${label}`, () => ensureVersion(client, {
        application: s.application,
        label,
        explicit: s.versionLabel !== undefined,
        reuse: s.reuseVersion,
        sha256,
        bucket: rev.upload.bucket,
        key: rev.upload.key,
        description: versionDescription(sha256, (0,context/* releaseDescription */.a)(ctx, s.description)),
        pruneVersions: s.pruneVersions,
    }, { pollMs: s.pollIntervalMs, deadline, log, warn, clock, signal })));
    // The cursor starts after the events that were there before our update.
    let cursor = new EventCursor();
    let after;
    if (pair && !pair.idle) {
        const live = pair.live;
        after = await timings.measure('Create environment', () => core/* group */.Os(`Create ${target} from ${live.EnvironmentName}`, () => cloneEnvironment(client, s.application, live, target, label, s.productionCname, signal)));
        core/* info */.pq(`Creating ${target} with version ${label}: ${consoleUrl(s.region, after)}`);
    }
    else {
        const updated = await timings.measure('Update environment', () => core/* group */.Os(`Update ${target} to ${label}`, () => updateToVersion(client, s.application, target, label, {
            pollMs: s.pollIntervalMs,
            deadline,
            log,
            clock,
            signal,
            beforeUpdate: async () => {
                cursor = new EventCursor(await baselineEvents(client, s.application, target, signal));
                core/* saveState */.LZ(constants/* States */.DG.InFlight, JSON.stringify({ service: 'beanstalk', id: target, region: s.region }));
            },
            onUpdateFailed: () => core/* saveState */.LZ(constants/* States */.DG.InFlight, ''),
        })));
        after = updated.after;
        core/* info */.pq(`Updating ${target} to version ${label} (${after.Status ?? 'Updating'}): ${consoleUrl(s.region, after)}`);
    }
    if (!pair) {
        core/* setOutput */.uH(constants/* Outputs */.tY.EnvironmentId, after.EnvironmentId ?? found?.EnvironmentId ?? '');
        core/* setOutput */.uH(constants/* Outputs */.tY.EnvironmentUrl, environmentUrl(after) || environmentUrl(found));
    }
    const watcher = new Watcher(client, { application: s.application, environment: target, label, gate: s.health }, cursor, {
        pollMs: s.pollIntervalMs,
        deadline,
        settleMs: SETTLE_MS,
        log,
        clock,
        signal,
    });
    let watched;
    try {
        watched = await timings.measure('Deploy', () => core/* group */.Os(`Watch ${target}`, () => watcher.run()));
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
        core/* saveState */.LZ(constants/* States */.DG.InFlight, '');
    // Blue/green: only a healthy idle environment on the new version ever takes the production CNAME.
    let swapped = '';
    if (pair && watched.outcome === 'success') {
        const live = pair.live.EnvironmentName ?? s.environment;
        env = await timings.measure('Swap CNAMEs', () => core/* group */.Os(`Swap ${target} ⇄ ${live}`, () => swapAndVerify(client, s.application, target, live, s.productionCname, label, s.health, { pollMs: s.pollIntervalMs, deadline, log, clock, signal })));
        swapped = ` · swapped CNAMEs: production \`${s.productionCname}\` now on ${target}, ${live} idle`;
    }
    else if (pair) {
        core/* info */.pq(`No CNAME swap: production stays on ${pair.live.EnvironmentName} (${pair.live.VersionLabel ?? 'no version'}).`);
    }
    setEnvironmentOutputs(env);
    if (pair && !swapped) {
        // Production did not move: its URL and id stay the outputs; status and health are the idle environment's.
        core/* setOutput */.uH(constants/* Outputs */.tY.EnvironmentUrl, environmentUrl(pair.live));
        core/* setOutput */.uH(constants/* Outputs */.tY.EnvironmentId, pair.live.EnvironmentId ?? '');
    }
    const summary = core/* summary */.z.addHeading(`hookline · Elastic Beanstalk ${s.application}/${target}${pair ? ' (blue/green)' : ''}`, 2);
    const verdict = { success: '✅ Released', failed: '❌ Failed', timeout: '⏱ Timed out' }[watched.outcome];
    summary.addRaw(`${verdict} · environment [${target}](${consoleUrl(s.region, env ?? after)}) **${env?.Status ?? 'unknown'}** · health **${env?.Health ?? 'unknown'}${env?.HealthStatus ? ` (${env.HealthStatus})` : ''}**` +
        ` · version \`${label}\`${version.created ? ' (new)' : ' (existing, reused)'} · sha256 \`${sha256.slice(0, 12)}\`` +
        ` · ${rev.upload.uploaded ? `uploaded ${(0,format/* formatBytes */.z)(rev.upload.bytes)}` : 'upload skipped (already in S3)'}` +
        `${environmentUrl(env) ? ` · ${environmentUrl(env)}` : ''}${swapped}\n\n`);
    summary.addRaw(timings.markdown() + '\n\n');
    const instancesTable = renderInstances(watched.instances, label);
    if (instancesTable)
        summary.addRaw(instancesTable + '\n\n');
    const timeline = renderTimeline(watched.events);
    if (timeline)
        summary.addRaw(timeline + '\n\n');
    if (watched.outcome === 'success') {
        if (watched.warning)
            core/* warning */.$e(watched.warning, { title: 'Environment health' });
        core/* info */.pq(`Environment ${target} runs ${label} on every instance; health ${env?.Health ?? 'unknown'}${env?.HealthStatus ? ` (${env.HealthStatus})` : ''}.`);
        if (s.pruneVersions > 0) {
            try {
                await pruneVersions(client, s.application, s.pruneVersions, new Set([label]), { log, warn, signal });
            }
            catch (err) {
                core/* warning */.$e(`Could not prune old application versions: ${errorText(err)}`, { title: 'Application version' });
            }
        }
        await summary.write();
        return;
    }
    if (watched.outcome === 'timeout') {
        await summary.write();
        const stillRunning = env?.Status !== 'Ready';
        throw new DeploymentFailed(`Environment ${target} did not reach the release conditions within the timeout (${Math.round(s.timeoutMs / 1000)}s): ${watched.message}.` +
            (stillRunning ? ` The post step ${s.onCancel === 'stop' ? 'aborts the update' : 'leaves it running'}.` : ''));
    }
    // Failed: read the instances' logs and explain.
    const logs = await timings.measure('Tail logs', () => core/* group */.Os('Instance tail logs', () => collectTailLogs(client, target, {
        pollMs: s.pollIntervalMs,
        maxWaitMs: TAIL_WAIT_MS,
        instances: tailTargets(watched),
        log,
        clock,
        signal,
    })));
    const diagnoses = (0,diagnose/* diagnose */.h4)(failureFacts(watched.events, logs), rev.files);
    (0,emit/* reportDiagnoses */.r)(diagnoses, rev.annotationRoot, summary);
    await summary.write();
    throw new DeploymentFailed(failureHeadline(target, label, watched, diagnoses[0], env) + (pair ? ` No CNAME swap: production stays on ${pair.live.EnvironmentName}.` : ''));
}
/** One line: what failed (the decisive diagnosis when there is one), what AWS said, where the environment is now. */
function failureHeadline(environment, label, w, top, env) {
    const where = top?.file ? ` (${top.file}${top.line ? `:${top.line}` : ''})` : '';
    const said = w.message.replace(/\.+$/, '');
    let cause;
    if (w.failure === 'error-event')
        cause = top && top.category !== 'unknown' ? `${top.title}${where}. Elastic Beanstalk reported: "${said}"` : `Elastic Beanstalk reported: "${said}"`;
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
        throw new BeanstalkError(`Could not get Elastic Beanstalk's storage bucket (CreateStorageLocation): ${errorText(err)}. Set s3-bucket to upload elsewhere.`);
    }
}
function setEnvironmentOutputs(env) {
    core/* setOutput */.uH(constants/* Outputs */.tY.Status, env?.Status ?? 'Unknown');
    core/* setOutput */.uH(constants/* Outputs */.tY.Health, env?.Health ?? 'Unknown');
    if (env?.EnvironmentId)
        core/* setOutput */.uH(constants/* Outputs */.tY.EnvironmentId, env.EnvironmentId);
    if (environmentUrl(env))
        core/* setOutput */.uH(constants/* Outputs */.tY.EnvironmentUrl, environmentUrl(env));
}
/** Instances whose logs matter: those the events name, else every instance seen. */
function tailTargets(w) {
    const named = instancesInEvents(w.events);
    if (named.length)
        return named;
    return (w.instances ?? []).map((i) => i.id);
}


/***/ })

};
