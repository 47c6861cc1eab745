export const id = 775;
export const ids = [775];
export const modules = {

/***/ 3775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   closeGitHubDeployment: () => (/* binding */ closeGitHubDeployment),
/* harmony export */   savedOutcome: () => (/* binding */ savedOutcome)
/* harmony export */ });
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4080);
/* harmony import */ var _github_deployments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6887);
// The post step for a GitHub Deployment the main step left without a final status (it was killed
// by the runner's cancel or timeout-minutes, or GitHub refused the last write): close it for how
// the run ended — error, failure, or inactive for a cancelled preview. Best effort, like every
// GitHub call: a refusal is one warning, never a red post step.


const OUTCOMES = ['succeeded', 'failed', 'timed-out', 'cancelled', 'crashed'];
/** The saved outcome, or '' when the main step never saved one (killed before it could). */
function savedOutcome(raw) {
    return OUTCOMES.includes(raw) ? raw : '';
}
function describe(outcome) {
    if (outcome === '' || outcome === 'cancelled')
        return 'The run was cancelled before the release ended';
    if (outcome === 'timed-out')
        return 'The release did not finish within the timeout';
    return outcome === 'succeeded' ? 'Released by hookline' : 'Release failed; see the run';
}
async function closeGitHubDeployment(open, outcome, token, budget, report) {
    const api = await (0,_github_api_js__WEBPACK_IMPORTED_MODULE_0__/* .githubApi */ .Mc)(token, process.env, report, { deadline: Date.now() + budget.remaining() });
    if (!api) {
        report.info(`GitHub Deployment ${open.id} keeps its last status: the post step has no github-token.`);
        return;
    }
    // The post step's bound holds for GitHub too: a request that hangs is cut off with the budget.
    const signal = AbortSignal.timeout(Math.max(1, budget.remaining()));
    const state = await (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_1__/* .closeOpenDeployment */ .QT)(api, open, outcome, describe(outcome), signal);
    if (state)
        report.info(`Marked GitHub Deployment ${open.id} (${open.environment}) ${state}: the main step ended before it could.`);
}


/***/ })

};
