// ESM + ts-jest. Three projects, each runnable alone (`npm test -- --selectProjects emulator`):
// unit tests import src/ directly; emulator tests drive the local AWS with the SDK and the AWS CLI;
// e2e tests run the built dist/ under Node 24 through the runner harness.
const tsJest = ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json', diagnostics: false }];
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  transform: { '^.+\\.ts$': tsJest },
  testEnvironment: 'node',
};
export default {
  // jest 29 reads testTimeout globally; e2e runs release whole deployments against the emulator.
  testTimeout: 120_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { ...common, displayName: 'emulator', testMatch: ['<rootDir>/test/emulator/**/*.test.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
