export const id = 734;
export const ids = [734];
export const modules = {

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


/***/ }),

/***/ 6347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseCodeDeploy: () => (/* binding */ releaseCodeDeploy)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/in-flight.ts
var in_flight = __webpack_require__(1839);
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
// EXTERNAL MODULE: ./src/diagnose/index.ts + 12 modules
var diagnose = __webpack_require__(5165);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/report/deployment-table.ts

const ICON = { Succeeded: '✅', Failed: '❌', Skipped: '⏭️', InProgress: '⏳', Pending: '·', Unknown: '?' };
function seconds(start, end) {
    if (!start || !end)
        return '';
    const s = (new Date(end).getTime() - new Date(start).getTime()) / 1000;
    return s >= 0 ? ` ${s < 10 ? s.toFixed(1) : Math.round(s)}s` : '';
}
const escapeCell = summary/* tableCell */.xR;
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
    const head = ['Instance', ...(labelled ? ['Role'] : []), 'Status', ...events];
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

// EXTERNAL MODULE: ./src/flows/revision.ts + 2 modules
var revision = __webpack_require__(209);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/flows/codedeploy.ts













const NO_FILES = { files: new Map(), modes: new Map() };
async function releaseCodeDeploy(s, ctx, deps, given) {
    const { clock, signal, timings, report } = deps;
    const deadline = clock.now() + s.timeoutMs;
    const rev = given
        ? undefined
        : await (0,revision/* prepareRevision */.T)(s, ctx, { kind: 'codedeploy', signal, timings, report });
    const client = await (0,clients.createClient)('codedeploy', { region: s.region });
    // CreateDeployment is never retried by the SDK: see release.ts (lost responses).
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
    const revisionKey = rev ? rev.bundle.sha256.slice(0, 12) : (given?.uri ?? '').replace(/[^A-Za-z0-9]+/g, '').slice(-12);
    const token = `hookline-${ctx.runId}-${ctx.runAttempt}-${revisionKey}`;
    const deploymentId = await timings.measure(location ? 'Register and create deployment' : 'Create deployment', async () => {
        if (location)
            await (0,release/* registerRevision */.RE)(client, location, signal);
        // The intent is recorded before CreateDeployment is sent: a cancel while it is in flight
        // still lets the post step find the deployment by its token and stop it.
        (0,in_flight/* saveInFlight */.$Z)(report, {
            service: 'codedeploy',
            region: s.region,
            token,
            application: s.application,
            group: s.deploymentGroup,
            since: Date.now(),
        });
        return report.group('Create deployment', () => (0,release/* startDeployment */.i4)(client, createOnce, {
            application: s.application,
            deploymentGroup: s.deploymentGroup,
            revision: location ? (0,release/* revisionLocation */.bI)(location) : given.revision,
            deploymentConfig: s.deploymentConfig,
            description,
            token,
            fileExistsBehavior: s.fileExistsBehavior,
            ignoreApplicationStopFailures: s.ignoreApplicationStopFailures,
            autoRollback: s.autoRollback,
        }, { onActive: s.onActiveDeployment, deadline, pollMs: s.pollIntervalMs, log: report.log }, clock, signal).catch((err) => {
            // Refused or failed to start: nothing is in flight (a cancel keeps the intent for the post step).
            if (!(err instanceof time/* AbortedError */.oM))
                (0,in_flight/* saveInFlight */.$Z)(report, undefined);
            throw err;
        }));
    });
    (0,in_flight/* saveInFlight */.$Z)(report, {
        service: 'codedeploy',
        region: s.region,
        id: deploymentId,
        token,
        application: s.application,
        group: s.deploymentGroup,
    });
    report.setOutput(constants/* Outputs */.tY.DeploymentId, deploymentId);
    report.info(`Deployment ${deploymentId} created: ${(0,console/* consoleUrl */.B)(s.region, deploymentId)}`);
    let watched;
    try {
        watched = await timings.measure('Deployment', () => report.group(`Watch deployment ${deploymentId}`, () => (0,watch/* watchDeployment */.Jh)(client, deploymentId, {
            pollMs: s.pollIntervalMs,
            deadline,
            continueBlueGreen: s.continueBlueGreen,
            log: report.log,
            clock,
            signal,
        })));
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
    // Ended, or deliberately left waiting for traffic rerouting: nothing for the post step to stop.
    (0,in_flight/* saveInFlight */.$Z)(report, undefined);
    // Re-read the end state: a rollback may have been started on our behalf.
    const info = await (0,release/* getDeployment */.i8)(client, deploymentId, signal);
    const rollbackId = info.rollbackInfo?.rollbackDeploymentId;
    let rollback;
    if (rollbackId) {
        report.info(`CodeDeploy started rollback deployment ${rollbackId}; following it.`);
        const r = await (0,watch/* watchDeployment */.Jh)(client, rollbackId, {
            pollMs: s.pollIntervalMs,
            deadline,
            continueBlueGreen: true,
            log: report.log,
            clock,
            signal,
        });
        rollback = r.info;
    }
    const targets = [...watched.targets.values()];
    const failedIds = targets.filter((t) => (0,watch/* targetOf */.$r)(t)?.status === 'Failed').map((t) => (0,watch/* targetOf */.$r)(t)?.targetId ?? '');
    report.setOutput(constants/* Outputs */.tY.Status, watched.waitingForReady ? 'Ready' : (info.status ?? 'Unknown'));
    report.setOutput(constants/* Outputs */.tY.FailedInstances, failedIds.join(','));
    const summary = report.summary.addHeading(`hookline · CodeDeploy ${s.application}/${s.deploymentGroup}`, 2);
    summary.addRaw(`Deployment [${deploymentId}](${(0,console/* consoleUrl */.B)(s.region, deploymentId)}) **${watched.waitingForReady ? 'Ready (waiting for traffic rerouting)' : info.status}**` +
        (rev
            ? ` · revision \`s3://${rev.upload.bucket}/${rev.upload.key}\` · sha256 \`${rev.bundle.sha256.slice(0, 12)}\`` +
                ` · ${rev.upload.uploaded ? `uploaded ${(0,format/* formatBytes */.z)(rev.upload.bytes)}` : 'upload skipped (already in S3)'}\n\n`
            : ` · redeploy of an existing revision, nothing uploaded\n\n`));
    if (given) {
        const succeededNow = info.status === 'Succeeded' && !rollback;
        summary.addRaw(`| | Revision |\n|---|---|\n| Live before | \`${given.before}\` |\n| Live after | \`${succeededNow ? given.uri : given.before}\`${succeededNow ? '' : ` (the redeploy ${info.status === 'Succeeded' ? 'was rolled back' : 'did not take'})`} |\n\n`);
    }
    if (rollback)
        summary.addRaw(`Rollback deployment ${rollback.deploymentId}: **${rollback.status}**\n\n`);
    summary.addRaw(timings.markdown() + '\n\n');
    const table = renderTargetTable(targets);
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
    const succeeded = info.status === 'Succeeded' || watched.waitingForReady;
    if (succeeded && failedIds.length === 0) {
        await summary.write();
        return;
    }
    // Explain every failed instance. The deployment config may let a deployment succeed with some
    // instances failed (AllAtOnce, HalfAtATime): those become warnings, not a red run.
    const failedTargets = await gatherFailedTargets(client, deploymentId, targets, signal);
    const facts = {
        service: 'codedeploy',
        deployment: info,
        targets: failedTargets,
    };
    const diagnoses = (0,diagnose/* diagnose */.h4)(facts, rev?.files ?? NO_FILES).map((d) => succeeded && d.severity === 'error' ? { ...d, severity: 'warning' } : d);
    report.diagnoses(diagnoses, rev ? rev.annotationRoot : null, summary);
    await summary.write();
    if (succeeded)
        return;
    const err = info.errorInformation;
    throw new errors/* DeploymentFailed */.Nr(`Deployment ${deploymentId} ${info.status === 'Stopped' ? 'was stopped' : 'failed'}` +
        `${err?.code ? ` (${err.code})` : ''}${err?.message ? `: ${err.message}` : ''}` +
        `${failedIds.length ? ` — failed on ${failedIds.length} instance${failedIds.length > 1 ? 's' : ''}` : ''}` +
        `${rollback ? `; rollback ${rollback.deploymentId} ${rollback.status}` : ''}.`);
}
/** The failed targets with their lifecycle diagnostics, reusing what the watcher already read. */
async function gatherFailedTargets(client, deploymentId, known, signal) {
    const failed = known.filter((t) => (0,watch/* targetOf */.$r)(t)?.status === 'Failed');
    if (failed.length > 0)
        return failed;
    return (0,watch/* readTargets */.R0)(client, deploymentId, () => undefined, signal, ['Failed']);
}


/***/ })

};
