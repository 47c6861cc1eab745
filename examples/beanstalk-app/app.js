// The smallest web app Elastic Beanstalk's Node.js platform runs: it listens on $PORT.
import http from 'node:http';

http
  .createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`shop-web ${process.env.APP_VERSION || 'dev'}\n`);
  })
  .listen(process.env.PORT || 8080);
