export const id = 353;
export const ids = [353,734];
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

/***/ 6171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ isTerminalFailure)
/* harmony export */ });
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

/***/ 6347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseCodeDeploy: () => (/* binding */ releaseCodeDeploy)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/in-flight.ts
var in_flight = __webpack_require__(1839);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
// EXTERNAL MODULE: ./src/codedeploy/release.ts
var release = __webpack_require__(7627);
// EXTERNAL MODULE: ./src/codedeploy/watch.ts
var watch = __webpack_require__(7709);
// EXTERNAL MODULE: ./src/codedeploy/console.ts
var console = __webpack_require__(4863);
// EXTERNAL MODULE: ./src/diagnose/index.ts + 12 modules
var diagnose = __webpack_require__(5165);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/report/deployment-table.ts

const ICON = { Succeeded: '✅', Failed: '❌', Skipped: '⏭️', InProgress: '⏳', Pending: '·', Unknown: '?' };
function seconds(start, end) {
    if (!start || !end)
        return '';
    const s = (new Date(end).getTime() - new Date(start).getTime()) / 1000;
    return s >= 0 ? ` ${s < 10 ? s.toFixed(1) : Math.round(s)}s` : '';
}
const escapeCell = summary/* tableCell */.xR;
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

// EXTERNAL MODULE: ./src/flows/revision.ts + 2 modules
var revision = __webpack_require__(209);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/flows/codedeploy.ts













const NO_FILES = { files: new Map(), modes: new Map() };
async function releaseCodeDeploy(s, ctx, deps, given) {
    const { clock, signal, timings, report } = deps;
    const deadline = clock.now() + s.timeoutMs;
    const rev = given
        ? undefined
        : await (0,revision/* prepareRevision */.T)(s, ctx, { kind: 'codedeploy', signal, timings, report });
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
    const token = `hookline-${ctx.runId}-${ctx.runAttempt}-${revisionKey}`;
    const deploymentId = await timings.measure(location ? 'Register and create deployment' : 'Create deployment', async () => {
        if (location)
            await (0,release/* registerRevision */.RE)(client, location, signal);
        // The intent is recorded before CreateDeployment is sent: a cancel while it is in flight
        // still lets the post step find the deployment by its token and stop it.
        (0,in_flight/* saveInFlight */.$Z)(report, {
            service: 'codedeploy',
            region: s.region,
            token,
            application: s.application,
            group: s.deploymentGroup,
            since: Date.now(),
        });
        return report.group('Create deployment', () => (0,release/* startDeployment */.i4)(client, createOnce, {
            application: s.application,
            deploymentGroup: s.deploymentGroup,
            revision: location ? (0,release/* revisionLocation */.bI)(location) : given.revision,
            deploymentConfig: s.deploymentConfig,
            description,
            token,
            fileExistsBehavior: s.fileExistsBehavior,
            ignoreApplicationStopFailures: s.ignoreApplicationStopFailures,
            autoRollback: s.autoRollback,
        }, { onActive: s.onActiveDeployment, deadline, pollMs: s.pollIntervalMs, log: report.log }, clock, signal).catch((err) => {
            // Refused or failed to start: nothing is in flight (a cancel keeps the intent for the post step).
            if (!(err instanceof time/* AbortedError */.oM))
                (0,in_flight/* saveInFlight */.$Z)(report, undefined);
            throw err;
        }));
    });
    (0,in_flight/* saveInFlight */.$Z)(report, {
        service: 'codedeploy',
        region: s.region,
        id: deploymentId,
        token,
        application: s.application,
        group: s.deploymentGroup,
    });
    report.setOutput(constants/* Outputs */.tY.DeploymentId, deploymentId);
    report.info(`Deployment ${deploymentId} created: ${(0,console/* consoleUrl */.B)(s.region, deploymentId)}`);
    let watched;
    try {
        watched = await timings.measure('Deployment', () => report.group(`Watch deployment ${deploymentId}`, () => (0,watch/* watchDeployment */.Jh)(client, deploymentId, {
            pollMs: s.pollIntervalMs,
            deadline,
            continueBlueGreen: s.continueBlueGreen,
            log: report.log,
            clock,
            signal,
        })));
    }
    catch (err) {
        if (err instanceof time/* AbortedError */.oM) {
            throw new time/* AbortedError */.oM(`Cancelled while deployment ${deploymentId} was running; the post step ${s.onCancel === 'stop' ? 'stops it' : 'leaves it running (on-cancel: leave)'}.`);
        }
        throw err;
    }
    if (watched.timedOut) {
        report.setOutput(constants/* Outputs */.tY.Status, watched.info.status ?? 'Unknown');
        throw new errors/* DeploymentTimedOut */.NZ(`Deployment ${deploymentId} did not finish within the timeout (${Math.round(s.timeoutMs / 1000)}s); it is ${watched.info.status ?? 'in an unknown state (CodeDeploy did not answer)'}. ` +
            `The post step ${s.onCancel === 'stop' ? 'stops it' : 'leaves it running'}.`);
    }
    // Ended, or deliberately left waiting for traffic rerouting: nothing for the post step to stop.
    (0,in_flight/* saveInFlight */.$Z)(report, undefined);
    // Re-read the end state: a rollback may have been started on our behalf.
    const info = await (0,release/* getDeployment */.i8)(client, deploymentId, signal);
    const rollbackId = info.rollbackInfo?.rollbackDeploymentId;
    let rollback;
    if (rollbackId) {
        report.info(`CodeDeploy started rollback deployment ${rollbackId}; following it.`);
        const r = await (0,watch/* watchDeployment */.Jh)(client, rollbackId, {
            pollMs: s.pollIntervalMs,
            deadline,
            continueBlueGreen: true,
            log: report.log,
            clock,
            signal,
        });
        rollback = r.info;
    }
    const targets = [...watched.targets.values()];
    const failedIds = targets.filter((t) => (0,watch/* targetOf */.$r)(t)?.status === 'Failed').map((t) => (0,watch/* targetOf */.$r)(t)?.targetId ?? '');
    report.setOutput(constants/* Outputs */.tY.Status, watched.waitingForReady ? 'Ready' : (info.status ?? 'Unknown'));
    report.setOutput(constants/* Outputs */.tY.FailedInstances, failedIds.join(','));
    const summary = report.summary.addHeading(`hookline · CodeDeploy ${s.application}/${s.deploymentGroup}`, 2);
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
    const total = (0,watch/* fleetSize */.oE)(info);
    if (table)
        summary.addRaw(table + '\n\n');
    if (targets.length < total) {
        const o = info.deploymentOverview ?? {};
        const counts = ['Succeeded', 'Failed', 'Skipped', 'InProgress', 'Pending'].filter((k) => o[k]).map((k) => `${k} ${o[k]}`);
        summary.addRaw(`_${targets.length} of ${total} instances listed (large fleets list the failed ones). All instances: ${counts.join(' · ')}._\n\n`);
    }
    if (watched.waitingForReady) {
        report.notice(`Deployment ${deploymentId} is Ready: the replacement instances wait for traffic to be rerouted. ` +
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
    const facts = {
        service: 'codedeploy',
        deployment: info,
        targets: failedTargets,
    };
    const diagnoses = (0,diagnose/* diagnose */.h4)(facts, rev?.files ?? NO_FILES).map((d) => succeeded && d.severity === 'error' ? { ...d, severity: 'warning' } : d);
    report.diagnoses(diagnoses, rev ? rev.annotationRoot : null, summary);
    await summary.write();
    if (succeeded)
        return;
    const err = info.errorInformation;
    throw new errors/* DeploymentFailed */.Nr(`Deployment ${deploymentId} ${info.status === 'Stopped' ? 'was stopped' : 'failed'}` +
        `${err?.code ? ` (${err.code})` : ''}${err?.message ? `: ${err.message}` : ''}` +
        `${failedIds.length ? ` — failed on ${failedIds.length} instance${failedIds.length > 1 ? 's' : ''}` : ''}` +
        `${rollback ? `; rollback ${rollback.deploymentId} ${rollback.status}` : ''}.`);
}
/** The failed targets with their lifecycle diagnostics, reusing what the watcher already read. */
async function gatherFailedTargets(client, deploymentId, known, signal) {
    const failed = known.filter((t) => (0,watch/* targetOf */.$r)(t)?.status === 'Failed');
    if (failed.length > 0)
        return failed;
    return (0,watch/* readTargets */.R0)(client, deploymentId, () => undefined, signal, ['Failed']);
}


/***/ })

};
