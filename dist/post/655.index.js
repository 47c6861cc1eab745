export const id = 655;
export const ids = [655];
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

/***/ 1655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   settleBeanstalk: () => (/* binding */ settleBeanstalk)
/* harmony export */ });
/* unused harmony export appliesOurUpdate */
/* harmony import */ var _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6114);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6076);
// The post step for a Beanstalk update recorded in flight: abort it only while the environment
// is still applying *this run's* update. Another client's update, started after ours ended, is
// never touched: the newest event carrying a request id says whose operation is running.


/** Whether the environment's running operation is the update this run started (pure). */
function appliesOurUpdate(f, env, newestFirst) {
    const latest = newestFirst.find((e) => e.RequestId);
    if (latest && f.requestId)
        return latest.RequestId === f.requestId;
    // No request id to compare (the cancel came during UpdateEnvironment, or no tagged events): the label must match.
    return env.VersionLabel === f.versionLabel;
}
async function readEnvironment(client, name, budget) {
    const out = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_1__/* .DescribeEnvironmentsCommand */ .$8c({ EnvironmentNames: [name], IncludeDeleted: false }), {
        abortSignal: budget.signal(),
    });
    return (out.Environments ?? []).find((e) => e.EnvironmentName === name && e.Status !== 'Terminated');
}
async function recentEvents(client, f, budget) {
    const out = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_1__/* .DescribeEventsCommand */ .w6x({
        EnvironmentName: f.id,
        ...(f.startedAt ? { StartTime: new Date(f.startedAt - 60_000) } : {}),
        MaxRecords: 100,
    }), { abortSignal: budget.signal() });
    return [...(out.Events ?? [])].sort((a, b) => (b.EventDate?.getTime() ?? 0) - (a.EventDate?.getTime() ?? 0));
}
async function settleBeanstalk(f, decision, budget, report) {
    const client = await (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .createClient */ .UU)('beanstalk', { region: f.region, maxAttempts: 2 });
    const env = await readEnvironment(client, f.id, budget);
    if (!env || env.Status !== 'Updating') {
        report.info(`Environment ${f.id} is ${env?.Status ?? 'gone'}: the update this run started has ended; nothing to abort.`);
        return;
    }
    const ours = appliesOurUpdate(f, env, await recentEvents(client, f, budget));
    if (!ours) {
        report.info(`Environment ${f.id} is Updating, but not with this run's update (version ${f.versionLabel ?? '?'}): another update is running; it is left alone.`);
        return;
    }
    if (decision.act === 'leave') {
        report.warning(decision.why === 'on-cancel'
            ? `The run ended while environment ${f.id} was still being updated to ${f.versionLabel ?? 'the new version'}; on-cancel: leave keeps it running.`
            : `hookline stopped following the update of environment ${f.id} because of its own error (see the main step), not because the run was cancelled: the update is left running.`, { title: 'Release left running' });
        return;
    }
    try {
        await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_1__/* .AbortEnvironmentUpdateCommand */ .ET7({ EnvironmentName: f.id }), { abortSignal: budget.signal() });
    }
    catch (err) {
        report.info(`Nothing to abort for environment ${f.id}: ${err instanceof Error ? err.message : String(err)}`);
        return;
    }
    const reason = decision.why === 'cancelled' ? 'The run was cancelled' : 'The update did not finish within the timeout (on-cancel: stop)';
    report.warning(`${reason}: aborted the update of environment ${f.id} to ${f.versionLabel ?? 'the new version'}; it returns to its previous version.`, {
        title: 'Environment update aborted',
    });
}


/***/ })

};
