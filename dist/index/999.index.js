export const id = 999;
export const ids = [999];
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

/***/ 9999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareLambda: () => (/* binding */ prepareLambda)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(6076);
// EXTERNAL MODULE: ./src/compute/prepared.ts
var prepared = __webpack_require__(7444);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/compute/revision.ts
var revision = __webpack_require__(948);
;// CONCATENATED MODULE: ./src/lambda/appspec.ts
// The AppSpec of a Lambda deployment: the user's file (its hooks) with the function, alias and
// versions filled in, or one without hooks when no file is given.


function properties(s) {
    return { Name: s.functionName, Alias: s.alias, CurrentVersion: s.current, TargetVersion: s.target };
}
/** An AppSpec for one function with no hooks (pure). */
function writeLambdaAppSpec(s) {
    const resource = { [logicalName(s.functionName)]: { Type: 'AWS::Lambda::Function', Properties: properties(s) } };
    return (0,dist/* stringify */.As)({ version: 0.0, Resources: [resource] }).replace(/^version: 0$/m, 'version: 0.0');
}
/** The user's AppSpec with every AWS::Lambda::Function resource pointed at this shift (pure). */
function fillLambdaAppSpec(text, shown, s) {
    const doc = (0,revision/* editableAppSpec */.DM)(text, shown);
    const resources = (0,dist/* isMap */.jh)(doc.contents) ? doc.contents.get('Resources', true) : undefined;
    let found = 0;
    if ((0,dist/* isSeq */.oP)(resources)) {
        for (const item of resources.items) {
            if (!(0,dist/* isMap */.jh)(item))
                continue;
            for (const pair of item.items) {
                const body = pair.value;
                if (!(0,dist/* isMap */.jh)(body) || body.get('Type') !== 'AWS::Lambda::Function')
                    continue;
                found++;
                body.set('Properties', doc.createNode(properties(s)));
            }
        }
    }
    if (found === 0)
        throw new Error(`${shown} has no resource of Type AWS::Lambda::Function to point at ${s.functionName}:${s.alias}.`);
    return /^\s*\{/.test(text) ? JSON.stringify(doc.toJSON(), null, 2) : doc.toString();
}
function logicalName(fn) {
    return (fn.split(':').pop() ?? fn).replace(/[^A-Za-z0-9]/g, '') || 'Function';
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var dist_cjs = __webpack_require__(1696);
// EXTERNAL MODULE: ./src/codedeploy/release.ts
var release = __webpack_require__(7627);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/lambda/version.ts
// The versions a Lambda deployment shifts between: the alias's current one, and the target —
// given, or published now from the function's current code ($LATEST).



async function aliasVersions(lambda, functionName, alias, version, description, signal) {
    let current;
    try {
        const a = await lambda.send(new dist_cjs/* GetAliasCommand */.MES({ FunctionName: functionName, Name: alias }), { abortSignal: signal });
        current = a.FunctionVersion;
        if (a.RoutingConfig?.AdditionalVersionWeights && Object.keys(a.RoutingConfig.AdditionalVersionWeights).length) {
            throw new release/* ReleaseError */.K2(`Alias ${functionName}:${alias} already splits traffic (${JSON.stringify(a.RoutingConfig.AdditionalVersionWeights)}): another deployment is shifting it, or one was left half-way. Finish or undo it first.`);
        }
    }
    catch (err) {
        if (err instanceof release/* ReleaseError */.K2)
            throw err;
        throw new release/* ReleaseError */.K2(`Could not read alias ${alias} of Lambda function ${functionName}: ${(0,errors/* errorText */.kc)(err)}`);
    }
    if (!current || current === '$LATEST') {
        throw new release/* ReleaseError */.K2(`Alias ${functionName}:${alias} points at ${current ?? 'nothing'}; CodeDeploy shifts traffic between published versions only.`);
    }
    if (version)
        return { current, target: version, published: false };
    try {
        const out = await lambda.send(new dist_cjs/* PublishVersionCommand */.D3m({ FunctionName: functionName, Description: description.slice(0, 256) }), {
            abortSignal: signal,
        });
        if (!out.Version)
            throw new Error('PublishVersion returned no version');
        return { current, target: out.Version, published: true };
    }
    catch (err) {
        throw new release/* ReleaseError */.K2(`Could not publish a version of Lambda function ${functionName}: ${(0,errors/* errorText */.kc)(err)}`);
    }
}

;// CONCATENATED MODULE: ./src/lambda/prepare.ts
// Lambda: find the alias's current version, publish (or take) the target version, and write the
// AppSpec that shifts the alias from one to the other.





async function prepareLambda(inputs, region, workspace, description, report, signal) {
    const lambda = await (0,clients.createClient)('lambda', { region });
    const v = await aliasVersions(lambda, inputs.functionName, inputs.alias, inputs.version, description, signal);
    report.setOutput(constants/* Outputs */.tY.FunctionVersion, v.target);
    report.info(`${v.published ? `Published version ${v.target} of ${inputs.functionName}` : `Shifting to version ${v.target}`}; alias ${inputs.alias} is on version ${v.current}.`);
    const shift = { functionName: inputs.functionName, alias: inputs.alias, current: v.current, target: v.target };
    const what = `\`${inputs.functionName}:${inputs.alias}\` version ${v.current} → ${v.target}${v.published ? ' (published by this run)' : ''}`;
    if (!inputs.appspec)
        return { content: writeLambdaAppSpec(shift), file: null, hooks: [], what };
    const user = (0,prepared/* readUserAppSpec */.g)(inputs.appspec, workspace);
    try {
        return { content: fillLambdaAppSpec(user.text, user.shown, shift), file: user.shown, hooks: user.hooks, what };
    }
    catch (err) {
        throw (0,prepared/* appspecInputError */.D)(err);
    }
}


/***/ })

};
