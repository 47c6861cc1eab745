export const id = 148;
export const ids = [148];
export const modules = {

/***/ 148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseCodeDeploy: () => (/* binding */ releaseCodeDeploy)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
// EXTERNAL MODULE: ./src/codedeploy/release.ts
var release = __webpack_require__(7627);
// EXTERNAL MODULE: ./src/codedeploy/watch.ts
var watch = __webpack_require__(7709);
// EXTERNAL MODULE: ./src/codedeploy/console.ts
var console = __webpack_require__(4863);
// EXTERNAL MODULE: ./src/diagnose/index.ts + 5 modules
var diagnose = __webpack_require__(1142);
// EXTERNAL MODULE: ./src/report/deployment-table.ts
var deployment_table = __webpack_require__(9722);
;// CONCATENATED MODULE: ./src/retry/attempts.ts
/**
 * Runs `attempt` until it succeeds (`verdictOf` answers undefined) or must not be retried.
 * Returns every attempt, the last one final. Errors thrown by `attempt` (cancel, timeout) end the loop.
 */
async function withRetries(policy, attempt, verdictOf) {
    const records = [];
    for (let n = 1;; n++) {
        const result = await attempt(n);
        const verdict = verdictOf(result);
        const record = { n, result, verdict, retried: false, note: '' };
        records.push(record);
        if (!verdict) {
            record.note = 'succeeded';
            return records;
        }
        const left = policy.retries - (n - 1);
        if (!verdict.transient)
            record.note = `not retried: ${verdict.reason}`;
        else if (left <= 0)
            record.note = `transient (${verdict.reason}), not retried: ${policy.retries === 0 ? 'retries is 0' : `all ${policy.retries} retries used`}`;
        else if (policy.clock.now() + policy.pauseMs >= policy.deadline)
            record.note = `transient (${verdict.reason}), not retried: the timeout leaves no time for another deployment`;
        else {
            record.retried = true;
            record.note = `retried: ${verdict.reason}`;
        }
        if (!record.retried)
            return records;
        policy.log(`Attempt ${n} failed for a transient cause (${verdict.reason}); starting attempt ${n + 1} of at most ${policy.retries + 1}.`);
        await policy.clock.sleep(policy.pauseMs, policy.signal);
    }
}

;// CONCATENATED MODULE: ./src/retry/summary.ts
/** Markdown table, one row per attempt; category names and notes are hookline's own words. */
function attemptsTable(records, row) {
    const lines = ['| Attempt | Deployment | Status | Cause | Retry |', '|---|---|---|---|---|'];
    for (const r of records) {
        const { deploymentId, status, url } = row(r.result);
        const causes = r.verdict ? [...new Set(r.verdict.causes.map((c) => `\`${c.category}\``))].join(', ') || '—' : '—';
        lines.push(`| ${r.n} | [${deploymentId}](${url}) | ${status} | ${causes} | ${r.note.replace(/\|/g, '\\|')} |`);
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/diagnose/codedeploy.ts
var codedeploy = __webpack_require__(1060);
// EXTERNAL MODULE: ./src/diagnose/rules/codedeploy.ts + 1 modules
var rules_codedeploy = __webpack_require__(1241);
// EXTERNAL MODULE: ./src/diagnose/text.ts
var diagnose_text = __webpack_require__(2009);
;// CONCATENATED MODULE: ./src/retry/transient.ts



/** A timeout on the instance's way to S3 (Ruby Net::*Timeout, S3's RequestTimeout), not a refusal. */
const S3_TIMEOUT = /Net::(?:Open|Read)Timeout|execution expired|RequestTimeout|(?:connection|operation|request) timed out/i;
/** The transient causes; every category not listed here is permanent. */
const TRANSIENT = {
    'platform-error': { why: 'AWS reported an internal error or throttled the deployment' },
    'agent-unavailable': {
        why: 'the CodeDeploy agent restarted during a lifecycle event',
        only: (c) => c.rule === 'codedeploy/agent-restarted',
    },
    'bundle-access-denied': {
        why: 'the instance timed out talking to S3',
        only: (c) => S3_TIMEOUT.test(c.text),
    },
};
/** Why a cause is transient, or undefined when it is not. */
function transientWhy(c) {
    const entry = TRANSIENT[c.category];
    return entry && (!entry.only || entry.only(c)) ? entry.why : undefined;
}
/** The verdict over all causes of one failed deployment (pure): transient only when every cause is. */
function judge(causes) {
    if (causes.length === 0)
        return { transient: false, reason: 'no cause could be read from CodeDeploy', causes };
    const permanent = causes.filter((c) => transientWhy(c) === undefined);
    if (permanent.length > 0) {
        const names = [...new Set(permanent.map((c) => c.category))].join(', ');
        return { transient: false, reason: `${names} is not transient: the same revision would fail again`, causes };
    }
    const whys = [...new Set(causes.map((c) => transientWhy(c)))];
    return { transient: true, reason: whys.join('; '), causes };
}
/**
 * The causes of a failed CodeDeploy deployment, read as the diagnosis engine reads them: each
 * failed lifecycle event, then the deployment's errorInformation (left out when it only restates
 * what failed targets explain, as the engine does).
 */
function causesOf(facts) {
    const causes = [];
    const { failures } = (0,codedeploy/* collectFailures */.Cx)(facts.targets);
    for (const f of failures) {
        const { rule } = (0,codedeploy/* classifyHook */.Gu)(f);
        causes.push({ category: rule.category, rule: rule.id, text: `${f.message}\n${f.logTail}` });
    }
    const info = (0,diagnose_text/* obj */.WL)(facts.deployment, 'errorInformation');
    const err = { code: (0,diagnose_text/* str */.gx)(info, 'code').trim(), message: (0,diagnose_text/* str */.gx)(info, 'message').trim() };
    if (err.code || err.message) {
        const { ruleId, category } = (0,codedeploy/* classifyDeploymentError */.Uc)(err);
        const consequence = rules_codedeploy/* CONSEQUENCE_CODES */.LW.has(err.code) || category === 'health-constraints';
        if (!(consequence && failures.length > 0))
            causes.push({ category, rule: ruleId, text: `${err.code}: ${err.message}` });
    }
    return causes;
}

// EXTERNAL MODULE: ./src/in-flight.ts
var in_flight = __webpack_require__(1839);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
;// CONCATENATED MODULE: ./src/flows/codedeploy-attempt.ts







async function deployOnce(s, deps, plan) {
    const { clock, signal, report } = deps;
    const { client, token } = plan;
    const record = { service: 'codedeploy', region: s.region, token, application: s.application, group: s.deploymentGroup };
    // The intent is recorded before CreateDeployment is sent: a cancel while it is in flight
    // still lets the post step find the deployment by its token and stop it.
    (0,in_flight/* saveInFlight */.$Z)(report, { ...record, since: Date.now() });
    const deploymentId = await report.group('Create deployment', () => (0,release/* startDeployment */.i4)(client, plan.createOnce, {
        application: s.application,
        deploymentGroup: s.deploymentGroup,
        revision: plan.revision,
        deploymentConfig: s.deploymentConfig,
        description: plan.description,
        token,
        fileExistsBehavior: s.fileExistsBehavior,
        ignoreApplicationStopFailures: s.ignoreApplicationStopFailures,
        autoRollback: s.autoRollback,
        updateOutdatedInstancesOnly: s.outdatedInstancesOnly,
    }, { onActive: s.onActiveDeployment, deadline: plan.deadline, pollMs: s.pollIntervalMs, log: report.log }, clock, signal).catch((err) => {
        // Refused or failed to start: nothing is in flight (a cancel keeps the intent for the post step).
        if (!(err instanceof time/* AbortedError */.oM))
            (0,in_flight/* saveInFlight */.$Z)(report, undefined);
        throw err;
    }));
    (0,in_flight/* saveInFlight */.$Z)(report, { ...record, id: deploymentId });
    report.setOutput(constants/* Outputs */.tY.DeploymentId, deploymentId);
    report.info(`Deployment ${deploymentId} created: ${(0,console/* consoleUrl */.B)(s.region, deploymentId)}`);
    const follow = (id, continueBlueGreen) => (0,watch/* watchDeployment */.Jh)(client, id, { pollMs: s.pollIntervalMs, deadline: plan.deadline, continueBlueGreen, log: report.log, clock, signal });
    let watched;
    try {
        watched = await report.group(`Watch deployment ${deploymentId}`, () => follow(deploymentId, s.continueBlueGreen));
    }
    catch (err) {
        if (err instanceof time/* AbortedError */.oM) {
            throw new time/* AbortedError */.oM(`Cancelled while deployment ${deploymentId} was running; the post step ${s.onCancel === 'stop' ? 'stops it' : 'leaves it running (on-cancel: leave)'}.`);
        }
        throw err;
    }
    if (watched.timedOut) {
        report.setOutput(constants/* Outputs */.tY.Status, watched.info.status ?? 'Unknown');
        throw new errors/* DeploymentTimedOut */.NZ(`Deployment ${deploymentId} did not finish within the timeout (${Math.round(s.timeoutMs / 1000)}s); it is ${watched.info.status ?? 'in an unknown state (CodeDeploy did not answer)'}. ` +
            `The post step ${s.onCancel === 'stop' ? 'stops it' : 'leaves it running'}.`);
    }
    // Ended, left waiting for traffic rerouting, or rerouted with only the originals' termination
    // wait left: nothing for the post step to stop.
    (0,in_flight/* saveInFlight */.$Z)(report, undefined);
    const info = await (0,release/* getDeployment */.i8)(client, deploymentId, signal);
    const rollbackId = info.rollbackInfo?.rollbackDeploymentId;
    let rollback;
    if (rollbackId) {
        report.info(`CodeDeploy started rollback deployment ${rollbackId}; following it.`);
        rollback = (await follow(rollbackId, true)).info;
    }
    const targets = [...watched.targets.values()];
    const failedIds = targets.filter((t) => (0,watch/* targetOf */.$r)(t)?.status === 'Failed').map((t) => (0,watch/* targetOf */.$r)(t)?.targetId ?? '');
    const succeeded = info.status === 'Succeeded' || watched.waitingForReady || watched.terminationWait;
    const attempt = { deploymentId, watched, info, rollback, targets, failedIds, succeeded };
    if (succeeded && failedIds.length === 0)
        return attempt;
    const failedTargets = await gatherFailedTargets(client, deploymentId, targets, signal);
    attempt.facts = {
        service: 'codedeploy',
        deployment: info,
        targets: failedTargets,
    };
    return attempt;
}
/** The failed targets with their lifecycle diagnostics, reusing what the watcher already read. */
async function gatherFailedTargets(client, deploymentId, known, signal) {
    const failed = known.filter((t) => (0,watch/* targetOf */.$r)(t)?.status === 'Failed');
    if (failed.length > 0)
        return failed;
    return (0,watch/* readTargets */.R0)(client, deploymentId, () => undefined, signal, ['Failed']);
}

// EXTERNAL MODULE: ./src/flows/revision.ts + 4 modules
var revision = __webpack_require__(9);
// EXTERNAL MODULE: ./src/compute/platform.ts
var compute_platform = __webpack_require__(4682);
;// CONCATENATED MODULE: ./src/flows/compute-dispatch.ts
// The CodeDeploy release asks the application which compute platform it deploys to; ECS and Lambda
// go to flows/compute.ts (loaded, with its ECS/Lambda SDK clients, only then).


/** True when the application is ECS or Lambda and its release ran here; false for EC2/on-premises. */
async function releasedAsCompute(s, ctx, deps) {
    const client = await (0,clients.createClient)('codedeploy', { region: s.region });
    const platform = await (0,compute_platform/* detectPlatform */.li)(client, s.application, deps.signal);
    if (platform === 'Server') {
        (0,compute_platform/* checkInputs */.sw)(platform, {
            application: s.application,
            compute: s.compute,
            s3Bucket: s.s3Bucket,
            fileExistsBehavior: s.fileExistsBehavior ?? '',
            ignoreApplicationStopFailures: s.ignoreApplicationStopFailures,
        });
        return false;
    }
    const { releaseCompute } = await __webpack_require__.e(/* import() */ 528).then(__webpack_require__.bind(__webpack_require__, 3528));
    await releaseCompute(s, ctx, deps, client, platform);
    return true;
}

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-cjs/index.js
var dist_cjs = __webpack_require__(7507);
;// CONCATENATED MODULE: ./src/bake/alarms.ts
// The CloudWatch alarms a CodeDeploy deployment group names in its alarmConfiguration, read for
// the bake. The CloudWatch SDK client is created (and its package loaded) only when the group
// names alarms, so a run without a bake, or a group without alarms, never loads it.

/** DescribeAlarms takes at most 100 names per call. */
const NAMES_PER_CALL = 100;
async function groupAlarms(client, application, group, signal) {
    const out = await client.send(new dist_cjs/* GetDeploymentGroupCommand */.WOp({ applicationName: application, deploymentGroupName: group }), {
        abortSignal: signal,
    });
    const config = out.deploymentGroupInfo?.alarmConfiguration;
    const names = [...new Set((config?.alarms ?? []).flatMap((a) => (a.name ? [a.name] : [])))];
    return { names, disabled: config?.enabled === false };
}
async function readAlarms(cw, names, signal) {
    const { DescribeAlarmsCommand } = await __webpack_require__.e(/* import() */ 85).then(__webpack_require__.t.bind(__webpack_require__, 4085, 19));
    const states = [];
    for (let i = 0; i < names.length; i += NAMES_PER_CALL) {
        let NextToken;
        do {
            const out = await cw.send(new DescribeAlarmsCommand({
                AlarmNames: names.slice(i, i + NAMES_PER_CALL),
                AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
                NextToken,
            }), { abortSignal: signal });
            for (const a of [...(out.MetricAlarms ?? []), ...(out.CompositeAlarms ?? [])]) {
                if (!a.AlarmName)
                    continue;
                states.push({
                    name: a.AlarmName,
                    state: a.StateValue ?? 'INSUFFICIENT_DATA',
                    reason: a.StateReason ?? '',
                    ...(a.StateUpdatedTimestamp ? { since: a.StateUpdatedTimestamp } : {}),
                });
            }
            NextToken = out.NextToken;
        } while (NextToken);
    }
    return states;
}
/** The first alarm in ALARM, as a breach naming it and its state reason (pure). */
function alarmBreach(states, group) {
    const firing = states.filter((a) => a.state === 'ALARM');
    const first = firing[0];
    if (!first)
        return undefined;
    const others = firing.slice(1).map((a) => a.name);
    return {
        title: `Alarm ${first.name} went to ALARM during the bake`,
        message: `CloudWatch alarm ${first.name} of deployment group ${group} is in ALARM` +
            `${first.since ? ` since ${first.since.toISOString()}` : ''}` +
            `${first.reason ? `: ${first.reason}` : '.'}` +
            `${others.length ? ` Also in ALARM: ${others.join(', ')}.` : ''}`,
        evidence: firing.map((a) => `${a.name}: ${a.state}${a.reason ? ` — ${a.reason}` : ''}`),
    };
}
/** Names the group lists that CloudWatch does not know (pure): said once, they cannot breach. */
function missingAlarms(names, states) {
    const found = new Set(states.map((a) => a.name));
    return names.filter((n) => !found.has(n));
}

// EXTERNAL MODULE: ./src/bake/gate.ts
var gate = __webpack_require__(6054);
// EXTERNAL MODULE: ./src/bake/outcome.ts
var outcome = __webpack_require__(7469);
;// CONCATENATED MODULE: ./src/bake/codedeploy.ts






async function bakeCodeDeploy(s, ctx, deps, client, info) {
    // Only a finished success bakes (not a blue/green deployment still waiting for its reroute).
    if (s.bakeMs <= 0 || info.status !== 'Succeeded')
        return;
    const { report, clock, signal, timings } = deps;
    const id = info.deploymentId ?? '?';
    const where = `${s.application}/${s.deploymentGroup}`;
    const alarms = await groupAlarms(client, s.application, s.deploymentGroup, signal).catch((err) => {
        if (err instanceof time/* AbortedError */.oM || signal.aborted)
            throw new time/* AbortedError */.oM(`Cancelled before the bake of ${id}; the deployment had succeeded and stays live.`);
        throw new errors/* DeploymentFailed */.Nr(`Deployment ${id} succeeded, but the bake could not read the alarms of ${where}: ${(0,errors/* errorText */.kc)(err)}`);
    });
    if (alarms.names.length === 0 || alarms.disabled) {
        const why = alarms.names.length === 0 ? 'names no CloudWatch alarms (alarmConfiguration)' : 'has its alarm configuration turned off';
        report.notice(`Deployment group ${where} ${why}: the bake had nothing to watch and was skipped.`, { title: 'Bake' });
        report.summary.addRaw(`Bake: skipped · ${where} ${why}\n\n`);
        await report.summary.write();
        return;
    }
    const names = alarms.names;
    const cw = await (0,clients.createClient)('cloudwatch', { region: s.region });
    let checkedNames = false;
    const result = await timings
        .measure('Bake', () => report.group(`Bake ${id}`, () => (0,gate/* bake */.W)(async (bound) => {
        const states = await readAlarms(cw, names, bound);
        if (!checkedNames) {
            checkedNames = true;
            const missing = missingAlarms(names, states);
            if (missing.length)
                report.warning(`Deployment group ${where} names alarms CloudWatch does not have: ${missing.join(', ')}. They cannot fail the bake.`, {
                    title: 'Bake',
                });
        }
        return alarmBreach(states, where);
    }, {
        durationMs: s.bakeMs,
        pollMs: s.pollIntervalMs,
        clock,
        signal,
        log: report.log,
        what: `${names.length} alarm${names.length > 1 ? 's' : ''} of ${where} (${names.join(', ')})`,
    })))
        .catch((err) => {
        if (err instanceof time/* AbortedError */.oM)
            throw new time/* AbortedError */.oM(`Cancelled during the bake of ${id}; the deployment had succeeded and stays live.`);
        throw err;
    })
        .finally(() => cw.destroy());
    const previous = info.previousRevision;
    const wantsRestore = s.onBakeFailure === 'redeploy-previous';
    await (0,outcome/* concludeBake */.L)(result, {
        report,
        durationMs: s.bakeMs,
        subject: `deployment ${id} (${where})`,
        fix: wantsRestore
            ? `Find what this revision changed that the alarm measures; the previous revision was released again.`
            : `Find what this revision changed that the alarm measures, then release a fix (or the previous revision with mode: redeploy, or on-bake-failure: redeploy-previous).`,
        ...(wantsRestore && previous
            ? {
                restore: async () => {
                    const { redeployPreviousCodeDeploy } = await Promise.all(/* import() */[__webpack_require__.e(114), __webpack_require__.e(462), __webpack_require__.e(104), __webpack_require__.e(384)]).then(__webpack_require__.bind(__webpack_require__, 3));
                    return redeployPreviousCodeDeploy(s, ctx, deps, previous);
                },
            }
            : {}),
        ...(wantsRestore && !previous ? { noRestore: `Deployment ${id} records no previous revision to release again; it stays live.` } : {}),
    });
}

;// CONCATENATED MODULE: ./src/flows/codedeploy.ts

















const NO_FILES = { files: new Map(), modes: new Map() };
async function releaseCodeDeploy(s, ctx, deps, given) {
    // The application's compute platform decides: ECS and Lambda release AppSpec content instead.
    if (!given && (await releasedAsCompute(s, ctx, deps)))
        return;
    const { clock, signal, timings, report } = deps;
    const deadline = clock.now() + s.timeoutMs;
    const rev = given
        ? undefined
        : await (0,revision/* prepareRevision */.T)(s, ctx, { kind: 'codedeploy', signal, timings, report });
    const client = await (0,clients.createClient)('codedeploy', { region: s.region });
    const createOnce = await (0,clients.createClient)('codedeploy', { region: s.region, maxAttempts: 1 });
    const description = (0,context/* releaseDescription */.a)(ctx, s.description);
    const location = rev && {
        application: s.application,
        bucket: rev.upload.bucket,
        key: rev.upload.key,
        bundleType: rev.bundle.bundleType,
        etag: rev.upload.etag,
        versionId: rev.upload.versionId,
        description,
    };
    if (location)
        await timings.measure('Register revision', () => (0,release/* registerRevision */.RE)(client, location, signal));
    const revisionKey = rev ? rev.bundle.sha256.slice(0, 12) : (given?.uri ?? '').replace(/[^A-Za-z0-9]+/g, '').slice(-12);
    const plan = (n) => ({
        client,
        createOnce,
        revision: location ? (0,release/* revisionLocation */.bI)(location) : given.revision,
        description,
        // Each attempt is its own deployment, found again (after a lost answer or a cancel) by its own token.
        token: `hookline-${ctx.runId}-${ctx.runAttempt}-${revisionKey}${n > 1 ? `-r${n}` : ''}`,
        deadline,
    });
    const records = await withRetries({ retries: s.retries, deadline, pauseMs: s.pollIntervalMs, clock, signal, log: report.log }, (n) => timings.measure(n > 1 ? `Deployment (attempt ${n})` : 'Deployment', () => deployOnce(s, deps, plan(n))), (a) => (a.succeeded ? undefined : judge(causesOf(a.facts ?? { service: 'codedeploy' }))));
    const final = records[records.length - 1].result;
    const { deploymentId, watched, info, rollback, targets, failedIds, succeeded } = final;
    report.setOutput(constants/* Outputs */.tY.Attempts, String(records.length));
    report.setOutput(constants/* Outputs */.tY.Status, watched.waitingForReady ? 'Ready' : (info.status ?? 'Unknown'));
    const terminating = watched.terminationWait && info.status === 'InProgress';
    report.setOutput(constants/* Outputs */.tY.FailedInstances, failedIds.join(','));
    const summary = report.summary.addHeading(`hookline · CodeDeploy ${s.application}/${s.deploymentGroup}`, 2);
    summary.addRaw(`Deployment [${deploymentId}](${(0,console/* consoleUrl */.B)(s.region, deploymentId)}) **${watched.waitingForReady ? 'Ready (waiting for traffic rerouting)' : terminating ? 'traffic rerouted (original instances wait for termination)' : info.status}**` +
        (rev
            ? ` · revision \`s3://${rev.upload.bucket}/${rev.upload.key}\` · sha256 \`${rev.bundle.sha256.slice(0, 12)}\`` +
                ` · ${rev.upload.uploaded ? `uploaded ${(0,format/* formatBytes */.z)(rev.upload.bytes)}` : 'already in S3: nothing built or uploaded'}\n\n`
            : ` · redeploy of an existing revision, nothing uploaded\n\n`));
    if (s.retries > 0 || records.length > 1) {
        const row = (a) => ({
            deploymentId: a.deploymentId,
            status: a.info.status ?? 'Unknown',
            url: (0,console/* consoleUrl */.B)(s.region, a.deploymentId),
        });
        summary.addRaw(attemptsTable(records, row) + '\n\n');
    }
    if (given) {
        const succeededNow = info.status === 'Succeeded' && !rollback;
        summary.addRaw(`| | Revision |\n|---|---|\n| Live before | \`${given.before}\` |\n| Live after | \`${succeededNow ? given.uri : given.before}\`${succeededNow ? '' : ` (the redeploy ${info.status === 'Succeeded' ? 'was rolled back' : 'did not take'})`} |\n\n`);
    }
    if (rollback)
        summary.addRaw(`Rollback deployment ${rollback.deploymentId}: **${rollback.status}**\n\n`);
    summary.addRaw(timings.markdown() + '\n\n');
    const table = (0,deployment_table/* renderTargetTable */.c)(targets);
    const total = (0,watch/* fleetSize */.oE)(info);
    if (table)
        summary.addRaw(table + '\n\n');
    if (targets.length < total) {
        const o = info.deploymentOverview ?? {};
        const counts = ['Succeeded', 'Failed', 'Skipped', 'InProgress', 'Pending'].filter((k) => o[k]).map((k) => `${k} ${o[k]}`);
        summary.addRaw(`_${targets.length} of ${total} instances listed (large fleets list the failed ones). All instances: ${counts.join(' · ')}._\n\n`);
    }
    if (watched.waitingForReady) {
        report.notice(`Deployment ${deploymentId} is Ready: the replacement instances wait for traffic to be rerouted. ` +
            `Continue it in the console or rerun with continue-blue-green: true.`, { title: 'Blue/green deployment waits for you' });
    }
    if (terminating) {
        report.notice(`Deployment ${deploymentId}: ${(0,watch/* terminationWaitText */.dX)(info)}. hookline does not wait for that past its timeout.`, {
            title: 'Blue/green traffic rerouted',
        });
    }
    if (!final.facts) {
        await summary.write();
        return bakeCodeDeploy(s, ctx, deps, client, info);
    }
    // Explain every failed instance. The deployment config may let a deployment succeed with some
    // instances failed (AllAtOnce, HalfAtATime): those become warnings, not a red run.
    const diagnoses = (0,diagnose/* diagnose */.h4)(final.facts, rev?.files ?? NO_FILES).map((d) => succeeded && d.severity === 'error' ? { ...d, severity: 'warning' } : d);
    report.diagnoses(diagnoses, rev ? rev.annotationRoot : null, summary);
    await summary.write();
    if (succeeded)
        return bakeCodeDeploy(s, ctx, deps, client, info);
    const err = info.errorInformation;
    throw new errors/* DeploymentFailed */.Nr(`Deployment ${deploymentId} ${info.status === 'Stopped' ? 'was stopped' : 'failed'}` +
        `${err?.code ? ` (${err.code})` : ''}${err?.message ? `: ${err.message}` : ''}` +
        `${failedIds.length ? ` — failed on ${failedIds.length} instance${failedIds.length > 1 ? 's' : ''}` : ''}` +
        `${rollback ? `; rollback ${rollback.deploymentId} ${rollback.status}` : ''}` +
        `${records.length > 1 ? ` (attempt ${records.length} of ${s.retries + 1})` : ''}.`);
}


/***/ }),

/***/ 9722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ renderTargetTable)
/* harmony export */ });
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7994);

const ICON = { Succeeded: '✅', Failed: '❌', Skipped: '⏭️', InProgress: '⏳', Pending: '·', Unknown: '?' };
function seconds(start, end) {
    if (!start || !end)
        return '';
    const s = (new Date(end).getTime() - new Date(start).getTime()) / 1000;
    return s >= 0 ? ` ${s < 10 ? s.toFixed(1) : Math.round(s)}s` : '';
}
const escapeCell = _summary_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR;
/** Rows are instances (failed first), columns the lifecycle events in the order they ran. */
function renderTargetTable(targets, maxRows = 100) {
    const rows = targets
        .map((t) => t.instanceTarget ?? t.lambdaTarget ?? t.ecsTarget)
        .filter((t) => t !== undefined)
        .sort((a, b) => Number(b.status === 'Failed') - Number(a.status === 'Failed') || String(a.targetId).localeCompare(String(b.targetId)));
    if (rows.length === 0)
        return '';
    const events = [];
    for (const t of rows)
        for (const e of t.lifecycleEvents ?? [])
            if (e.lifecycleEventName && !events.includes(e.lifecycleEventName))
                events.push(e.lifecycleEventName);
    const labelled = targets.some((t) => t.instanceTarget?.instanceLabel);
    // ECS services and Lambda aliases are targets, not instances.
    const head = [targets.some((t) => t.instanceTarget) ? 'Instance' : 'Target', ...(labelled ? ['Role'] : []), 'Status', ...events];
    const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
    for (const t of rows.slice(0, maxRows)) {
        const byName = new Map((t.lifecycleEvents ?? []).map((e) => [e.lifecycleEventName, e]));
        const label = 'instanceLabel' in t && t.instanceLabel ? [t.instanceLabel === 'Green' ? 'replacement' : 'original'] : labelled ? [''] : [];
        const cells = events.map((name) => {
            const e = byName.get(name);
            return e ? `${ICON[e.status ?? 'Unknown'] ?? e.status}${seconds(e.startTime, e.endTime)}` : '';
        });
        lines.push(`| ${escapeCell(t.targetId ?? '?')} | ${[...label, `${ICON[t.status ?? 'Unknown'] ?? ''} ${t.status ?? ''}`, ...cells].join(' | ')} |`);
    }
    if (rows.length > maxRows)
        lines.push(`\n_${rows.length - maxRows} more instances not shown._`);
    return lines.join('\n');
}


/***/ })

};
