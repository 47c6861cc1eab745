import { createRequire as __hooklineRequire } from 'node:module'; const require = __hooklineRequire(import.meta.url);
import{main}from"./chunk-Y2XKISJR.js";import"./chunk-JT2THUXX.js";import"./chunk-FZJ4ZQWK.js";process.exitCode=await main(process.argv.slice(2),{out:s=>process.stdout.write(s),err:s=>process.stderr.write(s)});
