import { createRequire as __hooklineRequire } from 'node:module'; const require = __hooklineRequire(import.meta.url);
import{previewTracking,tracked,trackingFor}from"./chunk-AVIGWCGY.js";import"./chunk-PEZLZ5TR.js";import"./chunk-IIGWHU4U.js";import"./chunk-WGCACLOD.js";import"./chunk-FTQSU2OE.js";import"./chunk-HZXIHAZN.js";import"./chunk-Z524SJ57.js";export{previewTracking,tracked,trackingFor};
