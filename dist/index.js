import module from 'node:module';
module.enableCompileCache?.();
await import('./index/index.js');
