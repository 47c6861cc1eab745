// The s3 client class alone: a dynamic import of the whole package would keep every command
// and shape of it in the bundle (esbuild cannot tree-shake a namespace it hands out), see clients.ts.
export { S3Client } from '@aws-sdk/client-s3';
