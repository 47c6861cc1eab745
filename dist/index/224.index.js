export const id = 224;
export const ids = [224,79];
export const modules = {

/***/ 6076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createClient: () => (/* binding */ createClient)
});

// UNUSED EXPORTS: CONNECTION_TIMEOUT_MS, REQUEST_TIMEOUT_MS, SOCKET_TIMEOUT_MS, clientConfig, handlerTimeouts

;// CONCATENATED MODULE: ./src/version.ts
// Kept equal to package.json's version (a unit test checks it); used in --version and the user agent.
const VERSION = '0.1.0';

// EXTERNAL MODULE: ./src/aws/proxy.ts
var proxy = __webpack_require__(1373);
;// CONCATENATED MODULE: ./src/aws/clients.ts


/**
 * Every request is bounded: 5 s to connect, 30 s of silence on the socket, and for the API
 * services 30 s for the whole answer (throwOnRequestTimeout: the SDK only warns without it).
 * S3 gets no whole-request bound because a large part may take minutes on a slow link; its
 * socket inactivity bound still ends a hung or stalled transfer.
 */
const CONNECTION_TIMEOUT_MS = 5_000;
const SOCKET_TIMEOUT_MS = 30_000;
const REQUEST_TIMEOUT_MS = 30_000;
/** The timeouts of one client kind's HTTP handler (plain options: the SDK builds its NodeHttpHandler from them). */
function handlerTimeouts(kind) {
    return {
        connectionTimeout: CONNECTION_TIMEOUT_MS,
        socketTimeout: SOCKET_TIMEOUT_MS,
        ...(kind === 's3' ? {} : { requestTimeout: REQUEST_TIMEOUT_MS }),
        throwOnRequestTimeout: true,
    };
}
/** The SDK client configuration every kind shares (exported for tests and the CLI's --debug). */
function clientConfig(opts = {}, kind = 'codedeploy') {
    const customUserAgent = [['hookline', VERSION]];
    if (opts.userAgent)
        customUserAgent.push([opts.userAgent, '']);
    const config = {
        maxAttempts: Math.max(1, Math.floor(opts.maxAttempts ?? 5)),
        retryMode: opts.retryMode ?? 'standard',
        customUserAgent,
        requestHandler: handlerTimeouts(kind),
    };
    if (opts.region)
        config.region = opts.region;
    return config;
}
/** A client for `kind`, loading only that SDK package. */
async function createClient(kind, opts = {}) {
    const config = clientConfig(opts, kind);
    // HTTPS_PROXY / HTTP_PROXY / NO_PROXY: the SDK reads none of them (proxy.ts).
    const agents = await (0,proxy/* sdkProxyAgents */.jU)(process.env);
    if (agents)
        Object.assign(config.requestHandler, agents);
    switch (kind) {
        case 's3': {
            const { S3Client } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
            return new S3Client(config);
        }
        case 'codedeploy': {
            const { CodeDeployClient } = await __webpack_require__.e(/* import() */ 507).then(__webpack_require__.t.bind(__webpack_require__, 7507, 19));
            return new CodeDeployClient(config);
        }
        case 'beanstalk': {
            const { ElasticBeanstalkClient } = await __webpack_require__.e(/* import() */ 114).then(__webpack_require__.t.bind(__webpack_require__, 6114, 19));
            return new ElasticBeanstalkClient(config);
        }
        case 'cloudwatch': {
            const { CloudWatchClient } = await __webpack_require__.e(/* import() */ 85).then(__webpack_require__.t.bind(__webpack_require__, 4085, 19));
            return new CloudWatchClient(config);
        }
        case 'ecs': {
            const { ECSClient } = await __webpack_require__.e(/* import() */ 212).then(__webpack_require__.t.bind(__webpack_require__, 212, 19));
            return new ECSClient(config);
        }
        case 'lambda': {
            const { LambdaClient } = await __webpack_require__.e(/* import() */ 696).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
            return new LambdaClient(config);
        }
        default:
            throw new Error(`Unknown AWS client kind: ${String(kind)}`);
    }
}


/***/ }),

/***/ 7969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ deadlineSignal)
/* harmony export */ });
// Every AWS call made while waiting is bounded by the step's deadline, not only by the client's
// request timeout: a call started 2 s before the deadline may take at most 2 s. Whether a cut-off
// call was a cancel or the deadline is told by the caller (its own signal, its own clock).
/**
 * A signal that aborts when `signal` does (a cancelled run) or `remainingMs` from now (the
 * deadline), whichever is first. AbortSignal.timeout's timer never keeps the process alive.
 */
function deadlineSignal(signal, remainingMs) {
    const timeout = AbortSignal.timeout(Math.max(1, Math.ceil(remainingMs)));
    return signal ? AbortSignal.any([signal, timeout]) : timeout;
}


/***/ }),

/***/ 9317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ commentOnPreview)
/* harmony export */ });
/* harmony import */ var _github_comment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2746);

async function commentOnPreview(api, pr, ctx, result, where) {
    const body = (0,_github_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .renderPreviewComment */ .K2)({
        ...where,
        state: result.ok ? 'success' : 'failure',
        commit: pr.headSha || ctx.sha,
        runUrl: ctx.runUrl,
        message: result.ok ? undefined : result.error instanceof Error ? result.error.message : String(result.error),
        diagnoses: [...api.report.reported],
    });
    const c = await (0,_github_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .upsertComment */ .lB)(api, pr.number, body);
    if (c)
        api.report.info(`${c.created ? 'Posted' : 'Updated'} the preview comment on #${pr.number}.`);
}


/***/ }),

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

/***/ 2746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K2: () => (/* binding */ renderPreviewComment),
  lB: () => (/* binding */ upsertComment)
});

// UNUSED EXPORTS: COMMENT_BUDGET, COMMENT_PERMISSION, GITHUB_COMMENT_LIMIT, LEGACY_MARKER, authoredBy, capBody, findSticky, markerFor

// EXTERNAL MODULE: ./src/github/api.ts + 1 modules
var github_api = __webpack_require__(4080);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/github/markdown.ts
// Markdown for a PR comment from text hookline did not write (file names, hook output, AWS
// messages) — pure. Inline text is one line, escaped exactly as the job summary escapes it
// (report/summary.ts: no HTML, emphasis, links, @mentions, #refs or bare URLs come alive); code
// spans and fences can never be closed by what they hold. A newline in a file name must not start
// a heading, a list or a mention.

/** C0/C1 controls, DEL, line and paragraph separators, bidi overrides and terminal escapes. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
/** One line: escape sequences dropped, line breaks shown as ⏎, other controls removed. */
function oneLine(s) {
    return s
        .replace(ANSI, '')
        .replace(/\r\n|\r|\n/g, ' ⏎ ')
        .replace(/\t/g, ' ')
        .replace(CONTROL, '');
}
/** Foreign text as inline markdown: one line, escaped as the job summary escapes it, and unable to open a block. */
function inline(s) {
    return ((0,summary/* escapeMarkdown */.FV)(oneLine(s))
        // Headings, lists and setext lines open only at the start of a line (the text is one line).
        .replace(/^(\s*)([#+\-=])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'));
}
/** Keep the `inline code` spans hookline's own diagnosis text carries; everything else as inline(). */
function prose(s) {
    return oneLine(s)
        .split(/(`[^`]+`)/)
        .map((part, i) => (i % 2 === 1 ? code(part.slice(1, -1)) : inline(part)))
        .join('');
}
/** A code span that its content cannot close (mentions are never rendered inside code). */
function code(s) {
    const text = oneLine(s);
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const ticks = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
    return `${ticks}${pad}${text}${pad}${ticks}`;
}
/** A fenced block its lines cannot close; controls removed from each line. */
function fence(lines) {
    const clean = lines.map((l) => l.replace(ANSI, '').replace(CONTROL, '').replace(/\r/g, ''));
    const body = clean.join('\n');
    const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((r) => r.length));
    const ticks = '`'.repeat(longest + 1);
    return `${ticks}text\n${body}\n${ticks}`;
}
/** An http(s) URL as an autolink; anything else as code, never as a link. */
function markdown_link(url) {
    return /^https?:\/\/[A-Za-z0-9._~:/?#[\]@!$&'*+,;=%-]+$/.test(url) && !/[<>`\s]/.test(url) ? `<${url}>` : code(url);
}

;// CONCATENATED MODULE: ./src/github/comment-diagnoses.ts
// The diagnosis section of the sticky PR comment (pure): every diagnosis as the job summary has
// it, but shortened to fit GitHub's 65,536-character comment limit — at most a few instances and
// the last evidence lines each, then as many diagnoses as fit; the job summary holds the rest.



const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const MAX_INSTANCES = 10;
const MAX_EVIDENCE_LINES = 20;
const MAX_EVIDENCE_LINE = 300;
const count = (n) => n.toLocaleString('en-US');
function renderCommentDiagnosis(d, index, summaryUrl) {
    const out = [`#### ${ICON[d.severity] ?? ''} ${index}. ${prose(d.title)}`, '', prose(d.message), ''];
    out.push(`- **Category:** [${code(d.category)}](${(0,annotations/* docsUrl */.fs)(d.category, constants/* DOCS_BASE_URL */.iO)}) (${inline(d.severity)})`);
    if (d.lifecycleEvent)
        out.push(`- **Event:** ${code(d.lifecycleEvent)}`);
    if (d.instances.length > 0) {
        const shown = d.instances.slice(0, MAX_INSTANCES).map(code).join(', ');
        const more = d.instances.length - MAX_INSTANCES;
        out.push(`- **Instances (${count(d.instances.length)}):** ${shown}${more > 0 ? ` and ${count(more)} more ([all in the job summary](${summaryUrl}))` : ''}`);
    }
    if (d.file)
        out.push(`- **Where:** ${code(d.file)}${d.line ? ` line ${d.line}` : ''}`);
    out.push(`- **Fix:** ${prose(d.fix)}`);
    if (d.evidence.length > 0) {
        const last = d.evidence.slice(-MAX_EVIDENCE_LINES).map((l) => (l.length > MAX_EVIDENCE_LINE ? `${l.slice(0, MAX_EVIDENCE_LINE)}…` : l));
        const cut = d.evidence.length - last.length;
        out.push('', '<details><summary>Evidence</summary>', '');
        if (cut > 0)
            out.push(`${count(cut)} earlier line${cut > 1 ? 's' : ''} in the [job summary](${summaryUrl}).`, '');
        out.push(fence(last), '', '</details>');
    }
    return out.join('\n');
}
/** As many diagnoses as fit in `budget` characters, most decisive first; says how many are left out. */
function renderCommentDiagnoses(diagnoses, summaryUrl, budget) {
    if (diagnoses.length === 0)
        return '';
    const head = `## Diagnosis\n\n${diagnoses.length === 1 ? 'One cause' : `${diagnoses.length} causes`} found, most decisive first.`;
    const tail = (left) => `_${count(left)} more cause${left > 1 ? 's' : ''} in the [job summary](${summaryUrl})._`;
    const parts = [head];
    let used = head.length;
    for (const [i, d] of diagnoses.entries()) {
        const block = renderCommentDiagnosis(d, i + 1, summaryUrl);
        const left = diagnoses.length - i - 1;
        const reserve = left > 0 ? tail(left).length + 2 : 0;
        if (used + block.length + 2 + reserve > budget) {
            parts.push(tail(diagnoses.length - i));
            return parts.join('\n\n');
        }
        parts.push(block);
        used += block.length + 2;
    }
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./src/github/comment.ts



/** What hookline's comments carried before markers named their target: adopted once, then rewritten. */
const LEGACY_MARKER = '<!-- hookline:preview -->';
const COMMENT_PERMISSION = 'pull-requests: write';
/** GitHub refuses longer bodies (422 "body is too long (maximum is 65536 characters)"). */
const GITHUB_COMMENT_LIMIT = 65_536;
/** Kept below the limit: GitHub counts characters, JavaScript UTF-16 units (never fewer). */
const COMMENT_BUDGET = 60_000;
const HEADLINE = {
    deploying: '⏳ Deploying the preview…',
    success: '✅ Preview deployed',
    failure: '❌ Preview deployment failed',
    removed: '🧹 Preview removed',
};
/** The hidden marker of one preview target; names are DNS-safe, anything else is dropped. */
function markerFor(target, name) {
    const safe = (s) => s.replace(/[^A-Za-z0-9._/-]/g, '').replace(/-{2,}/g, '-');
    return `<!-- hookline:preview ${safe(target)}/${safe(name)} -->`;
}
function renderPreviewComment(c) {
    const what = c.target === 'beanstalk' ? 'Environment' : 'Deployment group';
    const rows = [];
    // A pipe ends a table cell even inside a code span.
    const cell = (s) => code(s).replace(/\|/g, '\\|');
    rows.push(`| ${what} | ${cell(c.name)} |`);
    if (c.url && c.state !== 'removed')
        rows.push(`| URL | ${markdown_link(c.url).replace(/\|/g, '\\|')} |`);
    if (c.commit)
        rows.push(`| Commit | ${cell(c.commit.slice(0, 7))} |`);
    if (c.version)
        rows.push(`| Version | ${cell(c.version)} |`);
    rows.push(`| Status | ${c.state} |`);
    rows.push(`| Run | [logs](${c.runUrl}) |`);
    const head = [markerFor(c.target, c.name), `### ${HEADLINE[c.state]}`, '', '| | |', '|---|---|', ...rows];
    const foot = `<sub>Updated by hookline on every push; removed with the environment when the pull request closes.</sub>`;
    // The message is one line of mostly foreign text (an AWS error): kept whole up to a bound.
    const message = c.message ? inline(c.message.length > 4000 ? `${c.message.slice(0, 4000)}…` : c.message) : '';
    const parts = [...head];
    if (message)
        parts.push('', `**Why:** ${message}`);
    const fixed = parts.join('\n').length + foot.length + 4;
    if (c.state === 'failure' && c.diagnoses?.length) {
        const section = renderCommentDiagnoses(c.diagnoses, c.runUrl, COMMENT_BUDGET - fixed);
        if (section)
            parts.push('', section);
    }
    parts.push('', foot);
    return capBody(parts.join('\n'), c.runUrl);
}
/** Last guard: a body over budget is cut at a line and says where the rest is. */
function capBody(body, runUrl) {
    if (body.length <= COMMENT_BUDGET)
        return body;
    const note = `\n\n_Cut to fit GitHub's comment limit: the [job summary](${runUrl}) has everything._`;
    const cut = body.slice(0, COMMENT_BUDGET - note.length);
    return cut.slice(0, Math.max(0, cut.lastIndexOf('\n'))) + note;
}
function authoredBy(c, who) {
    return 'login' in who ? c.user?.login === who.login : c.user?.type === 'Bot';
}
/** The sticky comment (pure): by this token, starting with the target's marker — else an old one with the legacy marker. */
function findSticky(comments, marker, who) {
    const own = comments.filter((c) => authoredBy(c, who));
    const starts = (c, m) => (c.body ?? '').trimStart().startsWith(m);
    return own.find((c) => starts(c, marker)) ?? own.find((c) => starts(c, LEGACY_MARKER));
}
/** The token's identity: `GET /user` answers for user tokens; installation tokens (GITHUB_TOKEN) get 403 there. */
async function tokenIdentity(api) {
    try {
        const { data } = await api.octokit.rest.users.getAuthenticated();
        return typeof data.login === 'string' ? { login: data.login } : { bot: true };
    }
    catch {
        return { bot: true };
    }
}
/** Edits this target's sticky comment, or creates it when there is none; returns its id (undefined when GitHub refused). */
async function upsertComment(api, issueNumber, body) {
    const marker = body.split('\n', 1)[0] ?? '';
    return (0,github_api/* bestEffort */.z$)(api.report, `update the preview comment on #${issueNumber}`, COMMENT_PERMISSION, async () => {
        const who = await tokenIdentity(api);
        const comments = await api.octokit.paginate(api.octokit.rest.issues.listComments, {
            owner: api.owner,
            repo: api.repo,
            issue_number: issueNumber,
            per_page: 100,
        });
        const found = findSticky(comments, marker, who);
        if (found) {
            await api.octokit.rest.issues.updateComment({ owner: api.owner, repo: api.repo, comment_id: found.id, body });
            return { id: found.id, created: false };
        }
        const res = await api.octokit.rest.issues.createComment({ owner: api.owner, repo: api.repo, issue_number: issueNumber, body });
        return { id: res.data.id, created: true };
    });
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
