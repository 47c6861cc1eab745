export const id = 424;
export const ids = [424];
export const modules = {

/***/ 6076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UU: () => (/* binding */ createClient)
});

// UNUSED EXPORTS: CONNECTION_TIMEOUT_MS, REQUEST_TIMEOUT_MS, SOCKET_TIMEOUT_MS, clientConfig, handlerTimeouts

;// CONCATENATED MODULE: ./src/version.ts
// Kept equal to package.json's version (a unit test checks it); used in --version and the user agent.
const VERSION = '0.1.0';

// EXTERNAL MODULE: ./src/aws/proxy.ts
var proxy = __webpack_require__(1373);
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
    // HTTPS_PROXY / HTTP_PROXY / NO_PROXY: the SDK reads none of them (proxy.ts).
    const agents = await (0,proxy/* sdkProxyAgents */.jU)(process.env);
    if (agents)
        Object.assign(config.requestHandler, agents);
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
        case 'cloudwatch': {
            const { CloudWatchClient } = await __webpack_require__.e(/* import() */ 85).then(__webpack_require__.t.bind(__webpack_require__, 4085, 19));
            return new CloudWatchClient(config);
        }
        case 'ecs': {
            const { ECSClient } = await __webpack_require__.e(/* import() */ 212).then(__webpack_require__.t.bind(__webpack_require__, 212, 19));
            return new ECSClient(config);
        }
        case 'lambda': {
            const { LambdaClient } = await __webpack_require__.e(/* import() */ 696).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
            return new LambdaClient(config);
        }
        default:
            throw new Error(`Unknown AWS client kind: ${String(kind)}`);
    }
}


/***/ }),

/***/ 7424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  settleCodeDeploy: () => (/* binding */ settleCodeDeploy)
});

// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
;// CONCATENATED MODULE: ./src/codedeploy/console.ts
// Console links printed before waiting, so a person can follow along in AWS.
function consoleUrl(region, deploymentId) {
    return `https://${region}.console.aws.amazon.com/codesuite/codedeploy/deployments/${encodeURIComponent(deploymentId)}?region=${region}`;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-cjs/index.js
var dist_cjs = __webpack_require__(7507);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/codedeploy/release.ts
// Register the uploaded revision and start exactly one deployment for it.
//
// CreateDeployment has no idempotency token, so a retried call after a lost response would
// start a second deployment. We tag the description with a run token, never let the SDK
// retry CreateDeployment on its own, and before every retry look for a deployment carrying
// the token.



const ACTIVE_STATUSES = (/* unused pure expression or super */ null && (['Created', 'Queued', 'InProgress', 'Ready', 'Baking']));
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
        await client.send(new RegisterApplicationRevisionCommand({
            applicationName: r.application,
            revision: revisionLocation(r),
            description: r.description.slice(0, 1000),
        }), { abortSignal: signal });
    }
    catch (err) {
        throw new ReleaseError(`Could not register the revision s3://${r.bucket}/${r.key} with application '${r.application}': ${errorText(err)}`);
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
            throw new AbortedError();
        if (settle)
            await settleActive(client, req, policy, clock, signal);
        settle = false;
        try {
            const out = await create.send(new CreateDeploymentCommand({
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
                throw new AbortedError();
            const name = err.name ?? '';
            if (name === 'DeploymentLimitExceededException') {
                // Another deployment got in first (two pushes racing): apply the policy again.
                settle = true;
                continue;
            }
            if (!isRetryable(err) || attempt >= MAX_CREATE_ATTEMPTS) {
                throw new ReleaseError(`Could not create the CodeDeploy deployment for group '${req.deploymentGroup}': ${errorText(err)}`);
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
            await clock.sleep(nextDelay(250, attempt), signal);
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
        const info = await release_getDeployment(client, active[0], signal);
        const who = startedBy(info);
        if (policy.onActive === 'fail') {
            throw new ReleaseError(`Deployment group '${req.deploymentGroup}' already has an active deployment ${info.deploymentId} (${info.status}, started by ${who}). ` +
                `Set on-active-deployment: wait to queue behind it, or stop to replace it.`);
        }
        if (policy.onActive === 'stop') {
            policy.log(`Stopping the active deployment ${info.deploymentId} (started by ${who}) as on-active-deployment: stop asks.`);
            try {
                await client.send(new StopDeploymentCommand({ deploymentId: info.deploymentId, autoRollbackEnabled: false }), {
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
        await clock.sleep(nextDelay(policy.pollMs, 0), signal);
    }
}
async function listActive(client, application, group, signal) {
    const ids = [];
    let nextToken;
    do {
        const out = await client.send(new ListDeploymentsCommand({
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
    const out = await client.send(new dist_cjs/* ListDeploymentsCommand */.sr8({
        applicationName: req.application,
        deploymentGroupName: req.deploymentGroup,
        createTimeRange: { start: new Date(since) },
    }), { abortSignal: signal });
    for (const id of out.deployments ?? []) {
        const info = await release_getDeployment(client, id, signal);
        if (info.description?.includes(`[${token}]`))
            return id;
    }
    return undefined;
}
async function release_getDeployment(client, deploymentId, signal) {
    const out = await client.send(new dist_cjs/* GetDeploymentCommand */.Tvn({ deploymentId }), { abortSignal: signal });
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

// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(9378);
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
            throw new AbortedError();
        let status;
        try {
            // Each call may take at most what is left until the deadline.
            status = await poller.poll(deadlineSignal(opts.signal, opts.deadline - opts.clock.now()));
            if (failures > 0)
                opts.log(`CodeDeploy answers again after ${failures} failed poll${failures > 1 ? 's' : ''}.`);
            failures = 0;
        }
        catch (err) {
            if (opts.signal?.aborted)
                throw new AbortedError();
            if (opts.clock.now() >= opts.deadline)
                return result({ waitingForReady: false, timedOut: true });
            // Only a definite refusal ends the watch; a flaky network or a failing service is waited out.
            if (!isTransientAwsError(err))
                throw err;
            if (failures++ === 0)
                opts.log(`Could not read deployment ${deploymentId} (${briefAwsError(err)}); retrying until the timeout. The deployment is not affected.`);
            await opts.clock.sleep(Math.min(nextDelay(opts.pollMs, failures), Math.max(1, opts.deadline - opts.clock.now())), opts.signal);
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
        await opts.clock.sleep(Math.min(nextDelay(pollDelay(opts.pollMs, polls++), 0), Math.max(1, opts.deadline - opts.clock.now())), opts.signal);
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
        const info = await getDeployment(this.client, deploymentId, signal);
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
            await this.client.send(new ContinueDeploymentCommand({ deploymentId, deploymentWaitType: 'READY_WAIT' }), { abortSignal: signal });
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
        const out = await client.send(new ListDeploymentTargetsCommand({ deploymentId, nextToken, targetFilters: statuses ? { TargetStatus: statuses } : undefined }), { abortSignal: signal });
        ids.push(...(out.targetIds ?? []));
        nextToken = out.nextToken;
    } while (nextToken);
    const batches = [];
    for (let i = 0; i < ids.length; i += 25)
        batches.push(ids.slice(i, i + 25));
    const results = await Promise.all(batches.map(async (targetIds) => {
        count('BatchGetDeploymentTargets');
        const out = await client.send(new BatchGetDeploymentTargetsCommand({ deploymentId, targetIds }), { abortSignal: signal });
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

;// CONCATENATED MODULE: ./src/post/codedeploy.ts




/** Status of the deployment, or undefined when CodeDeploy could not be read within the budget. */
async function statusOf(client, id, budget) {
    try {
        return (await release_getDeployment(client, id, budget.signal())).status;
    }
    catch {
        return undefined;
    }
}
async function resolveId(client, f, budget, report) {
    if (f.id)
        return f.id;
    if (!f.token || !f.application || !f.group)
        return undefined;
    const id = await findByToken(client, { application: f.application, deploymentGroup: f.group }, f.token, (f.since ?? Date.now()) - 60_000, budget.signal());
    if (id)
        report.info(`The run was cancelled while CreateDeployment was in flight; found the deployment it started by its token: ${id}.`);
    return id;
}
async function settleCodeDeploy(f, decision, budget, report, pollMs = 1000) {
    const client = await (0,clients/* createClient */.UU)('codedeploy', { region: f.region, maxAttempts: 2 });
    const id = await resolveId(client, f, budget, report);
    if (!id) {
        report.info(`No deployment carries this run's token (${f.token ?? '?'}): none was started; nothing to stop.`);
        return;
    }
    const status = await statusOf(client, id, budget);
    if (status && TERMINAL.has(status)) {
        report.info(`Deployment ${id} already ended (${status}); nothing to stop.`);
        return;
    }
    const now = status ? ` (${status})` : '';
    if (decision.act === 'leave') {
        report.warning(decision.why === 'on-cancel'
            ? `The run ended while deployment ${id} was still running${now}; on-cancel: leave keeps it running: ${consoleUrl(f.region, id)}`
            : `hookline stopped following deployment ${id} because of its own error (see the main step), not because the run was cancelled: ` +
                `the deployment is left running${now}. Follow it at ${consoleUrl(f.region, id)}`, { title: 'Deployment left running' });
        return;
    }
    await stop(client, id, decision.why, budget, report, Math.min(2000, Math.max(10, pollMs)));
}
async function stop(client, id, why, budget, report, pollMs) {
    const { StopDeploymentCommand } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7507, 19));
    try {
        await client.send(new StopDeploymentCommand({ deploymentId: id, autoRollbackEnabled: true }), { abortSignal: budget.signal() });
    }
    catch (err) {
        if (err.name === 'DeploymentAlreadyCompletedException') {
            report.info(`Deployment ${id} completed before it could be stopped.`);
            return;
        }
        throw err;
    }
    // Stopping takes a moment; wait (within the budget) so the line below tells the truth.
    let status;
    while (budget.remaining() > pollMs) {
        await new Promise((r) => setTimeout(r, pollMs));
        status = await statusOf(client, id, budget);
        if (status && TERMINAL.has(status))
            break;
    }
    const reason = why === 'cancelled' ? 'The run was cancelled' : 'The deployment did not finish within the timeout (on-cancel: stop)';
    report.warning(status === 'Stopped'
        ? `${reason}: stopped deployment ${id}, with auto-rollback.`
        : `${reason}: asked CodeDeploy to stop deployment ${id}; it is ${status ?? 'in an unknown state (CodeDeploy did not answer)'}.`, { title: 'Deployment stopped' });
}


/***/ })

};
