export const id = 201;
export const ids = [201];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createClient: () => (/* binding */ createClient)
/* harmony export */ });
/* unused harmony exports CONNECTION_TIMEOUT_MS, SOCKET_TIMEOUT_MS, REQUEST_TIMEOUT_MS, handlerTimeouts, clientConfig */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1373);


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
    const customUserAgent = [['hookline', _version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x]];
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
    const agents = await (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .sdkProxyAgents */ .jU)(process.env);
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


/***/ })

};
