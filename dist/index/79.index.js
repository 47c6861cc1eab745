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
/* harmony import */ var _in_flight_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1839);
/* harmony import */ var _github_preview_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6699);
// A release wrapped in a GitHub Deployment: in_progress before it starts, then the final state
// for how it ended (success, failure, error; inactive for a cancelled preview — endingState), with
// environment_url and log_url. A run killed before that leaves it to the post step. Best-effort: without a token, or when GitHub
// refuses (403: the job lacks `deployments: write`), the release runs exactly the same.
// A push or dispatch job with `environment:` records into the Deployment GitHub Actions made for
// it; a preview's success marks its older deployments inactive (GitHub never does for transient
// environments).




/** Runs `release`, recording it as a GitHub Deployment; never throws for GitHub's sake (the release's own error is returned). */
async function tracked(api, t, release, url) {
    const deployment = api
        ? await _github_deployments_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubDeployment */ .Pl.start(api, {
            ref: t.ref,
            environment: t.environment,
            transient: t.transient,
            production: t.production,
            description: t.description,
            target: t.target,
        }, t.run ?? { sha: '', runId: '' }, t.logUrl)
        : undefined;
    if (api && deployment) {
        api.report.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.GithubDeploymentId, String(deployment.id));
        if (deployment.adopted)
            api.report.info(`Recording the release in Deployment ${deployment.id}, the one GitHub Actions made for this job's environment ${deployment.environment}.`);
    }
    let error;
    let ok = true;
    try {
        await release();
    }
    catch (err) {
        ok = false;
        error = err;
    }
    if (api && deployment) {
        const environmentUrl = await url().catch(() => undefined);
        const outcome = (0,_in_flight_js__WEBPACK_IMPORTED_MODULE_2__/* .outcomeOf */ .sG)(ok ? undefined : error);
        await deployment.end(outcome, {
            logUrl: t.logUrl,
            environmentUrl,
            description: ok ? 'Released by hookline' : outcome === 'cancelled' ? 'Release cancelled; see the run' : 'Release failed; see the run',
        });
        if (ok && t.transient)
            await supersede(api, t, deployment.id);
    }
    return { deployment, error, ok };
}
/** Older deployments of this preview target inactive: the newest push is the preview. */
async function supersede(api, t, current) {
    const r = await (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_1__/* .deactivateDeployments */ .j9)(api, t.environment, {
        logUrl: t.logUrl,
        description: 'Superseded by a newer push',
        target: t.target,
        except: current,
    });
    if (r.deactivated)
        api.report.info(`Marked ${r.deactivated} older Deployment${r.deactivated > 1 ? 's' : ''} of ${t.environment} inactive.`);
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
        target: environment,
        run: { sha: ctx.sha, runId: ctx.runId },
    };
}
/** The transient GitHub Deployment of a pull request's preview (`preview/pr-<n>`); `where` names its target. */
function previewTracking(pr, ctx, where) {
    return {
        environment: (0,_github_preview_name_js__WEBPACK_IMPORTED_MODULE_3__/* .previewEnvironment */ ._s)(pr.number),
        ref: pr.headSha || ctx.sha,
        transient: true,
        production: false,
        description: `Preview of #${pr.number} on ${where}`,
        logUrl: ctx.runUrl,
        target: where,
    };
}


/***/ }),

/***/ 6887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ GitHubDeployment),
/* harmony export */   QV: () => (/* binding */ deactivateEnvironment),
/* harmony export */   j9: () => (/* binding */ deactivateDeployments)
/* harmony export */ });
/* unused harmony exports DEPLOYMENTS_PERMISSION, ACTIONS_BOT, endingState, saveOpenDeployment, parseOpenDeployment, closeOpenDeployment, pickActionsDeployment, payloadTarget */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4080);
// GitHub Deployments: one Deployment per release, with statuses in_progress → success | failure
// (environment_url, log_url), and inactive when superseded or torn down. Every call is
// best-effort (see api.ts): permission `deployments: write`.
//
// A job with `environment:` already has a Deployment, created by GitHub Actions (creator
// github-actions[bot], this run's sha, a status linking this run): hookline adopts it instead of
// creating a second one. Without one, hookline creates its own.


const DEPLOYMENTS_PERMISSION = 'deployments: write';
const ACTIONS_BOT = 'github-actions[bot]';
class GitHubDeployment {
    api;
    id;
    environment;
    adopted;
    transient;
    constructor(api, id, environment, 
    /** Created by GitHub Actions for this job, not by hookline. */
    adopted, transient) {
        this.api = api;
        this.id = id;
        this.environment = environment;
        this.adopted = adopted;
        this.transient = transient;
    }
    /**
     * The job's own Deployment when GitHub Actions made one, else a new one; marked in_progress and
     * recorded as open for the post step. Undefined (after one warning) when GitHub refuses.
     */
    static async start(api, req, run, logUrl) {
        const adopted = await findActionsDeployment(api, run, req.environment);
        const id = adopted?.id ?? (await create(api, req));
        if (id === undefined)
            return undefined;
        const d = new GitHubDeployment(api, id, adopted?.environment ?? req.environment, adopted !== undefined, req.transient);
        // Open before in_progress is sent: a run killed mid-request still leaves the post step a record to close.
        saveOpenDeployment(api.report, { id, environment: d.environment, transient: req.transient, logUrl });
        await d.status({ state: 'in_progress', logUrl, description: 'Deploying…' });
        return d;
    }
    /** Posts a status; a final one closes the record (the post step has nothing left to do). */
    async status(u) {
        await setStatus(this.api, this.id, u);
        if (u.state !== 'in_progress')
            saveOpenDeployment(this.api.report, undefined);
    }
    /** The final status for how the release ended (see endingState). */
    async end(outcome, u) {
        await this.status({ ...u, state: endingState(outcome, this.transient) });
    }
}
/**
 * The final state of a Deployment for how the run ended (pure). `''` is a main step killed before
 * it could say (the runner's cancel or timeout-minutes). A cancelled preview was never live: it is
 * inactive rather than an error on the pull request.
 */
function endingState(outcome, transient) {
    switch (outcome) {
        case 'succeeded':
            return 'success';
        case 'failed':
            return 'failure';
        case 'cancelled':
        case '':
            return transient ? 'inactive' : 'error';
        default:
            // timed-out, crashed: the release did not come to an end hookline could judge.
            return 'error';
    }
}
function saveOpenDeployment(sink, d) {
    sink.saveState(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .States */ .DG.GithubDeployment, d ? JSON.stringify(d) : '');
}
function parseOpenDeployment(raw) {
    if (!raw.trim())
        return undefined;
    const v = safeJson(raw);
    if (!v || typeof v !== 'object' || !Number.isSafeInteger(v.id) || typeof v.logUrl !== 'string')
        return undefined;
    return { id: v.id, environment: String(v.environment ?? ''), transient: v.transient === true, logUrl: v.logUrl };
}
/** The post step: the final status of a Deployment the main step could not close. True when GitHub took it. */
async function closeOpenDeployment(api, d, outcome, description, signal) {
    const state = endingState(outcome, d.transient);
    const ok = await setStatus(api, d.id, { state, logUrl: d.logUrl, description }, signal);
    return ok ? state : undefined;
}
async function create(api, req) {
    return (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .bestEffort */ .z$)(api.report, `create a GitHub Deployment for ${req.environment}`, DEPLOYMENTS_PERMISSION, async () => {
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
            payload: { hookline: { target: req.target } },
        });
        // 202 means GitHub wanted to merge first (never with auto_merge: false): no deployment.
        const data = res.data;
        if (typeof data.id !== 'number')
            throw new Error(`GitHub created no deployment (HTTP ${res.status})`);
        return data.id;
    });
}
/** This run's Deployment made by GitHub Actions (pure): one whose statuses link this run; the one named `environment` when several do. */
function pickActionsDeployment(candidates, runId, environment) {
    const runLink = new RegExp(`/actions/runs/${runId.replace(/\D/g, '')}(?:/|$)`);
    const mine = candidates.filter(({ deployment, statuses }) => deployment.creator?.login === ACTIONS_BOT && statuses.some((s) => runLink.test(s.log_url ?? '') || runLink.test(s.target_url ?? '')));
    const live = mine.filter(({ statuses }) => ['queued', 'pending', 'in_progress', 'waiting'].includes(statuses[0]?.state ?? ''));
    const named = live.find(({ deployment }) => deployment.environment === environment);
    return named?.deployment ?? (live.length === 1 ? live[0]?.deployment : undefined);
}
async function findActionsDeployment(api, run, environment) {
    if (!run.sha || !run.runId)
        return undefined;
    // Not finding it is no failure of its own: creating one then says what GitHub refused.
    try {
        const { data } = await api.octokit.rest.repos.listDeployments({ owner: api.owner, repo: api.repo, sha: run.sha, per_page: 30 });
        const bots = data.filter((d) => d.creator?.login === ACTIONS_BOT).slice(0, 5);
        const candidates = [];
        for (const deployment of bots)
            candidates.push({ deployment, statuses: await statusesOf(api, deployment.id, 10) });
        return pickActionsDeployment(candidates, run.runId, environment);
    }
    catch (err) {
        api.report.debug(`No Deployment of GitHub Actions to record into: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
    }
}
/** Newest first, as GitHub lists them. */
async function statusesOf(api, id, perPage) {
    const { data } = await api.octokit.rest.repos.listDeploymentStatuses({
        owner: api.owner,
        repo: api.repo,
        deployment_id: id,
        per_page: perPage,
    });
    return data;
}
async function setStatus(api, id, u, signal) {
    const done = await (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .bestEffort */ .z$)(api.report, `set the GitHub Deployment status to ${u.state}`, DEPLOYMENTS_PERMISSION, async () => {
        await api.octokit.rest.repos.createDeploymentStatus({
            owner: api.owner,
            repo: api.repo,
            deployment_id: id,
            state: u.state,
            log_url: u.logUrl,
            ...(u.environmentUrl ? { environment_url: u.environmentUrl } : {}),
            ...(u.description ? { description: u.description.slice(0, 140) } : {}),
            // GitHub supersedes older non-transient deployments of the environment on success; previews are done by hand (deactivate).
            auto_inactive: true,
            ...(signal ? { request: { signal } } : {}),
        });
        return true;
    });
    return done === true;
}
/** hookline's target recorded in a deployment's payload (undefined: not hookline's, or made before targets were recorded). */
function payloadTarget(payload) {
    const p = typeof payload === 'string' ? safeJson(payload) : payload;
    const t = p?.hookline?.target;
    return typeof t === 'string' ? t : undefined;
}
function safeJson(s) {
    try {
        return JSON.parse(s);
    }
    catch {
        return undefined;
    }
}
/**
 * Marks the deployments of `environment` inactive, one write at a time (api.ts paces them and
 * waits out rate limits), skipping those already inactive: running it twice writes nothing more.
 */
async function deactivateDeployments(api, environment, o) {
    const result = { deactivated: 0, skipped: 0, failed: 0 };
    const list = await (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .bestEffort */ .z$)(api.report, `list the GitHub Deployments of ${environment}`, DEPLOYMENTS_PERMISSION, () => api.octokit.paginate(api.octokit.rest.repos.listDeployments, { owner: api.owner, repo: api.repo, environment, per_page: 100 }));
    for (const d of list ?? []) {
        if (d.id === o.except)
            continue;
        const target = payloadTarget(d.payload);
        if (o.target !== undefined && target !== undefined && target !== o.target)
            continue;
        const latest = await (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .bestEffort */ .z$)(api.report, `read the status of GitHub Deployment ${d.id}`, DEPLOYMENTS_PERMISSION, () => statusesOf(api, d.id, 1));
        if (latest?.[0]?.state === 'inactive') {
            result.skipped++;
            continue;
        }
        const ok = await setStatus(api, d.id, { state: 'inactive', logUrl: o.logUrl, description: o.description });
        if (ok)
            result.deactivated++;
        else
            result.failed++;
    }
    return result;
}
/** Every deployment of a torn-down preview environment inactive; returns how many were marked now. */
async function deactivateEnvironment(api, environment, logUrl) {
    return (await deactivateDeployments(api, environment, { logUrl, description: 'Preview removed' })).deactivated;
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
