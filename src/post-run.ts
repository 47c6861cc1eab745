// The post step's entry for @github/local-action (`npm run local-action:post`), which needs a
// module exporting `run`, as src/main.ts does for the main step.
export { runPost as run } from './post-step.js';
