export const id = 901;
export const ids = [901];
export const modules = {

/***/ 6076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createClient: () => (/* binding */ createClient)
});

// UNUSED EXPORTS: CONNECTION_TIMEOUT_MS, REQUEST_TIMEOUT_MS, SOCKET_TIMEOUT_MS, clientConfig, handlerTimeouts

;// CONCATENATED MODULE: ./src/version.ts
// Kept equal to package.json's version (a unit test checks it); used in --version and the user agent.
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/aws/clients.ts

/**
 * Every request is bounded: 5 s to connect, 30 s of silence on the socket, and for the API
 * services 30 s for the whole answer (throwOnRequestTimeout: the SDK only warns without it).
 * S3 gets no whole-request bound because a large part may take minutes on a slow link; its
 * socket inactivity bound still ends a hung or stalled transfer.
 */
const CONNECTION_TIMEOUT_MS = 5_000;
const SOCKET_TIMEOUT_MS = 30_000;
const REQUEST_TIMEOUT_MS = 30_000;
/** The timeouts of one client kind's HTTP handler (plain options: the SDK builds its NodeHttpHandler from them). */
function handlerTimeouts(kind) {
    return {
        connectionTimeout: CONNECTION_TIMEOUT_MS,
        socketTimeout: SOCKET_TIMEOUT_MS,
        ...(kind === 's3' ? {} : { requestTimeout: REQUEST_TIMEOUT_MS }),
        throwOnRequestTimeout: true,
    };
}
/** The SDK client configuration every kind shares (exported for tests and the CLI's --debug). */
function clientConfig(opts = {}, kind = 'codedeploy') {
    const customUserAgent = [['hookline', VERSION]];
    if (opts.userAgent)
        customUserAgent.push([opts.userAgent, '']);
    const config = {
        maxAttempts: Math.max(1, Math.floor(opts.maxAttempts ?? 5)),
        retryMode: opts.retryMode ?? 'standard',
        customUserAgent,
        requestHandler: handlerTimeouts(kind),
    };
    if (opts.region)
        config.region = opts.region;
    return config;
}
/** A client for `kind`, loading only that SDK package. */
async function createClient(kind, opts = {}) {
    const config = clientConfig(opts, kind);
    switch (kind) {
        case 's3': {
            const { S3Client } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
            return new S3Client(config);
        }
        case 'codedeploy': {
            const { CodeDeployClient } = await __webpack_require__.e(/* import() */ 507).then(__webpack_require__.t.bind(__webpack_require__, 7507, 19));
            return new CodeDeployClient(config);
        }
        case 'beanstalk': {
            const { ElasticBeanstalkClient } = await __webpack_require__.e(/* import() */ 114).then(__webpack_require__.t.bind(__webpack_require__, 6114, 19));
            return new ElasticBeanstalkClient(config);
        }
        default:
            throw new Error(`Unknown AWS client kind: ${String(kind)}`);
    }
}


/***/ }),

/***/ 7969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ deadlineSignal)
/* harmony export */ });
// Every AWS call made while waiting is bounded by the step's deadline, not only by the client's
// request timeout: a call started 2 s before the deadline may take at most 2 s. Whether a cut-off
// call was a cancel or the deadline is told by the caller (its own signal, its own clock).
/**
 * A signal that aborts when `signal` does (a cancelled run) or `remainingMs` from now (the
 * deadline), whichever is first. AbortSignal.timeout's timer never keeps the process alive.
 */
function deadlineSignal(signal, remainingMs) {
    const timeout = AbortSignal.timeout(Math.max(1, Math.ceil(remainingMs)));
    return signal ? AbortSignal.any([signal, timeout]) : timeout;
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
/* harmony export */   ff: () => (/* binding */ TERMINAL),
/* harmony export */   oE: () => (/* binding */ fleetSize)
/* harmony export */ });
/* unused harmony exports FIRST_POLL_MS, pollDelay, targetId, progressLines */
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
        if (opts.clock.now() >= opts.deadline)
            return result({ waitingForReady: false, timedOut: true });
        await opts.clock.sleep(Math.min((0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .nextDelay */ .rM)(pollDelay(opts.pollMs, polls++), 0), Math.max(1, opts.deadline - opts.clock.now())), opts.signal);
    }
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
        if (overview !== this.lastOverview || (TERMINAL.has(status) && status !== this.lastStatus)) {
            // Large fleets print only failures, so only failed targets are read (1,000 targets cost 50 calls).
            const large = fleetSize(info) > DETAIL_LIMIT;
            const fresh = await readTargets(this.client, deploymentId, this.count, signal, large ? ['Failed'] : undefined);
            for (const line of progressLines(this.targets, fresh, info))
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

/***/ 7901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cleanupCodeDeploy: () => (/* binding */ cleanupCodeDeploy),
  previewCodeDeploy: () => (/* binding */ previewCodeDeploy)
});

// UNUSED EXPORTS: codeDeployPreviewName

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/github/preview-name.ts
var preview_name = __webpack_require__(6699);
// EXTERNAL MODULE: ./src/github/deployments.ts
var deployments = __webpack_require__(6887);
// EXTERNAL MODULE: ./src/github/comment.ts + 2 modules
var comment = __webpack_require__(2746);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
// EXTERNAL MODULE: ./src/codedeploy/console.ts
var console = __webpack_require__(4863);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-cjs/index.js
var dist_cjs = __webpack_require__(7507);
// EXTERNAL MODULE: ./src/codedeploy/release.ts
var release = __webpack_require__(7627);
// EXTERNAL MODULE: ./src/codedeploy/watch.ts
var watch = __webpack_require__(7709);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
;// CONCATENATED MODULE: ./src/codedeploy/preview-group.ts
// A pull request's CodeDeploy deployment group: used when it exists, else created with a
// template group's settings (role, configuration, instance selection, style, load balancer,
// rollback, alarms, triggers); deleted on cleanup. Errors are told apart by name only.





const errorName = (err) => err?.name ?? '';
const nonEmpty = (xs) => (xs && xs.length ? xs : undefined);
/** The CreateDeploymentGroup input that copies `template` under `name` (pure). */
function copyGroupInput(template, application, name) {
    // The API refuses tag filters and a tag set together; GetDeploymentGroup may return an empty list beside a set.
    const ec2TagSet = nonEmpty(template.ec2TagSet?.ec2TagSetList) ? template.ec2TagSet : undefined;
    const onPremisesTagSet = nonEmpty(template.onPremisesTagSet?.onPremisesTagSetList) ? template.onPremisesTagSet : undefined;
    const input = {
        applicationName: application,
        deploymentGroupName: name,
        serviceRoleArn: template.serviceRoleArn,
        deploymentConfigName: template.deploymentConfigName,
        ec2TagFilters: ec2TagSet ? undefined : nonEmpty(template.ec2TagFilters),
        ec2TagSet,
        onPremisesInstanceTagFilters: onPremisesTagSet ? undefined : nonEmpty(template.onPremisesInstanceTagFilters),
        onPremisesTagSet,
        autoScalingGroups: nonEmpty(template.autoScalingGroups?.map((g) => g.name ?? '').filter(Boolean)),
        deploymentStyle: template.deploymentStyle,
        blueGreenDeploymentConfiguration: template.blueGreenDeploymentConfiguration,
        loadBalancerInfo: template.loadBalancerInfo,
        autoRollbackConfiguration: template.autoRollbackConfiguration,
        alarmConfiguration: template.alarmConfiguration,
        triggerConfigurations: nonEmpty(template.triggerConfigurations),
        outdatedInstancesStrategy: template.outdatedInstancesStrategy,
        terminationHookEnabled: template.terminationHookEnabled,
    };
    for (const k of Object.keys(input))
        if (input[k] === undefined)
            delete input[k];
    return input;
}
async function getGroup(client, application, name, signal) {
    try {
        const out = await client.send(new dist_cjs/* GetDeploymentGroupCommand */.WOp({ applicationName: application, deploymentGroupName: name }), {
            abortSignal: signal,
        });
        return out.deploymentGroupInfo;
    }
    catch (err) {
        if (signal?.aborted)
            throw new time/* AbortedError */.oM();
        if (errorName(err) === 'DeploymentGroupDoesNotExistException')
            return undefined;
        throw new release/* ReleaseError */.K2(`Could not read deployment group '${name}' of application '${application}': ${(0,errors/* errorText */.kc)(err)}`);
    }
}
/** The instances a group selects, normalised for comparison (pure); '' when it selects none. */
function instanceSelection(g) {
    const filters = (xs) => (xs ?? []).map((f) => `${f.Type ?? ''}:${f.Key ?? ''}=${f.Value ?? ''}`).sort();
    const parts = {
        ec2: filters(g.ec2TagFilters),
        ec2Set: (g.ec2TagSet?.ec2TagSetList ?? []).map((l) => filters(l).join('&')).sort(),
        onPrem: filters(g.onPremisesInstanceTagFilters),
        onPremSet: (g.onPremisesTagSet?.onPremisesTagSetList ?? []).map((l) => filters(l).join('&')).sort(),
        asg: [...(g.autoScalingGroups ?? [])].sort(),
    };
    return Object.values(parts).some((p) => p.length) ? JSON.stringify(parts) : '';
}
/** The CreateDeploymentGroup input for a preview: the template's settings, with this pull request's instance tags. */
function previewGroupInput(template, application, name, instanceTags) {
    const input = copyGroupInput(template, application, name);
    if (instanceTags.length === 0)
        return input;
    const filters = instanceTags.map((t) => ({ Key: t.key, Value: t.value, Type: 'KEY_AND_VALUE' }));
    delete input.ec2TagSet;
    return { ...input, ec2TagFilters: filters };
}
/** The preview group, created from the template's settings when missing; never selecting production's instances. */
async function ensurePreviewGroup(client, application, name, o) {
    const { template, log, signal } = o;
    const existing = await getGroup(client, application, name, signal);
    if (existing)
        return { created: false, group: existing };
    if (!template)
        throw new release/* ReleaseError */.K2(`Creating the preview deployment group '${name}' needs preview-template-group: a deployment group whose settings and instances are meant for previews. ` +
            `hookline never copies deployment-group${o.production ? ` '${o.production}'` : ''} by default: a pull request's code would be deployed onto its instances.`);
    if (name === template)
        throw new release/* ReleaseError */.K2(`The preview deployment group '${name}' would be the template group itself; set preview-name so that it differs from '${template}'.`);
    const tpl = await getGroup(client, application, template, signal);
    if (!tpl)
        throw new release/* ReleaseError */.K2(`The preview template deployment group '${template}' was not found in application '${application}' (set preview-template-group).`);
    const input = previewGroupInput(tpl, application, name, o.instanceTags);
    const production = o.production && o.production !== name ? await getGroup(client, application, o.production, signal) : undefined;
    const selection = instanceSelection(input);
    if (production && selection && selection === instanceSelection(copyGroupInput(production, application, o.production))) {
        throw new release/* ReleaseError */.K2(`The preview deployment group '${name}' would select the same instances as deployment-group '${o.production}' (copied from '${template}'): ` +
            `a pull request's code would be deployed onto them. Set preview-instance-tags (for example Preview=pr-{number}) so each pull request targets its own instances, ` +
            `or a preview-template-group that selects other instances.`);
    }
    log(`Creating deployment group ${name} with the settings of ${template}${o.instanceTags.length ? `, on instances tagged ${o.instanceTags.map((t) => `${t.key}=${t.value}`).join(', ')}` : ''}.`);
    try {
        await client.send(new dist_cjs/* CreateDeploymentGroupCommand */.YqN(input), { abortSignal: signal });
    }
    catch (err) {
        if (signal?.aborted)
            throw new time/* AbortedError */.oM();
        // Another run of the same pull request made it first: use that one.
        if (errorName(err) !== 'DeploymentGroupAlreadyExistsException')
            throw new release/* ReleaseError */.K2(`Could not create the preview deployment group ${name}: ${(0,errors/* errorText */.kc)(err)}`);
        log(`${name} was created meanwhile (another run); using it.`);
        const raced = await getGroup(client, application, name, signal);
        if (raced)
            return { created: false, group: raced };
    }
    const group = await getGroup(client, application, name, signal);
    if (!group)
        throw new release/* ReleaseError */.K2(`The preview deployment group ${name} was created but cannot be read back.`);
    return { created: true, group };
}
/** Stops every deployment still running on the preview group and waits (until `deadline`) for them to end. */
async function stopActiveDeployments(client, application, name, o) {
    const active = await (0,release/* listActive */.dH)(client, application, name, o.signal);
    for (const id of active) {
        o.log(`Stopping deployment ${id}, still running on ${name}, before deleting the group.`);
        try {
            await client.send(new dist_cjs/* StopDeploymentCommand */.NzN({ deploymentId: id, autoRollbackEnabled: false }), { abortSignal: o.signal });
        }
        catch (err) {
            if (o.signal?.aborted)
                throw new time/* AbortedError */.oM();
            if (errorName(err) !== 'DeploymentAlreadyCompletedException')
                throw new release/* ReleaseError */.K2(`Could not stop deployment ${id} on ${name}: ${(0,errors/* errorText */.kc)(err)}`);
        }
    }
    for (const id of active) {
        while (!watch/* TERMINAL */.ff.has((await (0,release/* getDeployment */.i8)(client, id, o.signal)).status ?? '') && o.clock.now() < o.deadline)
            await o.clock.sleep(Math.min(o.pollMs, 2000), o.signal);
    }
    return active;
}
/** Deletes the preview group; 'gone' when there was none. */
async function deletePreviewGroup(client, application, name, signal) {
    if (!(await getGroup(client, application, name, signal)))
        return 'gone';
    try {
        await client.send(new dist_cjs/* DeleteDeploymentGroupCommand */.THt({ applicationName: application, deploymentGroupName: name }), {
            abortSignal: signal,
        });
    }
    catch (err) {
        if (signal?.aborted)
            throw new time/* AbortedError */.oM();
        if (errorName(err) === 'DeploymentGroupDoesNotExistException' || errorName(err) === 'ApplicationDoesNotExistException')
            return 'gone';
        throw new release/* ReleaseError */.K2(`Could not delete the preview deployment group ${name}: ${(0,errors/* errorText */.kc)(err)}`);
    }
    return 'deleted';
}

// EXTERNAL MODULE: ./src/flows/tracked.ts
var tracked = __webpack_require__(3079);
// EXTERNAL MODULE: ./src/flows/preview-comment.ts
var preview_comment = __webpack_require__(9317);
;// CONCATENATED MODULE: ./src/flows/preview-codedeploy.ts










function codeDeployPreviewName(s, pr) {
    return (0,preview_name/* previewName */.gz)(s.preview.nameTemplate, { number: pr.number, application: s.application, group: s.deploymentGroup, branch: pr.headRef }, preview_name/* CODEDEPLOY_GROUP_NAME */.fi);
}
/** The deployment the group last attempted (this run's, once released), and its console page. */
async function lastDeployment(client, s, group, signal) {
    try {
        const out = await client.send(new dist_cjs/* GetDeploymentGroupCommand */.WOp({ applicationName: s.application, deploymentGroupName: group }), {
            abortSignal: signal,
        });
        const id = out.deploymentGroupInfo?.lastAttemptedDeployment?.deploymentId;
        return id ? { id, url: (0,console/* consoleUrl */.B)(s.region, id) } : undefined;
    }
    catch {
        return undefined;
    }
}
async function previewCodeDeploy(s, ctx, deps, pr, api) {
    const { report } = deps;
    const name = codeDeployPreviewName(s, pr);
    const template = s.preview.templateGroup;
    report.setOutput(constants/* Outputs */.tY.PreviewEnvironment, name);
    report.info(`Pull request #${pr.number}: preview deployment group ${name} (GitHub environment ${(0,preview_name/* previewEnvironment */._s)(pr.number)}).`);
    const client = await (0,clients.createClient)('codedeploy', { region: s.region, userAgent: 'pr-preview' });
    // Revisions are keyed by the pull request (pr-<n>), as Beanstalk preview versions are.
    const prCtx = { ...ctx, ref: `pr-${pr.number}` };
    const started = deps.clock.now();
    const result = await (0,tracked.tracked)(api, (0,tracked/* previewTracking */.Q)(pr, ctx, `deployment group ${name}`), async () => {
        const made = await deps.timings.measure('Preview deployment group', () => report.group(`Preview deployment group ${name}`, () => ensurePreviewGroup(client, s.application, name, {
            template,
            production: s.deploymentGroup,
            instanceTags: s.preview.instanceTags.map((t) => ({ key: t.key, value: t.value.replaceAll('{number}', String(pr.number)) })),
            log: report.log,
            signal: deps.signal,
        })));
        report.info(made.created ? `Created ${name} from ${template}.` : `${name} exists; deploying to it.`);
        const { releaseCodeDeploy } = await Promise.all(/* import() */[__webpack_require__.e(389), __webpack_require__.e(734)]).then(__webpack_require__.bind(__webpack_require__, 6347));
        await releaseCodeDeploy({ ...s, deploymentGroup: name, timeoutMs: Math.max(1000, s.timeoutMs - (deps.clock.now() - started)) }, prCtx, deps);
    }, async () => (await lastDeployment(client, s, name, deps.signal))?.url);
    if (api) {
        const last = await lastDeployment(client, s, name, deps.signal);
        await (0,preview_comment/* commentOnPreview */.l)(api, pr, ctx, result, { target: 'codedeploy', name, url: last?.url, version: last?.id });
    }
    if (!result.ok)
        throw result.error;
}
async function cleanupCodeDeploy(s, ctx, deps, pr, api) {
    const { report } = deps;
    const name = codeDeployPreviewName(s, pr);
    report.setOutput(constants/* Outputs */.tY.PreviewEnvironment, name);
    const client = await (0,clients.createClient)('codedeploy', { region: s.region, userAgent: 'pr-preview' });
    const deadline = deps.clock.now() + s.timeoutMs;
    const outcome = await deps.timings.measure('Delete deployment group', () => report.group(`Delete ${name}`, async () => {
        // A deployment still running on the group would go on after the group is gone: stop it first.
        await stopActiveDeployments(client, s.application, name, {
            deadline,
            pollMs: s.pollIntervalMs,
            clock: deps.clock,
            log: report.log,
            signal: deps.signal,
        }).catch((err) => {
            if (err.name === 'DeploymentGroupDoesNotExistException')
                return [];
            throw err;
        });
        return deletePreviewGroup(client, s.application, name, deps.signal);
    }));
    report.info(outcome === 'gone'
        ? `Preview deployment group ${name} does not exist (already removed); nothing to delete.`
        : `Deleted the preview deployment group ${name}.`);
    report.setOutput(constants/* Outputs */.tY.Status, 'Deleted');
    if (api) {
        const n = await (0,deployments/* deactivateEnvironment */.QV)(api, (0,preview_name/* previewEnvironment */._s)(pr.number), ctx.runUrl);
        if (n)
            report.info(`Marked ${n} GitHub Deployment${n > 1 ? 's' : ''} of ${(0,preview_name/* previewEnvironment */._s)(pr.number)} inactive.`);
        await (0,comment/* upsertComment */.lB)(api, pr.number, (0,comment/* renderPreviewComment */.K2)({
            state: 'removed',
            target: 'codedeploy',
            name,
            commit: pr.headSha,
            runUrl: ctx.runUrl,
            message: `The pull request was ${pr.merged ? 'merged' : 'closed'}: ${outcome === 'gone' ? 'the deployment group was already gone' : `deleted deployment group ${name}`}.`,
        }));
    }
    const summary = report.summary.addHeading(`hookline · preview of #${pr.number} removed`, 2);
    summary.addRaw(`Deployment group \`${name}\`: ${outcome === 'gone' ? 'already gone' : 'deleted'}\n\n`);
    summary.addRaw(deps.timings.markdown() + '\n\n');
    await summary.write();
}


/***/ })

};
