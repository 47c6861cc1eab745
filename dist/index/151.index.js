export const id = 151;
export const ids = [151,102];
export const modules = {

/***/ 7444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ appspecInputError),
/* harmony export */   g: () => (/* binding */ readUserAppSpec)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7242);
/* harmony import */ var _settings_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6894);
/* harmony import */ var _revision_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(948);
// What an ECS or Lambda release prepares before CreateDeployment, and how the two report it.





/** The user's AppSpec file text, and the hooks with the lines of that file. */
function readUserAppSpec(path, workspace) {
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    return { text, shown: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, path), hooks: (0,_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .hooksOf */ .uj)(text) };
}
/** An AppSpec edit that failed becomes an error naming the appspec input. */
function appspecInputError(err) {
    return new _settings_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Appspec, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Appspec}': ${err instanceof Error ? err.message : String(err)}`);
}


/***/ }),

/***/ 4151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareEcs: () => (/* binding */ prepareEcs)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
// EXTERNAL MODULE: ./src/settings/parse.ts
var parse = __webpack_require__(6894);
// EXTERNAL MODULE: ./src/compute/revision.ts
var revision = __webpack_require__(948);
// EXTERNAL MODULE: ./src/compute/prepared.ts
var prepared = __webpack_require__(7444);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/ecs/appspec.ts
// The AppSpec of an ECS deployment: the user's file with its task definition filled in (the
// `<TASK_DEFINITION>` placeholder, or every AWS::ECS::Service resource's TaskDefinition), or one
// written from the service's own load balancer settings when no file is given.


const TASK_DEFINITION_PLACEHOLDER = '<TASK_DEFINITION>';
/** An AppSpec for one ECS service with no hooks (pure). */
function writeEcsAppSpec(taskDefinitionArn, lb, platformVersion) {
    const properties = {
        TaskDefinition: taskDefinitionArn,
        LoadBalancerInfo: { ContainerName: lb.containerName, ContainerPort: lb.containerPort },
    };
    if (platformVersion)
        properties.PlatformVersion = platformVersion;
    return (0,dist/* stringify */.As)({ version: 0.0, Resources: [{ TargetService: { Type: 'AWS::ECS::Service', Properties: properties } }] }).replace(/^version: 0$/m, 'version: 0.0');
}
/**
 * The user's AppSpec with the task definition filled in (pure). The placeholder is replaced in the
 * text, keeping the file's lines; otherwise each ECS service resource's TaskDefinition is set.
 * A LoadBalancerInfo missing from a resource is taken from `lb` when known.
 */
function fillEcsAppSpec(text, shown, taskDefinitionArn, lb) {
    if (text.includes(TASK_DEFINITION_PLACEHOLDER))
        return text.split(TASK_DEFINITION_PLACEHOLDER).join(taskDefinitionArn);
    const doc = (0,revision/* editableAppSpec */.DM)(text, shown);
    let services = 0;
    for (const props of ecsServiceProperties(doc)) {
        services++;
        props.set('TaskDefinition', taskDefinitionArn);
        if (lb && !props.has('LoadBalancerInfo'))
            props.set('LoadBalancerInfo', { ContainerName: lb.containerName, ContainerPort: lb.containerPort });
    }
    if (services === 0)
        throw new Error(`${shown} has no resource of Type AWS::ECS::Service to put the task definition in.`);
    return /^\s*\{/.test(text) ? JSON.stringify(doc.toJSON(), null, 2) : doc.toString();
}
function* ecsServiceProperties(doc) {
    const resources = (0,dist/* isMap */.jh)(doc.contents) ? doc.contents.get('Resources', true) : undefined;
    if (!(0,dist/* isSeq */.oP)(resources))
        return;
    for (const item of resources.items) {
        if (!(0,dist/* isMap */.jh)(item))
            continue;
        for (const pair of item.items) {
            const body = pair.value;
            if (!(0,dist/* isMap */.jh)(body) || body.get('Type') !== 'AWS::ECS::Service')
                continue;
            let props = body.get('Properties', true);
            if (!(0,dist/* isMap */.jh)(props)) {
                body.set('Properties', doc.createNode({}));
                props = body.get('Properties', true);
            }
            if ((0,dist/* isMap */.jh)(props))
                yield props;
        }
    }
}

// EXTERNAL MODULE: ./src/ecs/service.ts
var service = __webpack_require__(5102);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var dist_cjs = __webpack_require__(212);
// EXTERNAL MODULE: ./src/codedeploy/release.ts
var release = __webpack_require__(7627);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/ecs/task-definition.ts
// The task definition a deployment runs: a JSON file (the shape `aws ecs describe-task-definition`
// prints, or RegisterTaskDefinition's input) registered as a new revision, or an ARN used as is.







/** Fields describe-task-definition prints that RegisterTaskDefinition refuses. */
const READ_ONLY = [
    'taskDefinitionArn',
    'revision',
    'status',
    'requiresAttributes',
    'compatibilities',
    'registeredAt',
    'registeredBy',
    'deregisteredAt',
];
/** Parses and cleans a task definition file (pure but for the read). */
function readTaskDefinition(path, workspace) {
    const shown = (0,external_node_path_.relative)(workspace, path);
    let raw;
    try {
        raw = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (err) {
        throw new parse/* InputError */.dz(constants/* Inputs */.G0.TaskDefinition, `Input '${constants/* Inputs */.G0.TaskDefinition}': ${shown} is not valid JSON (${(0,parse/* clip */.$Q)((0,errors/* errorText */.kc)(err))}).`);
    }
    // `aws ecs describe-task-definition` wraps it in {"taskDefinition": …}.
    const body = raw?.taskDefinition ?? raw;
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
        throw new parse/* InputError */.dz(constants/* Inputs */.G0.TaskDefinition, `Input '${constants/* Inputs */.G0.TaskDefinition}': ${shown} must hold one task definition object.`);
    }
    const input = { ...body };
    for (const k of READ_ONLY)
        delete input[k];
    const family = input.family;
    const defs = input.containerDefinitions;
    if (typeof family !== 'string' || !family || !Array.isArray(defs) || defs.length === 0) {
        throw new parse/* InputError */.dz(constants/* Inputs */.G0.TaskDefinition, `Input '${constants/* Inputs */.G0.TaskDefinition}': ${shown} needs a "family" and at least one entry in "containerDefinitions".`);
    }
    const containers = defs.map((d) => d?.name).filter((n) => typeof n === 'string');
    return { input: input, containers };
}
/** The ARN the deployment runs, registering the file's revision first when a file was given. */
async function resolveTaskDefinition(ecs, source, workspace, containerName, signal) {
    if (source.kind === 'arn')
        return { arn: source.arn, registered: false, containers: [] };
    const file = readTaskDefinition(source.path, workspace);
    if (containerName && !file.containers.includes(containerName)) {
        throw new parse/* InputError */.dz(constants/* Inputs */.G0.ContainerName, `Input '${constants/* Inputs */.G0.ContainerName}' names '${containerName}', which is not a container of ${(0,external_node_path_.relative)(workspace, source.path)} (it has ${file.containers.join(', ') || 'none'}).`);
    }
    try {
        const out = await ecs.send(new dist_cjs/* RegisterTaskDefinitionCommand */.$Hl(file.input), { abortSignal: signal });
        const arn = out.taskDefinition?.taskDefinitionArn;
        if (!arn)
            throw new Error('RegisterTaskDefinition returned no ARN');
        return { arn, registered: true, containers: file.containers };
    }
    catch (err) {
        throw new release/* ReleaseError */.K2(`Could not register the task definition in ${(0,external_node_path_.relative)(workspace, source.path)}: ${(0,errors/* errorText */.kc)(err)}`);
    }
}

;// CONCATENATED MODULE: ./src/ecs/prepare.ts








async function prepareEcs(inputs, group, region, workspace, report, signal) {
    const ecs = await (0,clients.createClient)('ecs', { region });
    const ref = (0,service/* serviceOfGroup */.w)(group);
    const svc = await (0,service.describeService)(ecs, ref, signal);
    const td = await resolveTaskDefinition(ecs, inputs.taskDefinition, workspace, inputs.containerName, signal);
    report.setOutput(constants/* Outputs */.tY.TaskDefinitionArn, td.arn);
    report.info(td.registered ? `Registered task definition ${td.arn}.` : `Deploying task definition ${td.arn}.`);
    const lb = (0,service/* loadBalancerTarget */._)(svc, inputs.containerName, inputs.containerPort);
    const what = `task definition \`${td.arn}\` → service \`${ref.cluster}/${ref.service}\``;
    if (inputs.appspec) {
        const user = (0,prepared/* readUserAppSpec */.g)(inputs.appspec, workspace);
        let content;
        try {
            content = fillEcsAppSpec(user.text, user.shown, td.arn, lb);
        }
        catch (err) {
            throw (0,prepared/* appspecInputError */.D)(err);
        }
        return { content, file: user.shown, hooks: user.hooks, what, service: ref };
    }
    if (!lb) {
        throw new parse/* InputError */.dz(constants/* Inputs */.G0.ContainerName, `Inputs '${constants/* Inputs */.G0.ContainerName}' and '${constants/* Inputs */.G0.ContainerPort}' are required: ECS service ${ref.service} has no load balancer to take them from.`);
    }
    const content = writeEcsAppSpec(td.arn, lb, svc.platformVersion);
    return { content, file: null, hooks: (0,revision/* hooksOf */.uj)(content), what, service: ref };
}


/***/ }),

/***/ 5102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ loadBalancerTarget),
/* harmony export */   describeService: () => (/* binding */ describeService),
/* harmony export */   eventsSince: () => (/* binding */ eventsSince),
/* harmony export */   w: () => (/* binding */ serviceOfGroup)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(212);
/* harmony import */ var _codedeploy_release_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7627);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// The ECS service a deployment group updates: its load balancer settings (the AppSpec hookline
// writes when given none) and its events (why replacement tasks did not start or stay healthy).



function serviceOfGroup(group) {
    const s = group.ecsServices?.[0];
    if (!s?.serviceName || !s.clusterName) {
        throw new _codedeploy_release_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2(`Deployment group '${group.deploymentGroupName}' names no ECS service (ecsServices is empty).`);
    }
    return { cluster: s.clusterName, service: s.serviceName };
}
async function describeService(ecs, ref, signal) {
    let out;
    try {
        out = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_2__/* .DescribeServicesCommand */ .H7c({ cluster: ref.cluster, services: [ref.service] }), { abortSignal: signal });
    }
    catch (err) {
        throw new _codedeploy_release_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2(`Could not read ECS service ${ref.service} in cluster ${ref.cluster}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}`);
    }
    const svc = out.services?.[0];
    if (!svc) {
        const why = out.failures?.[0]?.reason ?? 'MISSING';
        throw new _codedeploy_release_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2(`ECS service ${ref.service} in cluster ${ref.cluster} was not found (${why}).`);
    }
    return svc;
}
/** The container and port the service's load balancer sends traffic to, overridden by the inputs (pure). */
function loadBalancerTarget(svc, name, port) {
    const lb = svc.loadBalancers?.[0];
    const containerName = name ?? lb?.containerName;
    const containerPort = port ?? lb?.containerPort;
    return containerName && containerPort ? { containerName, containerPort } : undefined;
}
/** The service's events since `since` (epoch ms), oldest first, as plain facts for the diagnosis (pure). */
function eventsSince(svc, since) {
    return (svc.events ?? [])
        .filter((e) => e.message && e.createdAt && new Date(e.createdAt).getTime() >= since - 1000)
        .map((e) => ({ createdAt: new Date(e.createdAt).toISOString(), message: e.message }))
        .reverse();
}


/***/ })

};
