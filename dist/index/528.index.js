export const id = 528;
export const ids = [528];
export const modules = {

/***/ 3528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   releaseCompute: () => (/* binding */ releaseCompute)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7507);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _in_flight_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1839);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9556);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6076);
/* harmony import */ var _codedeploy_release_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7627);
/* harmony import */ var _codedeploy_watch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7709);
/* harmony import */ var _codedeploy_console_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4863);
/* harmony import */ var _compute_platform_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4682);
/* harmony import */ var _compute_revision_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(948);
/* harmony import */ var _diagnose_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1142);
/* harmony import */ var _report_deployment_table_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9722);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6043);
// The CodeDeploy release for ECS services and Lambda aliases: the AppSpec is the revision
// (AppSpecContent), so nothing is bundled or uploaded. prepare (task definition or version) →
// create deployment → watch the lifecycle events → on failure, ECS service events and the AppSpec's
// hooks → diagnose → report. The in-flight record is CodeDeploy's, so the post step stops a
// cancelled deployment with rollback exactly as for EC2.















async function releaseCompute(s, ctx, deps, client, platform) {
    const { clock, signal, timings, report } = deps;
    (0,_compute_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .checkInputs */ .sw)(platform, {
        application: s.application,
        compute: s.compute,
        s3Bucket: s.s3Bucket,
        fileExistsBehavior: s.fileExistsBehavior ?? '',
        ignoreApplicationStopFailures: s.ignoreApplicationStopFailures,
    });
    const deadline = clock.now() + s.timeoutMs;
    const description = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_11__/* .releaseDescription */ .a)(ctx, s.description);
    const group = await readGroup(client, s.application, s.deploymentGroup, signal);
    const prepared = await timings.measure(platform === 'ECS' ? 'Task definition and AppSpec' : 'Version and AppSpec', () => prepare(s, group, description, deps));
    report.debug(`AppSpec content:\n${prepared.content}`);
    const revision = (0,_compute_revision_js__WEBPACK_IMPORTED_MODULE_7__/* .appSpecRevision */ .q$)(prepared.content);
    const token = `hookline-${ctx.runId}-${ctx.runAttempt}-${(revision.appSpecContent?.sha256 ?? '').slice(0, 12)}`;
    const createOnce = await (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_3__.createClient)('codedeploy', { region: s.region, maxAttempts: 1 });
    const inFlight = { service: 'codedeploy', region: s.region, token, application: s.application, group: s.deploymentGroup };
    const deploymentId = await timings.measure('Create deployment', async () => {
        (0,_in_flight_js__WEBPACK_IMPORTED_MODULE_2__/* .saveInFlight */ .$Z)(report, { ...inFlight, since: Date.now() });
        return report.group('Create deployment', () => (0,_codedeploy_release_js__WEBPACK_IMPORTED_MODULE_4__/* .startDeployment */ .i4)(client, createOnce, {
            application: s.application,
            deploymentGroup: s.deploymentGroup,
            revision,
            deploymentConfig: s.deploymentConfig,
            description,
            token,
            ignoreApplicationStopFailures: false,
            autoRollback: s.autoRollback,
        }, { onActive: s.onActiveDeployment, deadline, pollMs: s.pollIntervalMs, log: report.log }, clock, signal).catch((err) => {
            if (!(err instanceof _util_time_js__WEBPACK_IMPORTED_MODULE_10__/* .AbortedError */ .oM))
                (0,_in_flight_js__WEBPACK_IMPORTED_MODULE_2__/* .saveInFlight */ .$Z)(report, undefined);
            throw err;
        }));
    });
    (0,_in_flight_js__WEBPACK_IMPORTED_MODULE_2__/* .saveInFlight */ .$Z)(report, { ...inFlight, id: deploymentId });
    report.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.DeploymentId, deploymentId);
    report.info(`Deployment ${deploymentId} created: ${(0,_codedeploy_console_js__WEBPACK_IMPORTED_MODULE_12__/* .consoleUrl */ .B)(s.region, deploymentId)}`);
    const watch = (id, continueBlueGreen) => (0,_codedeploy_watch_js__WEBPACK_IMPORTED_MODULE_5__/* .watchDeployment */ .Jh)(client, id, { pollMs: s.pollIntervalMs, deadline, continueBlueGreen, log: report.log, clock, signal });
    let watched;
    try {
        watched = await timings.measure('Deployment', () => report.group(`Watch deployment ${deploymentId}`, () => watch(deploymentId, s.continueBlueGreen)));
    }
    catch (err) {
        if (err instanceof _util_time_js__WEBPACK_IMPORTED_MODULE_10__/* .AbortedError */ .oM) {
            throw new _util_time_js__WEBPACK_IMPORTED_MODULE_10__/* .AbortedError */ .oM(`Cancelled while deployment ${deploymentId} was running; the post step ${s.onCancel === 'stop' ? 'stops it, with rollback' : 'leaves it running (on-cancel: leave)'}.`);
        }
        throw err;
    }
    if (watched.timedOut) {
        report.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Status, watched.info.status ?? 'Unknown');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DeploymentTimedOut */ .NZ(`Deployment ${deploymentId} did not finish within the timeout (${Math.round(s.timeoutMs / 1000)}s); it is ${watched.info.status ?? 'in an unknown state'}. ` +
            `The post step ${s.onCancel === 'stop' ? 'stops it, with rollback' : 'leaves it running'}.`);
    }
    (0,_in_flight_js__WEBPACK_IMPORTED_MODULE_2__/* .saveInFlight */ .$Z)(report, undefined);
    const info = await (0,_codedeploy_release_js__WEBPACK_IMPORTED_MODULE_4__/* .getDeployment */ .i8)(client, deploymentId, signal);
    let rollback;
    if (info.rollbackInfo?.rollbackDeploymentId) {
        report.info(`CodeDeploy started rollback deployment ${info.rollbackInfo.rollbackDeploymentId}; following it.`);
        rollback = (await watch(info.rollbackInfo.rollbackDeploymentId, true)).info;
    }
    const succeeded = info.status === 'Succeeded' || watched.waitingForReady;
    report.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Status, watched.waitingForReady ? 'Ready' : (info.status ?? 'Unknown'));
    const summary = report.summary.addHeading(`hookline · CodeDeploy ${(0,_compute_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .platformLabel */ .G8)(platform)} ${s.application}/${s.deploymentGroup}`, 2);
    summary.addRaw(`Deployment [${deploymentId}](${(0,_codedeploy_console_js__WEBPACK_IMPORTED_MODULE_12__/* .consoleUrl */ .B)(s.region, deploymentId)}) **${watched.waitingForReady ? 'Ready (waiting for traffic rerouting)' : info.status}** · ${prepared.what}` +
        ` · AppSpec sha256 \`${(revision.appSpecContent?.sha256 ?? '').slice(0, 12)}\`${prepared.file ? ` from \`${prepared.file}\`` : ' (written by hookline)'}\n\n`);
    if (rollback)
        summary.addRaw(`Rollback deployment ${rollback.deploymentId}: **${rollback.status}**\n\n`);
    summary.addRaw(timings.markdown() + '\n\n');
    const targets = [...watched.targets.values()];
    const table = (0,_report_deployment_table_js__WEBPACK_IMPORTED_MODULE_9__/* .renderTargetTable */ .c)(targets);
    if (table)
        summary.addRaw(table + '\n\n');
    if (watched.waitingForReady) {
        report.notice(`Deployment ${deploymentId} is Ready: the replacement task set waits for production traffic to be rerouted. Continue it in the console or rerun with continue-blue-green: true.`, { title: 'Blue/green deployment waits for you' });
    }
    if (succeeded) {
        if (info.status === 'Succeeded')
            report.info(`Traffic shifted: ${prepared.what}.`);
        await summary.write();
        return;
    }
    const facts = {
        service: 'codedeploy',
        deployment: info,
        targets: targets.filter((t) => (0,_codedeploy_watch_js__WEBPACK_IMPORTED_MODULE_5__/* .targetOf */ .$r)(t)?.status === 'Failed' || (0,_codedeploy_watch_js__WEBPACK_IMPORTED_MODULE_5__/* .targetOf */ .$r)(t)?.lifecycleEvents?.some((e) => e.status === 'Failed')),
        compute: await computeFacts(platform, prepared, group, info, s.region, signal, report),
    };
    report.diagnoses((0,_diagnose_index_js__WEBPACK_IMPORTED_MODULE_8__/* .diagnose */ .h4)(facts), '', summary);
    await summary.write();
    const err = info.errorInformation;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DeploymentFailed */ .Nr(`Deployment ${deploymentId} ${info.status === 'Stopped' ? 'was stopped' : 'failed'}` +
        `${err?.code ? ` (${err.code})` : ''}${err?.message ? `: ${err.message}` : ''}` +
        `${rollback ? `; rollback ${rollback.deploymentId} ${rollback.status}` : ''}.`);
}
async function readGroup(client, application, group, signal) {
    try {
        const out = await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_13__/* .GetDeploymentGroupCommand */ .WOp({ applicationName: application, deploymentGroupName: group }), {
            abortSignal: signal,
        });
        if (!out.deploymentGroupInfo)
            throw new Error('GetDeploymentGroup returned nothing');
        return out.deploymentGroupInfo;
    }
    catch (err) {
        throw new _codedeploy_release_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseError */ .K2(`Could not read deployment group '${group}' of application '${application}': ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}`);
    }
}
async function prepare(s, group, description, { report, signal }) {
    const c = s.compute;
    if (c.kind === 'ecs') {
        const { prepareEcs } = await Promise.all(/* import() */[__webpack_require__.e(212), __webpack_require__.e(151)]).then(__webpack_require__.bind(__webpack_require__, 4151));
        return prepareEcs(c, group, s.region, s.workspace, report, signal);
    }
    if (c.kind === 'lambda') {
        const { prepareLambda } = await Promise.all(/* import() */[__webpack_require__.e(696), __webpack_require__.e(999)]).then(__webpack_require__.bind(__webpack_require__, 9999));
        return prepareLambda(c, s.region, s.workspace, description, report, signal);
    }
    throw new Error('unreachable: checkInputs refuses a compute release without its inputs');
}
/** What the diagnosis needs beyond the deployment: hooks, and for ECS the service events and test listener. */
async function computeFacts(platform, prepared, group, info, region, signal, report) {
    const facts = { platform, hooks: prepared.hooks, appspecFile: prepared.file };
    if (platform !== 'ECS' || !prepared.service)
        return facts;
    const pair = group.loadBalancerInfo?.targetGroupPairInfoList?.[0];
    facts.testListener = (pair?.testTrafficRoute?.listenerArns?.length ?? 0) > 0;
    try {
        const { describeService, eventsSince } = await Promise.all(/* import() */[__webpack_require__.e(212), __webpack_require__.e(102)]).then(__webpack_require__.bind(__webpack_require__, 5102));
        const ecs = await (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_3__.createClient)('ecs', { region });
        const svc = await describeService(ecs, prepared.service, signal);
        facts.serviceEvents = eventsSince(svc, info.createTime ? new Date(info.createTime).getTime() : 0);
    }
    catch (err) {
        // The diagnosis still stands on the lifecycle events; say why the service's side is missing.
        report.warning(`Could not read the ECS service events: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}`);
    }
    return facts;
}


/***/ })

};
