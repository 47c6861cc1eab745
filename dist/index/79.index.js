export const id = 79;
export const ids = [79];
export const modules = {

/***/ 3079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ previewTracking),
/* harmony export */   tracked: () => (/* binding */ tracked),
/* harmony export */   trackingFor: () => (/* binding */ trackingFor)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _github_deployments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6887);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6043);
/* harmony import */ var _github_preview_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6699);
// A release wrapped in a GitHub Deployment: in_progress before it starts, success or failure
// (with environment_url and log_url) after. Best-effort: without a token, or when GitHub
// refuses (403: the job lacks `deployments: write`), the release runs exactly the same.




/** Runs `release`, recording it as a GitHub Deployment; never throws for GitHub's sake (the release's own error is returned). */
async function tracked(api, t, release, url) {
    const deployment = api
        ? await _github_deployments_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubDeployment */ .Pl.start(api, { ref: t.ref, environment: t.environment, transient: t.transient, production: t.production, description: t.description }, t.logUrl)
        : undefined;
    if (deployment && api)
        api.report.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.GithubDeploymentId, String(deployment.id));
    let error;
    let ok = true;
    try {
        await release();
    }
    catch (err) {
        ok = false;
        error = err;
    }
    if (deployment) {
        const environmentUrl = await url().catch(() => undefined);
        const state = ok ? 'success' : error instanceof _util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .AbortedError */ .oM ? 'error' : 'failure';
        await deployment.status({
            state,
            logUrl: t.logUrl,
            environmentUrl,
            description: ok ? 'Released by hookline' : 'Release failed; see the run',
        });
    }
    return { deployment, error, ok };
}
/** The GitHub Deployment a push or dispatch release records: named after the group or environment. */
function trackingFor(settings, ctx, event) {
    const environment = settings.target === 'codedeploy' ? settings.deploymentGroup : settings.environment;
    return {
        environment,
        ref: event.sha || ctx.sha || ctx.ref,
        transient: false,
        description: `${settings.mode === 'redeploy' ? `Redeploy of ${settings.revision ?? '?'}` : 'Release'} to ${environment} by hookline`,
        logUrl: ctx.runUrl,
    };
}
/** The transient GitHub Deployment of a pull request's preview (`preview/pr-<n>`). */
function previewTracking(pr, ctx, where) {
    return {
        environment: (0,_github_preview_name_js__WEBPACK_IMPORTED_MODULE_3__/* .previewEnvironment */ ._s)(pr.number),
        ref: pr.headSha || ctx.sha,
        transient: true,
        production: false,
        description: `Preview of #${pr.number} on ${where}`,
        logUrl: ctx.runUrl,
    };
}


/***/ }),

/***/ 6887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ GitHubDeployment),
/* harmony export */   QV: () => (/* binding */ deactivateEnvironment)
/* harmony export */ });
/* unused harmony export DEPLOYMENTS_PERMISSION */
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8943);
// GitHub Deployments: one Deployment per release to an environment, with statuses
// in_progress → success | failure (environment_url, log_url), and inactive when a preview is
// torn down. Every call is best-effort (see api.ts): permission `deployments: write`.

const DEPLOYMENTS_PERMISSION = 'deployments: write';
class GitHubDeployment {
    api;
    id;
    environment;
    constructor(api, id, environment) {
        this.api = api;
        this.id = id;
        this.environment = environment;
    }
    /** Creates the Deployment and marks it in_progress; undefined (after one warning) when GitHub refuses. */
    static async start(api, req, logUrl) {
        const id = await (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .bestEffort */ .z$)(api.report, `create a GitHub Deployment for ${req.environment}`, DEPLOYMENTS_PERMISSION, async () => {
            const res = await api.octokit.rest.repos.createDeployment({
                owner: api.owner,
                repo: api.repo,
                ref: req.ref,
                environment: req.environment,
                transient_environment: req.transient,
                ...(req.production !== undefined ? { production_environment: req.production } : {}),
                auto_merge: false,
                required_contexts: [],
                description: req.description.slice(0, 140),
            });
            // 202 means GitHub wanted to merge first (never with auto_merge: false): no deployment.
            const data = res.data;
            if (typeof data.id !== 'number')
                throw new Error(`GitHub created no deployment (HTTP ${res.status})`);
            return data.id;
        });
        if (id === undefined)
            return undefined;
        const d = new GitHubDeployment(api, id, req.environment);
        await d.status({ state: 'in_progress', logUrl, description: 'Deploying…' });
        return d;
    }
    async status(u) {
        await setStatus(this.api, this.id, u);
    }
}
async function setStatus(api, id, u) {
    await (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .bestEffort */ .z$)(api.report, `set the GitHub Deployment status to ${u.state}`, DEPLOYMENTS_PERMISSION, () => api.octokit.rest.repos.createDeploymentStatus({
        owner: api.owner,
        repo: api.repo,
        deployment_id: id,
        state: u.state,
        log_url: u.logUrl,
        ...(u.environmentUrl ? { environment_url: u.environmentUrl } : {}),
        ...(u.description ? { description: u.description.slice(0, 140) } : {}),
        // A new success supersedes older deployments to the same environment.
        auto_inactive: true,
    }));
}
/** Marks every Deployment of `environment` inactive (preview torn down); returns how many. */
async function deactivateEnvironment(api, environment, logUrl) {
    const ids = await (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .bestEffort */ .z$)(api.report, `list the GitHub Deployments of ${environment}`, DEPLOYMENTS_PERMISSION, async () => {
        const list = await api.octokit.paginate(api.octokit.rest.repos.listDeployments, {
            owner: api.owner,
            repo: api.repo,
            environment,
            per_page: 100,
        });
        return list.map((d) => d.id);
    });
    for (const id of ids ?? [])
        await setStatus(api, id, { state: 'inactive', logUrl, description: 'Preview removed' });
    return ids?.length ?? 0;
}


/***/ }),

/***/ 6699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ BEANSTALK_ENV_NAME),
/* harmony export */   _s: () => (/* binding */ previewEnvironment),
/* harmony export */   fi: () => (/* binding */ CODEDEPLOY_GROUP_NAME),
/* harmony export */   gz: () => (/* binding */ previewName)
/* harmony export */ });
/* unused harmony export previewLabelPrefix */
// The name of a pull request's preview environment or deployment group (pure). The same inputs
// always give the same name, so every push to the PR lands in the same place.
const BEANSTALK_ENV_NAME = { max: 40 };
const CODEDEPLOY_GROUP_NAME = { max: 100 };
/**
 * Expands `{application}`, `{group}`, `{environment}`, `{branch}` and `{number}`, then makes the
 * result DNS-safe (lower case letters, digits and single hyphens, no hyphen at either end — a
 * Beanstalk environment name becomes its CNAME prefix) and at most `max` characters. When too
 * long, the text parts are shortened, never `{number}`, so two pull requests never share a name.
 */
function previewName(template, vars, rules = BEANSTALK_ENV_NAME) {
    const number = String(vars.number);
    const values = {
        application: dns(vars.application),
        group: dns(vars.group ?? ''),
        environment: dns(vars.environment ?? ''),
        branch: dns(vars.branch ?? ''),
    };
    const parts = template.split(/(\{[a-z]+\})/).filter((p) => p !== '');
    const render = (vals) => dns(parts.map((p) => (p === '{number}' ? number : /^\{[a-z]+\}$/.test(p) ? (vals[p.slice(1, -1)] ?? '') : p)).join(''));
    let name = render(values);
    // Shorten the longest variable part until it fits (deterministic: same inputs, same name).
    while (name.length > rules.max) {
        const longest = Object.entries(values)
            .filter(([k, v]) => v.length > 0 && parts.includes(`{${k}}`))
            .sort((a, b) => b[1].length - a[1].length)[0];
        if (!longest)
            break;
        const [key, value] = longest;
        values[key] = dns(value.slice(0, Math.max(0, value.length - (name.length - rules.max))));
        if (values[key] === value)
            values[key] = value.slice(0, -1);
        name = render(values);
    }
    // Literal text alone too long: keep the end, which carries the number.
    if (name.length > rules.max)
        name = dns(name.slice(name.length - rules.max));
    if (name.length < 4)
        name = name === number ? `pr-${number}` : dns(`pr-${number}-${name}`).slice(0, rules.max);
    return name;
}
/** Lower case letters, digits and single hyphens; no hyphen at either end. */
function dns(s) {
    return s
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-+|-+$/g, '');
}
/** The GitHub Deployment environment of a pull request's preview. */
function previewEnvironment(number) {
    return `preview/pr-${number}`;
}
/** Application version labels made for a pull request's previews start with this (see preview flow). */
function previewLabelPrefix(number) {
    return `pr-${number}-`;
}


/***/ })

};
