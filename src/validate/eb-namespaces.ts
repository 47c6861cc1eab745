// Elastic Beanstalk option namespaces as documented, for the offline check (no platform to ask).
// General options for all environments:
//   https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html
// Platform-specific options:
//   https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-specific.html
// With credentials the action asks DescribeConfigurationOptions instead (eb-options.ts).

export const GENERAL_NAMESPACES = [
  'aws:autoscaling:asg',
  'aws:autoscaling:launchconfiguration',
  'aws:autoscaling:scheduledaction',
  'aws:autoscaling:trigger',
  'aws:autoscaling:updatepolicy:rollingupdate',
  'aws:ec2:instances',
  'aws:ec2:vpc',
  'aws:elasticbeanstalk:application',
  'aws:elasticbeanstalk:application:environment',
  'aws:elasticbeanstalk:application:environmentsecrets',
  'aws:elasticbeanstalk:cloudwatch:logs',
  'aws:elasticbeanstalk:cloudwatch:logs:health',
  'aws:elasticbeanstalk:command',
  'aws:elasticbeanstalk:environment',
  'aws:elasticbeanstalk:environment:process:default',
  'aws:elasticbeanstalk:environment:proxy:staticfiles',
  'aws:elasticbeanstalk:healthreporting:system',
  'aws:elasticbeanstalk:hostmanager',
  'aws:elasticbeanstalk:managedactions',
  'aws:elasticbeanstalk:managedactions:platformupdate',
  'aws:elasticbeanstalk:monitoring',
  'aws:elasticbeanstalk:sns:topics',
  'aws:elasticbeanstalk:sqsd',
  'aws:elasticbeanstalk:trafficsplitting',
  'aws:elasticbeanstalk:xray',
  'aws:elb:healthcheck',
  'aws:elb:loadbalancer',
  'aws:elb:listener',
  'aws:elb:policies',
  'aws:elbv2:listener:default',
  'aws:elbv2:loadbalancer',
  'aws:rds:dbinstance',
];

export const PLATFORM_NAMESPACES = [
  'aws:elasticbeanstalk:environment:proxy',
  'aws:elasticbeanstalk:container:tomcat:jvmoptions',
  'aws:elasticbeanstalk:container:python',
  'aws:elasticbeanstalk:container:python:staticfiles',
  'aws:elasticbeanstalk:container:nodejs',
  'aws:elasticbeanstalk:container:nodejs:staticfiles',
  'aws:elasticbeanstalk:container:php:phpini',
  'aws:elasticbeanstalk:container:golang:staticfiles',
  'aws:elasticbeanstalk:container:java:staticfiles',
  'aws:elasticbeanstalk:container:dotnet:apppool',
  'aws:elasticbeanstalk:container:ruby:staticfiles',
];

/** Namespaces whose options are named by the user, not by the platform. */
export const FREE_FORM_NAMESPACES = [
  'aws:elasticbeanstalk:application:environment',
  'aws:elasticbeanstalk:application:environmentsecrets',
  'aws:elasticbeanstalk:customoption',
  'aws:cloudformation:template:parameter',
];

export const KNOWN_NAMESPACES = [
  ...GENERAL_NAMESPACES,
  ...PLATFORM_NAMESPACES,
  'aws:elasticbeanstalk:customoption',
  'aws:cloudformation:template:parameter',
];

/** Namespaces with a variable last part (process, port, rule or policy name): the family is the part before it. */
export const NAMESPACE_PATTERNS = [
  /^aws:elasticbeanstalk:environment:process:[^:]+$/,
  /^aws:elb:listener:\d+$/,
  /^aws:elb:policies:[^:]+$/,
  /^aws:elbv2:listener:(default|\d+)$/,
  /^aws:elbv2:listenerrule:[^:]+$/,
];

export function isDocumentedNamespace(ns: string): boolean {
  return KNOWN_NAMESPACES.includes(ns) || NAMESPACE_PATTERNS.some((re) => re.test(ns));
}

/** 'aws:elbv2:listener:443' → 'aws:elbv2:listener'; undefined for a namespace without a variable part. */
export function namespaceFamily(ns: string): string | undefined {
  return NAMESPACE_PATTERNS.some((re) => re.test(ns)) ? ns.slice(0, ns.lastIndexOf(':')) : undefined;
}
