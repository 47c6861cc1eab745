// The CreateDeploymentGroup input a preview group is made with: the template's settings, never
// two ways of selecting instances at once, nothing empty the API would refuse.
import type { DeploymentGroupInfo } from '@aws-sdk/client-codedeploy';
import { copyGroupInput, instanceSelection, previewGroupInput } from '../../../src/codedeploy/preview-group.js';

const template: DeploymentGroupInfo = {
  applicationName: 'shop',
  deploymentGroupId: 'g-1',
  deploymentGroupName: 'prod',
  deploymentConfigName: 'CodeDeployDefault.AllAtOnce',
  serviceRoleArn: 'arn:aws:iam::123456789012:role/CodeDeploy',
  ec2TagFilters: [{ Key: 'env', Value: 'preview', Type: 'KEY_AND_VALUE' }],
  onPremisesInstanceTagFilters: [],
  autoScalingGroups: [{ name: 'asg-preview', hook: 'CodeDeploy-managed-hook' }],
  triggerConfigurations: [],
  alarmConfiguration: { enabled: false, ignorePollAlarmFailure: false, alarms: [] },
  autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE'] },
  deploymentStyle: { deploymentType: 'IN_PLACE', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
  loadBalancerInfo: { targetGroupInfoList: [{ name: 'tg' }] },
  outdatedInstancesStrategy: 'UPDATE',
  lastSuccessfulDeployment: { deploymentId: 'd-AAAAAAAAA', status: 'Succeeded' },
  targetRevision: { revisionType: 'S3', s3Location: { bucket: 'b', key: 'k', bundleType: 'zip' } },
  computePlatform: 'Server',
  terminationHookEnabled: false,
};

describe('copyGroupInput', () => {
  it('copies the settings under the new name; leaves out history and empty lists', () => {
    expect(copyGroupInput(template, 'shop', 'prod-pr-7')).toEqual({
      applicationName: 'shop',
      deploymentGroupName: 'prod-pr-7',
      serviceRoleArn: 'arn:aws:iam::123456789012:role/CodeDeploy',
      deploymentConfigName: 'CodeDeployDefault.AllAtOnce',
      ec2TagFilters: [{ Key: 'env', Value: 'preview', Type: 'KEY_AND_VALUE' }],
      autoScalingGroups: ['asg-preview'],
      alarmConfiguration: { enabled: false, ignorePollAlarmFailure: false, alarms: [] },
      autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE'] },
      deploymentStyle: { deploymentType: 'IN_PLACE', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
      loadBalancerInfo: { targetGroupInfoList: [{ name: 'tg' }] },
      outdatedInstancesStrategy: 'UPDATE',
      terminationHookEnabled: false,
    });
  });

  it('a tag set wins over an empty filter list, and they never travel together', () => {
    const set = { ec2TagSetList: [[{ Key: 'env', Value: 'preview', Type: 'KEY_AND_VALUE' as const }]] };
    const input = copyGroupInput(
      { ...template, ec2TagFilters: [], ec2TagSet: set, onPremisesTagSet: { onPremisesTagSetList: [] } },
      'shop',
      'x',
    );
    expect(input.ec2TagSet).toEqual(set);
    expect(input).not.toHaveProperty('ec2TagFilters');
    expect(input).not.toHaveProperty('onPremisesTagSet');
  });
});

describe('a preview group never selects production instances', () => {
  const prod: DeploymentGroupInfo = {
    serviceRoleArn: 'arn:aws:iam::123456789012:role/cd',
    ec2TagFilters: [{ Key: 'env', Value: 'prod', Type: 'KEY_AND_VALUE' }],
    autoScalingGroups: [],
  };

  it('copies the template selection unless preview-instance-tags replace it', () => {
    const copied = previewGroupInput(prod, 'shop', 'prod-pr-7', []);
    expect(instanceSelection(copied)).toBe(instanceSelection(copyGroupInput(prod, 'shop', 'prod')));
    const own = previewGroupInput(
      { ...prod, ec2TagSet: { ec2TagSetList: [[{ Key: 'x', Value: 'y', Type: 'KEY_AND_VALUE' }]] } },
      'shop',
      'prod-pr-7',
      [{ key: 'Preview', value: 'pr-7' }],
    );
    expect(own.ec2TagFilters).toEqual([{ Key: 'Preview', Value: 'pr-7', Type: 'KEY_AND_VALUE' }]);
    expect(own.ec2TagSet).toBeUndefined();
    expect(instanceSelection(own)).not.toBe(instanceSelection(copyGroupInput(prod, 'shop', 'prod')));
  });

  it('compares selections regardless of order, and an empty selection is none', () => {
    const a = {
      ec2TagFilters: [
        { Key: 'a', Value: '1', Type: 'KEY_AND_VALUE' as const },
        { Key: 'b', Value: '2', Type: 'KEY_AND_VALUE' as const },
      ],
    };
    const b = { ec2TagFilters: [...a.ec2TagFilters].reverse() };
    expect(instanceSelection(a)).toBe(instanceSelection(b));
    expect(instanceSelection({ autoScalingGroups: ['web'] })).not.toBe(instanceSelection({ autoScalingGroups: ['web-preview'] }));
    expect(instanceSelection({})).toBe('');
  });
});
