export const id = 901;
export const ids = [901];
export const modules = {

/***/ 7901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cleanupCodeDeploy: () => (/* binding */ cleanupCodeDeploy),
  previewCodeDeploy: () => (/* binding */ previewCodeDeploy)
});

// UNUSED EXPORTS: codeDeployPreviewName

// EXTERNAL MODULE: ./src/compute/platform.ts
var platform = __webpack_require__(4682);
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
// EXTERNAL MODULE: ./src/codedeploy/watch.ts
var watch = __webpack_require__(7709);
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
        throw new release/* ReleaseError */.K2(`Could not read deployment group '${name}' of application '${application}': ${(0,errors/* errorText */.kc)(err)}`);
    }
}
/** The instances a group selects, normalised for comparison (pure); '' when it selects none. */
function instanceSelection(g) {
    const filters = (xs) => (xs ?? []).map((f) => `${f.Type ?? ''}:${f.Key ?? ''}=${f.Value ?? ''}`).sort();
    const parts = {
        ec2: filters(g.ec2TagFilters),
        ec2Set: (g.ec2TagSet?.ec2TagSetList ?? []).map((l) => filters(l).join('&')).sort(),
        onPrem: filters(g.onPremisesInstanceTagFilters),
        onPremSet: (g.onPremisesTagSet?.onPremisesTagSetList ?? []).map((l) => filters(l).join('&')).sort(),
        asg: [...(g.autoScalingGroups ?? [])].sort(),
    };
    return Object.values(parts).some((p) => p.length) ? JSON.stringify(parts) : '';
}
/** The CreateDeploymentGroup input for a preview: the template's settings, with this pull request's instance tags. */
function previewGroupInput(template, application, name, instanceTags) {
    const input = copyGroupInput(template, application, name);
    if (instanceTags.length === 0)
        return input;
    const filters = instanceTags.map((t) => ({ Key: t.key, Value: t.value, Type: 'KEY_AND_VALUE' }));
    delete input.ec2TagSet;
    return { ...input, ec2TagFilters: filters };
}
/** The preview group, created from the template's settings when missing; never selecting production's instances. */
async function ensurePreviewGroup(client, application, name, o) {
    const { template, log, signal } = o;
    const existing = await getGroup(client, application, name, signal);
    if (existing)
        return { created: false, group: existing };
    if (!template)
        throw new release/* ReleaseError */.K2(`Creating the preview deployment group '${name}' needs preview-template-group: a deployment group whose settings and instances are meant for previews. ` +
            `hookline never copies deployment-group${o.production ? ` '${o.production}'` : ''} by default: a pull request's code would be deployed onto its instances.`);
    if (name === template)
        throw new release/* ReleaseError */.K2(`The preview deployment group '${name}' would be the template group itself; set preview-name so that it differs from '${template}'.`);
    const tpl = await getGroup(client, application, template, signal);
    if (!tpl)
        throw new release/* ReleaseError */.K2(`The preview template deployment group '${template}' was not found in application '${application}' (set preview-template-group).`);
    const input = previewGroupInput(tpl, application, name, o.instanceTags);
    const production = o.production && o.production !== name ? await getGroup(client, application, o.production, signal) : undefined;
    const selection = instanceSelection(input);
    if (production && selection && selection === instanceSelection(copyGroupInput(production, application, o.production))) {
        throw new release/* ReleaseError */.K2(`The preview deployment group '${name}' would select the same instances as deployment-group '${o.production}' (copied from '${template}'): ` +
            `a pull request's code would be deployed onto them. Set preview-instance-tags (for example Preview=pr-{number}) so each pull request targets its own instances, ` +
            `or a preview-template-group that selects other instances.`);
    }
    log(`Creating deployment group ${name} with the settings of ${template}${o.instanceTags.length ? `, on instances tagged ${o.instanceTags.map((t) => `${t.key}=${t.value}`).join(', ')}` : ''}.`);
    try {
        await client.send(new dist_cjs/* CreateDeploymentGroupCommand */.YqN(input), { abortSignal: signal });
    }
    catch (err) {
        if (signal?.aborted)
            throw new time/* AbortedError */.oM();
        // Another run of the same pull request made it first: use that one.
        if (errorName(err) !== 'DeploymentGroupAlreadyExistsException')
            throw new release/* ReleaseError */.K2(`Could not create the preview deployment group ${name}: ${(0,errors/* errorText */.kc)(err)}`);
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
/** Stops every deployment still running on the preview group and waits (until `deadline`) for them to end. */
async function stopActiveDeployments(client, application, name, o) {
    const active = await (0,release/* listActive */.dH)(client, application, name, o.signal);
    for (const id of active) {
        o.log(`Stopping deployment ${id}, still running on ${name}, before deleting the group.`);
        try {
            await client.send(new dist_cjs/* StopDeploymentCommand */.NzN({ deploymentId: id, autoRollbackEnabled: false }), { abortSignal: o.signal });
        }
        catch (err) {
            if (o.signal?.aborted)
                throw new time/* AbortedError */.oM();
            if (errorName(err) !== 'DeploymentAlreadyCompletedException')
                throw new release/* ReleaseError */.K2(`Could not stop deployment ${id} on ${name}: ${(0,errors/* errorText */.kc)(err)}`);
        }
    }
    for (const id of active) {
        while (!watch/* TERMINAL */.ff.has((await (0,release/* getDeployment */.i8)(client, id, o.signal)).status ?? '') && o.clock.now() < o.deadline)
            await o.clock.sleep(Math.min(o.pollMs, 2000), o.signal);
    }
    return active;
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
        throw new release/* ReleaseError */.K2(`Could not delete the preview deployment group ${name}: ${(0,errors/* errorText */.kc)(err)}`);
    }
    return 'deleted';
}

// EXTERNAL MODULE: ./src/flows/tracked.ts
var tracked = __webpack_require__(3079);
// EXTERNAL MODULE: ./src/flows/preview-comment.ts
var preview_comment = __webpack_require__(9317);
;// CONCATENATED MODULE: ./src/flows/preview-codedeploy.ts
// PR deploy previews for CodeDeploy: the pull request's own deployment group (named from a
// template, `{group}-pr-{number}` by default; created with a template group's settings when
// missing), released to with the ordinary CodeDeploy release, recorded as a GitHub Deployment
// (preview/pr-<n>) and summed up in the sticky PR comment; cleanup deletes the group.











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
    const template = s.preview.templateGroup;
    report.setOutput(constants/* Outputs */.tY.PreviewEnvironment, name);
    report.info(`Pull request #${pr.number}: preview deployment group ${name} (GitHub environment ${(0,preview_name/* previewEnvironment */._s)(pr.number)}).`);
    const client = await (0,clients.createClient)('codedeploy', { region: s.region, userAgent: 'pr-preview' });
    await (0,platform/* requireServerPlatform */.yG)(client, s.application, 'preview', deps.signal);
    // Revisions are keyed by the pull request (pr-<n>), as Beanstalk preview versions are.
    const prCtx = { ...ctx, ref: `pr-${pr.number}` };
    const started = deps.clock.now();
    const result = await (0,tracked.tracked)(api, (0,tracked/* previewTracking */.Q)(pr, ctx, `deployment group ${name}`), async () => {
        const made = await deps.timings.measure('Preview deployment group', () => report.group(`Preview deployment group ${name}`, () => ensurePreviewGroup(client, s.application, name, {
            template,
            production: s.deploymentGroup,
            instanceTags: s.preview.instanceTags.map((t) => ({ key: t.key, value: t.value.replaceAll('{number}', String(pr.number)) })),
            log: report.log,
            signal: deps.signal,
        })));
        report.info(made.created ? `Created ${name} from ${template}.` : `${name} exists; deploying to it.`);
        const { releaseCodeDeploy } = await Promise.all(/* import() */[__webpack_require__.e(535), __webpack_require__.e(148), __webpack_require__.e(171)]).then(__webpack_require__.bind(__webpack_require__, 148));
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
    const deadline = deps.clock.now() + s.timeoutMs;
    const outcome = await deps.timings.measure('Delete deployment group', () => report.group(`Delete ${name}`, async () => {
        // A deployment still running on the group would go on after the group is gone: stop it first.
        await stopActiveDeployments(client, s.application, name, {
            deadline,
            pollMs: s.pollIntervalMs,
            clock: deps.clock,
            log: report.log,
            signal: deps.signal,
        }).catch((err) => {
            if (err.name === 'DeploymentGroupDoesNotExistException')
                return [];
            throw err;
        });
        return deletePreviewGroup(client, s.application, name, deps.signal);
    }));
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
