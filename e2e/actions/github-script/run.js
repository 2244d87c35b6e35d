// Runs a github-script script as the real action does (an async function given
// require, github, context and core), with a GitHub client whose issue comments
// are kept in a file under OPSMON_ACT_COMMENTS instead of on GitHub.
const fs = require('fs');
const path = require('path');

const dir = process.env.OPSMON_ACT_COMMENTS;
if (!dir) throw new Error('OPSMON_ACT_COMMENTS is not set: the bench names where comments are kept');
const store = path.join(dir, 'comments.json');
const load = () => (fs.existsSync(store) ? JSON.parse(fs.readFileSync(store, 'utf8')) : []);
const save = (all) => fs.writeFileSync(store, JSON.stringify(all, null, 2));

const event = JSON.parse(fs.readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
const number = (event.pull_request || event.issue || {}).number;

const issues = {
  listComments: async ({ owner, repo, issue_number }) => ({
    data: load().filter((c) => c.owner === owner && c.repo === repo && c.issue_number === issue_number),
  }),
  createComment: async ({ owner, repo, issue_number, body }) => {
    const all = load();
    const c = { id: all.length + 1, owner, repo, issue_number, body };
    save([...all, c]);
    return { data: c };
  },
  updateComment: async ({ owner, repo, comment_id, body }) => {
    const all = load();
    const c = all.find((x) => x.id === comment_id && x.owner === owner && x.repo === repo);
    if (!c) throw new Error(`no comment ${comment_id} in ${owner}/${repo}`);
    c.body = body;
    save(all);
    return { data: c };
  },
};
const github = { rest: { issues }, paginate: async (fn, args) => (await fn(args)).data };
const context = { repo: { owner, repo }, issue: { owner, repo, number }, payload: event, eventName: process.env.GITHUB_EVENT_NAME };
const core = { info: console.log, warning: console.warn, setFailed: (m) => { console.error(m); process.exitCode = 1; } };

const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
new AsyncFunction('require', 'github', 'context', 'core', process.env.SCRIPT)(require, github, context, core)
  .catch((e) => { console.error(e); process.exit(1); });
