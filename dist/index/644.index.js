export const id = 644;
export const ids = [644];
export const modules = {

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
/* harmony export */   dH: () => (/* binding */ listActive),
/* harmony export */   i4: () => (/* binding */ startDeployment),
/* harmony export */   i8: () => (/* binding */ getDeployment)
/* harmony export */ });
/* unused harmony exports ACTIVE_STATUSES, describeWithToken, findByToken, startedBy, isThrottling, isRetryable */
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
        await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .RegisterApplicationRevisionCommand */ .Yhn({
            applicationName: r.application,
            revision: revisionLocation(r),
            description: r.description.slice(0, 1000),
        }), { abortSignal: signal });
    }
    catch (err) {
        throw new ReleaseError(`Could not register the revision s3://${r.bucket}/${r.key} with application '${r.application}': ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}`);
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
                autoRollbackConfiguration: req.autoRollback
                    ? { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_REQUEST'] }
                    : undefined,
                ...(req.updateOutdatedInstancesOnly ? { updateOutdatedInstancesOnly: true } : {}),
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
                throw new ReleaseError(`Could not create the CodeDeploy deployment for group '${req.deploymentGroup}': ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}`);
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
                await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .StopDeploymentCommand */ .NzN({ deploymentId: info.deploymentId, autoRollbackEnabled: false }), {
                    abortSignal: signal,
                });
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
        const out = await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .ListDeploymentsCommand */ .sr8({
            applicationName: application,
            deploymentGroupName: group,
            includeOnlyStatuses: [...ACTIVE_STATUSES],
            nextToken,
        }), { abortSignal: signal });
        ids.push(...(out.deployments ?? []));
        nextToken = out.nextToken;
    } while (nextToken);
    return ids;
}
/** The deployment of the group whose description carries `[token]`, created since `since` (epoch ms). */
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

/***/ 7709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ targetOf),
/* harmony export */   Jh: () => (/* binding */ watchDeployment),
/* harmony export */   R0: () => (/* binding */ readTargets),
/* harmony export */   dX: () => (/* binding */ terminationWaitText),
/* harmony export */   ff: () => (/* binding */ TERMINAL),
/* harmony export */   oE: () => (/* binding */ fleetSize)
/* harmony export */ });
/* unused harmony exports FIRST_POLL_MS, pollDelay, terminationOutlastsDeadline, targetId, progressLines */
/* harmony import */ var _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7507);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6043);
/* harmony import */ var _aws_deadline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7969);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7627);
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
    const poller = new Poller(client, deploymentId, opts, count);
    let failures = 0;
    let polls = 0;
    const result = (extra) => ({
        info: poller.info,
        targets: poller.targets,
        calls,
        waitingForReady: false,
        timedOut: false,
        terminationWait: false,
        ...extra,
    });
    for (;;) {
        if (opts.signal?.aborted)
            throw new _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .AbortedError */ .oM();
        let status;
        try {
            // Each call may take at most what is left until the deadline.
            status = await poller.poll((0,_aws_deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .deadlineSignal */ .R)(opts.signal, opts.deadline - opts.clock.now()));
            if (failures > 0)
                opts.log(`CodeDeploy answers again after ${failures} failed poll${failures > 1 ? 's' : ''}.`);
            failures = 0;
        }
        catch (err) {
            if (opts.signal?.aborted)
                throw new _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .AbortedError */ .oM();
            if (opts.clock.now() >= opts.deadline)
                return result({ waitingForReady: false, timedOut: true });
            // Only a definite refusal ends the watch; a flaky network or a failing service is waited out.
            if (!(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransientAwsError */ .Sc)(err))
                throw err;
            if (failures++ === 0)
                opts.log(`Could not read deployment ${deploymentId} (${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .briefAwsError */ .G9)(err)}); retrying until the timeout. The deployment is not affected.`);
            await opts.clock.sleep(Math.min((0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .nextDelay */ .rM)(opts.pollMs, failures), Math.max(1, opts.deadline - opts.clock.now())), opts.signal);
            continue;
        }
        if (TERMINAL.has(status))
            return result({ waitingForReady: false, timedOut: false });
        if (status === 'Ready' && !opts.continueBlueGreen)
            return result({ waitingForReady: true, timedOut: false });
        if (terminationOutlastsDeadline(poller.info, opts))
            return result({ terminationWait: true });
        if (opts.clock.now() >= opts.deadline)
            return result({ waitingForReady: false, timedOut: true });
        await opts.clock.sleep(Math.min((0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .nextDelay */ .rM)(pollDelay(opts.pollMs, polls++), 0), Math.max(1, opts.deadline - opts.clock.now())), opts.signal);
    }
}
/**
 * The originals' termination wait has begun and would end after the deadline. Measured from the
 * first poll that sees it, so a wait seen late is assumed longer than it is: the watch ends early
 * rather than timing out.
 */
function terminationOutlastsDeadline(info, opts) {
    if (info.status !== 'InProgress' || !info.instanceTerminationWaitTimeStarted)
        return false;
    return opts.clock.now() + terminationWaitMinutes(info) * 60_000 >= opts.deadline;
}
const terminationWaitMinutes = (info) => info.blueGreenDeploymentConfiguration?.terminateBlueInstancesOnDeploymentSuccess?.terminationWaitTimeInMinutes ?? 0;
/** The originals' termination, in words, for the summary and the notice. */
function terminationWaitText(info) {
    return `traffic is on the replacement instances; CodeDeploy terminates the original instances after its ${terminationWaitMinutes(info)}-minute termination wait and keeps the deployment In progress until then`;
}
/** One poll's reads and the progress lines they produce; remembers what was already said. */
class Poller {
    client;
    deploymentId;
    opts;
    count;
    info;
    targets = new Map();
    lastOverview = '';
    lastStatus = '';
    continued = false;
    constructor(client, deploymentId, opts, count) {
        this.client = client;
        this.deploymentId = deploymentId;
        this.opts = opts;
        this.count = count;
        this.info = { deploymentId };
    }
    /** Reads the deployment (and its targets when the overview changed); returns its status. */
    async poll(signal) {
        const { deploymentId, opts } = this;
        this.count('GetDeployment');
        const info = await (0,_release_js__WEBPACK_IMPORTED_MODULE_2__/* .getDeployment */ .i8)(this.client, deploymentId, signal);
        const status = info.status ?? 'Unknown';
        const overview = JSON.stringify(info.deploymentOverview ?? {});
        // ECS and Lambda deployments have one target whose events move without the overview changing.
        const oneTarget = info.computePlatform === 'ECS' || info.computePlatform === 'Lambda';
        if (oneTarget || overview !== this.lastOverview || (TERMINAL.has(status) && status !== this.lastStatus)) {
            // Large fleets print only failures, so only failed targets are read (1,000 targets cost 50 calls).
            const large = fleetSize(info) > DETAIL_LIMIT;
            const fresh = await readTargets(this.client, deploymentId, this.count, signal, large ? ['Failed'] : undefined);
            const lines = progressLines(this.targets, fresh, info);
            // A lone overview line (nothing moved) is news only when the overview changed.
            if (!oneTarget || lines.length > 1)
                for (const line of lines)
                    opts.log(line);
            for (const t of fresh)
                this.targets.set(targetId(t), t);
            this.lastOverview = overview;
        }
        this.info = info;
        if (status !== this.lastStatus) {
            opts.log(`Deployment ${deploymentId} is ${status}${statusDetail(info)}`);
            this.lastStatus = status;
        }
        if (status === 'Ready' && opts.continueBlueGreen && !this.continued) {
            this.count('ContinueDeployment');
            await this.client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_4__/* .ContinueDeploymentCommand */ .Md$({ deploymentId, deploymentWaitType: 'READY_WAIT' }), { abortSignal: signal });
            opts.log('Replacement instances are ready; rerouting traffic to them (continue-blue-green: true).');
            this.continued = true;
        }
        return status;
    }
}
/** Every target of the deployment, or for large fleets only the ones that are running or failed. */
async function readTargets(client, deploymentId, count, signal, statuses) {
    const ids = [];
    let nextToken;
    do {
        count('ListDeploymentTargets');
        const out = await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_4__/* .ListDeploymentTargetsCommand */ .$9V({ deploymentId, nextToken, targetFilters: statuses ? { TargetStatus: statuses } : undefined }), { abortSignal: signal });
        ids.push(...(out.targetIds ?? []));
        nextToken = out.nextToken;
    } while (nextToken);
    const batches = [];
    for (let i = 0; i < ids.length; i += 25)
        batches.push(ids.slice(i, i + 25));
    const results = await Promise.all(batches.map(async (targetIds) => {
        count('BatchGetDeploymentTargets');
        const out = await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_4__/* .BatchGetDeploymentTargetsCommand */ .Bsg({ deploymentId, targetIds }), { abortSignal: signal });
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
/**
 * Lines for lifecycle events whose status changed since the previous read (pure), as a timeline:
 * each event with its instance and its own time, oldest first, then the overview once — an event
 * noticed late is not printed with the overview of the moment it was noticed.
 */
function progressLines(previous, fresh, info) {
    const o = info.deploymentOverview ?? {};
    const total = fleetSize(info);
    const done = (o.Succeeded ?? 0) + (o.Failed ?? 0) + (o.Skipped ?? 0);
    const head = `${done}/${total || fresh.length} instances done${o.Failed ? ` (${o.Failed} failed)` : ''}`;
    const events = [];
    const detailed = Math.max(total, fresh.length) <= DETAIL_LIMIT;
    for (const t of fresh) {
        const id = targetId(t);
        const before = new Map((targetOf(previous.get(id) ?? {})?.lifecycleEvents ?? []).map((e) => [e.lifecycleEventName, e.status]));
        const target = targetOf(t);
        const label = t.instanceTarget?.instanceLabel ? ` [${t.instanceTarget.instanceLabel === 'Green' ? 'replacement' : 'original'}]` : '';
        // An instance skipped as a whole (the deployment stopped before reaching it) is one line.
        if (target?.status === 'Skipped') {
            if (detailed && targetOf(previous.get(id) ?? {})?.status !== 'Skipped')
                events.push({ at: Infinity, line: `${id}${label} skipped` });
            continue;
        }
        for (const e of target?.lifecycleEvents ?? []) {
            if (!e.status || e.status === 'Pending' || before.get(e.lifecycleEventName) === e.status)
                continue;
            if (!detailed && e.status !== 'Failed')
                continue;
            const when = e.status === 'InProgress' ? e.startTime : (e.endTime ?? e.startTime);
            const took = e.status !== 'InProgress' && e.startTime && e.endTime ? ` in ${seconds(e.startTime, e.endTime)}` : '';
            events.push({
                at: when ? new Date(when).getTime() : Infinity,
                line: `${when ? `${clock(when)} ` : ''}${id}${label} ${e.lifecycleEventName} ${e.status}${took}`,
            });
        }
    }
    // Stable sort: events without a time keep their order, after the timed ones.
    const lines = events.sort((a, b) => a.at - b.at).map((e) => e.line);
    if (fresh.length > 0 || lines.length > 0)
        lines.push(head);
    return lines;
}
/** HH:MM:SS in UTC, the time the runner's log shows next to each line. */
function clock(d) {
    return new Date(d).toISOString().slice(11, 19);
}
function seconds(start, end) {
    const s = (new Date(end).getTime() - new Date(start).getTime()) / 1000;
    return s < 10 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`;
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


/***/ }),

/***/ 4682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ platformLabel),
/* harmony export */   li: () => (/* binding */ detectPlatform),
/* harmony export */   sw: () => (/* binding */ checkInputs),
/* harmony export */   yG: () => (/* binding */ requireServerPlatform)
/* harmony export */ });
/* unused harmony export modeRefusal */
/* harmony import */ var _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7507);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _settings_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6894);
/* harmony import */ var _settings_compute_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3400);
/* harmony import */ var _codedeploy_release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7627);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
// Which CodeDeploy compute platform a release goes to is the application's to say (GetApplication's
// computePlatform), not the inputs'. The inputs that do not apply to it are refused by name, so a
// workflow written for ECS never silently uploads a bundle to an EC2 group, and the reverse.






const LABEL = { Server: 'EC2/on-premises', ECS: 'Amazon ECS', Lambda: 'AWS Lambda' };
function platformLabel(p) {
    return LABEL[p];
}
async function detectPlatform(client, application, signal) {
    try {
        const out = await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_5__/* .GetApplicationCommand */ .eOh({ applicationName: application }), { abortSignal: signal });
        const p = out.application?.computePlatform;
        return p === 'ECS' || p === 'Lambda' ? p : 'Server';
    }
    catch (err) {
        if (err.name === 'ApplicationDoesNotExistException') {
            throw new _codedeploy_release_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2(`CodeDeploy application '${application}' does not exist in this region: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorText */ .kc)(err)}`);
        }
        throw err;
    }
}
/** `mode: redeploy` and previews release S3 revisions to EC2/on-premises groups; refuse them by name for ECS and Lambda. */
async function requireServerPlatform(client, application, mode, signal) {
    const platform = await detectPlatform(client, application, signal);
    if (platform !== 'Server')
        throw new _settings_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Mode, modeRefusal(platform, application, mode));
}
function modeRefusal(platform, application, mode) {
    return (`Input 'mode: ${mode}' does not apply here: application '${application}' deploys to ${LABEL[platform]}, and ${mode} releases ` +
        `S3 revisions to EC2/on-premises deployment groups. Use mode: deploy (the default) for ${LABEL[platform]}.`);
}
/**
 * One InputError naming the first input that does not apply to the application's platform, or the
 * one it needs and lacks (pure).
 */
function checkInputs(platform, g) {
    const where = `application '${g.application}' deploys to ${LABEL[platform]}`;
    const refuse = (input, why) => {
        throw new _settings_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `Input '${input}' does not apply here: ${where}${why}. Remove it from the step.`);
    };
    const c = g.compute;
    if (platform === 'Server') {
        if (c.kind === 'ecs')
            refuse(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TaskDefinition, ' (task definitions are for ECS applications)');
        if (c.kind === 'lambda')
            refuse(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.FunctionName, ' (functions and aliases are for Lambda applications)');
        if (c.appspec)
            refuse(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Appspec, `; the appspec.yml at the root of '${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Path}' is used`);
        return;
    }
    const needs = platform === 'ECS' ? _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TaskDefinition : _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.FunctionName;
    const other = platform === 'ECS' ? _settings_compute_js__WEBPACK_IMPORTED_MODULE_2__/* .LAMBDA_INPUTS */ .uh : _settings_compute_js__WEBPACK_IMPORTED_MODULE_2__/* .ECS_INPUTS */ .Sb;
    if (c.kind !== 'server' && c.kind !== (platform === 'ECS' ? 'ecs' : 'lambda'))
        refuse(other[0], '');
    if (g.s3Bucket)
        refuse(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.S3Bucket, ' (its revision is AppSpec content; nothing is uploaded)');
    if (g.fileExistsBehavior)
        refuse(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.FileExistsBehavior, ' (no files are copied to instances)');
    if (g.ignoreApplicationStopFailures)
        refuse(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.IgnoreApplicationStopFailures, ' (there is no ApplicationStop event)');
    if (c.kind === 'server') {
        throw new _settings_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(needs, platform === 'ECS'
            ? `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.TaskDefinition}' is required: ${where}. Give a task definition JSON file or the ARN of a registered revision.`
            : `Inputs '${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.FunctionName}' and '${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Alias}' are required: ${where}. Give the function and the alias CodeDeploy shifts traffic on.`);
    }
}


/***/ })

};
