import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* unused harmony exports awsErrorKind, isTransientAwsError, describeAwsError, briefAwsError */
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gN: () => (/* binding */ proxyFetchFor),
/* harmony export */   jU: () => (/* binding */ sdkProxyAgents)
/* harmony export */ });
/* unused harmony exports redact, parseNoProxy, readProxyConfig, hasProxy, bypasses, proxyFor */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
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
    const { HttpsProxyAgent } = await Promise.all(/* import() */[__nccwpck_require__.e(642), __nccwpck_require__.e(566)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1566));
    const { HttpProxyAgent } = await Promise.all(/* import() */[__nccwpck_require__.e(642), __nccwpck_require__.e(947)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8947));
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
    const { fetch, ProxyAgent } = await __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19));
    const proxy = proxyFor(new URL(base), c);
    const dispatcher = proxy ? new ProxyAgent(proxy.href) : undefined;
    return ((input, init) => fetch(input, {
        ...init,
        ...(dispatcher ? { dispatcher } : {}),
    }));
}


/***/ }),

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DG: () => (/* binding */ States),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   iO: () => (/* binding */ DOCS_BASE_URL)
/* harmony export */ });
/* unused harmony exports Outputs, ACTION_NAME */
// Input, output and state names in one place: action.yml, settings, run() and the post step
// must agree on them, and the README tables are generated from action.yml.
const Inputs = {
    Mode: 'mode',
    Target: 'target',
    Path: 'path',
    Include: 'include',
    Exclude: 'exclude',
    RestoreExecBits: 'restore-exec-bits',
    Application: 'application',
    DeploymentGroup: 'deployment-group',
    S3Bucket: 's3-bucket',
    S3Prefix: 's3-prefix',
    Region: 'region',
    DeploymentConfig: 'deployment-config',
    Description: 'description',
    FileExistsBehavior: 'file-exists-behavior',
    IgnoreApplicationStopFailures: 'ignore-application-stop-failures',
    AutoRollback: 'auto-rollback',
    OnActiveDeployment: 'on-active-deployment',
    ContinueBlueGreen: 'continue-blue-green',
    OnCancel: 'on-cancel',
    Validate: 'validate',
    Timeout: 'timeout',
    PollInterval: 'poll-interval',
    Environment: 'environment',
    VersionLabel: 'version-label',
    ReuseVersion: 'reuse-version',
    Health: 'health',
    PruneVersions: 'prune-versions',
    Strategy: 'strategy',
    IdleEnvironment: 'idle-environment',
    ProductionCname: 'production-cname',
    GithubToken: 'github-token',
    PreviewName: 'preview-name',
    PreviewTemplateEnvironment: 'preview-template-environment',
    PreviewSavedConfiguration: 'preview-saved-configuration',
    PreviewTemplateGroup: 'preview-template-group',
    Revision: 'revision',
    AllowForks: 'allow-forks',
    PreviewInstanceTags: 'preview-instance-tags',
    Bake: 'bake',
    OnBakeFailure: 'on-bake-failure',
    TaskDefinition: 'task-definition',
    ContainerName: 'container-name',
    ContainerPort: 'container-port',
    Appspec: 'appspec',
    FunctionName: 'function-name',
    Alias: 'alias',
    FunctionVersion: 'function-version',
    Retries: 'retries',
    OutdatedInstancesOnly: 'outdated-instances-only',
};
const Outputs = {
    DeploymentId: 'deployment-id',
    Status: 'status',
    RevisionS3Uri: 'revision-s3-uri',
    RevisionEtag: 'revision-etag',
    BundleSha256: 'bundle-sha256',
    TreeDigest: 'tree-digest',
    Uploaded: 'uploaded',
    FailedInstances: 'failed-instances',
    Findings: 'findings',
    VersionLabel: 'version-label',
    EnvironmentUrl: 'environment-url',
    EnvironmentId: 'environment-id',
    Health: 'health',
    PreviewEnvironment: 'preview-environment',
    GithubDeploymentId: 'github-deployment-id',
    TaskDefinitionArn: 'task-definition-arn',
    FunctionVersion: 'function-version',
    Attempts: 'attempts',
};
/** What the main step leaves for the post step (GITHUB_STATE). */
const States = {
    /** JSON InFlight record while a deployment or environment update runs; empty once it ended. */
    InFlight: 'in-flight',
    /** Why the main step ended: succeeded, failed, timed-out, cancelled or crashed (see in-flight.ts). */
    Outcome: 'outcome',
    OnCancel: 'on-cancel',
    Region: 'region',
    PollInterval: 'poll-interval',
    /** JSON OpenDeployment while this run's GitHub Deployment has no final status (github/deployments.ts). */
    GithubDeployment: 'github-deployment',
};
const ACTION_NAME = 'hookline';
const DOCS_BASE_URL = 'https://github.com/hookline/hookline/blob/main/docs';


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* unused harmony exports DeploymentFailed, DeploymentTimedOut, errorText */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9378);
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
    const kind = awsErrorKind(err);
    if (kind !== 'refused' && kind !== 'aborted')
        return describeAwsError(err) ?? String(err);
    if (err instanceof Error)
        return `${err.name && err.name !== 'Error' ? `${err.name}: ` : ''}${err.message}`;
    return String(err);
}


/***/ }),

/***/ 4080:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  z$: () => (/* binding */ bestEffort),
  Mc: () => (/* binding */ githubApi)
});

// UNUSED EXPORTS: MAX_RATE_LIMIT_RETRIES, WRITE_SPACING_MS, httpStatus, shouldWait

// EXTERNAL MODULE: ./src/aws/proxy.ts
var proxy = __nccwpck_require__(1373);
;// CONCATENATED MODULE: ./src/github/failure.ts
// What went wrong with a GitHub call, told apart (pure): a rate limit, a missing permission, a
// bad token, a missing resource, a body GitHub refused, or anything else — and the one warning
// sentence for each. GitHub answers 403 both for "no permission" and for a secondary rate limit,
// so the headers and the message decide, never the status alone.
function classifyFailure(err, nowMs) {
    const e = (err ?? {});
    const status = typeof e.status === 'number' ? e.status : undefined;
    const headers = e.response?.headers ?? {};
    const header = (name) => (typeof headers[name] === 'string' ? headers[name] : undefined);
    const message = typeof e.message === 'string' ? e.message : String(err);
    const accepted = header('x-accepted-github-permissions');
    const rateLimited = status === 429 || (status === 403 && (/\brate limit\b/i.test(message) || header('x-ratelimit-remaining') === '0'));
    const retryAfter = rateLimited ? waitSeconds(header('retry-after'), header('x-ratelimit-reset'), nowMs) : undefined;
    const kind = rateLimited
        ? 'rate-limit'
        : status === 401
            ? 'bad-token'
            : status === 403
                ? 'permission'
                : status === 404
                    ? 'not-found'
                    : status === 422
                        ? 'invalid'
                        : 'other';
    return { kind, status, accepted, retryAfter, message };
}
/** retry-after (seconds) wins; else the seconds until x-ratelimit-reset (epoch seconds). */
function waitSeconds(retryAfter, reset, nowMs) {
    const after = Number(retryAfter);
    if (retryAfter !== undefined && Number.isFinite(after) && after >= 0)
        return Math.ceil(after);
    const at = Number(reset);
    if (reset !== undefined && Number.isFinite(at) && at > 0)
        return Math.max(0, Math.ceil(at - nowMs / 1000));
    return undefined;
}
/**
 * The permission a job's `permissions:` block spells, from GitHub's header: alternatives are
 * separated by `;` (`issues=write; pull_requests=write`); the one hookline documents wins.
 */
function permissionFromHeader(accepted, documented) {
    const spelled = (accepted ?? '')
        .split(';')
        .map((alt) => /^\s*([a-z_]+)=([a-z]+)\s*$/.exec(alt.split(',')[0] ?? ''))
        .filter((m) => m !== null)
        .map((m) => `${m[1].replace(/_/g, '-')}: ${m[2]}`);
    return spelled.includes(documented) ? documented : spelled[0];
}
/** The one warning for a failed GitHub call: what could not be done, why, and what to change. */
function failureWarning(what, f, permission) {
    const unaffected = 'The release itself is not affected.';
    switch (f.kind) {
        case 'rate-limit':
            return {
                title: 'GitHub rate limit',
                text: `Could not ${what}: GitHub's rate limit refused it (HTTP ${f.status}${f.retryAfter !== undefined ? `, retry after ${f.retryAfter} s` : ''}) ` +
                    `and waiting longer would pass the step's deadline. Nothing to change in the workflow; fewer writes per minute (or a later re-run) avoid it. ${unaffected}`,
            };
        case 'permission': {
            const needed = permissionFromHeader(f.accepted, permission) ?? permission;
            return {
                title: `GitHub permission ${needed}`,
                text: `Could not ${what}: the token lacks a permission (HTTP 403${f.accepted ? `, GitHub accepts ${f.accepted}` : ''}). ` +
                    `Give the job \`permissions: ${needed}\` (a pull request from a fork only ever gets a read-only token). ${unaffected}`,
            };
        }
        case 'bad-token':
            return {
                title: 'GitHub token refused',
                text: `Could not ${what}: GitHub refused the token (HTTP 401: expired, revoked or mistyped). Keep github-token at its default, \${{ github.token }}, or give a valid token. ${unaffected}`,
            };
        case 'not-found':
            return {
                title: 'GitHub resource not found',
                text: `Could not ${what}: GitHub answered 404 — the repository, pull request or deployment does not exist for this token ` +
                    `(a token of another repository, or one without read access, sees 404 rather than 403). ${unaffected}`,
            };
        default:
            return { title: 'GitHub API', text: `Could not ${what}: ${f.message}. ${unaffected}` };
    }
}

;// CONCATENATED MODULE: ./src/github/api.ts


/** Gap between two writes: at most 5 a second, serially (GitHub: "make requests serially, not concurrently"). */
const WRITE_SPACING_MS = 200;
/** Rate-limit waits honoured per request before giving up (each within the deadline). */
const MAX_RATE_LIMIT_RETRIES = 4;
/** Whether to wait `retryAfter` seconds and retry, per GitHub's answer and the deadline (pure). */
function shouldWait(retryAfter, retryCount, limits) {
    const now = (limits.now ?? Date.now)();
    return retryCount < MAX_RATE_LIMIT_RETRIES && now + retryAfter * 1000 <= limits.deadline;
}
/** Octokit for GITHUB_API_URL (GitHub Enterprise Server too); undefined when there is no token or repository. */
async function githubApi(token, env, report, limits) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!token || !owner || !repo)
        return undefined;
    report.setSecret(token);
    const [{ getOctokit }, { throttling }, { retry }, { default: Bottleneck }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(758)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1758)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(856)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6856)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(735)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9735)),
        __nccwpck_require__.e(/* import() */ 251).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3251, 23)),
    ]);
    const baseUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    // The same proxy rule as the AWS calls (aws/proxy.ts), instead of @actions/github's own.
    const fetch = await (0,proxy/* proxyFetchFor */.gN)(baseUrl, env);
    const onLimit = (kind) => (retryAfter, options, _o, retryCount) => {
        const wait = shouldWait(retryAfter, retryCount, limits);
        report.info(`GitHub ${kind} on ${options.method ?? ''} ${options.url ?? ''}: ${wait ? `waiting ${retryAfter} s as asked, then retrying` : 'not waiting (it would pass the deadline)'}.`);
        return wait;
    };
    const octokit = getOctokit(token, {
        baseUrl,
        userAgent: 'hookline',
        ...(fetch ? { request: { fetch } } : {}),
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            write: new Bottleneck.Group({ maxConcurrent: 1, minTime: WRITE_SPACING_MS }),
        },
        // 4xx are answers, not accidents; rate limits (403/429) are the throttling plugin's.
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    }, retry, throttling);
    return { octokit, owner, repo, report };
}
/** HTTP status of an Octokit RequestError (undefined for anything else). */
function httpStatus(err) {
    const status = err?.status;
    return typeof status === 'number' ? status : undefined;
}
const warned = new Set();
/**
 * Runs a GitHub call that must not decide the run. A failure becomes one warning per kind and
 * permission (rate limit, missing permission, bad token, not found, other). Returns undefined
 * when it failed.
 */
async function bestEffort(report, what, permission, fn) {
    try {
        return await fn();
    }
    catch (err) {
        const failure = classifyFailure(err, Date.now());
        const key = `${failure.kind}:${failure.kind === 'permission' ? (failure.accepted ?? permission) : ''}`;
        if (!warned.has(key)) {
            warned.add(key);
            const { title, text } = failureWarning(what, failure, permission);
            report.warning(text, { title });
        }
        if (err instanceof Error && err.stack)
            report.debug(err.stack);
        return undefined;
    }
}


/***/ }),

/***/ 6887:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QT: () => (/* binding */ closeOpenDeployment),
/* harmony export */   bC: () => (/* binding */ parseOpenDeployment)
/* harmony export */ });
/* unused harmony exports DEPLOYMENTS_PERMISSION, ACTIONS_BOT, GitHubDeployment, endingState, saveOpenDeployment, pickActionsDeployment, payloadTarget, deactivateDeployments, deactivateEnvironment */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7242);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4080);
// GitHub Deployments: one Deployment per release, with statuses in_progress → success | failure
// (environment_url, log_url), and inactive when superseded or torn down. Every call is
// best-effort (see api.ts): permission `deployments: write`.
//
// A job with `environment:` already has a Deployment, created by GitHub Actions (creator
// github-actions[bot], this run's sha, a status linking this run): hookline adopts it instead of
// creating a second one. Without one, hookline creates its own.


const DEPLOYMENTS_PERMISSION = 'deployments: write';
const ACTIONS_BOT = 'github-actions[bot]';
class GitHubDeployment {
    api;
    id;
    environment;
    adopted;
    transient;
    constructor(api, id, environment, 
    /** Created by GitHub Actions for this job, not by hookline. */
    adopted, transient) {
        this.api = api;
        this.id = id;
        this.environment = environment;
        this.adopted = adopted;
        this.transient = transient;
    }
    /**
     * The job's own Deployment when GitHub Actions made one, else a new one; marked in_progress and
     * recorded as open for the post step. Undefined (after one warning) when GitHub refuses.
     */
    static async start(api, req, run, logUrl) {
        const adopted = await findActionsDeployment(api, run, req.environment);
        const id = adopted?.id ?? (await create(api, req));
        if (id === undefined)
            return undefined;
        const d = new GitHubDeployment(api, id, adopted?.environment ?? req.environment, adopted !== undefined, req.transient);
        // Open before in_progress is sent: a run killed mid-request still leaves the post step a record to close.
        saveOpenDeployment(api.report, { id, environment: d.environment, transient: req.transient, logUrl });
        await d.status({ state: 'in_progress', logUrl, description: 'Deploying…' });
        return d;
    }
    /** Posts a status; a final one closes the record (the post step has nothing left to do). */
    async status(u) {
        await setStatus(this.api, this.id, u);
        if (u.state !== 'in_progress')
            saveOpenDeployment(this.api.report, undefined);
    }
    /** The final status for how the release ended (see endingState). */
    async end(outcome, u) {
        await this.status({ ...u, state: endingState(outcome, this.transient) });
    }
}
/**
 * The final state of a Deployment for how the run ended (pure). `''` is a main step killed before
 * it could say (the runner's cancel or timeout-minutes). A cancelled preview was never live: it is
 * inactive rather than an error on the pull request.
 */
function endingState(outcome, transient) {
    switch (outcome) {
        case 'succeeded':
            return 'success';
        case 'failed':
            return 'failure';
        case 'cancelled':
        case '':
            return transient ? 'inactive' : 'error';
        default:
            // timed-out, crashed: the release did not come to an end hookline could judge.
            return 'error';
    }
}
function saveOpenDeployment(sink, d) {
    sink.saveState(States.GithubDeployment, d ? JSON.stringify(d) : '');
}
function parseOpenDeployment(raw) {
    if (!raw.trim())
        return undefined;
    const v = safeJson(raw);
    if (!v || typeof v !== 'object' || !Number.isSafeInteger(v.id) || typeof v.logUrl !== 'string')
        return undefined;
    return { id: v.id, environment: String(v.environment ?? ''), transient: v.transient === true, logUrl: v.logUrl };
}
/** The post step: the final status of a Deployment the main step could not close. True when GitHub took it. */
async function closeOpenDeployment(api, d, outcome, description, signal) {
    const state = endingState(outcome, d.transient);
    const ok = await setStatus(api, d.id, { state, logUrl: d.logUrl, description }, signal);
    return ok ? state : undefined;
}
async function create(api, req) {
    return bestEffort(api.report, `create a GitHub Deployment for ${req.environment}`, DEPLOYMENTS_PERMISSION, async () => {
        const res = await api.octokit.rest.repos.createDeployment({
            owner: api.owner,
            repo: api.repo,
            ref: req.ref,
            environment: req.environment,
            transient_environment: req.transient,
            ...(req.production !== undefined ? { production_environment: req.production } : {}),
            auto_merge: false,
            required_contexts: [],
            description: req.description.slice(0, 140),
            payload: { hookline: { target: req.target } },
        });
        // 202 means GitHub wanted to merge first (never with auto_merge: false): no deployment.
        const data = res.data;
        if (typeof data.id !== 'number')
            throw new Error(`GitHub created no deployment (HTTP ${res.status})`);
        return data.id;
    });
}
/** This run's Deployment made by GitHub Actions (pure): one whose statuses link this run; the one named `environment` when several do. */
function pickActionsDeployment(candidates, runId, environment) {
    const runLink = new RegExp(`/actions/runs/${runId.replace(/\D/g, '')}(?:/|$)`);
    const mine = candidates.filter(({ deployment, statuses }) => deployment.creator?.login === ACTIONS_BOT && statuses.some((s) => runLink.test(s.log_url ?? '') || runLink.test(s.target_url ?? '')));
    const live = mine.filter(({ statuses }) => ['queued', 'pending', 'in_progress', 'waiting'].includes(statuses[0]?.state ?? ''));
    const named = live.find(({ deployment }) => deployment.environment === environment);
    return named?.deployment ?? (live.length === 1 ? live[0]?.deployment : undefined);
}
async function findActionsDeployment(api, run, environment) {
    if (!run.sha || !run.runId)
        return undefined;
    // Not finding it is no failure of its own: creating one then says what GitHub refused.
    try {
        const { data } = await api.octokit.rest.repos.listDeployments({ owner: api.owner, repo: api.repo, sha: run.sha, per_page: 30 });
        const bots = data.filter((d) => d.creator?.login === ACTIONS_BOT).slice(0, 5);
        const candidates = [];
        for (const deployment of bots)
            candidates.push({ deployment, statuses: await statusesOf(api, deployment.id, 10) });
        return pickActionsDeployment(candidates, run.runId, environment);
    }
    catch (err) {
        api.report.debug(`No Deployment of GitHub Actions to record into: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
    }
}
/** Newest first, as GitHub lists them. */
async function statusesOf(api, id, perPage) {
    const { data } = await api.octokit.rest.repos.listDeploymentStatuses({
        owner: api.owner,
        repo: api.repo,
        deployment_id: id,
        per_page: perPage,
    });
    return data;
}
async function setStatus(api, id, u, signal) {
    const done = await (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .bestEffort */ .z$)(api.report, `set the GitHub Deployment status to ${u.state}`, DEPLOYMENTS_PERMISSION, async () => {
        await api.octokit.rest.repos.createDeploymentStatus({
            owner: api.owner,
            repo: api.repo,
            deployment_id: id,
            state: u.state,
            log_url: u.logUrl,
            ...(u.environmentUrl ? { environment_url: u.environmentUrl } : {}),
            ...(u.description ? { description: u.description.slice(0, 140) } : {}),
            // GitHub supersedes older non-transient deployments of the environment on success; previews are done by hand (deactivate).
            auto_inactive: true,
            ...(signal ? { request: { signal } } : {}),
        });
        return true;
    });
    return done === true;
}
/** hookline's target recorded in a deployment's payload (undefined: not hookline's, or made before targets were recorded). */
function payloadTarget(payload) {
    const p = typeof payload === 'string' ? safeJson(payload) : payload;
    const t = p?.hookline?.target;
    return typeof t === 'string' ? t : undefined;
}
function safeJson(s) {
    try {
        return JSON.parse(s);
    }
    catch {
        return undefined;
    }
}
/**
 * Marks the deployments of `environment` inactive, one write at a time (api.ts paces them and
 * waits out rate limits), skipping those already inactive: running it twice writes nothing more.
 */
async function deactivateDeployments(api, environment, o) {
    const result = { deactivated: 0, skipped: 0, failed: 0 };
    const list = await bestEffort(api.report, `list the GitHub Deployments of ${environment}`, DEPLOYMENTS_PERMISSION, () => api.octokit.paginate(api.octokit.rest.repos.listDeployments, { owner: api.owner, repo: api.repo, environment, per_page: 100 }));
    for (const d of list ?? []) {
        if (d.id === o.except)
            continue;
        const target = payloadTarget(d.payload);
        if (o.target !== undefined && target !== undefined && target !== o.target)
            continue;
        const latest = await bestEffort(api.report, `read the status of GitHub Deployment ${d.id}`, DEPLOYMENTS_PERMISSION, () => statusesOf(api, d.id, 1));
        if (latest?.[0]?.state === 'inactive') {
            result.skipped++;
            continue;
        }
        const ok = await setStatus(api, d.id, { state: 'inactive', logUrl: o.logUrl, description: o.description });
        if (ok)
            result.deactivated++;
        else
            result.failed++;
    }
    return result;
}
/** Every deployment of a torn-down preview environment inactive; returns how many were marked now. */
async function deactivateEnvironment(api, environment, logUrl) {
    return (await deactivateDeployments(api, environment, { logUrl, description: 'Preview removed' })).deactivated;
}


/***/ }),

/***/ 8576:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runPost)
});

// UNUSED EXPORTS: parseInFlight

// NAMESPACE OBJECT: ./src/runner-io.ts
var runner_io_namespaceObject = {};
__nccwpck_require__.r(runner_io_namespaceObject);
__nccwpck_require__.d(runner_io_namespaceObject, {
  fe: () => (appendSummary),
  uf: () => (escapeData),
  Bn: () => (escapeProperty),
  V4: () => (getInput),
  Gu: () => (getState),
  LZ: () => (saveState),
  uH: () => (setOutput),
  Pq: () => (setSecret)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/runner-io.ts
// How the action talks to the Actions runner: inputs and state from the environment, outputs and
// state through the GITHUB_OUTPUT / GITHUB_STATE files (heredoc with a random delimiter), masks
// on stdout, the job summary appended to GITHUB_STEP_SUMMARY — the same protocol @actions/core
// writes. Not importing @actions/core keeps its HTTP client out of the step's start-up: core
// imports @actions/http-client for OIDC, which loads all of undici (≈ 0.8 MB of JavaScript,
// compiled and evaluated before the first AWS request, for a feature hookline never uses).




/** INPUT_<NAME> (upper-cased, spaces to `_`), trimmed; '' when unset — as core.getInput. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** STATE_<name> saved by the main step; '' when unset — as core.getState. */
function getState(name, env = process.env) {
    return env[`STATE_${name}`] ?? '';
}
// The runner's escaping of command data and property values (actions/runner ActionCommand).
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** `name<<DELIM`, the value, `DELIM`: a multi-line value cannot end the entry early. */
function keyValueEntry(name, value, delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`) {
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`${name}: the value holds the file command's delimiter`);
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
}
function keyValue(kind, legacy, name, value, env, write) {
    const file = env[`GITHUB_${kind}`];
    if (file) {
        if (!(0,external_node_fs_.existsSync)(file))
            throw new Error(`GITHUB_${kind} names a file that does not exist: ${file}`);
        (0,external_node_fs_.appendFileSync)(file, keyValueEntry(name, value), 'utf8');
        return;
    }
    // A runner without the file commands (older than 2.297) still reads the stdout command.
    write(`${external_node_os_.EOL}::${legacy} name=${escapeProperty(name)}::${escapeData(value)}${external_node_os_.EOL}`);
}
function setOutput(name, value, write, env = process.env) {
    keyValue('OUTPUT', 'set-output', name, value, env, write);
}
function saveState(name, value, write, env = process.env) {
    keyValue('STATE', 'save-state', name, value, env, write);
}
/** Hide `value` in the log from here on. */
function setSecret(value, write) {
    write(`::add-mask::${escapeData(value)}${external_node_os_.EOL}`);
}
/** Appends markdown to the step's job summary file. */
async function appendSummary(markdown, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('GITHUB_STEP_SUMMARY is not set: this runner does not support job summaries.');
    await (0,promises_.access)(file, promises_.constants.R_OK | promises_.constants.W_OK);
    await (0,promises_.appendFile)(file, markdown, 'utf8');
}

// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(7242);
;// CONCATENATED MODULE: ./src/aws/secrets.ts
// The AWS secrets a run can see in its environment are masked before any request is made: an
// error message echoing request headers (a proxy, a misbehaving endpoint) must show *** instead.
const SECRET_VARIABLES = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_SECURITY_TOKEN'];
/** Registers every AWS secret in `env` with `setSecret` (core.setSecret in the action). */
function maskAwsSecrets(env, setSecret) {
    for (const name of SECRET_VARIABLES) {
        const value = env[name]?.trim();
        if (value)
            setSecret(value);
    }
}

// EXTERNAL MODULE: ./src/github/deployments.ts
var deployments = __nccwpck_require__(6887);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __nccwpck_require__(6043);
;// CONCATENATED MODULE: ./src/in-flight.ts
// What the main step leaves for the post step: the release it started (recorded *before* the
// request that starts it, so a cancel in mid-request still finds it) and why the main step
// ended. The post step acts only on a cancellation, or on a timeout when on-cancel says stop;
// never after an error of hookline's own, which leaves a healthy release alone.



const str = (v) => typeof v === 'string' && v !== '';
function parseInFlight(raw) {
    if (!raw.trim())
        return undefined;
    let v;
    try {
        v = JSON.parse(raw);
    }
    catch {
        return undefined; // not ours or truncated: nothing we can act on safely
    }
    if (!v || typeof v !== 'object' || !str(v.region))
        return undefined;
    if (v.service === 'codedeploy' && (str(v.id) || (str(v.token) && str(v.application) && str(v.group))))
        return v;
    if (v.service === 'beanstalk' && str(v.id))
        return v;
    return undefined;
}
function saveInFlight(report, record) {
    report.saveState(States.InFlight, record ? JSON.stringify(record) : '');
}
function outcomeOf(err) {
    if (err === undefined)
        return 'succeeded';
    if (err instanceof AbortedError)
        return 'cancelled';
    if (err instanceof DeploymentTimedOut)
        return 'timed-out';
    const name = err?.name ?? '';
    // The release ran and AWS said no (failed, stopped, refused to start), or the inputs were wrong.
    if (['DeploymentFailed', 'ReleaseError', 'BeanstalkError', 'InputError', 'ValidationFailed', 'BundleError', 'UploadError'].includes(name))
        return 'failed';
    return 'crashed';
}
function saveOutcome(report, outcome) {
    report.saveState(States.Outcome, outcome);
}
/**
 * What the post step does about a release still recorded in flight (pure). An empty outcome means
 * the main step was killed before it could say why (the runner's cancel or timeout-minutes).
 */
function postDecision(outcome, onCancel) {
    const why = outcome === 'timed-out' ? 'timed-out' : outcome === 'cancelled' || outcome === '' ? 'cancelled' : undefined;
    if (!why)
        return { act: 'leave', why: 'own-error' };
    return onCancel === 'leave' ? { act: 'leave', why: 'on-cancel' } : { act: 'stop', why };
}

;// CONCATENATED MODULE: ./src/post/budget.ts
// The post step's own bound: it runs after a cancel, when the runner gives little time, so every
// call it makes is cut off at 5 s and the whole step at 60 s, whatever AWS does.
const POST_BUDGET_MS = 60_000;
const POST_CALL_MS = 5_000;
class Budget {
    end;
    constructor(ms = POST_BUDGET_MS, now = Date.now) {
        this.now = now;
        this.end = now() + ms;
    }
    now;
    remaining() {
        return Math.max(0, this.end - this.now());
    }
    /** The abort signal for one call: at most POST_CALL_MS, never past the budget. */
    signal() {
        return AbortSignal.timeout(Math.max(1, Math.min(POST_CALL_MS, this.remaining())));
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/diagnose/text.ts
// Small text helpers shared by the CodeDeploy and Beanstalk readers: reading loosely typed SDK
// objects, splitting log tails into lines, stripping the prefixes the agents put on lines, and
// normalising messages so identical failures on different instances compare equal.
/** A plain object field as a string, or '' (SDK responses are mostly optional fields). */
function text_str(obj, key) {
    if (obj === null || typeof obj !== 'object')
        return '';
    const v = obj[key];
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return '';
}
function obj(o, key) {
    if (o === null || typeof o !== 'object')
        return undefined;
    const v = o[key];
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function arr(o, key) {
    if (o === null || typeof o !== 'object')
        return [];
    const v = o[key];
    return Array.isArray(v) ? v.filter((x) => x !== null && typeof x === 'object') : [];
}
// ANSI escape sequences (colours, cursor moves, OSC titles). The Rust agent 2.0 strips them from
// hook output; the Ruby agent 1.x passes them through, so both shapes reach the rules.
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
/** The text without ANSI escape sequences (a `\r` is kept: it is evidence of CRLF scripts). */
function stripAnsi(text) {
    return text.includes('\u001b') ? text.replace(ANSI, '') : text;
}
/** Split text into lines, dropping trailing `\n` but keeping a `\r` (it is evidence of CRLF scripts). */
function lines(text) {
    if (!text)
        return [];
    return text.split('\n').filter((l) => l.trim() !== '');
}
// Prefixes seen in front of the meaningful part of a line:
//  - Rust agent logTail entries: `2024-05-01 10:00:00 [stderr]…`
//  - Ruby agent logTail entries: `[stderr]…` / `[stdout]…`
//  - agent / eb-engine / cfn-init log lines: `2021/08/05 15:54:15.735201 [ERROR] …`,
//    `2022-08-01 08:51:13,354 [ERROR] …`, `2024-01-01T10:00:00Z ERROR [codedeploy-agent(123)]: …`
const TIMESTAMP = /^\s*(?:\[?\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?\s*)/;
const LEVEL = /^(?:\[(?:ERROR|WARN|WARNING|INFO|DEBUG)\]|(?:ERROR|WARN|INFO|DEBUG)(?=\s))\s*(?:\[[^\]]*\]:\s*)?/;
const STREAM = /^\[(?:stdout|stderr)\]\s?/;
const CFN_PID = /^P\d+\s+/;
/** The line without timestamps, level tags, `[stdout]`/`[stderr]` markers (any order, any count). */
function stripPrefixes(line) {
    let s = line;
    for (let i = 0; i < 4; i++) {
        const before = s;
        s = s.replace(TIMESTAMP, '').replace(CFN_PID, '').replace(LEVEL, '').replace(STREAM, '');
        if (s === before)
            break;
    }
    return s.trimEnd();
}
/** Render a line for people: prefixes removed, a visible `^M` for a carriage return, bounded length. */
function showLine(line, max = 300) {
    const s = stripPrefixes(line).replace(/\r/g, '^M').trim();
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
const INSTANCE_ID = /\bi-[0-9a-f]{8,17}\b/g;
const DEPLOYMENT_ID = /\bd-[A-Z0-9]{9}\b/g;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const ANY_TIMESTAMP = /\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g;
const EPOCH = /\b1\d{9}(?:\d{3})?\b/g;
/** A message with instance ids, deployment ids, UUIDs and timestamps replaced, for grouping. */
function normaliseMessage(message) {
    return message
        .replace(ANY_TIMESTAMP, '<time>')
        .replace(INSTANCE_ID, '<instance>')
        .replace(DEPLOYMENT_ID, '<deployment>')
        .replace(UUID, '<uuid>')
        .replace(EPOCH, '<epoch>')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Unique, in order of first appearance. */
function unique(items) {
    return [...new Set(items)];
}
/** Keep evidence short: unique non-empty lines, at most `max`. */
function evidenceList(items, max = 8) {
    const out = [];
    for (const item of items) {
        if (!item)
            continue;
        const s = showLine(item);
        if (s && !out.includes(s))
            out.push(s);
        if (out.length >= max)
            break;
    }
    return out;
}
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/** "i-1, i-2 and 3 more" */
function listInstances(ids, max = 5) {
    if (ids.length === 0)
        return 'no instance';
    const head = ids.slice(0, max).join(', ');
    return ids.length > max ? `${head} and ${ids.length - max} more` : head;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts
// Annotations within GitHub's budget: at most 10 error, 10 warning and 10 notice annotations are
// shown per step (50 per job). Identical annotations are grouped, the caller's order is the
// priority, and when anything is left out one final notice says how many more are in the job
// summary — that notice itself fits the budget. Pure: the caller emits.

/** GitHub's limits for one step (the job-wide limit is 50). */
const DEFAULT_BUDGET = { error: 10, warning: 10, notice: 10, total: 50 };
function keyOf(a) {
    return JSON.stringify([a.level, a.title, a.message, a.file ?? '', a.startLine ?? 0, a.startColumn ?? 0]);
}
/** Identical annotations collapse into one (noting how many times it was reported), in first-seen order. */
function groupAnnotations(items) {
    const groups = new Map();
    for (const a of items) {
        const k = keyOf(a);
        const g = groups.get(k);
        if (g)
            g.n++;
        else
            groups.set(k, { a, n: 1 });
    }
    return [...groups.values()].map(({ a, n }) => (n > 1 ? { ...a, message: `${a.message}\n(reported ${n} times)` } : a));
}
function annotations_select(groups, limits) {
    const used = { error: 0, warning: 0, notice: 0 };
    let total = 0;
    const shown = [];
    for (const a of groups) {
        if (total >= limits.total)
            break;
        if (used[a.level] >= limits[a.level])
            continue;
        used[a.level]++;
        total++;
        shown.push(a);
    }
    return shown;
}
function omittedNotice(omitted) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const a of omitted)
        counts[a.level]++;
    const parts = ['error', 'warning', 'notice']
        .filter((l) => counts[l] > 0)
        .map((l) => `${counts[l]} ${l === 'error' ? 'error' : l}${counts[l] === 1 ? '' : 's'}`);
    const n = omitted.length;
    return {
        level: 'notice',
        title: 'hookline: more in the job summary',
        message: `${n} more annotation${n === 1 ? '' : 's'} (${parts.join(', ')}) not shown here — GitHub shows at most 10 of each kind per step. All of them are in the job summary.`,
    };
}
/**
 * Choose what to show. Every group is either shown or counted in `omitted` (and announced by the
 * final notice, which needs one notice slot and one total slot; with a zero notice or total
 * budget nothing can be announced, and the count is only returned).
 */
function planAnnotations(items, budget = DEFAULT_BUDGET) {
    const b = {
        error: Math.max(0, Math.floor(budget.error)),
        warning: Math.max(0, Math.floor(budget.warning)),
        notice: Math.max(0, Math.floor(budget.notice)),
        total: Math.max(0, Math.floor(budget.total)),
    };
    const groups = groupAnnotations(items);
    const all = annotations_select(groups, b);
    if (all.length === groups.length)
        return { shown: all, omitted: 0 };
    if (b.notice === 0 || b.total === 0)
        return { shown: all, omitted: groups.length - all.length };
    const shown = annotations_select(groups, { ...b, notice: b.notice - 1, total: b.total - 1 });
    const shownSet = new Set(shown);
    const left = groups.filter((g) => !shownSet.has(g));
    return { shown: [...shown, omittedNotice(left)], omitted: left.length };
}
/** Where the docs page of a category lives, from a base that may end at the repo, docs/ or docs/diagnoses/. */
function docsUrl(category, docsBaseUrl) {
    const base = docsBaseUrl.replace(/\/+$/, '');
    if (/\/docs\/diagnoses$/.test(base))
        return `${base}/${category}.md`;
    if (/\/docs$/.test(base))
        return `${base}/diagnoses/${category}.md`;
    return `${base}${base ? '/' : ''}docs/diagnoses/${category}.md`;
}
const MAX_MESSAGE = 3500;
/** One diagnosis as an annotation on its responsible line: what, where, evidence, fix, docs. */
function diagnosisToAnnotation(d, docsBaseUrl) {
    const parts = [d.message];
    if (d.instances.length > 0) {
        parts.push(`Instances (${d.instances.length}): ${listInstances(d.instances, 10)}`);
    }
    if (d.lifecycleEvent)
        parts.push(`Event: ${d.lifecycleEvent}`);
    const evidence = d.evidence.slice(0, 4);
    if (evidence.length > 0)
        parts.push(`Evidence:\n${evidence.map((e) => `  ${e}`).join('\n')}`);
    parts.push(`Fix: ${d.fix}`);
    const link = `Docs: ${docsUrl(d.category, docsBaseUrl)}`;
    let message = parts.join('\n');
    if (message.length + link.length + 1 > MAX_MESSAGE)
        message = `${message.slice(0, MAX_MESSAGE - link.length - 2)}…`;
    const a = { level: d.severity, title: `hookline: ${d.title}`, message: `${message}\n${link}` };
    if (d.file) {
        a.file = d.file;
        if (d.line !== null && d.line > 0)
            a.startLine = d.line;
    }
    return a;
}

;// CONCATENATED MODULE: ./src/report/summary.ts
// The diagnosis section of the job summary, as a markdown string: every diagnosis (none is left
// out, unlike annotations) with its instances, location, fix, evidence and docs link.


const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/**
 * Text outside code: no raw HTML, no emphasis, links, tables or strikethrough from foreign text,
 * and nothing GitHub turns live after rendering — an @mention, an #123 reference, a bare URL or
 * e-mail address — is left contiguous (a zero-width space splits it; the reader sees the same text).
 */
function escapeMarkdown(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|~])/g, '\\$1')
        .replace(/@(?=[\p{L}\p{N}_-])/gu, '@\u200b')
        .replace(/#(?=\d)/g, '#\u200b')
        .replace(/:\/\//g, ':\u200b//')
        .replace(/\b(www)\./gi, '$1\u200b.');
}
/** Keep `inline code` spans the diagnosis wrote, escape the rest. */
function prose(s) {
    return s
        .split(/(`[^`\n]+`)/)
        .map((part, i) => (i % 2 === 1 ? part : escapeMarkdown(part)))
        .join('');
}
function fence(lines) {
    const body = lines.join('\n');
    let ticks = '```';
    while (body.includes(ticks))
        ticks += '`';
    return `${ticks}text\n${body}\n${ticks}`;
}
/** An inline code span around any text: a fence longer than any backtick run inside, one line. */
function code(s) {
    const text = s.replace(/\r?\n|\r/g, '⏎');
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const ticks = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
    return `${ticks}${pad}${text}${pad}${ticks}`;
}
/** A table cell of plain text: escaped, one line. */
function tableCell(s) {
    return escapeMarkdown(s).replace(/\r?\n|\r/g, ' ');
}
/** A code span inside a table cell: GFM splits cells at `|` even inside code, unless escaped. */
function tableCode(s) {
    return code(s).replace(/\|/g, '\\|');
}
function renderDiagnosisMarkdown(d, index, docsBaseUrl = constants/* DOCS_BASE_URL */.iO) {
    const out = [];
    out.push(`### ${ICON[d.severity]} ${index}. ${prose(d.title)}`);
    out.push('');
    out.push(prose(d.message));
    out.push('');
    const facts = [];
    facts.push(`- **Category:** [${code(d.category)}](${docsUrl(d.category, docsBaseUrl)}) (${d.severity})`);
    if (d.lifecycleEvent)
        facts.push(`- **Event:** ${code(d.lifecycleEvent)}`);
    if (d.instances.length > 0) {
        facts.push(`- **Instances (${d.instances.length}):** ${d.instances.map(code).join(', ')}`);
    }
    if (d.file)
        facts.push(`- **Where:** ${code(d.file)}${d.line ? ` line ${d.line}` : ''}`);
    facts.push(`- **Fix:** ${prose(d.fix)}`);
    out.push(...facts);
    if (d.evidence.length > 0) {
        out.push('');
        out.push('<details><summary>Evidence</summary>');
        out.push('');
        out.push(fence(d.evidence));
        out.push('');
        out.push('</details>');
    }
    return out.join('\n');
}
/** Every diagnosis, most decisive first (the order given). */
function renderDiagnosesMarkdown(d, docsBaseUrl = constants/* DOCS_BASE_URL */.iO) {
    if (d.length === 0)
        return '## Diagnosis\n\nNo failure to explain.';
    const head = `## Diagnosis\n\n${d.length === 1 ? 'One cause' : `${d.length} causes`} found, most decisive first.`;
    return [head, ...d.map((x, i) => renderDiagnosisMarkdown(x, i + 1, docsBaseUrl))].join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/sanitize.ts
// Text hookline did not write (hook logs, events, file names, AWS messages) made safe to print.
// GitHub's runner executes `::command::` at the start of a line once leading whitespace is
// trimmed, and the legacy `##[command]` anywhere in a line; terminal escape sequences and control
// characters can rewrite what a person sees. Pure functions; the Reporter applies them.
// ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/PM/APC strings (ESC ] … BEL or ST),
// and two-byte escapes; the 8-bit C1 CSI (0x9B) form too.
const ESCAPES = new RegExp([
    '\\u001b\\[[0-?]*[ -/]*[@-~]',
    '\\u009b[0-?]*[ -/]*[@-~]',
    '\\u001b[\\]PX^_][\\s\\S]*?(?:\\u0007|\\u001b\\\\|\\u009c|$)',
    '[\\u0090\\u009d\\u009e\\u009f][\\s\\S]*?(?:\\u0007|\\u001b\\\\|\\u009c|$)',
    '\\u001b[ -/]*[0-~]?',
].join('|'), 'g');
// C0 controls but tab and line feed, DEL, C1 controls, and the Unicode characters that reorder or
// break lines when displayed (bidi overrides and isolates, line/paragraph separators).
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** Escape sequences and control characters removed; line breaks (\n, \r\n, lone \r) become \n. */
function cleanText(text) {
    return text.replace(/\r\n?/g, '\n').replace(ESCAPES, '').replace(CONTROLS, '');
}
/** One line: cleaned, and any line break shown as ⏎ so it cannot start a new line. */
function oneLine(text) {
    return cleanText(text).replace(/\n/g, '⏎');
}
/**
 * Would GitHub's runner read this line as a workflow command? Conservative: JavaScript's `\s`
 * covers every character .NET's TrimStart removes once control characters are gone.
 */
function wouldRunCommand(line) {
    return /^\s*::/.test(line) || line.includes('##[');
}

;// CONCATENATED MODULE: ./src/report/job-summary.ts
// The job summary as markdown, written through the Reporter. Headings are markdown, not the
// `<h2>` of core.summary.addHeading: CommonMark reads a line that starts with `<h2>` as an HTML
// block running to the next blank line, so the markdown after it showed as raw text.


class JobSummary {
    append;
    pending = '';
    written = false;
    /** `append` adds markdown to the step's summary file (core.summary in a run). */
    constructor(append) {
        this.append = append;
    }
    /** A heading of plain text (escaped): `## hookline · CodeDeploy shop/prod`. */
    addHeading(text, level = 2) {
        return this.addRaw(`${'#'.repeat(Math.min(6, Math.max(1, level)))} ${escapeMarkdown(oneLine(text))}\n\n`);
    }
    /** Markdown hookline composed (foreign parts already escaped or fenced). */
    addRaw(markdown) {
        this.pending += markdown;
        return this;
    }
    /** Nothing written or pending yet: the ending still owes the page a summary. */
    get empty() {
        return !this.written && this.pending.trim() === '';
    }
    /** Appends what is pending; every block ends with a blank line so the next one starts fresh. */
    async write() {
        if (this.pending.trim() !== '') {
            await this.append(this.pending.replace(/\n*$/, '\n\n'));
            this.written = true;
        }
        this.pending = '';
        return this;
    }
}

;// CONCATENATED MODULE: ./src/report/reporter.ts
// The one writer of everything a run shows: log lines, groups, annotations, outputs, state and the
// job summary. One Reporter per step (created in run() and in the post step) and passed down, so
// no text reaches stdout without passing here. Text hookline did not write is data: a single line
// is cleaned and, when the runner would read it as a command, printed inside a stop-commands
// block; a block of foreign lines is always wrapped in one. The annotation budget is per step, so
// it lives here too.








const stdout = (text) => void process.stdout.write(text);
const coreSink = {
    write: stdout,
    setOutput: (name, value) => setOutput(name, value, stdout),
    saveState: (name, value) => saveState(name, value, stdout),
    setSecret: (value) => setSecret(value, stdout),
    appendSummary: (markdown) => appendSummary(markdown),
    markFailed: () => void (process.exitCode = 1),
};
/** A whole line in red, yellow or grey (SGR 31, 33, 90) and reset. */
const TONE = /^(\u001b\[(?:31|33|90)m)([\s\S]*)\u001b\[0m$/;
// The runner's escaping for command data and property values (actions/toolkit command.ts).
const { /* escapeData */ "uf": reporter_escapeData, /* escapeProperty */ "Bn": reporter_escapeProperty } = runner_io_namespaceObject;
class Reporter {
    sink;
    budget;
    reserveErrors;
    used = { error: 0, warning: 0, notice: 0, total: 0 };
    emitted = new Set();
    left = [];
    finished = false;
    /** The job summary; flows add to it and write it, finish() writes what is left. */
    summary;
    diagnosesSeen = [];
    /**
     * `reserveErrors` keeps error annotations back for the run's own failure line, which must
     * show even when diagnoses used the rest of the budget.
     */
    constructor(sink = coreSink, budget = DEFAULT_BUDGET, reserveErrors = 1) {
        this.sink = sink;
        this.budget = budget;
        this.reserveErrors = reserveErrors;
        this.summary = new JobSummary((markdown) => this.sink.appendSummary(markdown));
    }
    // ── log ──────────────────────────────────────────────────────────────────────────────────────
    /** One log line; foreign values inside it are made inert (no command, no escape, no line break). */
    info(text) {
        // hookline colours whole lines (Beanstalk events by severity): that colour is kept, every
        // escape sequence inside the line is removed.
        const tone = TONE.exec(text);
        const inner = oneLine(tone ? tone[2] : text);
        const line = tone ? `${tone[1]}${inner}\u001b[0m` : inner;
        if (wouldRunCommand(line))
            this.shielded([line]);
        else
            this.sink.write(`${line}\n`);
    }
    /** Lines written by someone else (hook output, tail logs, events): printed as they are, never executed. */
    block(lines) {
        const all = (typeof lines === 'string' ? [lines] : [...lines]).flatMap((l) => cleanText(l).split('\n'));
        if (all.length === 0)
            return;
        this.shielded(all);
    }
    debug(text) {
        this.command('debug', {}, cleanText(text));
    }
    async group(title, fn) {
        this.command('group', {}, oneLine(title));
        try {
            return await fn();
        }
        finally {
            this.command('endgroup', {}, '');
        }
    }
    /** `info` as a function value, for the stages that take a `log` callback. */
    log = (text) => this.info(text);
    // ── annotations ──────────────────────────────────────────────────────────────────────────────
    error(message, props = {}) {
        this.annotate([{ level: 'error', message, title: props.title ?? '', ...reporter_location(props) }]);
    }
    warning(message, props = {}) {
        this.annotate([{ level: 'warning', message, title: props.title ?? '', ...reporter_location(props) }]);
    }
    notice(message, props = {}) {
        this.annotate([{ level: 'notice', message, title: props.title ?? '', ...reporter_location(props) }]);
    }
    /** The run's failure: one error annotation that the budget always has room for. */
    fail(message) {
        this.emit({ level: 'error', message, title: '' });
        this.sink.markFailed();
    }
    /**
     * Emits what fits in what is left of the step's budget, most useful first (the caller's order);
     * identical annotations are grouped, also across calls. What does not fit is counted and
     * announced once by `finish()`, in a notice slot kept for it.
     */
    annotate(items) {
        for (const a of groupAnnotations(items)) {
            const key = keyOf(a);
            if (this.emitted.has(key))
                continue;
            if (!this.fits(a.level)) {
                this.left.push(a);
                continue;
            }
            this.emitted.add(key);
            this.used[a.level]++;
            this.used.total++;
            this.emit(a);
        }
    }
    /** Annotations left out of the budget so far (the summary says where they are). */
    get omitted() {
        return this.left.length;
    }
    /** Ends the step's reporting: one notice counts what the budget left out; the summary is written. */
    async finish() {
        if (this.left.length && !this.finished)
            this.emit(omittedNotice(this.left));
        this.finished = true;
        await this.summary.write();
    }
    fits(level) {
        // Kept back: errors for the run's failure line, one notice (and one slot) for finish().
        const reserved = { error: this.reserveErrors, warning: 0, notice: 1 };
        return this.used[level] < this.budget[level] - reserved[level] && this.used.total < this.budget.total - this.reserveErrors - 1;
    }
    /**
     * Diagnoses go three ways: annotations (budgeted, on the responsible line), the job summary
     * (every diagnosis with its evidence), and the log (full evidence in collapsed groups).
     * `annotationRoot` is the bundle root relative to the workspace, so file paths land in the repo.
     */
    diagnoses(diagnoses, annotationRoot, summary = this.summary) {
        this.diagnosesSeen.push(...diagnoses);
        for (const d of diagnoses) {
            const n = d.instances.length;
            this.command('group', {}, oneLine(`Diagnosis: ${d.title}${n ? ` (${n} instance${n > 1 ? 's' : ''})` : ''}`));
            this.info(d.message);
            this.block(d.evidence.map((line) => `  ${line}`));
            if (n)
                this.info(`Instances: ${d.instances.join(', ')}`);
            this.info(`Fix: ${d.fix}`);
            this.command('endgroup', {}, '');
        }
        this.annotate(diagnoses.map((d) => {
            const a = diagnosisToAnnotation(d, constants/* DOCS_BASE_URL */.iO);
            if (!a.file)
                return a;
            // Inside a prebuilt archive a file cannot be annotated: keep the text, drop the location.
            if (annotationRoot === null)
                return { ...a, file: undefined, startLine: undefined, message: `${d.file}${d.line ? `:${d.line}` : ''}: ${a.message}` };
            return { ...a, file: (0,external_node_path_.join)(annotationRoot, a.file) };
        }));
        if (diagnoses.length)
            summary.addRaw(renderDiagnosesMarkdown(diagnoses) + '\n\n');
    }
    /** Every diagnosis this run reported so far, in order (the sticky PR comment repeats them). */
    get reported() {
        return this.diagnosesSeen;
    }
    // ── outputs, state, summary ──────────────────────────────────────────────────────────────────
    setOutput(name, value) {
        this.sink.setOutput(name, value);
    }
    saveState(name, value) {
        this.sink.saveState(name, value);
    }
    setSecret(value) {
        this.sink.setSecret(value);
    }
    // ── workflow commands ────────────────────────────────────────────────────────────────────────
    emit(a) {
        const props = {};
        if (a.title)
            props.title = oneLine(a.title);
        if (a.file)
            props.file = oneLine(a.file);
        if (a.startLine)
            props.line = a.startLine;
        if (a.startColumn && a.startLine)
            props.col = a.startColumn;
        this.command(a.level, props, cleanText(a.message));
    }
    command(name, props, data) {
        const p = Object.entries(props)
            .map(([k, v]) => `${k}=${reporter_escapeProperty(String(v))}`)
            .join(',');
        this.sink.write(`::${name}${p ? ` ${p}` : ''}::${reporter_escapeData(data)}\n`);
    }
    /** Lines between `::stop-commands::TOKEN` and `::TOKEN::`: the runner shows them and runs none. */
    shielded(lines) {
        // A fresh token each time: the text inside cannot know it, so it cannot end the block.
        const token = `hookline-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
        this.sink.write(`::stop-commands::${token}\n${lines.join('\n')}\n::${token}::\n`);
    }
}
function reporter_location(p) {
    return { file: p.file, startLine: p.startLine, startColumn: p.startColumn };
}

;// CONCATENATED MODULE: ./src/post-step.ts
// Post step (post-if: always()): when the main step left a release in flight, decide from why it
// ended (in-flight.ts): stop what this run started after a cancellation (or a timeout, per
// on-cancel), and leave it running after an error of hookline's own. Then give the GitHub
// Deployment the main step could not close its final status. Every call is bounded.








async function runPost() {
    // The post step's own Reporter: AWS messages are foreign text here too.
    const report = new Reporter();
    maskAwsSecrets(process.env, (value) => report.setSecret(value));
    const budget = new Budget();
    try {
        const inFlight = parseInFlight(getState(constants/* States */.DG.InFlight));
        if (inFlight)
            await settle(inFlight, budget, report);
    }
    catch (err) {
        // The post step reports but never turns a finished job red on its own.
        report.warning(`hookline post step could not clean up: ${err instanceof Error ? err.message : String(err)}`);
    }
    try {
        const open = (0,deployments/* parseOpenDeployment */.bC)(getState(constants/* States */.DG.GithubDeployment));
        if (open) {
            const { closeGitHubDeployment, savedOutcome } = await __nccwpck_require__.e(/* import() */ 775).then(__nccwpck_require__.bind(__nccwpck_require__, 3775));
            const token = getInput(constants/* Inputs */.G0.GithubToken).trim() || undefined;
            await closeGitHubDeployment(open, savedOutcome(getState(constants/* States */.DG.Outcome)), token, budget, report);
        }
    }
    catch (err) {
        report.warning(`hookline post step could not close the GitHub Deployment: ${err instanceof Error ? err.message : String(err)}`);
    }
    finally {
        await report.finish();
    }
}
/** Stop or leave the release the main step left in flight. */
async function settle(inFlight, budget, report) {
    const decision = postDecision(getState(constants/* States */.DG.Outcome), getState(constants/* States */.DG.OnCancel) || 'stop');
    if (inFlight.service === 'codedeploy') {
        const { settleCodeDeploy } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(507), __nccwpck_require__.e(424)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7424));
        await settleCodeDeploy(inFlight, decision, budget, report, Number(getState(constants/* States */.DG.PollInterval)) || 1000);
    }
    else {
        const { settleBeanstalk } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(114), __nccwpck_require__.e(655)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1655));
        await settleBeanstalk(inFlight, decision, budget, report);
    }
}


/***/ }),

/***/ 6661:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _post_step_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8576);

await (0,_post_step_js__WEBPACK_IMPORTED_MODULE_0__/* .runPost */ .a)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6043:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* unused harmony exports AbortedError, systemClock, nextDelay */
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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(6661);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
