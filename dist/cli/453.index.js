export const id = 453;
export const ids = [453,201];
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


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
/* harmony export */   UC: () => (/* binding */ awsErrorKind)
/* harmony export */ });
/* unused harmony exports isTransientAwsError, briefAwsError */
// What went wrong with an AWS call, in words a person can act on. The SDK's own names mislead:
// a 5xx on a HEAD is "UnknownError", a cut-off answer a bare SyntaxError, a cancel "AbortError".
// Pure: looks only at the error's name, message and HTTP metadata.
const THROTTLING = new Set([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'SlowDown',
    'RequestThrottled',
    'RequestThrottledException',
]);
const CREDENTIALS = new Set([
    'SignatureDoesNotMatch',
    'InvalidAccessKeyId',
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'IncompleteSignature',
    'InvalidSignatureException',
    'ExpiredToken',
    'ExpiredTokenException',
    'InvalidToken',
]);
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ECONNABORTED',
]);
function nameOf(e) {
    return e.Code ?? e.name ?? '';
}
function awsErrorKind(err) {
    const e = (err ?? {});
    const name = nameOf(e);
    const status = e.$metadata?.httpStatusCode;
    if (name === 'AbortError' || name === 'AbortedError')
        return 'aborted';
    if (THROTTLING.has(name) || status === 429)
        return 'throttled';
    if (CREDENTIALS.has(name))
        return 'credentials';
    if (name === 'TimeoutError' || name === 'RequestTimeout' || name === 'RequestTimeoutException')
        return 'timeout';
    if (name === 'SyntaxError' || /Deserialization error|XML parse error|Unexpected end of JSON|Unterminated string/i.test(e.message ?? ''))
        return 'unparsable';
    if (status !== undefined && status >= 500)
        return 'server';
    if (NETWORK_CODES.has(e.code ?? '') || NETWORK_CODES.has(name))
        return 'network';
    return 'refused';
}
/** Worth polling again until the deadline: the service did not refuse, it failed to answer well. */
function isTransientAwsError(err) {
    const kind = awsErrorKind(err);
    return kind === 'throttled' || kind === 'server' || kind === 'timeout' || kind === 'unparsable' || kind === 'network';
}
/**
 * One sentence about a failed call of `service` ("S3", "CodeDeploy", "Elastic Beanstalk"),
 * or undefined when the error's own message is already the best thing to show (a refusal).
 */
function describeAwsError(err, service = 'AWS') {
    const e = (err ?? {});
    const status = e.$metadata?.httpStatusCode;
    const attempts = e.$metadata?.attempts && e.$metadata.attempts > 1 ? ` after ${e.$metadata.attempts} attempts` : '';
    switch (awsErrorKind(err)) {
        case 'throttled':
            return `${service} throttled the request${attempts} (${nameOf(e)}): too many calls from this account; retry later or lower the poll rate (poll-interval).`;
        case 'server':
            return `${service} answered HTTP ${status}${attempts} (${nameOf(e) === 'Unknown' || !nameOf(e) ? 'a server-side error with no details' : nameOf(e)}): the service or a proxy in front of it failed. Nothing is wrong with your inputs; rerun the job.`;
        case 'timeout':
            return `${service} did not answer in time${attempts}: the network or a proxy between the runner and AWS is slow or dropping requests. Rerun the job; on a self-hosted runner check its proxy and firewall.`;
        case 'unparsable':
            return `${service}'s answer could not be read${status ? ` (HTTP ${status})` : ''}: it was cut off or is not what AWS sends. A proxy or a broken connection between the runner and AWS changed it; rerun the job.`;
        case 'network':
            return `Could not reach ${service}${e.code ? ` (${e.code})` : ''}: ${e.message ?? 'the connection failed'}. Check the runner's network, proxy and the region's endpoint.`;
        case 'credentials':
            return (`${service} rejected the AWS credentials (${nameOf(e)}): ` +
                (nameOf(e) === 'SignatureDoesNotMatch' || nameOf(e) === 'InvalidSignatureException'
                    ? 'the secret access key does not belong to the access key id.'
                    : nameOf(e).startsWith('Expired')
                        ? 'the session token has expired.'
                        : 'the access key id is not known to AWS.') +
                ' Check the AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY secrets or the role aws-actions/configure-aws-credentials assumes; this is not a missing permission.');
        case 'aborted':
            return 'The request was cancelled.';
        default:
            return undefined;
    }
}
/** A few words for a progress line: why a call failed this time ("HTTP 503", "no answer in time"). */
function briefAwsError(err) {
    const e = (err ?? {});
    switch (awsErrorKind(err)) {
        case 'throttled':
            return 'throttled';
        case 'server':
            return `HTTP ${e.$metadata?.httpStatusCode ?? '5xx'}`;
        case 'timeout':
            return 'no answer in time';
        case 'unparsable':
            return 'an answer that could not be read';
        case 'network':
            return `connection failed${e.code ? ` (${e.code})` : ''}`;
        default:
            return nameOf(e) || 'error';
    }
}


/***/ }),

/***/ 1373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gN: () => (/* binding */ proxyFetchFor),
/* harmony export */   jU: () => (/* binding */ sdkProxyAgents)
/* harmony export */ });
/* unused harmony exports redact, parseNoProxy, readProxyConfig, hasProxy, bypasses, proxyFor */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
// HTTPS_PROXY / HTTP_PROXY / NO_PROXY for every call hookline makes: the AWS SDK v3 reads none of
// them, and Octokit's fetch is given the same decision so both follow one rule.
//
// The rule (documented in the README, "Behind a proxy"):
// - https:// URLs use https_proxy, else HTTPS_PROXY; http:// URLs use http_proxy, else HTTP_PROXY
//   (lower case first, as curl, wget and undici read them). An empty value is unset. A value
//   without a scheme is taken as http://host:port.
// - no_proxy, else NO_PROXY: entries separated by commas or spaces. `*` bypasses every host;
//   `example.com`, `.example.com` and `*.example.com` bypass that host and its subdomains; an IP
//   address bypasses that address; `host:port` only that port. No CIDR ranges.
// - Loopback is not bypassed by itself (neither undici nor curl does): put `localhost,127.0.0.1`
//   in NO_PROXY for local endpoints.
//
// How: for the SDK, NodeHttpHandler takes http(s).Agent instances; ours hand each request to a
// CONNECT tunnel (https-proxy-agent) for https, an absolute-URI request (http-proxy-agent) for
// http, or a direct keep-alive agent when NO_PROXY matches. For fetch,
// undici's fetch with its ProxyAgent as the dispatcher.



/** A proxy URL without its credentials, for messages. */
function redact(u) {
    return `${u.protocol}//${u.username || u.password ? '***@' : ''}${u.host}`;
}
function env1(env, name) {
    const v = env[name.toLowerCase()]?.trim() || env[name.toUpperCase()]?.trim();
    return v || undefined;
}
function parseProxyUrl(name, raw) {
    let url;
    try {
        url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
    }
    catch {
        throw new Error(`${name} is not a proxy URL (expected http://host:port or https://host:port).`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new Error(`${name} uses ${url.protocol.slice(0, -1)}: hookline speaks to http:// and https:// proxies only.`);
    }
    return url;
}
/** Strip brackets and a trailing dot; lower case. */
function normalizeHost(h) {
    return h
        .replace(/^\[(.*)\]$/, '$1')
        .replace(/\.$/, '')
        .toLowerCase();
}
function parseNoProxy(raw) {
    const out = [];
    for (const item of (raw ?? '').split(/[\s,]+/)) {
        if (!item)
            continue;
        if (item === '*') {
            out.push({ host: '*' });
            continue;
        }
        // host:port, [v6]:port; a bare IPv6 address has colons but no port.
        const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(item);
        const host = m && (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(item) === 0 ? m[1] : item;
        const port = m && (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(item) === 0 ? Number(m[2]) : undefined;
        out.push({ host: normalizeHost(host.replace(/^\*?\./, '')), ...(port !== undefined ? { port } : {}) });
    }
    return out;
}
/** The proxy settings in `env`; throws when a proxy variable is not a URL. */
function readProxyConfig(env) {
    const h = env1(env, 'http_proxy');
    const s = env1(env, 'https_proxy');
    return {
        ...(h ? { http: parseProxyUrl('HTTP_PROXY', h) } : {}),
        ...(s ? { https: parseProxyUrl('HTTPS_PROXY', s) } : {}),
        noProxy: parseNoProxy(env1(env, 'no_proxy')),
    };
}
function hasProxy(c) {
    return c.http !== undefined || c.https !== undefined;
}
function defaultPort(protocol) {
    return protocol === 'https:' ? 443 : 80;
}
/** Whether NO_PROXY sends `host:port` direct. */
function bypasses(entries, host, port) {
    const h = normalizeHost(host);
    return entries.some((e) => {
        if (e.port !== undefined && e.port !== port)
            return false;
        if (e.host === '*')
            return true;
        if ((0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(h) !== 0 || (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(e.host) !== 0)
            return h === e.host;
        return h === e.host || h.endsWith(`.${e.host}`);
    });
}
/** The proxy for `url`, or undefined when it goes direct. */
function proxyFor(url, c) {
    const proxy = url.protocol === 'https:' ? c.https : url.protocol === 'http:' ? c.http : undefined;
    if (!proxy)
        return undefined;
    return bypasses(c.noProxy, url.hostname, Number(url.port) || defaultPort(url.protocol)) ? undefined : proxy;
}
/**
 * Agents for the SDK's NodeHttpHandler that route each request per the rule above; undefined when
 * no proxy variable is set (the SDK then builds its own agents as always).
 *
 * The choice is made in `addRequest`, synchronously, before Node writes the request head: the
 * http proxy agent must turn the path into an absolute URI before that, and each agent keeps its
 * own pool of kept-alive sockets (a tunnel is reused only for its own target).
 */
async function sdkProxyAgents(env) {
    const c = readProxyConfig(env);
    if (!hasProxy(c))
        return undefined;
    // One after the other: they share agent-base (and jest's ESM linker races on parallel imports).
    const { HttpsProxyAgent } = await Promise.all(/* import() */[__webpack_require__.e(642), __webpack_require__.e(566)]).then(__webpack_require__.bind(__webpack_require__, 1566));
    const { HttpProxyAgent } = await Promise.all(/* import() */[__webpack_require__.e(642), __webpack_require__.e(947)]).then(__webpack_require__.bind(__webpack_require__, 8947));
    const options = { keepAlive: true, maxSockets: 50 };
    const direct = { 'http:': new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)(options), 'https:': new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)(options) };
    const viaProxy = new Map();
    const pick = (scheme, opts) => {
        const host = opts.host || 'localhost';
        const url = new URL(`${scheme}//${(0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(host) === 6 ? `[${host}]` : host}:${opts.port || defaultPort(scheme)}`);
        const proxy = proxyFor(url, c);
        if (!proxy)
            return direct[scheme];
        const key = `${scheme}${proxy.href}`;
        let agent = viaProxy.get(key);
        if (!agent) {
            // https: a CONNECT tunnel, TLS end to end; http: requests with the absolute URI.
            agent = scheme === 'https:' ? new HttpsProxyAgent(proxy, options) : new HttpProxyAgent(proxy, options);
            viaProxy.set(key, agent);
        }
        return agent;
    };
    const destroyAll = () => {
        for (const a of [...viaProxy.values(), direct['http:'], direct['https:']])
            a.destroy();
    };
    class HttpSelector extends (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent) {
        addRequest(req, opts) {
            pick('http:', opts).addRequest(req, opts);
        }
        destroy() {
            destroyAll();
            super.destroy();
        }
    }
    class HttpsSelector extends (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent) {
        addRequest(req, opts) {
            pick('https:', opts).addRequest(req, opts);
        }
        destroy() {
            destroyAll();
            super.destroy();
        }
    }
    return { httpAgent: new HttpSelector(options), httpsAgent: new HttpsSelector(options) };
}
/**
 * A fetch that follows the rule for `base` (the one origin a client talks to), or undefined when
 * no proxy variable is set. undici's own fetch takes undici's ProxyAgent as its dispatcher.
 */
async function proxyFetchFor(base, env) {
    const c = readProxyConfig(env);
    if (!hasProxy(c))
        return undefined;
    const { fetch, ProxyAgent } = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 4371, 19));
    const proxy = proxyFor(new URL(base), c);
    const dispatcher = proxy ? new ProxyAgent(proxy.href) : undefined;
    return ((input, init) => fetch(input, {
        ...init,
        ...(dispatcher ? { dispatcher } : {}),
    }));
}


/***/ }),

/***/ 5453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  codeDeployFacts: () => (/* binding */ codeDeployFacts)
});

// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
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
    const out = await client.send(new ListDeploymentsCommand({
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
        const out = await client.send(new dist_cjs/* ListDeploymentTargetsCommand */.$9V({ deploymentId, nextToken, targetFilters: statuses ? { TargetStatus: statuses } : undefined }), { abortSignal: signal });
        ids.push(...(out.targetIds ?? []));
        nextToken = out.nextToken;
    } while (nextToken);
    const batches = [];
    for (let i = 0; i < ids.length; i += 25)
        batches.push(ids.slice(i, i + 25));
    const results = await Promise.all(batches.map(async (targetIds) => {
        count('BatchGetDeploymentTargets');
        const out = await client.send(new dist_cjs/* BatchGetDeploymentTargetsCommand */.Bsg({ deploymentId, targetIds }), { abortSignal: signal });
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

;// CONCATENATED MODULE: ./src/codedeploy/facts.ts



async function codeDeployFacts(deploymentId, region, signal) {
    const client = await (0,clients.createClient)('codedeploy', { region });
    const info = await release_getDeployment(client, deploymentId, signal);
    const targets = await readTargets(client, deploymentId, () => undefined, signal, ['Failed']);
    return { service: 'codedeploy', deployment: info, targets: targets };
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kc: () => (/* binding */ errorText)
/* harmony export */ });
/* unused harmony exports DeploymentFailed, DeploymentTimedOut */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
// Errors shared by both release paths; run() reports these by their message alone.

/** The release ran and failed: deployment Failed/Stopped, environment update failed, timeout. */
class DeploymentFailed extends Error {
    constructor(message) {
        super(message);
        this.name = 'DeploymentFailed';
    }
}
/** The release was still running when the step's `timeout` was reached (the post step may stop it, per on-cancel). */
class DeploymentTimedOut extends (/* unused pure expression or super */ null && (DeploymentFailed)) {
}
/** "Name: message" for SDK and other errors, without a stack; a sentence for 5xx, timeouts, cut-off answers and bad credentials. */
function errorText(err) {
    const kind = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorKind */ .UC)(err);
    if (kind !== 'refused' && kind !== 'aborted')
        return (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(err) ?? String(err);
    if (err instanceof Error)
        return `${err.name && err.name !== 'Error' ? `${err.name}: ` : ''}${err.message}`;
    return String(err);
}


/***/ }),

/***/ 6043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   oM: () => (/* binding */ AbortedError)
/* harmony export */ });
/* unused harmony export nextDelay */
// Injected time so waits are bounded, cancellable and testable without sleeping.
class AbortedError extends Error {
    constructor(message = 'The run was cancelled.') {
        super(message);
        this.name = 'AbortedError';
    }
}
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(new AbortedError());
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(new AbortedError());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
/**
 * Poll delay: the base interval (so the end of a deployment is noticed within one interval),
 * doubled per consecutive throttled poll up to 8×, with ±10% jitter so parallel runs do not
 * poll in lockstep.
 */
function nextDelay(baseMs, throttledPolls, random = Math.random) {
    const backoff = Math.min(8, 2 ** Math.max(0, throttledPolls));
    const jitter = 0.9 + random() * 0.2;
    return Math.max(1, Math.round(baseMs * backoff * jitter));
}


/***/ })

};
