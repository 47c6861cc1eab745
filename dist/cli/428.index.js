export const id = 428;
export const ids = [428];
export const modules = {

/***/ 1428:
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
/** Throttled or never answered: worth another poll. */
function isTransient(err) {
    const name = errorName(err);
    if (name === 'Throttling' || name === 'ThrottlingException' || name === 'RequestLimitExceeded')
        return true;
    const status = err?.$metadata?.httpStatusCode;
    return status !== undefined && status >= 500;
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
        opts.log(`Could not get the instances' tail logs: ${(0,errors/* errorText */.k)(err)}. The diagnosis uses the events only.`);
        return logs;
    }
    if (entries.size === 0) {
        opts.log('No instance published its tail logs in time; the diagnosis uses the events only.');
        return logs;
    }
    await Promise.all([...entries].map(async ([id, e]) => {
        try {
            const res = await fetch(e.Message, { signal: opts.signal });
            if (!res.ok)
                throw new Error(`HTTP ${res.status}`);
            logs[id] = await res.text();
        }
        catch (err) {
            if (opts.signal?.aborted)
                return;
            opts.log(`Could not download the tail log of ${id}: ${(0,errors/* errorText */.k)(err)}`);
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
/* harmony export */   k: () => (/* binding */ errorText)
/* harmony export */ });
/* unused harmony export DeploymentFailed */
// Errors shared by both release paths; run() reports these by their message alone.
/** The release ran and failed: deployment Failed/Stopped, environment update failed, timeout. */
class DeploymentFailed extends Error {
    constructor(message) {
        super(message);
        this.name = 'DeploymentFailed';
    }
}
/** "Name: message" for SDK and other errors, without a stack. */
function errorText(err) {
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
