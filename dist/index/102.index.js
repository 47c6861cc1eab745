export const id = 102;
export const ids = [102];
export const modules = {

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
