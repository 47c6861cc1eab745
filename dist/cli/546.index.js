export const id = 546;
export const ids = [546];
export const modules = {

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

/***/ 9546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  beanstalkFacts: () => (/* binding */ beanstalkFacts)
});

// UNUSED EXPORTS: collectTailLogs, failureFacts, instancesInEvents, newTailEntries

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-beanstalk/dist-cjs/index.js
var dist_cjs = __webpack_require__(6114);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/beanstalk/errors.ts
// Failures of the Beanstalk release that run() reports by message alone (see main.ts).
/** The release could not be carried out as asked (version rules, environment missing, quota). */
class BeanstalkError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BeanstalkError';
    }
}

/** The SDK's error name: modeled Beanstalk errors are synthetic subclasses, so match on `name`. */
function errorName(err) {
    return err?.name ?? '';
}
/** Throttled, 5xx, timed out, cut off or never answered: worth another poll (src/aws/errors.ts). */


// EXTERNAL MODULE: ./src/aws/proxy.ts
var proxy = __webpack_require__(1373);
;// CONCATENATED MODULE: ./src/aws/bounded-fetch.ts
// A download that cannot hold the step: bounded in time and in bytes. Presigned log URLs are
// foreign endpoints; one that trickles a byte a second or declares hundreds of megabytes must
// neither hang the run nor fill its memory. What arrived in time is kept.

const TAIL_LOG_MAX_BYTES = 2 * 1024 * 1024;
const TAIL_LOG_MAX_MS = 30_000;
async function fetchBoundedText(url, o) {
    const timer = AbortSignal.timeout(Math.max(1, o.timeoutMs));
    const signal = o.signal ? AbortSignal.any([o.signal, timer]) : timer;
    // Presigned URLs are AWS traffic too: the proxy rule applies (proxy.ts).
    const viaProxy = await (0,proxy/* proxyFetchFor */.gN)(url, process.env);
    const res = await (viaProxy ?? fetch)(url, { signal });
    if (!res.ok || !res.body) {
        await res.body?.cancel().catch(() => undefined);
        throw new Error(`HTTP ${res.status}`);
    }
    const chunks = [];
    let bytes = 0;
    let cut;
    const reader = res.body.getReader();
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            const room = o.maxBytes - bytes;
            chunks.push(value.length > room ? value.subarray(0, room) : value);
            bytes += Math.min(value.length, room);
            if (bytes >= o.maxBytes) {
                cut = 'bytes';
                break;
            }
        }
    }
    catch (err) {
        // The run's own cancel ends the download; the time limit keeps what arrived.
        if (o.signal?.aborted || !timer.aborted)
            throw err;
        cut = 'time';
    }
    finally {
        await reader.cancel().catch(() => undefined);
    }
    return { text: Buffer.concat(chunks).toString('utf8'), bytes, ...(cut ? { cut } : {}) };
}

;// CONCATENATED MODULE: ./src/beanstalk/facts.ts
// Facts about a failed update for the diagnosis engine: the events since the update and each
// instance's tail logs (RequestEnvironmentInfo tail → RetrieveEnvironmentInfo → fetch each
// presigned URL). Beanstalk's events never name the failed command or hook; the logs do.




const INSTANCE_IN_EVENT = /\[Instance: (i-[0-9a-zA-Z]+)\]/g;
/** Instance ids named in events ("[Instance: i-…] Command failed on instance…"), in order (pure). */
function instancesInEvents(events) {
    const ids = new Set();
    for (const e of events)
        for (const m of (e.Message ?? '').matchAll(INSTANCE_IN_EVENT))
            ids.add(m[1]);
    return [...ids];
}
function entryKey(e) {
    return `${e.Ec2InstanceId ?? ''}|${e.SampleTimestamp?.getTime() ?? ''}|${e.Message ?? ''}`;
}
/**
 * Entries that appeared after the request, newest per instance (pure). Comparing with the list
 * read before the request avoids trusting the runner's clock against AWS's.
 */
function newTailEntries(before, after) {
    const old = new Set(before.map(entryKey));
    const latest = new Map();
    for (const e of after) {
        if (e.InfoType && e.InfoType !== 'tail')
            continue;
        if (old.has(entryKey(e)) || !e.Ec2InstanceId || !e.Message)
            continue;
        const prev = latest.get(e.Ec2InstanceId);
        if (!prev || (e.SampleTimestamp?.getTime() ?? 0) > (prev.SampleTimestamp?.getTime() ?? 0))
            latest.set(e.Ec2InstanceId, e);
    }
    return latest;
}
/** Instance id → tail log text. Never throws for a missing log: it reports and returns what it has. */
async function collectTailLogs(client, environment, opts) {
    const logs = {};
    const retrieve = async () => (await client.send(new dist_cjs/* RetrieveEnvironmentInfoCommand */.D4Y({ EnvironmentName: environment, InfoType: 'tail' }), {
        abortSignal: opts.signal,
    })).EnvironmentInfo ?? [];
    let entries = new Map();
    try {
        const before = await retrieve();
        await client.send(new dist_cjs/* RequestEnvironmentInfoCommand */.UVy({ EnvironmentName: environment, InfoType: 'tail' }), { abortSignal: opts.signal });
        opts.log(`Requested the tail logs of ${environment}'s instances.`);
        const until = opts.clock.now() + opts.maxWaitMs;
        for (;;) {
            await opts.clock.sleep(Math.max(100, Math.min(opts.pollMs, 2000)), opts.signal);
            entries = newTailEntries(before, await retrieve());
            const complete = opts.instances.length > 0 ? opts.instances.every((id) => entries.has(id)) : entries.size > 0;
            if (complete || opts.clock.now() >= until)
                break;
        }
    }
    catch (err) {
        if (opts.signal?.aborted)
            throw new time/* AbortedError */.oM();
        opts.log(`Could not get the instances' tail logs: ${(0,errors/* errorText */.kc)(err)}. The diagnosis uses the events only.`);
        return logs;
    }
    if (entries.size === 0) {
        opts.log('No instance published its tail logs in time; the diagnosis uses the events only.');
        return logs;
    }
    await Promise.all([...entries].map(async ([id, e]) => {
        try {
            // Bounded in time and bytes: a presigned URL that trickles or never ends must not hold the run.
            const got = await fetchBoundedText(e.Message, {
                maxBytes: TAIL_LOG_MAX_BYTES,
                timeoutMs: Math.min(TAIL_LOG_MAX_MS, Math.max(5_000, opts.deadline ? opts.deadline - opts.clock.now() : TAIL_LOG_MAX_MS)),
                signal: opts.signal,
            });
            logs[id] = got.text;
            if (got.cut)
                opts.log(`The tail log of ${id} was cut after ${got.cut === 'bytes' ? `${got.bytes} bytes (the limit)` : `the time limit (${got.bytes} bytes read)`}; the diagnosis uses what arrived.`);
        }
        catch (err) {
            if (opts.signal?.aborted)
                return;
            opts.log(`Could not download the tail log of ${id}: ${(0,errors/* errorText */.kc)(err)}`);
        }
    }));
    const got = Object.keys(logs);
    opts.log(`Read the tail logs of ${got.length} instance${got.length === 1 ? '' : 's'}${got.length ? ` (${got.join(', ')})` : ''}.`);
    return logs;
}
function failureFacts(events, logs) {
    return { service: 'beanstalk', events: events, logs };
}
/**
 * `hookline explain --environment`: the environment's recent events (newest 100) and its
 * instances' tail logs, fetched live.
 */
async function beanstalkFacts(where, opts = {}) {
    // Loaded here so the pure helpers above import no client factory.
    const { createClient } = await __webpack_require__.e(/* import() */ 201).then(__webpack_require__.bind(__webpack_require__, 201));
    const client = await createClient('beanstalk', { region: where.region });
    const out = await client.send(new dist_cjs/* DescribeEventsCommand */.w6x({ ApplicationName: where.application, EnvironmentName: where.environment, MaxRecords: 100 }), { abortSignal: opts.signal });
    const events = [...(out.Events ?? [])].reverse();
    const logs = await collectTailLogs(client, where.environment, {
        pollMs: 2000,
        maxWaitMs: 60_000,
        instances: instancesInEvents(events),
        log: opts.log ?? (() => undefined),
        clock: time/* systemClock */.ml,
        signal: opts.signal,
    });
    return failureFacts(events, logs);
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
