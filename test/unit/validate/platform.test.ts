import { describe, expect, it } from '@jest/globals';
import { EXEC, rules, run, script } from './helpers.js';

describe('.platform hooks', () => {
  it('passes executable LF scripts in the three stages of hooks and confighooks', () => {
    const files = Object.fromEntries(
      ['hooks', 'confighooks'].flatMap((k) => ['prebuild', 'predeploy', 'postdeploy'].map((s) => [`.platform/${k}/${s}/01.sh`, script()])),
    );
    expect(run(files, 'beanstalk')).toEqual([]);
  });
  it('errors on an unknown stage and warns on a file outside any stage', () => {
    const f = run({ '.platform/hooks/post-deploy/01.sh': script() }, 'beanstalk');
    expect(f[0]).toMatchObject({ rule: 'platform/hook-stage', severity: 'error' });
    expect(f[0]?.message).toContain("Did you mean 'postdeploy'");
    expect(run({ '.platform/hooks/01.sh': script() }, 'beanstalk')[0]).toMatchObject({ rule: 'platform/hook-stage', severity: 'warning' });
  });
  it('warns on a hook without the executable bit', () => {
    const f = run({ '.platform/hooks/predeploy/01.sh': '#!/bin/bash\necho\n' }, 'beanstalk');
    expect(f[0]).toMatchObject({ rule: 'platform/hook-not-executable', severity: 'warning' });
    expect(f[0]?.message).toContain('permission denied');
  });
  it('errors on CRLF and on a text hook without #!', () => {
    expect(rules(run({ '.platform/hooks/predeploy/01.sh': { content: '#!/bin/bash\r\necho\r\n', mode: EXEC } }, 'beanstalk'))).toEqual([
      'script/crlf',
    ]);
    const cfg = run({ '.platform/hooks/predeploy/01.config': { content: 'commands:\n  a:\n    command: ls\n', mode: EXEC } }, 'beanstalk');
    expect(cfg[0]).toMatchObject({ rule: 'platform/hook-no-shebang', severity: 'error' });
    expect(cfg[0]?.message).toContain('.ebextensions/01.config');
  });
  it('leaves helpers in stage subfolders and nginx files alone', () => {
    expect(
      run(
        { '.platform/hooks/prebuild/lib/common.sh': 'x=1\n', '.platform/nginx/conf.d/proxy.conf': 'client_max_body_size 50M;\n' },
        'beanstalk',
      ),
    ).toEqual([]);
  });
});

describe('nginx snippets', () => {
  it('errors on directives that are not allowed inside http', () => {
    const f = run({ '.platform/nginx/conf.d/x.conf': '# proxy\nlocation / {\n  proxy_pass http://127.0.0.1:8000;\n}\n' }, 'beanstalk');
    expect(f[0]).toMatchObject({ rule: 'nginx/context', line: 2, column: 1 });
  });
  it('passes server blocks and http-level directives, and full nginx.conf files', () => {
    expect(
      run(
        {
          '.platform/nginx/conf.d/https.conf': 'server {\n  listen 443 ssl;\n  location / { proxy_pass http://x; }\n}\n',
          '.platform/nginx/nginx.conf': 'user nginx;\nevents {}\nhttp { include conf.d/*.conf; }\n',
          '.platform/nginx/conf.d/elasticbeanstalk/loc.conf': 'location /api { proxy_pass http://x; }\n',
        },
        'beanstalk',
      ),
    ).toEqual([]);
  });
});

describe('Procfile', () => {
  it('passes name: command lines', () => {
    expect(
      run({ Procfile: 'web: gunicorn app.wsgi --log-file -\nworker: python worker.py\nlocust-master: locust\n' }, 'beanstalk'),
    ).toEqual([]);
  });
  it('errors on lines that are not name: command', () => {
    const f = run({ Procfile: 'web: node server.js\ngunicorn app.wsgi\n' }, 'beanstalk');
    expect(f[0]).toMatchObject({ rule: 'procfile/syntax', line: 2 });
    expect(rules(run({ Procfile: 'web:\n' }, 'beanstalk'))).toEqual(['procfile/syntax']);
  });
  it('errors on process names with other characters and warns on duplicates', () => {
    expect(rules(run({ Procfile: 'web app: node s.js\n' }, 'beanstalk'))).toEqual(['procfile/process-name']);
    expect(rules(run({ Procfile: 'web: a\nweb: b\n' }, 'beanstalk'))).toEqual(['procfile/duplicate']);
  });
});

describe('auto target', () => {
  it('runs no rules on a bundle without deployment configuration', () => {
    expect(run({ 'index.js': '' })).toEqual([]);
  });
  it('sorts errors first, then by file and line', () => {
    const f = run({ Procfile: 'web: a\nweb: b\n', '.ebextensions/a.config': 'commands:\n  x: {}\n' });
    expect(f.map((x) => x.severity)).toEqual(['error', 'warning']);
  });
});

describe('auto target and nested AppSpec files', () => {
  it('ignores an example appspec deep in a repository unless the target is codedeploy', () => {
    const files = { 'examples/app/appspec.yml': 'version: 0.0\nos: linux\n', 'README.md': '' };
    expect(run(files)).toEqual([]);
    expect(rules(run(files, 'codedeploy'))).toEqual(['appspec/not-at-root']);
  });
});
