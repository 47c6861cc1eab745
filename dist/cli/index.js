import { createRequire as __hooklineRequire } from 'node:module'; const require = __hooklineRequire(import.meta.url);
import{main}from"./chunk-bf2f374c.js";import"./chunk-489a33d3.js";import"./chunk-97bed9f9.js";process.exitCode=await main(process.argv.slice(2),{out:s=>process.stdout.write(s),err:s=>process.stderr.write(s)});
