import { createRequire as __hooklineRequire } from 'node:module'; const require = __hooklineRequire(import.meta.url);
import{previewTracking,tracked,trackingFor}from"./chunk-6b798fc0.js";import"./chunk-87034821.js";import"./chunk-b3be1dae.js";import"./chunk-646612d3.js";import"./chunk-ff7cb117.js";import"./chunk-dca21173.js";import"./chunk-bf94725b.js";export{previewTracking,tracked,trackingFor};
