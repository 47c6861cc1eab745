// The sample app: a static page on PORT (default 8080).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const page = readFileSync(new URL('./public/index.html', import.meta.url));
createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page)).listen(
  Number(process.env.PORT) || 8080,
  '127.0.0.1',
);
