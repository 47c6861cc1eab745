// Every value of the SDK's CodeDeploy ErrorCode (errorInformation.code) maps to a category. The
// list comes from the SDK at run time, so upgrading @aws-sdk/client-codedeploy to a version with a
// new code fails this test until the table names it.
import { ErrorCode } from '@aws-sdk/client-codedeploy';
import { diagnose } from '../../../src/diagnose/index.js';
import { categoryForErrorCode, ERROR_CODE_CATEGORY, unmappedErrorCodes } from '../../../src/diagnose/rules/codedeploy.js';
import { DIAGNOSIS_CATEGORIES, type FailureFacts } from '../../../src/types.js';

const sdkCodes = Object.values(ErrorCode) as string[];

describe('CodeDeploy ErrorCode coverage', () => {
  it('the SDK still lists error codes (the walk below is not vacuous)', () => {
    expect(sdkCodes.length).toBeGreaterThanOrEqual(30);
    expect(sdkCodes).toContain('HEALTH_CONSTRAINTS');
  });

  it('maps every SDK ErrorCode to a diagnosis category', () => {
    expect(unmappedErrorCodes(sdkCodes)).toEqual([]);
    for (const code of sdkCodes) expect(DIAGNOSIS_CATEGORIES).toContain(categoryForErrorCode(code));
  });

  it('reports a code the table does not know (what a new SDK value would do)', () => {
    expect(unmappedErrorCodes([...sdkCodes, 'QUANTUM_FLUX_FAILURE'])).toEqual(['QUANTUM_FLUX_FAILURE']);
    expect(categoryForErrorCode('QUANTUM_FLUX_FAILURE')).toBeUndefined();
    expect(categoryForErrorCode('toString')).toBeUndefined();
  });

  it('names no code the SDK does not have', () => {
    expect(Object.keys(ERROR_CODE_CATEGORY).filter((c) => !sdkCodes.includes(c))).toEqual([]);
  });

  it.each(sdkCodes)('%s alone (no message, no targets) gives one diagnosis of its category', (code) => {
    const facts: FailureFacts = {
      service: 'codedeploy',
      deployment: { deploymentId: 'd-EXAMPLE01', status: 'Failed', errorInformation: { code } },
      targets: [],
    };
    const result = diagnose(facts);
    expect(result).toHaveLength(1);
    expect(result[0]?.category).toBe(categoryForErrorCode(code));
  });
});
