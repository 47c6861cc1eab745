// Configuration: DescribeConfigurationSettings (an environment's or saved template's settings) and
// DescribeConfigurationOptions (options.ts).
import type { BeanstalkCore, Operations } from './core.js';
import { describeConfigurationOptions, optionsDeps } from './options.js';
import { Codes, EbError, type QueryParams, type XmlObject } from './protocol.js';

export function configurationOperations(c: BeanstalkCore): Operations {
  return {
    DescribeConfigurationSettings: (p) => describeConfigurationSettings(c, p),
    DescribeConfigurationOptions: (p) =>
      describeConfigurationOptions(
        p,
        optionsDeps(
          c.scenario,
          (n) => c.app(n),
          () => c.liveEnvs(),
          (a, n) => c.templateOf(a, n),
        ),
      ),
  };
}

function describeConfigurationSettings(c: BeanstalkCore, p: QueryParams): XmlObject {
  const app = c.app(p.str('ApplicationName'));
  const envName = p.str('EnvironmentName');
  const tplName = p.str('TemplateName');
  const env = envName ? c.liveEnvs().find((e) => e.name === envName && e.application === app.name) : undefined;
  if (envName && !env) throw new EbError(Codes.InvalidParameterValue, `No Environment found for EnvironmentName = '${envName}'.`);
  const tpl = tplName ? c.templateOf(app, tplName) : undefined;
  const settings = env?.optionSettings ?? tpl?.optionSettings ?? [];
  return {
    ConfigurationSettings: [
      {
        SolutionStackName: env?.solutionStack ?? tpl?.solutionStack,
        PlatformArn: env?.platformArn ?? tpl?.platformArn,
        ApplicationName: app.name,
        TemplateName: tpl?.name,
        EnvironmentName: env?.name,
        DeploymentStatus: env ? 'deployed' : undefined,
        DateCreated: new Date(env?.created ?? app.created),
        DateUpdated: new Date(env?.updated ?? app.updated),
        OptionSettings: settings.map((o) => ({
          ResourceName: o.resourceName,
          Namespace: o.namespace,
          OptionName: o.optionName,
          Value: o.value,
        })),
      },
    ],
  };
}
