import { createRequire as __hooklineRequire } from 'node:module'; const require = __hooklineRequire(import.meta.url);
var VERSION="0.1.0";export{VERSION};
