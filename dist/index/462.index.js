export const id = 462;
export const ids = [462];
export const modules = {

/***/ 9462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ readPair),
/* harmony export */   F9: () => (/* binding */ cloneEnvironment),
/* harmony export */   K3: () => (/* binding */ swapAndVerify),
/* harmony export */   jW: () => (/* binding */ cloneableSettings)
/* harmony export */ });
/* unused harmony exports cnamePrefix, identifyPair */
/* harmony import */ var _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6114);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8558);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3232);
/* harmony import */ var _watch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3834);
// Blue/green by CNAME swap: of a pair of environments, the one holding the production CNAME is
// live, the other idle. The new version goes to the idle one (cloned from the live one when it
// does not exist yet); only when it is Ready, on the new version and healthy are the CNAMEs
// swapped, and the swap is verified through the API: the production CNAME now belongs to the
// environment that runs the new version. The production URL never points at an unhealthy
// environment because a failed idle deployment ends the run before the swap.




/** `shop-prod.us-east-1.elasticbeanstalk.com` → `shop-prod` (pure). */
function cnamePrefix(cname) {
    return (cname ?? '').split('.')[0]?.toLowerCase() ?? '';
}
/**
 * Which of the two is live (pure): the one whose CNAME prefix is the production prefix. When only
 * one exists it must hold the production CNAME; the other gets cloned.
 */
function identifyPair(envs, names, productionPrefix) {
    const prod = productionPrefix.toLowerCase();
    const found = names.map((n) => envs.find((e) => e.EnvironmentName === n && e.Status !== 'Terminated' && e.Status !== 'Terminating'));
    const liveAt = found.findIndex((e) => e !== undefined && cnamePrefix(e.CNAME) === prod);
    if (liveAt < 0) {
        const held = found
            .filter((e) => e !== undefined)
            .map((e) => `${e.EnvironmentName} has ${e.CNAME ?? 'no CNAME'}`);
        return {
            kind: 'fail',
            message: `Neither ${names[0]} nor ${names[1]} holds the production CNAME '${productionPrefix}' (${held.join('; ') || 'neither exists'}). ` +
                `Set production-cname to the CNAME prefix your traffic uses.`,
        };
    }
    const idleAt = 1 - liveAt;
    return { kind: 'ok', live: found[liveAt], idle: found[idleAt], idleName: names[idleAt] };
}
async function readPair(client, application, names, productionPrefix, signal) {
    const out = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_3__/* .DescribeEnvironmentsCommand */ .$8c({ ApplicationName: application, EnvironmentNames: [...names], IncludeDeleted: false }), { abortSignal: signal });
    return identifyPair(out.Environments ?? [], names, productionPrefix);
}
/** Settings a new environment can take: no CloudFormation parameters, no resource-bound options (pure). */
function cloneableSettings(settings) {
    return settings
        .filter((o) => o.Namespace && o.OptionName && o.Value !== undefined && !o.ResourceName)
        .filter((o) => !o.Namespace?.startsWith('aws:cloudformation:'))
        .map((o) => ({ Namespace: o.Namespace, OptionName: o.OptionName, Value: o.Value }));
}
/** Creates the idle environment as a copy of the live one, running the new version. */
async function cloneEnvironment(client, application, live, idleName, label, productionPrefix, signal) {
    let settings = [];
    try {
        const cfg = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_3__/* .DescribeConfigurationSettingsCommand */ .yAX({ ApplicationName: application, EnvironmentName: live.EnvironmentName }), { abortSignal: signal });
        settings = cloneableSettings(cfg.ConfigurationSettings?.[0]?.OptionSettings ?? []);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BeanstalkError */ .w1(`Could not read the configuration of ${live.EnvironmentName} to clone it: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorText */ .kc)(err)}`);
    }
    try {
        return await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_3__/* .CreateEnvironmentCommand */ .Rne({
            ApplicationName: application,
            EnvironmentName: idleName,
            CNAMEPrefix: `${productionPrefix.slice(0, 58)}-idle`,
            VersionLabel: label,
            ...(live.PlatformArn ? { PlatformArn: live.PlatformArn } : { SolutionStackName: live.SolutionStackName }),
            Tier: live.Tier,
            OptionSettings: settings,
            Description: `Idle half of the blue/green pair with ${live.EnvironmentName} (created by hookline).`,
        }), { abortSignal: signal });
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BeanstalkError */ .w1(`Could not create the idle environment ${idleName} as a copy of ${live.EnvironmentName}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorText */ .kc)(err)}`);
    }
}
/**
 * Re-checks the idle environment, swaps the CNAMEs, waits for both to be Ready, and verifies that
 * the production CNAME now points at the environment running `label`. Returns that environment.
 */
async function swapAndVerify(client, application, idleName, liveName, productionPrefix, label, gate, opts) {
    const idle = await (0,_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .waitForReady */ .Cf)(client, application, idleName, opts);
    const health = (0,_watch_js__WEBPACK_IMPORTED_MODULE_2__/* .gateDecision */ .eU)((0,_watch_js__WEBPACK_IMPORTED_MODULE_2__/* .healthLevel */ .vu)(idle.Health, idle.HealthStatus), gate);
    if (idle.VersionLabel !== label || health === 'fail' || health === 'wait') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BeanstalkError */ .w1(`Not swapping: ${idleName} runs ${idle.VersionLabel ?? 'no version'} with health ${idle.Health ?? 'unknown'}${idle.HealthStatus ? ` (${idle.HealthStatus})` : ''} just before the swap; production stays on ${liveName}.`);
    }
    opts.log(`Swapping CNAMEs: ${idleName} (${label}) takes '${productionPrefix}' from ${liveName}.`);
    try {
        await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_3__/* .SwapEnvironmentCNAMEsCommand */ .Z4r({ SourceEnvironmentName: idleName, DestinationEnvironmentName: liveName }), {
            abortSignal: opts.signal,
        });
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BeanstalkError */ .w1(`Could not swap the CNAMEs of ${idleName} and ${liveName}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorText */ .kc)(err)}`);
    }
    const newLive = await (0,_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .waitForReady */ .Cf)(client, application, idleName, opts);
    await (0,_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .waitForReady */ .Cf)(client, application, liveName, opts);
    if (cnamePrefix(newLive.CNAME) !== productionPrefix.toLowerCase() || newLive.VersionLabel !== label) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BeanstalkError */ .w1(`The swap did not take: the production CNAME '${productionPrefix}' should point at ${idleName} running ${label}, but ${idleName} has ${newLive.CNAME ?? 'no CNAME'} and runs ${newLive.VersionLabel ?? 'no version'}.`);
    }
    opts.log(`Verified: http://${newLive.CNAME} is served by ${idleName}, running ${label}; ${liveName} is now the idle environment.`);
    return newLive;
}


/***/ }),

/***/ 3232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ consoleUrl),
/* harmony export */   Cf: () => (/* binding */ waitForReady),
/* harmony export */   NE: () => (/* binding */ describeEnvironment),
/* harmony export */   bY: () => (/* binding */ updateToVersion),
/* harmony export */   fw: () => (/* binding */ environmentUrl),
/* harmony export */   iH: () => (/* binding */ readyDecision)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6114);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6043);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8558);
// The environment before the update: found, belongs to the application, and Ready — waited for
// (bounded) when another update or a launch is still running, instead of failing — then one
// UpdateEnvironment to the new version label.



/** Whether an update can start now, must wait, or cannot happen (pure). */
function readyDecision(env, application, name) {
    if (!env || env.Status === 'Terminated') {
        return {
            kind: 'fail',
            message: `Elastic Beanstalk environment '${name}' was not found in application '${application}' (or it is terminated). Check the environment and region inputs.`,
        };
    }
    if (env.ApplicationName && env.ApplicationName !== application) {
        return { kind: 'fail', message: `Environment '${name}' belongs to application '${env.ApplicationName}', not '${application}'.` };
    }
    switch (env.Status) {
        case 'Ready':
            return { kind: 'ready' };
        case 'Terminating':
            return { kind: 'fail', message: `Environment '${name}' is being terminated; it cannot be updated.` };
        case 'Launching':
        case 'Updating':
        case 'Aborting':
        case 'LinkingFrom':
        case 'LinkingTo':
            return { kind: 'wait', reason: `${env.Status}${env.VersionLabel ? ` (version ${env.VersionLabel})` : ''}` };
        default:
            return { kind: 'wait', reason: env.Status ?? 'status unknown' };
    }
}
function environmentUrl(env) {
    if (env?.CNAME)
        return `http://${env.CNAME}`;
    if (env?.EndpointURL)
        return /^https?:\/\//.test(env.EndpointURL) ? env.EndpointURL : `http://${env.EndpointURL}`;
    return '';
}
function consoleUrl(region, env) {
    const id = env?.EnvironmentId ?? '';
    return `https://${region}.console.aws.amazon.com/elasticbeanstalk/home?region=${region}#/environment/dashboard?environmentId=${id}`;
}
async function describeEnvironment(client, application, name, signal) {
    const out = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_2__/* .DescribeEnvironmentsCommand */ .$8c({ ApplicationName: application, EnvironmentNames: [name], IncludeDeleted: false }), { abortSignal: signal });
    const envs = (out.Environments ?? []).filter((e) => e.EnvironmentName === name);
    return envs.find((e) => e.Status !== 'Terminated') ?? envs[0];
}
/** Waits until the environment is Ready (bounded by the deadline); says what it waits for, once per change. */
async function waitForReady(client, application, name, opts) {
    let said = '';
    let throttled = 0;
    for (;;) {
        if (opts.signal?.aborted)
            throw new _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .AbortedError */ .oM();
        let env;
        try {
            env = await describeEnvironment(client, application, name, opts.signal);
            throttled = 0;
        }
        catch (err) {
            if (opts.signal?.aborted)
                throw new _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .AbortedError */ .oM();
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(err))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BeanstalkError */ .w1(`Could not read environment '${name}': ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}`);
            await opts.clock.sleep((0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .nextDelay */ .rM)(opts.pollMs, ++throttled), opts.signal);
            continue;
        }
        const d = readyDecision(env, application, name);
        if (d.kind === 'ready') {
            if (said)
                opts.log(`Environment '${name}' is Ready now.`);
            return env;
        }
        if (d.kind === 'fail')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BeanstalkError */ .w1(d.message);
        if (d.reason !== said) {
            opts.log(`Environment '${name}' is ${d.reason}; waiting for it to be Ready before updating it.`);
            said = d.reason;
        }
        if (opts.clock.now() >= opts.deadline) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BeanstalkError */ .w1(`Environment '${name}' was still ${d.reason} when the timeout was reached; another update is holding it. Retry once it is Ready.`);
        }
        await opts.clock.sleep(Math.min((0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .nextDelay */ .rM)(opts.pollMs, 0), Math.max(1, opts.deadline - opts.clock.now())), opts.signal);
    }
}
/**
 * Waits for Ready, then updates the environment to the label. An update that loses the race to
 * another one (OperationInProgress) waits again instead of failing.
 */
async function updateToVersion(client, application, name, label, opts) {
    for (;;) {
        const before = await waitForReady(client, application, name, opts);
        await opts.beforeUpdate?.();
        try {
            const after = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_2__/* .UpdateEnvironmentCommand */ .i98({ ApplicationName: application, EnvironmentName: name, VersionLabel: label }), { abortSignal: opts.signal });
            return { before, after };
        }
        catch (err) {
            if (opts.signal?.aborted)
                throw new _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .AbortedError */ .oM();
            opts.onUpdateFailed?.();
            const text = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err);
            if (((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorName */ .Is)(err) === 'OperationInProgressException' || /OperationInProgress|invalid state/i.test(text)) &&
                opts.clock.now() < opts.deadline) {
                opts.log(`Environment '${name}' got busy before the update could start (${text}); waiting again.`);
                await opts.clock.sleep((0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .nextDelay */ .rM)(opts.pollMs, 0), opts.signal);
                continue;
            }
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorName */ .Is)(err) === 'InsufficientPrivilegesException') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BeanstalkError */ .w1(`Not allowed to update environment '${name}': ${text}. The role needs elasticbeanstalk:UpdateEnvironment plus the EC2, Auto Scaling, CloudFormation and S3 permissions Beanstalk uses on your behalf.`);
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BeanstalkError */ .w1(`Could not update environment '${name}' to version '${label}': ${text}`);
        }
    }
}


/***/ }),

/***/ 8558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   Nr: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.Nr),
/* harmony export */   dg: () => (/* reexport safe */ _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__.Sc),
/* harmony export */   kc: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.kc),
/* harmony export */   w1: () => (/* binding */ BeanstalkError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
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



/***/ }),

/***/ 3834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P6: () => (/* binding */ baselineEvents),
/* harmony export */   Rc: () => (/* binding */ EventCursor),
/* harmony export */   ZV: () => (/* binding */ Watcher),
/* harmony export */   eU: () => (/* binding */ gateDecision),
/* harmony export */   vu: () => (/* binding */ healthLevel)
/* harmony export */ });
/* unused harmony exports eventKey, isErrorEvent, eventLine, INITIAL_MEMORY, judge, instanceRow */
/* harmony import */ var _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6114);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6043);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8558);
/* harmony import */ var _aws_deadline_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7969);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9378);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3232);
/* harmony import */ var _terminal_events_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6171);
// Follow an environment update to a verdict: stream its events (new ones only, each once,
// coloured by severity), say when status or health changes, and decide. Success needs all of:
// status Ready, the new version label on the environment and on every instance, and health
// meeting the gate on two reads in a row. Any ERROR event or a return to another version is a
// failure at once; the environment is then followed until it settles so the tail logs can be
// requested.







// ---------------------------------------------------------------- events (pure)
function eventKey(e) {
    return `${e.EventDate?.getTime() ?? ''}|${e.Severity ?? ''}|${e.RequestId ?? ''}|${e.Message ?? ''}`;
}
/**
 * Remembers which events were shown. DescribeEvents answers newest first and its StartTime is
 * inclusive, so the same events come back on every poll: `take` returns only unseen ones,
 * oldest first, and moves the start time forward.
 */
class EventCursor {
    seen = new Set();
    since;
    /** `baseline`: events that happened before the update (never shown, never judged). */
    constructor(baseline = []) {
        for (const e of baseline)
            this.remember(e);
    }
    get startTime() {
        return this.since;
    }
    take(events) {
        const fresh = events.filter((e) => !this.seen.has(eventKey(e)) && !(this.since && e.EventDate && e.EventDate < this.since));
        fresh.sort((a, b) => (a.EventDate?.getTime() ?? 0) - (b.EventDate?.getTime() ?? 0));
        for (const e of fresh)
            this.remember(e);
        return fresh;
    }
    remember(e) {
        this.seen.add(eventKey(e));
        if (e.EventDate && (!this.since || e.EventDate > this.since))
            this.since = e.EventDate;
    }
}
/** An ERROR/FATAL event, or one the EB CLI treats as a failed end whatever its severity ("… complete, but with errors"). */
function isErrorEvent(e) {
    return e.Severity === 'ERROR' || e.Severity === 'FATAL' || (0,_terminal_events_js__WEBPACK_IMPORTED_MODULE_4__/* .isTerminalFailure */ .B)(e.Message ?? '');
}
const ANSI = { red: '\u001b[31m', yellow: '\u001b[33m', grey: '\u001b[90m', reset: '\u001b[0m' };
/** One log line per event, coloured by severity (ANSI colours: the log shows them, no annotation). */
function eventLine(e) {
    const time = e.EventDate ? e.EventDate.toISOString().slice(11, 19) : '--:--:--';
    const sev = (e.Severity ?? 'INFO').padEnd(5);
    const text = `${time} ${sev} ${e.Message ?? ''}`;
    if (isErrorEvent(e))
        return `${ANSI.red}${text}${ANSI.reset}`;
    if (e.Severity === 'WARN')
        return `${ANSI.yellow}${text}${ANSI.reset}`;
    if (e.Severity === 'DEBUG' || e.Severity === 'TRACE')
        return `${ANSI.grey}${text}${ANSI.reset}`;
    return text;
}
// ---------------------------------------------------------------- health and verdict (pure)
/** Enhanced health status when present (it is finer), otherwise the basic colour. */
function healthLevel(color, status) {
    switch (status) {
        case 'Ok':
        case 'Info':
            return 'green';
        case 'Warning':
            return 'yellow';
        case 'Degraded':
        case 'Severe':
            return 'red';
        case 'NoData':
        case 'Unknown':
        case 'Pending':
        case 'Suspended':
            return 'grey';
        default:
            break;
    }
    switch (color) {
        case 'Green':
            return 'green';
        case 'Yellow':
            return 'yellow';
        case 'Red':
            return 'red';
        default:
            return 'grey';
    }
}
function gateDecision(level, gate) {
    if (gate === 'any')
        return level === 'green' ? 'pass' : 'warn';
    if (level === 'green')
        return 'pass';
    if (level === 'red')
        return 'fail';
    if (level === 'grey')
        return 'wait';
    return gate === 'green' ? 'wait' : 'warn';
}
const INITIAL_MEMORY = { sawUpdate: false, readyBeforeUpdate: 0, passes: 0 };
/** Polls a Ready environment may show the old label before the update shows (eventual consistency). */
const GRACE_POLLS = 3;
/** The decision for one poll (pure): see the module comment. */
function judge(o, m, label, gate) {
    const first = o.errorEvents[0];
    if (first)
        return { kind: 'fail', failure: 'error-event', message: first.Message ?? 'Elastic Beanstalk reported an error event.' };
    if (o.status === 'Terminating' || o.status === 'Terminated') {
        return { kind: 'fail', failure: 'terminated', message: `The environment is ${o.status} while it was being updated.` };
    }
    if (o.status !== 'Ready')
        return { kind: 'continue', memory: { ...m, sawUpdate: true, passes: 0 }, waitingFor: `status ${o.status}` };
    if (o.versionLabel !== label) {
        if (!m.sawUpdate && m.readyBeforeUpdate < GRACE_POLLS) {
            return { kind: 'continue', memory: { ...m, readyBeforeUpdate: m.readyBeforeUpdate + 1 }, waitingFor: 'the update to start' };
        }
        return {
            kind: 'fail',
            failure: 'rolled-back',
            message: `The environment is Ready but runs version '${o.versionLabel ?? 'none'}', not '${label}': the update was rolled back or replaced.`,
        };
    }
    const behind = (o.instances ?? []).filter((i) => i.version !== undefined && i.version !== label);
    if (behind.length > 0) {
        return {
            kind: 'continue',
            memory: { ...m, passes: 0 },
            waitingFor: `${behind.length} instance${behind.length > 1 ? 's' : ''} still on another version (${behind.map((i) => `${i.id}: ${i.version}`).join(', ')})`,
        };
    }
    const level = healthLevel(o.color, o.healthStatus);
    const decision = gateDecision(level, gate);
    const health = `${o.color ?? 'unknown'}${o.healthStatus ? ` (${o.healthStatus})` : ''}`;
    if (decision === 'fail') {
        const bad = (o.instances ?? []).filter((i) => healthLevel(i.color, i.healthStatus) === 'red');
        return {
            kind: 'fail',
            failure: 'health',
            message: `Health is ${health} after the deploy${bad.length ? ` on ${bad.map((i) => i.id).join(', ')}` : ''}; the gate '${gate}' does not allow it.`,
        };
    }
    if (decision === 'wait')
        return { kind: 'continue', memory: { ...m, passes: 0 }, waitingFor: `health ${health} to meet the gate '${gate}'` };
    const passes = m.passes + 1;
    if (passes < 2)
        return { kind: 'continue', memory: { ...m, passes }, waitingFor: 'a second health read to confirm' };
    if (decision === 'warn')
        return { kind: 'success', warning: `Deployed, but health is ${health}; the gate '${gate}' lets it pass.` };
    return { kind: 'success' };
}
class Watcher {
    client;
    req;
    cursor;
    opts;
    events = [];
    calls = {};
    enhanced = true;
    lastHealth = '';
    lastStatus = '';
    /** Clock time no call may outlast: the deadline while watching, the settle limit after a failure. */
    bound;
    constructor(client, req, cursor, opts) {
        this.client = client;
        this.req = req;
        this.cursor = cursor;
        this.opts = opts;
        this.bound = opts.deadline;
    }
    /** The signal for one call: the run's cancel, or the bound, whichever comes first. */
    signal() {
        return (0,_aws_deadline_js__WEBPACK_IMPORTED_MODULE_5__/* .deadlineSignal */ .R)(this.opts.signal, this.bound - this.opts.clock.now());
    }
    count(op) {
        this.calls[op] = (this.calls[op] ?? 0) + 1;
    }
    /** New events of the environment, logged once each. */
    async pollEvents() {
        const all = [];
        let NextToken;
        let pages = 0;
        do {
            this.count('DescribeEvents');
            const out = await this.client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_6__/* .DescribeEventsCommand */ .w6x({
                ApplicationName: this.req.application,
                EnvironmentName: this.req.environment,
                StartTime: this.cursor.startTime,
                MaxRecords: 100,
                NextToken,
            }), { abortSignal: this.signal() });
            all.push(...(out.Events ?? []));
            NextToken = out.NextToken;
        } while (NextToken && ++pages < 10);
        const fresh = this.cursor.take(all);
        for (const e of fresh)
            this.opts.log(eventLine(e));
        this.events.push(...fresh);
        return fresh;
    }
    async readEnvironment() {
        this.count('DescribeEnvironments');
        const env = await (0,_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .describeEnvironment */ .NE)(this.client, this.req.application, this.req.environment, this.signal());
        const status = env?.Status ?? 'missing';
        if (status !== this.lastStatus) {
            this.opts.log(`Environment ${this.req.environment} is ${status}${env?.VersionLabel ? ` · version ${env.VersionLabel}` : ''}`);
            this.lastStatus = status;
        }
        const health = `${env?.Health ?? 'unknown'}${env?.HealthStatus ? ` (${env.HealthStatus})` : ''}`;
        if (health !== this.lastHealth) {
            const causes = healthLevel(env?.Health, env?.HealthStatus) === 'green' ? [] : await this.causes();
            this.opts.log(`Health ${this.lastHealth ? `${this.lastHealth} → ` : ''}${health}${causes.length ? `: ${causes.join(' · ')}` : ''}`);
            this.lastHealth = health;
        }
        return env;
    }
    /** Per-instance health and deployed version; undefined for basic-health environments. */
    async readInstances() {
        if (!this.enhanced)
            return undefined;
        const rows = [];
        let NextToken;
        try {
            do {
                this.count('DescribeInstancesHealth');
                const out = await this.client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_6__/* .DescribeInstancesHealthCommand */ .fO0({ EnvironmentName: this.req.environment, AttributeNames: ['All'], NextToken }), { abortSignal: this.signal() });
                rows.push(...(out.InstanceHealthList ?? []).map(instanceRow));
                NextToken = out.NextToken;
            } while (NextToken);
        }
        catch (err) {
            if (this.opts.signal?.aborted)
                throw new _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .AbortedError */ .oM();
            if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransientAwsError */ .Sc)(err) || this.opts.clock.now() >= this.bound)
                return undefined;
            // Basic health (or a caller without the permission): the environment's label must do.
            this.enhanced = false;
            this.opts.log(`Per-instance health is not available (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorName */ .Is)(err) || 'error'}); checking the environment's version label instead.`);
            return undefined;
        }
        return rows;
    }
    async causes() {
        if (!this.enhanced)
            return [];
        try {
            this.count('DescribeEnvironmentHealth');
            const out = await this.client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_6__/* .DescribeEnvironmentHealthCommand */ .qeK({ EnvironmentName: this.req.environment, AttributeNames: ['Causes'] }), { abortSignal: this.signal() });
            return out.Causes ?? [];
        }
        catch {
            return [];
        }
    }
    /** Polls until a verdict, the deadline, or cancellation (AbortedError). */
    async run() {
        const { clock, signal } = this.opts;
        let memory = INITIAL_MEMORY;
        let failures = 0;
        let env;
        let instances;
        let waitingFor = '';
        for (;;) {
            if (signal?.aborted)
                throw new _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .AbortedError */ .oM();
            let verdict;
            try {
                const fresh = await this.pollEvents();
                env = await this.readEnvironment();
                if (env?.Status === 'Ready')
                    instances = await this.readInstances();
                verdict = judge({
                    status: env?.Status ?? 'Terminated',
                    versionLabel: env?.VersionLabel,
                    color: env?.Health,
                    healthStatus: env?.HealthStatus,
                    instances: env?.Status === 'Ready' ? instances : undefined,
                    errorEvents: fresh.filter(isErrorEvent),
                }, memory, this.req.label, this.req.gate);
                if (failures > 0)
                    this.opts.log(`Elastic Beanstalk answers again after ${failures} failed poll${failures > 1 ? 's' : ''}.`);
                failures = 0;
            }
            catch (err) {
                if (signal?.aborted)
                    throw new _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .AbortedError */ .oM();
                const timedOut = clock.now() >= this.opts.deadline;
                // Only a definite refusal ends the watch; a flaky network or a failing service is waited out.
                if (!timedOut && !(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransientAwsError */ .Sc)(err))
                    throw err;
                if (timedOut) {
                    const message = `still waiting for ${waitingFor || 'the update to finish'} (the last read failed: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .briefAwsError */ .G9)(err)})`;
                    return { outcome: 'timeout', message, env, events: this.events, instances, calls: this.calls };
                }
                if (failures++ === 0)
                    this.opts.log(`Could not read environment ${this.req.environment} (${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .briefAwsError */ .G9)(err)}); retrying until the timeout. The update is not affected.`);
                await clock.sleep(Math.min((0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .nextDelay */ .rM)(this.opts.pollMs, failures), Math.max(1, this.opts.deadline - clock.now())), signal);
                continue;
            }
            if (verdict.kind === 'success') {
                return { outcome: 'success', message: 'Ready', warning: verdict.warning, env, events: this.events, instances, calls: this.calls };
            }
            if (verdict.kind === 'fail') {
                env = (await this.settle()) ?? env;
                if (env?.Status === 'Ready')
                    instances = (await this.readInstances()) ?? instances;
                return {
                    outcome: 'failed',
                    failure: verdict.failure,
                    message: verdict.message,
                    env,
                    events: this.events,
                    instances,
                    calls: this.calls,
                };
            }
            memory = verdict.memory;
            if (verdict.waitingFor && verdict.waitingFor !== waitingFor && env?.Status === 'Ready')
                this.opts.log(`Waiting for ${verdict.waitingFor}.`);
            waitingFor = verdict.waitingFor ?? '';
            if (clock.now() >= this.opts.deadline) {
                return {
                    outcome: 'timeout',
                    message: `still waiting for ${waitingFor || 'the update to finish'}`,
                    env,
                    events: this.events,
                    instances,
                    calls: this.calls,
                };
            }
            await clock.sleep(Math.min((0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .nextDelay */ .rM)(this.opts.pollMs, 0), Math.max(1, this.opts.deadline - clock.now())), signal);
        }
    }
    /**
     * After a failure verdict: keep reading events until the environment leaves Updating (bounded),
     * because the decisive "Failed to deploy" events come last and tail logs need a Ready environment.
     */
    async settle() {
        const { clock, signal } = this.opts;
        const until = Math.min(clock.now() + this.opts.settleMs, this.opts.deadline + this.opts.settleMs);
        this.bound = until;
        let env;
        for (;;) {
            if (signal?.aborted)
                throw new _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .AbortedError */ .oM();
            try {
                await this.pollEvents();
                env = await this.readEnvironment();
            }
            catch (err) {
                if (signal?.aborted)
                    throw new _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .AbortedError */ .oM();
                if (!(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransientAwsError */ .Sc)(err) || clock.now() >= until)
                    return env;
            }
            if (!env || env.Status === 'Ready' || env.Status === 'Terminated' || clock.now() >= until)
                return env;
            await clock.sleep(Math.min((0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .nextDelay */ .rM)(this.opts.pollMs, 0), Math.max(1, until - clock.now())), signal);
        }
    }
}
function instanceRow(i) {
    return {
        id: i.InstanceId ?? 'unknown',
        color: i.Color,
        healthStatus: i.HealthStatus,
        version: i.Deployment?.VersionLabel,
        deploymentStatus: i.Deployment?.Status,
        causes: i.Causes ?? [],
    };
}
/** Events before the update: the cursor starts after them. */
async function baselineEvents(client, application, environment, signal) {
    const out = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_6__/* .DescribeEventsCommand */ .w6x({ ApplicationName: application, EnvironmentName: environment, MaxRecords: 25 }), {
        abortSignal: signal,
    });
    return out.Events ?? [];
}


/***/ })

};
