import { createRequire as __hooklineRequire } from 'node:module'; const require = __hooklineRequire(import.meta.url);
import{VERSION}from"./chunk-489a33d3.js";const{parseArgs}=require("node:util");var UsageError=class extends Error{},HELP=`hookline ${VERSION} \u2014 release to AWS CodeDeploy / Elastic Beanstalk and explain failed hooks

Usage:
  hookline validate [DIR|ARCHIVE] [--target codedeploy|beanstalk|auto] [--format json|text]
      Pre-flight checks of appspec.yml, .ebextensions, .platform hooks and Procfile.
      Exit 1 when any finding is an error.
  hookline bundle [DIR] --out FILE [--list] [--target codedeploy|beanstalk] [--keep-modes]
      Write the deterministic revision archive the action would upload; print its sha256 and
      the tree digest that names its S3 key.
      Scripts the release runs get 0755 when none is executable (restore-exec-bits); --keep-modes ships modes as they are.
  hookline explain --input FILE [--appspec DIR] [--format json|text]
  hookline explain --deployment-id ID | --environment NAME [--application APP] [--region R] [--appspec DIR]
      Diagnose a failed release from AWS facts (a JSON file, or fetched from AWS).

Options:
  -h, --help      show this help
  -v, --version   print the version
`,COMMANDS={validate:{options:{target:{type:"string"},format:{type:"string"}},load:async()=>(await import("./validate-83ce7e46.js")).validateCommand},bundle:{options:{out:{type:"string"},list:{type:"boolean"},target:{type:"string"},"keep-modes":{type:"boolean"}},load:async()=>(await import("./bundle-37ed2654.js")).bundleCommand},explain:{options:{input:{type:"string"},appspec:{type:"string"},format:{type:"string"},"deployment-id":{type:"string"},environment:{type:"string"},application:{type:"string"},region:{type:"string"}},load:async()=>(await import("./explain-f014ad95.js")).explainCommand}};async function main(argv,io){let[command,...rest]=argv;if(command===void 0||command==="-h"||command==="--help"||command==="help")return io.out(HELP),command===void 0?2:0;if(command==="-v"||command==="--version")return io.out(`${VERSION}
`),0;let spec=COMMANDS[command];if(!spec)return io.err(`hookline: unknown command '${command}'. Commands: ${Object.keys(COMMANDS).join(", ")}. See hookline --help.
`),2;try{let{values,positionals}=parseArgs({args:rest,options:{...spec.options,help:{type:"boolean",short:"h"}},allowPositionals:!0,strict:!0});return values.help?(io.out(HELP),0):await(await spec.load())(positionals,values,io)}catch(err){let e=err;return err instanceof UsageError||typeof e.code=="string"&&e.code.startsWith("ERR_PARSE_ARGS")?(io.err(`hookline ${command}: ${e.message}
See hookline --help.
`),2):(io.err(`hookline ${command}: ${e.name&&e.name!=="Error"?`${e.name}: `:""}${e.message??String(err)}
`),1)}}function oneOf(flag,value,allowed,fallback){if(value===void 0)return fallback;if(typeof value=="string"&&allowed.includes(value))return value;throw new UsageError(`--${flag} must be one of ${allowed.join(", ")}; got '${String(value)}'`)}export{UsageError,main,oneOf};
