export const id = 192;
export const ids = [192];
export const modules = {

/***/ 3192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bundleCommand: () => (/* binding */ bundleCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bundle_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2957);
// hookline bundle [DIR] --out FILE [--list]: the exact archive the action would upload.



async function bundleCommand(positionals, values, io) {
    if (typeof values.out !== 'string' || values.out === '')
        throw new _main_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('--out FILE is required');
    const target = (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .oneOf */ .yL)('target', values.target, ['codedeploy', 'beanstalk'], 'codedeploy');
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(positionals[0] ?? '.');
    const b = await (0,_bundle_index_js__WEBPACK_IMPORTED_MODULE_1__/* .buildBundle */ .bS)({
        root,
        ignoreFile: target === 'codedeploy' ? '.deployignore' : '.ebignore',
        requireAppspec: target === 'codedeploy',
        outFile: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(values.out),
    });
    if (values.list)
        for (const e of b.list)
            io.out(`${e.mode.toString(8).padStart(6, '0')} ${String(e.size).padStart(10)} ${e.path}\n`);
    io.out(`${b.sha256}  ${values.out} (${b.entries} entries, ${b.size} bytes)\n`);
    return 0;
}


/***/ })

};
