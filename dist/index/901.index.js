export const id = 901;
export const ids = [901];
export const modules = {

/***/ 6076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createClient: () => (/* binding */ createClient)
});

// UNUSED EXPORTS: clientConfig

;// CONCATENATED MODULE: ./src/version.ts
// Kept equal to package.json's version (a unit test checks it); used in --version and the user agent.
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/aws/clients.ts

/** The SDK client configuration every kind shares (exported for tests and the CLI's --debug). */
function clientConfig(opts = {}) {
    const customUserAgent = [['hookline', VERSION]];
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


/***/ }),

/***/ 4863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ consoleUrl)
/* harmony export */ });
// Console links printed before waiting, so a person can follow along in AWS.
function consoleUrl(region, deploymentId) {
    return `https://${region}.console.aws.amazon.com/codesuite/codedeploy/deployments/${encodeURIComponent(deploymentId)}?region=${region}`;
}


/***/ }),

/***/ 7627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ ReleaseError),
/* harmony export */   RE: () => (/* binding */ registerRevision),
/* harmony export */   bI: () => (/* binding */ revisionLocation),
/* harmony export */   i4: () => (/* binding */ startDeployment),
/* harmony export */   i8: () => (/* binding */ getDeployment)
/* harmony export */ });
/* unused harmony exports ACTIVE_STATUSES, describeWithToken, listActive, startedBy, isThrottling, isRetryable */
/* harmony import */ var _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7507);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6043);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// Register the uploaded revision and start exactly one deployment for it.
//
// CreateDeployment has no idempotency token, so a retried call after a lost response would
// start a second deployment. We tag the description with a run token, never let the SDK
// retry CreateDeployment on its own, and before every retry look for a deployment carrying
// the token.



const ACTIVE_STATUSES = ['Created', 'Queued', 'InProgress', 'Ready', 'Baking'];
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
        await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .RegisterApplicationRevisionCommand */ .Yhn({
            applicationName: r.application,
            revision: revisionLocation(r),
            description: r.description.slice(0, 1000),
        }), { abortSignal: signal });
    }
    catch (err) {
        throw new ReleaseError(`Could not register the revision s3://${r.bucket}/${r.key} with application '${r.application}': ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .k)(err)}`);
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
            throw new _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .AbortedError */ .oM();
        if (settle)
            await settleActive(client, req, policy, clock, signal);
        settle = false;
        try {
            const out = await create.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .CreateDeploymentCommand */ .ttP({
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
            }), { abortSignal: signal });
            if (!out.deploymentId)
                throw new ReleaseError('CreateDeployment returned no deployment id.');
            return out.deploymentId;
        }
        catch (err) {
            if (signal?.aborted)
                throw new _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .AbortedError */ .oM();
            const name = err.name ?? '';
            if (name === 'DeploymentLimitExceededException') {
                // Another deployment got in first (two pushes racing): apply the policy again.
                settle = true;
                continue;
            }
            if (!isRetryable(err) || attempt >= MAX_CREATE_ATTEMPTS) {
                throw new ReleaseError(`Could not create the CodeDeploy deployment for group '${req.deploymentGroup}': ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .k)(err)}`);
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
            await clock.sleep((0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .nextDelay */ .rM)(250, attempt), signal);
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
        const info = await getDeployment(client, active[0], signal);
        const who = startedBy(info);
        if (policy.onActive === 'fail') {
            throw new ReleaseError(`Deployment group '${req.deploymentGroup}' already has an active deployment ${info.deploymentId} (${info.status}, started by ${who}). ` +
                `Set on-active-deployment: wait to queue behind it, or stop to replace it.`);
        }
        if (policy.onActive === 'stop') {
            policy.log(`Stopping the active deployment ${info.deploymentId} (started by ${who}) as on-active-deployment: stop asks.`);
            try {
                await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .StopDeploymentCommand */ .NzN({ deploymentId: info.deploymentId, autoRollbackEnabled: false }), {
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
        await clock.sleep((0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .nextDelay */ .rM)(policy.pollMs, 0), signal);
    }
}
async function listActive(client, application, group, signal) {
    const ids = [];
    let nextToken;
    do {
        const out = await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .ListDeploymentsCommand */ .sr8({
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
async function findByToken(client, req, token, since, signal) {
    const out = await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .ListDeploymentsCommand */ .sr8({
        applicationName: req.application,
        deploymentGroupName: req.deploymentGroup,
        createTimeRange: { start: new Date(since) },
    }), { abortSignal: signal });
    for (const id of out.deployments ?? []) {
        const info = await getDeployment(client, id, signal);
        if (info.description?.includes(`[${token}]`))
            return id;
    }
    return undefined;
}
async function getDeployment(client, deploymentId, signal) {
    const out = await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .GetDeploymentCommand */ .Tvn({ deploymentId }), { abortSignal: signal });
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


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ DeploymentFailed),
/* harmony export */   k: () => (/* binding */ errorText)
/* harmony export */ });
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

/***/ 7901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cleanupCodeDeploy: () => (/* binding */ cleanupCodeDeploy),
  previewCodeDeploy: () => (/* binding */ previewCodeDeploy)
});

// UNUSED EXPORTS: codeDeployPreviewName

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/github/preview-name.ts
var preview_name = __webpack_require__(6699);
// EXTERNAL MODULE: ./src/github/deployments.ts
var deployments = __webpack_require__(6887);
// EXTERNAL MODULE: ./src/github/comment.ts + 2 modules
var comment = __webpack_require__(2746);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
// EXTERNAL MODULE: ./src/codedeploy/console.ts
var console = __webpack_require__(4863);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-cjs/index.js
var dist_cjs = __webpack_require__(7507);
// EXTERNAL MODULE: ./src/codedeploy/release.ts
var release = __webpack_require__(7627);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
;// CONCATENATED MODULE: ./src/codedeploy/preview-group.ts
// A pull request's CodeDeploy deployment group: used when it exists, else created with a
// template group's settings (role, configuration, instance selection, style, load balancer,
// rollback, alarms, triggers); deleted on cleanup. Errors are told apart by name only.




const errorName = (err) => err?.name ?? '';
const nonEmpty = (xs) => (xs && xs.length ? xs : undefined);
/** The CreateDeploymentGroup input that copies `template` under `name` (pure). */
function copyGroupInput(template, application, name) {
    // The API refuses tag filters and a tag set together; GetDeploymentGroup may return an empty list beside a set.
    const ec2TagSet = nonEmpty(template.ec2TagSet?.ec2TagSetList) ? template.ec2TagSet : undefined;
    const onPremisesTagSet = nonEmpty(template.onPremisesTagSet?.onPremisesTagSetList) ? template.onPremisesTagSet : undefined;
    const input = {
        applicationName: application,
        deploymentGroupName: name,
        serviceRoleArn: template.serviceRoleArn,
        deploymentConfigName: template.deploymentConfigName,
        ec2TagFilters: ec2TagSet ? undefined : nonEmpty(template.ec2TagFilters),
        ec2TagSet,
        onPremisesInstanceTagFilters: onPremisesTagSet ? undefined : nonEmpty(template.onPremisesInstanceTagFilters),
        onPremisesTagSet,
        autoScalingGroups: nonEmpty(template.autoScalingGroups?.map((g) => g.name ?? '').filter(Boolean)),
        deploymentStyle: template.deploymentStyle,
        blueGreenDeploymentConfiguration: template.blueGreenDeploymentConfiguration,
        loadBalancerInfo: template.loadBalancerInfo,
        autoRollbackConfiguration: template.autoRollbackConfiguration,
        alarmConfiguration: template.alarmConfiguration,
        triggerConfigurations: nonEmpty(template.triggerConfigurations),
        outdatedInstancesStrategy: template.outdatedInstancesStrategy,
        terminationHookEnabled: template.terminationHookEnabled,
    };
    for (const k of Object.keys(input))
        if (input[k] === undefined)
            delete input[k];
    return input;
}
async function getGroup(client, application, name, signal) {
    try {
        const out = await client.send(new dist_cjs/* GetDeploymentGroupCommand */.WOp({ applicationName: application, deploymentGroupName: name }), {
            abortSignal: signal,
        });
        return out.deploymentGroupInfo;
    }
    catch (err) {
        if (signal?.aborted)
            throw new time/* AbortedError */.oM();
        if (errorName(err) === 'DeploymentGroupDoesNotExistException')
            return undefined;
        throw new release/* ReleaseError */.K2(`Could not read deployment group '${name}' of application '${application}': ${(0,errors/* errorText */.k)(err)}`);
    }
}
/** The preview group, created from `template`'s settings when missing. */
async function ensurePreviewGroup(client, application, name, template, log, signal) {
    const existing = await getGroup(client, application, name, signal);
    if (existing)
        return { created: false, group: existing };
    if (name === template)
        throw new release/* ReleaseError */.K2(`The preview deployment group '${name}' would be the template group itself; set preview-name so that it differs from '${template}'.`);
    const tpl = await getGroup(client, application, template, signal);
    if (!tpl)
        throw new release/* ReleaseError */.K2(`The preview template deployment group '${template}' was not found in application '${application}' (set preview-template-group).`);
    log(`Creating deployment group ${name} with the settings of ${template}.`);
    try {
        await client.send(new dist_cjs/* CreateDeploymentGroupCommand */.YqN(copyGroupInput(tpl, application, name)), { abortSignal: signal });
    }
    catch (err) {
        if (signal?.aborted)
            throw new time/* AbortedError */.oM();
        // Another run of the same pull request made it first: use that one.
        if (errorName(err) !== 'DeploymentGroupAlreadyExistsException')
            throw new release/* ReleaseError */.K2(`Could not create the preview deployment group ${name}: ${(0,errors/* errorText */.k)(err)}`);
        log(`${name} was created meanwhile (another run); using it.`);
        const raced = await getGroup(client, application, name, signal);
        if (raced)
            return { created: false, group: raced };
    }
    const group = await getGroup(client, application, name, signal);
    if (!group)
        throw new release/* ReleaseError */.K2(`The preview deployment group ${name} was created but cannot be read back.`);
    return { created: true, group };
}
/** Deletes the preview group; 'gone' when there was none. */
async function deletePreviewGroup(client, application, name, signal) {
    if (!(await getGroup(client, application, name, signal)))
        return 'gone';
    try {
        await client.send(new dist_cjs/* DeleteDeploymentGroupCommand */.THt({ applicationName: application, deploymentGroupName: name }), {
            abortSignal: signal,
        });
    }
    catch (err) {
        if (signal?.aborted)
            throw new time/* AbortedError */.oM();
        if (errorName(err) === 'DeploymentGroupDoesNotExistException' || errorName(err) === 'ApplicationDoesNotExistException')
            return 'gone';
        throw new release/* ReleaseError */.K2(`Could not delete the preview deployment group ${name}: ${(0,errors/* errorText */.k)(err)}`);
    }
    return 'deleted';
}

// EXTERNAL MODULE: ./src/flows/tracked.ts
var tracked = __webpack_require__(3079);
// EXTERNAL MODULE: ./src/flows/preview-comment.ts
var preview_comment = __webpack_require__(9317);
;// CONCATENATED MODULE: ./src/flows/preview-codedeploy.ts










function codeDeployPreviewName(s, pr) {
    return (0,preview_name/* previewName */.gz)(s.preview.nameTemplate, { number: pr.number, application: s.application, group: s.deploymentGroup, branch: pr.headRef }, preview_name/* CODEDEPLOY_GROUP_NAME */.fi);
}
/** The deployment the group last attempted (this run's, once released), and its console page. */
async function lastDeployment(client, s, group, signal) {
    try {
        const out = await client.send(new dist_cjs/* GetDeploymentGroupCommand */.WOp({ applicationName: s.application, deploymentGroupName: group }), {
            abortSignal: signal,
        });
        const id = out.deploymentGroupInfo?.lastAttemptedDeployment?.deploymentId;
        return id ? { id, url: (0,console/* consoleUrl */.B)(s.region, id) } : undefined;
    }
    catch {
        return undefined;
    }
}
async function previewCodeDeploy(s, ctx, deps, pr, api) {
    const { report } = deps;
    const name = codeDeployPreviewName(s, pr);
    const template = s.preview.templateGroup ?? s.deploymentGroup;
    report.setOutput(constants/* Outputs */.tY.PreviewEnvironment, name);
    report.info(`Pull request #${pr.number}: preview deployment group ${name} (GitHub environment ${(0,preview_name/* previewEnvironment */._s)(pr.number)}).`);
    const client = await (0,clients.createClient)('codedeploy', { region: s.region, userAgent: 'pr-preview' });
    // Revisions are keyed by the pull request (pr-<n>), as Beanstalk preview versions are.
    const prCtx = { ...ctx, ref: `pr-${pr.number}` };
    const started = deps.clock.now();
    const result = await (0,tracked.tracked)(api, (0,tracked/* previewTracking */.Q)(pr, ctx, `deployment group ${name}`), async () => {
        const made = await deps.timings.measure('Preview deployment group', () => report.group(`Preview deployment group ${name}`, () => ensurePreviewGroup(client, s.application, name, template, report.log, deps.signal)));
        report.info(made.created ? `Created ${name} from ${template}.` : `${name} exists; deploying to it.`);
        const { releaseCodeDeploy } = await Promise.all(/* import() */[__webpack_require__.e(389), __webpack_require__.e(176)]).then(__webpack_require__.bind(__webpack_require__, 6970));
        await releaseCodeDeploy({ ...s, deploymentGroup: name, timeoutMs: Math.max(1000, s.timeoutMs - (deps.clock.now() - started)) }, prCtx, deps);
    }, async () => (await lastDeployment(client, s, name, deps.signal))?.url);
    if (api) {
        const last = await lastDeployment(client, s, name, deps.signal);
        await (0,preview_comment/* commentOnPreview */.l)(api, pr, ctx, result, { target: 'codedeploy', name, url: last?.url, version: last?.id });
    }
    if (!result.ok)
        throw result.error;
}
async function cleanupCodeDeploy(s, ctx, deps, pr, api) {
    const { report } = deps;
    const name = codeDeployPreviewName(s, pr);
    report.setOutput(constants/* Outputs */.tY.PreviewEnvironment, name);
    const client = await (0,clients.createClient)('codedeploy', { region: s.region, userAgent: 'pr-preview' });
    const outcome = await deps.timings.measure('Delete deployment group', () => report.group(`Delete ${name}`, () => deletePreviewGroup(client, s.application, name, deps.signal)));
    report.info(outcome === 'gone'
        ? `Preview deployment group ${name} does not exist (already removed); nothing to delete.`
        : `Deleted the preview deployment group ${name}.`);
    report.setOutput(constants/* Outputs */.tY.Status, 'Deleted');
    if (api) {
        const n = await (0,deployments/* deactivateEnvironment */.QV)(api, (0,preview_name/* previewEnvironment */._s)(pr.number), ctx.runUrl);
        if (n)
            report.info(`Marked ${n} GitHub Deployment${n > 1 ? 's' : ''} of ${(0,preview_name/* previewEnvironment */._s)(pr.number)} inactive.`);
        await (0,comment/* upsertComment */.lB)(api, pr.number, (0,comment/* renderPreviewComment */.K2)({
            state: 'removed',
            target: 'codedeploy',
            name,
            commit: pr.headSha,
            runUrl: ctx.runUrl,
            message: `The pull request was ${pr.merged ? 'merged' : 'closed'}: ${outcome === 'gone' ? 'the deployment group was already gone' : `deleted deployment group ${name}`}.`,
        }));
    }
    const summary = report.summary.addHeading(`hookline · preview of #${pr.number} removed`, 2);
    summary.addRaw(`Deployment group \`${name}\`: ${outcome === 'gone' ? 'already gone' : 'deleted'}\n\n`);
    summary.addRaw(deps.timings.markdown() + '\n\n');
    await summary.write();
}


/***/ })

};
