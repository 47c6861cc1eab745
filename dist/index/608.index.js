export const id = 608;
export const ids = [608,227,171];
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


/***/ })

};
