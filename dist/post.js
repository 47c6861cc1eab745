import module from 'node:module';
module.enableCompileCache?.();
await import('./post/index.js');
