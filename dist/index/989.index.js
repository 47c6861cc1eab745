export const id = 989;
export const ids = [989,608,227,171,3,384];
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

/***/ 3:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   redeployBeanstalk: () => (/* binding */ redeployBeanstalk),
/* harmony export */   redeployCodeDeploy: () => (/* binding */ redeployCodeDeploy),
/* harmony export */   redeployPreviousCodeDeploy: () => (/* binding */ redeployPreviousCodeDeploy)
/* harmony export */ });
/* unused harmony exports s3Revision, revisionUri */
/* harmony import */ var _compute_platform_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4682);
/* harmony import */ var _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(7507);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6076);
/* harmony import */ var _codedeploy_release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7627);
/* harmony import */ var _beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8558);
/* harmony import */ var _beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3232);
/* harmony import */ var _beanstalk_version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1765);
/* harmony import */ var _beanstalk_watch_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3834);
/* harmony import */ var _beanstalk_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(104);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3916);
/* harmony import */ var _in_flight_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1839);
/* harmony import */ var _beanstalk_facts_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9800);
/* harmony import */ var _beanstalk_summary_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4385);
/* harmony import */ var _diagnose_index_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1142);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(6043);
/* harmony import */ var _codedeploy_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(148);
/* harmony import */ var _bake_beanstalk_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(9408);
/* harmony import */ var _beanstalk_platform_lifecycle_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(5207);
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
    const bundleType = lower.endsWith('.zip')
        ? 'zip'
        : lower.endsWith('.tar')
            ? 'tar'
            : lower.endsWith('.tgz') || lower.endsWith('.tar.gz')
                ? 'tgz'
                : undefined;
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
    const { report } = deps;
    const client = await (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_2__.createClient)('codedeploy', { region: s.region });
    await (0,_compute_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .requireServerPlatform */ .yG)(client, s.application, 'redeploy', deps.signal);
    const wanted = s.revision ?? '';
    let revision;
    if (wanted.startsWith('d-')) {
        const info = await (0,_codedeploy_release_js__WEBPACK_IMPORTED_MODULE_3__/* .getDeployment */ .i8)(client, wanted, deps.signal).catch((err) => {
            throw new _codedeploy_release_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2(`Could not read deployment ${wanted} to redeploy its revision: ${(0,_beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorText */ .kc)(err)}`);
        });
        if (info.applicationName && info.applicationName !== s.application) {
            throw new _codedeploy_release_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2(`Deployment ${wanted} belongs to application '${info.applicationName}', not '${s.application}'.`);
        }
        revision = info.revision;
        if (!revision)
            throw new _codedeploy_release_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2(`Deployment ${wanted} records no revision to redeploy.`);
        report.info(`Redeploying the revision of ${wanted} (${info.status ?? '?'}, ${info.createTime?.toISOString() ?? 'time unknown'}): ${revisionUri(revision)}`);
    }
    else {
        revision = s3Revision(wanted);
        if (!revision)
            throw new _codedeploy_release_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2(`'${wanted}' is not an s3:// URI of a .zip, .tar or .tgz revision.`);
        report.info(`Redeploying ${wanted}.`);
    }
    await releaseGiven(s, ctx, deps, client, revision);
}
/**
 * on-bake-failure: redeploy-previous — the revision that ran before a baked deployment, released
 * again exactly as mode: redeploy releases one (no bake of its own). Says what is live after.
 */
async function redeployPreviousCodeDeploy(s, ctx, deps, revision) {
    const client = await (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_2__.createClient)('codedeploy', { region: s.region });
    const uri = revisionUri(revision);
    deps.report.info(`Redeploying the previous revision ${uri}.`);
    await releaseGiven({ ...s, mode: 'redeploy', bakeMs: 0 }, ctx, deps, client, revision);
    return `The previous revision ${uri} was released again and is live.`;
}
async function releaseGiven(s, ctx, deps, client, revision) {
    const before = await liveRevision(client, s.application, s.deploymentGroup, deps.signal);
    deps.report.info(`Live before: ${before}. Nothing is bundled or uploaded.`);
    const given = { revision, uri: revisionUri(revision), before };
    await (0,_codedeploy_js__WEBPACK_IMPORTED_MODULE_15__.releaseCodeDeploy)(s, ctx, deps, given);
}
async function liveRevision(client, application, group, signal) {
    try {
        const out = await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_18__/* .GetDeploymentGroupCommand */ .WOp({ applicationName: application, deploymentGroupName: group }), {
            abortSignal: signal,
        });
        const info = out.deploymentGroupInfo;
        if (info?.targetRevision)
            return revisionUri(info.targetRevision);
        const last = info?.lastSuccessfulDeployment?.deploymentId;
        if (!last)
            return 'nothing (no successful deployment yet)';
        return revisionUri((await (0,_codedeploy_release_js__WEBPACK_IMPORTED_MODULE_3__/* .getDeployment */ .i8)(client, last, signal)).revision);
    }
    catch (err) {
        return `unknown (${(0,_beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorText */ .kc)(err)})`;
    }
}
// ───────────────────────────── Elastic Beanstalk ─────────────────────────────
const SETTLE_MS = 3 * 60_000;
const TAIL_WAIT_MS = 2 * 60_000;
const NO_FILES = { files: new Map(), modes: new Map() };
async function redeployBeanstalk(s, ctx, deps) {
    const { clock, signal, timings, report } = deps;
    const deadline = clock.now() + s.timeoutMs;
    const client = await (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_2__.createClient)('beanstalk', { region: s.region });
    const label = s.revision ?? '';
    const target = s.environment;
    const found = await (0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .describeEnvironment */ .NE)(client, s.application, target, signal);
    const early = (0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .readyDecision */ .iH)(found, s.application, target);
    if (early.kind === 'fail')
        throw new _beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BeanstalkError */ .w1(early.message);
    await (0,_beanstalk_platform_lifecycle_js__WEBPACK_IMPORTED_MODULE_17__/* .warnPlatformLifecycle */ .g8)(client, found, report, signal);
    const version = await (0,_beanstalk_version_js__WEBPACK_IMPORTED_MODULE_6__/* .describeVersion */ .MP)(client, s.application, label, signal);
    if (!version)
        throw new _beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BeanstalkError */ .w1(`Application version '${label}' does not exist in application '${s.application}': redeploy releases an existing version.`);
    const before = found?.VersionLabel ?? 'no version';
    report.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.VersionLabel, label);
    report.info(`Redeploying version ${label} to ${target}; live before: ${before}. Nothing is bundled or uploaded.`);
    if (before === label && found?.Status === 'Ready')
        report.info(`${target} already runs ${label}; deploying it again.`);
    const log = report.log;
    const { after, cursor } = await (0,_beanstalk_js__WEBPACK_IMPORTED_MODULE_8__.updateInFlight)(client, s, target, label, { deadline, log, clock, signal, timings, report });
    report.info(`Updating ${target} to version ${label}: ${(0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .consoleUrl */ .B9)(s.region, after)}`);
    const watcher = new _beanstalk_watch_js__WEBPACK_IMPORTED_MODULE_7__/* .Watcher */ .ZV(client, { application: s.application, environment: target, label, gate: s.health }, cursor, {
        pollMs: s.pollIntervalMs,
        deadline,
        settleMs: SETTLE_MS,
        log,
        clock,
        signal,
    });
    const watched = await timings
        .measure('Deploy', () => report.group(`Watch ${target}`, () => watcher.run()))
        .catch((err) => {
        if (err instanceof _util_time_js__WEBPACK_IMPORTED_MODULE_14__/* .AbortedError */ .oM)
            throw new _util_time_js__WEBPACK_IMPORTED_MODULE_14__/* .AbortedError */ .oM(`Cancelled while environment ${target} was being updated to ${label}.`);
        throw err;
    });
    const env = watched.env;
    if (watched.outcome !== 'timeout' || env?.Status === 'Ready')
        (0,_in_flight_js__WEBPACK_IMPORTED_MODULE_10__/* .saveInFlight */ .$Z)(report, undefined);
    report.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.Status, env?.Status ?? 'Unknown');
    report.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.Health, env?.Health ?? 'Unknown');
    report.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.EnvironmentId, env?.EnvironmentId ?? found?.EnvironmentId ?? '');
    report.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.EnvironmentUrl, (0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .environmentUrl */ .fw)(env) || (0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .environmentUrl */ .fw)(found));
    const now = env?.VersionLabel ?? 'unknown';
    const summary = report.summary.addHeading(`hookline · Elastic Beanstalk redeploy ${s.application}/${target}`, 2);
    const verdict = { success: '✅ Redeployed', failed: '❌ Failed', timeout: '⏱ Timed out' }[watched.outcome];
    summary.addRaw(`${verdict} · version \`${label}\` · nothing uploaded · health **${env?.Health ?? 'unknown'}**\n\n`);
    summary.addRaw(`| | Version |\n|---|---|\n| Live before | \`${before}\` |\n| Live after | \`${now}\` |\n\n`);
    summary.addRaw(timings.markdown() + '\n\n');
    const timeline = (0,_beanstalk_summary_js__WEBPACK_IMPORTED_MODULE_12__/* .renderTimeline */ .s)(watched.events);
    if (timeline)
        summary.addRaw(timeline + '\n\n');
    if (watched.outcome === 'success') {
        if (watched.warning)
            report.warning(watched.warning, { title: 'Environment health' });
        await summary.write();
        return (0,_bake_beanstalk_js__WEBPACK_IMPORTED_MODULE_16__/* .bakeBeanstalk */ .j)(s, ctx, deps, { client, environment: target, label, previousLabel: before });
    }
    if (watched.outcome === 'failed') {
        const named = (0,_beanstalk_facts_js__WEBPACK_IMPORTED_MODULE_11__/* .instancesInEvents */ .XR)(watched.events);
        const logs = await timings.measure('Tail logs', () => report.group('Instance tail logs', () => (0,_beanstalk_facts_js__WEBPACK_IMPORTED_MODULE_11__/* .collectTailLogs */ .iM)(client, target, {
            pollMs: s.pollIntervalMs,
            maxWaitMs: TAIL_WAIT_MS,
            instances: named.length ? named : (watched.instances ?? []).map((i) => i.id),
            log,
            clock,
            signal,
        })));
        report.diagnoses((0,_diagnose_index_js__WEBPACK_IMPORTED_MODULE_13__/* .diagnose */ .h4)((0,_beanstalk_facts_js__WEBPACK_IMPORTED_MODULE_11__/* .failureFacts */ ._2)(watched.events, logs), NO_FILES), null, summary);
    }
    await summary.write();
    throw new (watched.outcome === 'timeout' ? _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DeploymentTimedOut */ .NZ : _beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DeploymentFailed */ .Nr)(`Redeploying ${label} to ${target} ${watched.outcome === 'timeout' ? 'timed out' : 'failed'}: ${watched.message}. ${target} runs ${now}.`);
}


/***/ })

};
