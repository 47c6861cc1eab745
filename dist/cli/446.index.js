export const id = 446;
export const ids = [446];
export const modules = {

/***/ 4446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bundle_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8603);
/* harmony import */ var _validate_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2199);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2957);
// hookline validate [DIR|ARCHIVE]: the action's pre-flight checks, as JSON (contract) or text, on
// the same bundle model `hookline bundle` writes (ignore rules applied; archives read within limits).





async function validateCommand(positionals, values, io) {
    const target = (0,_main_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)('target', values.target, ['codedeploy', 'beanstalk', 'auto'], 'auto');
    const format = (0,_main_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)('format', values.format, ['json', 'text'], 'json');
    if (positionals.length > 1)
        throw new _main_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('validate takes one DIR or archive');
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(positionals[0] ?? '.');
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch {
        throw new _main_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${path} does not exist; give the bundle root folder or an archive (.zip, .war, .jar, .tar, .tgz)`);
    }
    const model = await (0,_validate_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openBundleModel */ .IO)(path, { ignoreFile: (0,_bundle_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ignoreFileFor */ .wR)(target, path) });
    const findings = (0,_validate_index_js__WEBPACK_IMPORTED_MODULE_3__/* .validateBundle */ .T_)((0,_validate_index_js__WEBPACK_IMPORTED_MODULE_3__/* .treeFromModel */ .Eq)(model), target);
    if (format === 'json') {
        io.out(JSON.stringify({ findings }, null, 2) + '\n');
    }
    else if (findings.length === 0) {
        io.out('No findings.\n');
    }
    else {
        for (const f of findings)
            io.out(`${f.file}:${f.line}:${f.column}: ${f.severity} [${f.rule}] ${f.message}\n`);
    }
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
}


/***/ })

};
