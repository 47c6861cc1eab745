import { createRequire as __hooklineRequire } from 'node:module'; const require = __hooklineRequire(import.meta.url);
