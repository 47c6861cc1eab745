// DescribeConfigurationOptions for the emulator: the options a platform defines, from the
// scenario's `configurationOptions` (keyed by solution stack name or platform ARN, '*' for any)
// or, without one, the default list below (general options plus the platform's own namespace).
//
// beanstalk:
//   configurationOptions:
//     "64bit Amazon Linux 2023 v6.1.0 running Node.js 20":
//       - { namespace: "aws:autoscaling:asg", name: MinSize, valueType: Scalar, minValue: 1, maxValue: 10000 }
//       - { namespace: "aws:elasticbeanstalk:environment:proxy", name: ProxyServer, valueOptions: [nginx, none] }
import type { ApplicationRec, EnvironmentRec, TemplateRec } from './model.js';
import { DEFAULT_SOLUTION_STACK, type BeanstalkScenario } from './scenario.js';
import { Codes, EbError, type QueryParams, type XmlObject } from './protocol.js';

export interface ScenarioConfigurationOption {
  namespace: string;
  name: string;
  valueType?: 'Scalar' | 'List';
  valueOptions?: string[];
  minValue?: number;
  maxValue?: number;
  maxLength?: number;
  regex?: { pattern: string; label: string };
  defaultValue?: string;
  changeSeverity?: 'NoInterruption' | 'RestartEnvironment' | 'RestartApplicationServer';
}

const BOOL = ['true', 'false'];
const o = (namespace: string, name: string, more: Partial<ScenarioConfigurationOption> = {}): ScenarioConfigurationOption => ({
  namespace,
  name,
  valueType: 'Scalar',
  changeSeverity: 'NoInterruption',
  ...more,
});

/** General options for all environments (a representative subset, with the API's constraints). */
export const GENERAL_OPTIONS: ScenarioConfigurationOption[] = [
  o('aws:autoscaling:asg', 'MinSize', { minValue: 1, maxValue: 10000, defaultValue: '1' }),
  o('aws:autoscaling:asg', 'MaxSize', { minValue: 1, maxValue: 10000, defaultValue: '4' }),
  o('aws:autoscaling:asg', 'Availability Zones', { valueOptions: ['Any', 'Any 1', 'Any 2', 'Any 3'], defaultValue: 'Any' }),
  o('aws:autoscaling:asg', 'Cooldown', { minValue: 0, maxValue: 10000, defaultValue: '360' }),
  o('aws:autoscaling:launchconfiguration', 'InstanceType', { defaultValue: 't3.micro' }),
  o('aws:autoscaling:launchconfiguration', 'IamInstanceProfile'),
  o('aws:autoscaling:launchconfiguration', 'EC2KeyName'),
  o('aws:autoscaling:launchconfiguration', 'RootVolumeSize', { minValue: 8, maxValue: 16384 }),
  o('aws:autoscaling:launchconfiguration', 'RootVolumeType', { valueOptions: ['standard', 'gp2', 'gp3', 'io1'] }),
  o('aws:autoscaling:launchconfiguration', 'SecurityGroups', { valueType: 'List' }),
  o('aws:autoscaling:updatepolicy:rollingupdate', 'RollingUpdateEnabled', { valueOptions: BOOL, defaultValue: 'false' }),
  o('aws:autoscaling:updatepolicy:rollingupdate', 'RollingUpdateType', { valueOptions: ['Time', 'Health', 'Immutable'] }),
  o('aws:ec2:instances', 'InstanceTypes', { valueType: 'List' }),
  o('aws:ec2:instances', 'EnableSpot', { valueOptions: BOOL, defaultValue: 'false' }),
  o('aws:ec2:vpc', 'VPCId'),
  o('aws:ec2:vpc', 'Subnets', { valueType: 'List' }),
  o('aws:ec2:vpc', 'ELBSubnets', { valueType: 'List' }),
  o('aws:ec2:vpc', 'AssociatePublicIpAddress', { valueOptions: BOOL }),
  o('aws:elasticbeanstalk:application', 'Application Healthcheck URL', { defaultValue: '' }),
  o('aws:elasticbeanstalk:cloudwatch:logs', 'StreamLogs', { valueOptions: BOOL, defaultValue: 'false' }),
  o('aws:elasticbeanstalk:cloudwatch:logs', 'DeleteOnTerminate', { valueOptions: BOOL, defaultValue: 'false' }),
  o('aws:elasticbeanstalk:cloudwatch:logs', 'RetentionInDays', {
    valueOptions: ['1', '3', '5', '7', '14', '30', '60', '90', '120', '150', '180', '365', '400', '545', '731', '1827', '3653'],
    defaultValue: '7',
  }),
  o('aws:elasticbeanstalk:command', 'DeploymentPolicy', {
    valueOptions: ['AllAtOnce', 'Rolling', 'RollingWithAdditionalBatch', 'Immutable', 'TrafficSplitting'],
    defaultValue: 'AllAtOnce',
  }),
  o('aws:elasticbeanstalk:command', 'BatchSizeType', { valueOptions: ['Percentage', 'Fixed'], defaultValue: 'Percentage' }),
  o('aws:elasticbeanstalk:command', 'BatchSize', { minValue: 1, maxValue: 10000, defaultValue: '100' }),
  o('aws:elasticbeanstalk:command', 'Timeout', { minValue: 1, maxValue: 3600, defaultValue: '600' }),
  o('aws:elasticbeanstalk:command', 'IgnoreHealthCheck', { valueOptions: BOOL, defaultValue: 'false' }),
  o('aws:elasticbeanstalk:environment', 'EnvironmentType', {
    valueOptions: ['LoadBalanced', 'SingleInstance'],
    defaultValue: 'LoadBalanced',
  }),
  o('aws:elasticbeanstalk:environment', 'LoadBalancerType', {
    valueOptions: ['classic', 'application', 'network'],
    defaultValue: 'application',
  }),
  o('aws:elasticbeanstalk:environment', 'ServiceRole'),
  o('aws:elasticbeanstalk:environment:process:default', 'Port', { minValue: 1, maxValue: 65535, defaultValue: '80' }),
  o('aws:elasticbeanstalk:environment:process:default', 'Protocol', { valueOptions: ['HTTP', 'HTTPS', 'TCP'], defaultValue: 'HTTP' }),
  o('aws:elasticbeanstalk:environment:process:default', 'HealthCheckPath', { defaultValue: '/' }),
  o('aws:elasticbeanstalk:environment:process:default', 'MatcherHTTPCode', { defaultValue: '200' }),
  o('aws:elasticbeanstalk:environment:proxy:staticfiles', '/static', { defaultValue: '' }),
  o('aws:elasticbeanstalk:healthreporting:system', 'SystemType', { valueOptions: ['basic', 'enhanced'], defaultValue: 'enhanced' }),
  o('aws:elasticbeanstalk:hostmanager', 'LogPublicationControl', { valueOptions: BOOL, defaultValue: 'false' }),
  o('aws:elasticbeanstalk:managedactions', 'ManagedActionsEnabled', { valueOptions: BOOL }),
  o('aws:elasticbeanstalk:managedactions', 'PreferredStartTime', {
    regex: { pattern: '[A-Za-z]{3}:[0-9]{2}:[0-9]{2}', label: 'day:hour:minute' },
  }),
  o('aws:elasticbeanstalk:sns:topics', 'Notification Endpoint'),
  o('aws:elasticbeanstalk:xray', 'XRayEnabled', { valueOptions: BOOL, defaultValue: 'false' }),
  o('aws:elbv2:listener:default', 'ListenerEnabled', { valueOptions: BOOL, defaultValue: 'true' }),
  o('aws:elbv2:listener:default', 'Protocol', { valueOptions: ['HTTP', 'HTTPS'] }),
  o('aws:elbv2:listener:default', 'SSLCertificateArns'),
  o('aws:elbv2:loadbalancer', 'IdleTimeout', { minValue: 1, maxValue: 3600 }),
  o('aws:elbv2:loadbalancer', 'SecurityGroups', { valueType: 'List' }),
];

/** The platform's own namespace, by what its solution stack name says it runs. */
function platformOptions(stack: string): ScenarioConfigurationOption[] {
  const proxy = o('aws:elasticbeanstalk:environment:proxy', 'ProxyServer', {
    valueOptions: ['nginx', 'apache', 'none'],
    defaultValue: 'nginx',
  });
  if (/Python/i.test(stack))
    return [
      proxy,
      o('aws:elasticbeanstalk:container:python', 'WSGIPath', { defaultValue: 'application' }),
      o('aws:elasticbeanstalk:container:python', 'NumProcesses', { minValue: 1, maxValue: 10000 }),
    ];
  if (/PHP/i.test(stack))
    return [
      proxy,
      o('aws:elasticbeanstalk:container:php:phpini', 'document_root'),
      o('aws:elasticbeanstalk:container:php:phpini', 'memory_limit'),
    ];
  if (/Tomcat/i.test(stack))
    return [
      proxy,
      o('aws:elasticbeanstalk:container:tomcat:jvmoptions', 'Xmx'),
      o('aws:elasticbeanstalk:container:tomcat:jvmoptions', 'JVM Options'),
    ];
  return [proxy];
}

export function defaultOptionsFor(stack: string): ScenarioConfigurationOption[] {
  return [...GENERAL_OPTIONS, ...platformOptions(stack)];
}

export interface OptionsDeps {
  configurationOptions: Record<string, ScenarioConfigurationOption[]> | undefined;
  /** Solution stack and platform ARN of the named environment or template (throws when there is none). */
  platformOf(
    application: string | undefined,
    environment: string | undefined,
    template: string | undefined,
  ): { solutionStack?: string; platformArn?: string };
  defaultStack: string;
}

function describe(opt: ScenarioConfigurationOption): XmlObject {
  return {
    Namespace: opt.namespace,
    Name: opt.name,
    DefaultValue: opt.defaultValue,
    ChangeSeverity: opt.changeSeverity ?? 'NoInterruption',
    UserDefined: false,
    ValueType: opt.valueType ?? 'Scalar',
    ValueOptions: opt.valueOptions,
    MinValue: opt.minValue,
    MaxValue: opt.maxValue,
    MaxLength: opt.maxLength,
    Regex: opt.regex ? { Pattern: opt.regex.pattern, Label: opt.regex.label } : undefined,
  };
}

/** The dependencies from the service's own records (its accessors throw the modeled not-found errors). */
export function optionsDeps(
  scenario: BeanstalkScenario,
  app: (name: string | undefined) => ApplicationRec,
  envs: () => EnvironmentRec[],
  template: (app: ApplicationRec, name: string | undefined) => TemplateRec | undefined,
): OptionsDeps {
  return {
    configurationOptions: scenario.configurationOptions,
    defaultStack: DEFAULT_SOLUTION_STACK,
    platformOf(application, environment, templateName) {
      const a = app(application);
      if (environment) {
        const env = envs().find((e) => e.name === environment && e.application === a.name);
        if (!env) throw new EbError(Codes.InvalidParameterValue, `No Environment found for EnvironmentName = '${environment}'.`);
        return { solutionStack: env.solutionStack, platformArn: env.platformArn };
      }
      const tpl = template(a, templateName);
      return { solutionStack: tpl?.solutionStack, platformArn: tpl?.platformArn };
    },
  };
}

export function describeConfigurationOptions(p: QueryParams, deps: OptionsDeps): XmlObject {
  const envName = p.str('EnvironmentName');
  const tplName = p.str('TemplateName');
  if ((envName || tplName) && !p.str('ApplicationName')) {
    throw new EbError(Codes.MissingParameter, 'The request must contain the parameter ApplicationName.');
  }
  const named = envName || tplName ? deps.platformOf(p.str('ApplicationName'), envName, tplName) : {};
  const stack =
    p.str('SolutionStackName') ?? named.solutionStack ?? (named.platformArn || p.str('PlatformArn') ? undefined : deps.defaultStack);
  const arn = p.str('PlatformArn') ?? named.platformArn;
  const listed = deps.configurationOptions;
  const options =
    (stack ? listed?.[stack] : undefined) ?? (arn ? listed?.[arn] : undefined) ?? listed?.['*'] ?? defaultOptionsFor(stack ?? arn ?? '');
  const wanted = p.structList('Options').map((prefix) => ({ ns: p.str(`${prefix}.Namespace`), name: p.str(`${prefix}.OptionName`) }));
  const chosen = wanted.length
    ? options.filter((opt) => wanted.some((w) => (!w.ns || w.ns === opt.namespace) && (!w.name || w.name === opt.name)))
    : options;
  return { SolutionStackName: stack, PlatformArn: arn, Options: chosen.map(describe) };
}
