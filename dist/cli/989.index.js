export const id = 989;
export const ids = [989];
export const modules = {

/***/ 8989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bundleCommand: () => (/* binding */ bundleCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/bundle/index.ts + 10 modules
var bundle = __webpack_require__(8603);
// EXTERNAL MODULE: ./src/validate/appspec-reader.ts
var appspec_reader = __webpack_require__(540);
;// CONCATENATED MODULE: ./src/flows/exec-bits.ts
// restore-exec-bits: which scripts a release executes, and the notice that lists the ones whose
// executable bit was restored (the rule itself is in bundle/exec-bits.ts).


/** Bundle paths the deployment executes: appspec hook locations and platform hook files. */
function executedScripts(model) {
    const files = model.entries.filter((e) => e.type === 'file').map((e) => e.path);
    const hooks = (0,appspec_reader/* hookScriptPaths */.To)(files, (p) => model.read(p));
    return [...new Set([...hooks, ...files.filter((p) => bundle/* PLATFORM_HOOK_FILE */.ri.test(p))])];
}
/** Paths of a model whose mode restore-exec-bits set (what the notice lists). */
const restoredBy = new WeakMap();
/** The model with exec bits restored per the "none set" rule; folders only (an archive ships as it is). */
function withExecBits(model) {
    if (model.kind !== 'directory')
        return model;
    const { model: out, restored } = (0,bundle/* restoreExecBits */.ym)(model, executedScripts(model));
    if (restored.length > 0)
        restoredBy.set(out, restored);
    return out;
}
const LISTED = 10;
/** One notice naming the scripts that got 0755, when any did. */
function noticeRestored(model, report) {
    const restored = restoredBy.get(model);
    if (!restored?.length)
        return;
    const more = restored.length > LISTED ? ` and ${restored.length - LISTED} more` : '';
    report.notice(`Gave ${restored.length} script${restored.length === 1 ? '' : 's'} the deployment runs mode 0755 in the bundle: ${restored.slice(0, LISTED).join(', ')}${more}. ` +
        'None of them was executable in the tree (a checkout on Windows or a folder from actions/download-artifact loses the bits). ' +
        'Set `restore-exec-bits: false` to ship the modes as they are.', { title: 'hookline: executable bits restored' });
}

// EXTERNAL MODULE: ./src/cli/main.ts
var main = __webpack_require__(2957);
;// CONCATENATED MODULE: ./src/cli/bundle.ts
// hookline bundle [DIR] --out FILE [--list]: the exact archive the action would upload, with the
// archive's sha256 and the tree digest that names its S3 key.




async function bundleCommand(positionals, values, io) {
    if (typeof values.out !== 'string' || values.out === '')
        throw new main/* UsageError */.eb('--out FILE is required');
    const target = (0,main/* oneOf */.yL)('target', values.target, ['codedeploy', 'beanstalk'], 'codedeploy');
    const root = (0,external_node_path_.resolve)(positionals[0] ?? '.');
    const ignoreFile = target === 'codedeploy' ? '.deployignore' : '.ebignore';
    const outFile = (0,external_node_path_.resolve)(values.out);
    // As the action with restore-exec-bits (its default); --keep-modes is restore-exec-bits: false.
    const walked = await (0,bundle/* directoryModel */.xm)({ root, ignoreFile, skip: [outFile] });
    const b = await (0,bundle/* buildBundle */.bS)({
        root,
        model: values['keep-modes'] ? walked : withExecBits(walked),
        ignoreFile,
        requireAppspec: target === 'codedeploy',
        outFile,
    });
    if (values.list)
        for (const e of b.list)
            io.out(`${e.mode.toString(8).padStart(6, '0')} ${String(e.size).padStart(10)} ${e.path}\n`);
    io.out(`${b.sha256}  ${values.out} (${b.entries} entries, ${b.size} bytes)\n`);
    io.out(`tree digest ${b.treeDigest ?? ''} (the action's S3 key: <prefix>/<application>-${b.treeDigest ?? ''}.zip)\n`);
    return 0;
}


/***/ })

};
