var VERSION="0.1.0";import{createRequire as __hooklineRequire}from"node:module";var require2=__hooklineRequire(import.meta.url),{parseArgs}=require2("node:util"),UsageError=class extends Error{},HELP=`hookline ${VERSION} \u2014 release to AWS CodeDeploy / Elastic Beanstalk and explain failed hooks

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
`,COMMANDS={validate:{options:{target:{type:"string"},format:{type:"string"}},load:async()=>(await import("./validate-71a1fa4d.js")).validateCommand},bundle:{options:{out:{type:"string"},list:{type:"boolean"},target:{type:"string"},"keep-modes":{type:"boolean"}},load:async()=>(await import("./bundle-5e843ccf.js")).bundleCommand},explain:{options:{input:{type:"string"},appspec:{type:"string"},format:{type:"string"},"deployment-id":{type:"string"},environment:{type:"string"},application:{type:"string"},region:{type:"string"}},load:async()=>(await import("./explain-0bd0098b.js")).explainCommand}};async function main(argv,io){let[command,...rest]=argv;if(command===void 0||command==="-h"||command==="--help"||command==="help")return io.out(HELP),command===void 0?2:0;if(command==="-v"||command==="--version")return io.out(`${VERSION}
`),0;let spec=COMMANDS[command];if(!spec)return io.err(`hookline: unknown command '${command}'. Commands: ${Object.keys(COMMANDS).join(", ")}. See hookline --help.
`),2;try{let{values,positionals}=parseArgs({args:rest,options:{...spec.options,help:{type:"boolean",short:"h"}},allowPositionals:!0,strict:!0});return values.help?(io.out(HELP),0):await(await spec.load())(positionals,values,io)}catch(err){let e=err;return err instanceof UsageError||typeof e.code=="string"&&e.code.startsWith("ERR_PARSE_ARGS")?(io.err(`hookline ${command}: ${e.message}
See hookline --help.
`),2):(io.err(`hookline ${command}: ${e.name&&e.name!=="Error"?`${e.name}: `:""}${e.message??String(err)}
`),1)}}function oneOf(flag,value,allowed,fallback){if(value===void 0)return fallback;if(typeof value=="string"&&allowed.includes(value))return value;throw new UsageError(`--${flag} must be one of ${allowed.join(", ")}; got '${String(value)}'`)}import{createRequire as __hooklineRequire2}from"node:module";var require3=__hooklineRequire2(import.meta.url),__create=Object.create,__defProp=Object.defineProperty,__getOwnPropDesc=Object.getOwnPropertyDescriptor,__getOwnPropNames=Object.getOwnPropertyNames,__getProtoOf=Object.getPrototypeOf,__hasOwnProp=Object.prototype.hasOwnProperty,__require=(x=>typeof require3<"u"?require3:typeof Proxy<"u"?new Proxy(x,{get:(a,b)=>(typeof require3<"u"?require3:a)[b]}):x)(function(x){if(typeof require3<"u")return require3.apply(this,arguments);throw Error('Dynamic require of "'+x+'" is not supported')}),__commonJS=(cb,mod)=>function(){try{return mod||(0,cb[__getOwnPropNames(cb)[0]])((mod={exports:{}}).exports,mod),mod.exports}catch(e){throw mod=0,e}},__copyProps=(to,from,except,desc)=>{if(from&&typeof from=="object"||typeof from=="function")for(let key of __getOwnPropNames(from))!__hasOwnProp.call(to,key)&&key!==except&&__defProp(to,key,{get:()=>from[key],enumerable:!(desc=__getOwnPropDesc(from,key))||desc.enumerable});return to},__toESM=(mod,isNodeMode,target)=>(target=mod!=null?__create(__getProtoOf(mod)):{},__copyProps(isNodeMode||!mod||!mod.__esModule?__defProp(target,"default",{value:mod,enumerable:!0}):target,mod));export{UsageError,VERSION,__commonJS,__require,__toESM,main,oneOf};
