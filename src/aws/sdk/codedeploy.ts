// The codedeploy client class alone: a dynamic import of the whole package would keep every command
// and shape of it in the bundle (esbuild cannot tree-shake a namespace it hands out), see clients.ts.
export { CodeDeployClient } from '@aws-sdk/client-codedeploy';
