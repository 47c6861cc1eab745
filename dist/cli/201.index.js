export const id = 201;
export const ids = [201];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createClient: () => (/* binding */ createClient)
/* harmony export */ });
/* unused harmony export clientConfig */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(311);

/** The SDK client configuration every kind shares (exported for tests and the CLI's --debug). */
function clientConfig(opts = {}) {
    const customUserAgent = [['hookline', _version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x]];
    if (opts.userAgent)
        customUserAgent.push([opts.userAgent, '']);
    const config = {
        maxAttempts: Math.max(1, Math.floor(opts.maxAttempts ?? 5)),
        retryMode: opts.retryMode ?? 'standard',
        customUserAgent,
    };
    if (opts.region)
        config.region = opts.region;
    return config;
}
/** A client for `kind`, loading only that SDK package. */
async function createClient(kind, opts = {}) {
    const config = clientConfig(opts);
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


/***/ })

};
