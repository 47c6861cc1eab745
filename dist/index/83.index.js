export const id = 83;
export const ids = [83,967,171];
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

/***/ 2517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanupBeanstalk: () => (/* binding */ cleanupBeanstalk)
/* harmony export */ });
/* unused harmony export pickPreviewVersions */
/* harmony import */ var _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6114);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _github_preview_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6699);
/* harmony import */ var _github_deployments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6887);
/* harmony import */ var _github_comment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2746);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6076);
/* harmony import */ var _beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8558);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6541);
/* harmony import */ var _preview_environment_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2349);
// mode: cleanup, on pull_request closed: terminate the PR's preview environment, delete the
// application versions made for the PR that nothing else runs, mark its GitHub Deployments
// inactive and say so in the sticky comment. A preview that is already gone is not an error.









async function cleanupBeanstalk(s, ctx, deps, pr, api) {
    const { report } = deps;
    const name = (0,_preview_js__WEBPACK_IMPORTED_MODULE_6__/* .beanstalkPreviewName */ .jH)(s, pr);
    report.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.PreviewEnvironment, name);
    const client = await (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_4__.createClient)('beanstalk', { region: s.region, userAgent: 'pr-preview' });
    const deadline = deps.clock.now() + s.timeoutMs;
    const log = report.log;
    const outcome = await deps.timings.measure('Terminate environment', () => report.group(`Terminate ${name}`, () => (0,_preview_environment_js__WEBPACK_IMPORTED_MODULE_7__/* .terminatePreviewEnvironment */ .j)(client, s.application, name, {
        pollMs: s.pollIntervalMs,
        deadline,
        log,
        clock: deps.clock,
        signal: deps.signal,
    })));
    report.info(outcome === 'gone'
        ? `Preview environment ${name} does not exist (already removed); nothing to terminate.`
        : `Preview environment ${name} is terminated.`);
    report.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Status, 'Terminated');
    const removed = await deps.timings.measure('Application versions', () => report.group(`Application versions of #${pr.number}`, () => deletePreviewVersions(client, s.application, pr.number, deps.signal, report)));
    if (api) {
        const environment = (0,_github_preview_name_js__WEBPACK_IMPORTED_MODULE_1__/* .previewEnvironment */ ._s)(pr.number);
        const d = await (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_2__/* .deactivateDeployments */ .j9)(api, environment, { logUrl: ctx.runUrl, description: 'Preview removed', target: name });
        report.info(`GitHub Deployments of ${environment}: ${d.deactivated} marked inactive, ${d.skipped} already inactive` +
            `${d.failed ? `, ${d.failed} refused by GitHub (re-run the job to finish)` : ''}.`);
        const versions = removed.deleted.length
            ? `deleted application version${removed.deleted.length > 1 ? 's' : ''} ${removed.deleted.join(', ')}`
            : 'no application versions to delete';
        const kept = removed.kept.length ? `; kept ${removed.kept.join(', ')} (still in use by another environment)` : '';
        await (0,_github_comment_js__WEBPACK_IMPORTED_MODULE_3__/* .upsertComment */ .lB)(api, pr.number, (0,_github_comment_js__WEBPACK_IMPORTED_MODULE_3__/* .renderPreviewComment */ .K2)({
            state: 'removed',
            target: 'beanstalk',
            name,
            commit: pr.headSha,
            runUrl: ctx.runUrl,
            message: `The pull request was ${pr.merged ? 'merged' : 'closed'}: ${outcome === 'gone' ? 'the environment was already gone' : `terminated ${name}`}, ${versions}${kept}.`,
        }));
    }
    const summary = report.summary.addHeading(`hookline · preview of #${pr.number} removed`, 2);
    summary.addRaw(`Environment \`${name}\`: ${outcome === 'gone' ? 'already gone' : 'terminated'} · ` +
        `application versions deleted: ${removed.deleted.map((l) => `\`${l}\``).join(', ') || 'none'}` +
        `${removed.kept.length ? ` · kept (in use elsewhere): ${removed.kept.map((l) => `\`${l}\``).join(', ')}` : ''}\n\n`);
    summary.addRaw(deps.timings.markdown() + '\n\n');
    await summary.write();
}
/** The versions to delete (pure): made for this PR, and run by no environment. */
function pickPreviewVersions(versions, inUse, number) {
    const mine = versions.map((v) => v.VersionLabel ?? '').filter((l) => (0,_preview_js__WEBPACK_IMPORTED_MODULE_6__/* .isPreviewLabel */ .jE)(l, number));
    return { doomed: mine.filter((l) => !inUse.has(l)), kept: mine.filter((l) => inUse.has(l)) };
}
async function deletePreviewVersions(client, application, number, signal, report) {
    const versions = [];
    let NextToken;
    do {
        const out = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_8__/* .DescribeApplicationVersionsCommand */ .QDX({ ApplicationName: application, NextToken, MaxRecords: 1000 }), {
            abortSignal: signal,
        });
        versions.push(...(out.ApplicationVersions ?? []));
        NextToken = out.NextToken;
    } while (NextToken);
    const envs = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_8__/* .DescribeEnvironmentsCommand */ .$8c({ ApplicationName: application, IncludeDeleted: false }), {
        abortSignal: signal,
    });
    const inUse = new Set((envs.Environments ?? [])
        .filter((e) => e.Status !== 'Terminated')
        .map((e) => e.VersionLabel ?? '')
        .filter(Boolean));
    const { doomed, kept } = pickPreviewVersions(versions, inUse, number);
    const deleted = [];
    for (const label of doomed) {
        try {
            // The S3 bundle stays: it is content-addressed and may back another version (the merge's).
            await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_8__/* .DeleteApplicationVersionCommand */ .Xb({ ApplicationName: application, VersionLabel: label, DeleteSourceBundle: false }), { abortSignal: signal });
            deleted.push(label);
        }
        catch (err) {
            report.warning(`Could not delete application version '${label}': ${(0,_beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorText */ .kc)(err)}`, { title: 'Preview cleanup' });
        }
    }
    report.info(deleted.length
        ? `Deleted ${deleted.length} application version${deleted.length > 1 ? 's' : ''}: ${deleted.join(', ')}`
        : 'No application versions of this pull request to delete.');
    if (kept.length)
        report.info(`Kept ${kept.join(', ')}: another environment runs ${kept.length > 1 ? 'them' : 'it'}.`);
    return { deleted, kept };
}


/***/ }),

/***/ 2349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ ensurePreviewEnvironment),
/* harmony export */   j: () => (/* binding */ terminatePreviewEnvironment)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6114);
/* harmony import */ var _beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8558);
/* harmony import */ var _beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3232);
/* harmony import */ var _beanstalk_bluegreen_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9462);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6043);
// A pull request's Beanstalk environment: created when missing — from a saved configuration, or
// with a template environment's settings — waited for until Ready; terminated on cleanup and
// waited for until gone. Builds on src/beanstalk/ (describe, wait, cloneable settings).





const gone = (e) => !e || e.Status === 'Terminated';
/** Whether `name` exists (Terminating counts as gone-to-be: it is waited out first). */
async function ensurePreviewEnvironment(client, application, name, source, description, opts) {
    let env = await (0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .describeEnvironment */ .NE)(client, application, name, opts.signal);
    if (env?.Status === 'Terminating') {
        opts.log(`Environment ${name} is still being terminated (a previous close of this pull request); waiting until it is gone.`);
        await waitUntilGone(client, application, name, opts);
        env = undefined;
    }
    if (!gone(env))
        return { created: false, env: env };
    const input = await creationInput(client, application, name, source, description, opts.signal);
    opts.log(`Creating preview environment ${name} ${source.savedConfiguration ? `from saved configuration ${source.savedConfiguration}` : `with the settings of ${source.templateEnvironment}`}.`);
    try {
        await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_4__/* .CreateEnvironmentCommand */ .Rne(input), { abortSignal: opts.signal });
    }
    catch (err) {
        if (opts.signal?.aborted)
            throw new _util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .AbortedError */ .oM();
        throw new _beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BeanstalkError */ .w1(`Could not create the preview environment ${name}: ${(0,_beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorText */ .kc)(err)}`);
    }
    return { created: true, env: await (0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .waitForReady */ .Cf)(client, application, name, opts) };
}
async function creationInput(client, application, name, source, description, signal) {
    const base = { ApplicationName: application, EnvironmentName: name, Description: description.slice(0, 200) };
    if (source.savedConfiguration)
        return { ...base, TemplateName: source.savedConfiguration };
    const template = source.templateEnvironment;
    if (!template) {
        throw new _beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BeanstalkError */ .w1(`Preview environment ${name} does not exist and there is nothing to create it from: set preview-saved-configuration or preview-template-environment.`);
    }
    const tpl = await (0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .describeEnvironment */ .NE)(client, application, template, signal);
    if (gone(tpl))
        throw new _beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BeanstalkError */ .w1(`The preview template environment '${template}' was not found in application '${application}'.`);
    let settings;
    try {
        const cfg = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_4__/* .DescribeConfigurationSettingsCommand */ .yAX({ ApplicationName: application, EnvironmentName: template }), {
            abortSignal: signal,
        });
        settings = (0,_beanstalk_bluegreen_js__WEBPACK_IMPORTED_MODULE_2__/* .cloneableSettings */ .jW)(cfg.ConfigurationSettings?.[0]?.OptionSettings ?? []);
    }
    catch (err) {
        throw new _beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BeanstalkError */ .w1(`Could not read the configuration of ${template} to copy it: ${(0,_beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorText */ .kc)(err)}`);
    }
    const t = tpl;
    // No CNAMEPrefix: Beanstalk then picks a free one (<name>.<random>.<region>.elasticbeanstalk.com).
    return {
        ...base,
        ...(t.PlatformArn ? { PlatformArn: t.PlatformArn } : { SolutionStackName: t.SolutionStackName }),
        Tier: t.Tier,
        OptionSettings: settings,
    };
}
/** Terminates `name`; 'gone' when there was nothing to terminate. Waits until it is Terminated. */
async function terminatePreviewEnvironment(client, application, name, opts) {
    const env = await (0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .describeEnvironment */ .NE)(client, application, name, opts.signal);
    if (gone(env))
        return 'gone';
    if (env?.Status !== 'Terminating') {
        // An update in progress would refuse the termination: wait for it first.
        if (env?.Status !== 'Ready')
            await (0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .waitForReady */ .Cf)(client, application, name, opts).catch(() => undefined);
        try {
            await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_4__/* .TerminateEnvironmentCommand */ .iLe({ EnvironmentName: name, TerminateResources: true }), { abortSignal: opts.signal });
        }
        catch (err) {
            if (opts.signal?.aborted)
                throw new _util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .AbortedError */ .oM();
            // Gone between the read and the call: what cleanup wanted.
            if ((0,_beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorName */ .Is)(err) === 'InvalidParameterValue' && /No Environment found/i.test((0,_beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorText */ .kc)(err)))
                return 'gone';
            throw new _beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BeanstalkError */ .w1(`Could not terminate the preview environment ${name}: ${(0,_beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorText */ .kc)(err)}`);
        }
        opts.log(`Terminating ${name} (${env?.EnvironmentId ?? '?'}).`);
    }
    await waitUntilGone(client, application, name, opts);
    return 'terminated';
}
async function waitUntilGone(client, application, name, opts) {
    let throttled = 0;
    for (;;) {
        if (opts.signal?.aborted)
            throw new _util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .AbortedError */ .oM();
        try {
            const out = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_4__/* .DescribeEnvironmentsCommand */ .$8c({ ApplicationName: application, EnvironmentNames: [name], IncludeDeleted: false }), { abortSignal: opts.signal });
            if ((out.Environments ?? []).every((e) => e.Status === 'Terminated'))
                return;
            throttled = 0;
        }
        catch (err) {
            if (opts.signal?.aborted)
                throw new _util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .AbortedError */ .oM();
            if (!(0,_beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isTransient */ .dg)(err))
                throw new _beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BeanstalkError */ .w1(`Could not read environment '${name}': ${(0,_beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorText */ .kc)(err)}`);
            throttled++;
        }
        if (opts.clock.now() >= opts.deadline)
            throw new _beanstalk_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BeanstalkError */ .w1(`Environment '${name}' was still being terminated when the timeout was reached.`);
        await opts.clock.sleep(Math.min((0,_util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .nextDelay */ .rM)(opts.pollMs, throttled), Math.max(1, opts.deadline - opts.clock.now())), opts.signal);
    }
}


/***/ }),

/***/ 6541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jE: () => (/* binding */ isPreviewLabel),
/* harmony export */   jH: () => (/* binding */ beanstalkPreviewName),
/* harmony export */   previewBeanstalk: () => (/* binding */ previewBeanstalk)
/* harmony export */ });
/* unused harmony export previewRef */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _github_preview_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6699);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6076);
/* harmony import */ var _beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3232);
/* harmony import */ var _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6114);
/* harmony import */ var _preview_environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2349);
/* harmony import */ var _tracked_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3079);
/* harmony import */ var _preview_comment_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9317);
// PR deploy previews for Elastic Beanstalk: the pull request's own environment (named from a
// template, created when missing), released to with the ordinary Beanstalk release, recorded as
// a GitHub Deployment (preview/pr-<n>) and summed up in one sticky PR comment.








/** The ref a preview's versions are named after: labels `pr-<n>-<sha256[:12]>`, which cleanup recognises. */
function previewRef(pr) {
    return `pr-${pr.number}`;
}
function beanstalkPreviewName(s, pr) {
    return (0,_github_preview_name_js__WEBPACK_IMPORTED_MODULE_1__/* .previewName */ .gz)(s.preview.nameTemplate, { number: pr.number, application: s.application, environment: s.environment, branch: pr.headRef }, _github_preview_name_js__WEBPACK_IMPORTED_MODULE_1__/* .BEANSTALK_ENV_NAME */ .E9);
}
async function previewBeanstalk(s, ctx, deps, pr, api) {
    const { report } = deps;
    const name = beanstalkPreviewName(s, pr);
    report.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.PreviewEnvironment, name);
    report.info(`Pull request #${pr.number}: preview environment ${name} (GitHub environment ${(0,_github_preview_name_js__WEBPACK_IMPORTED_MODULE_1__/* .previewEnvironment */ ._s)(pr.number)}).`);
    const client = await (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_2__.createClient)('beanstalk', { region: s.region, userAgent: 'pr-preview' });
    const prCtx = { ...ctx, ref: previewRef(pr) };
    const result = await (0,_tracked_js__WEBPACK_IMPORTED_MODULE_5__.tracked)(api, (0,_tracked_js__WEBPACK_IMPORTED_MODULE_5__/* .previewTracking */ .Q)(pr, ctx, name), async () => {
        const deadline = deps.clock.now() + s.timeoutMs;
        const created = await deps.timings.measure('Preview environment', () => report.group(`Preview environment ${name}`, () => (0,_preview_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .ensurePreviewEnvironment */ .K)(client, s.application, name, {
            savedConfiguration: s.preview.savedConfiguration,
            templateEnvironment: s.preview.templateEnvironment ?? (s.environment || undefined),
        }, `Preview of ${ctx.repository}#${pr.number} (created by hookline; terminated when the pull request closes).`, { pollMs: s.pollIntervalMs, deadline, log: report.log, clock: deps.clock, signal: deps.signal })));
        report.info(created.created ? `Created ${name}: it is Ready.` : `${name} exists (${created.env.Status}); deploying to it.`);
        const { releaseBeanstalk } = await Promise.all(/* import() */[__webpack_require__.e(535), __webpack_require__.e(104)]).then(__webpack_require__.bind(__webpack_require__, 104));
        await releaseBeanstalk({
            ...s,
            environment: name,
            strategy: 'in-place',
            versionLabel: undefined,
            reuseVersion: false,
            pruneVersions: 0,
            timeoutMs: Math.max(1000, deadline - deps.clock.now()),
        }, prCtx, { ...deps });
    }, async () => (0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .environmentUrl */ .fw)(await (0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .describeEnvironment */ .NE)(client, s.application, name, deps.signal)));
    const env = await (0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .describeEnvironment */ .NE)(client, s.application, name, deps.signal).catch(() => undefined);
    // What this run released: the environment's version on success, else the newest one made for the PR.
    const label = result.ok ? env?.VersionLabel : await newestPreviewVersion(client, s.application, pr, deps.signal);
    if (api) {
        await (0,_preview_comment_js__WEBPACK_IMPORTED_MODULE_6__/* .commentOnPreview */ .l)(api, pr, ctx, result, { target: 'beanstalk', name, url: (0,_beanstalk_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .environmentUrl */ .fw)(env), version: label || undefined });
    }
    if (!result.ok)
        throw result.error;
}
/** Labels hookline made for this pull request's previews (pure): `pr-<n>-<sha256[:12]>`. */
function isPreviewLabel(label, number) {
    return new RegExp(`^pr-${number}-[0-9a-f]{12}$`).test(label);
}
async function newestPreviewVersion(client, application, pr, signal) {
    try {
        const out = await client.send(new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_7__/* .DescribeApplicationVersionsCommand */ .QDX({ ApplicationName: application }), { abortSignal: signal });
        const mine = (out.ApplicationVersions ?? []).filter((v) => isPreviewLabel(v.VersionLabel ?? '', pr.number));
        mine.sort((a, b) => (b.DateCreated?.getTime() ?? 0) - (a.DateCreated?.getTime() ?? 0));
        return mine[0]?.VersionLabel;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
