import { runPost } from './post-step.js';

await runPost();
