import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/.data/**', 'bench/.work/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // Test infrastructure, the CLI and the benchmark print by design.
    files: ['test/**', 'bench/**', 'examples/**', 'scripts/**', 'src/cli.ts', 'src/cli/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // One Reporter owns every line a run shows (src/report/reporter.ts): text written around it
    // could carry a workflow command from a hook's log or a file name. main.ts and the post step
    // import @actions/core only to read inputs and state.
    files: ['src/**/*.ts'],
    ignores: ['src/report/reporter.ts', 'src/main.ts', 'src/post-step.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@actions/core', message: "Write through the run's Reporter (src/report/reporter.ts)." }] },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/report/reporter.ts', 'src/cli.ts', 'src/cli/**'], // the CLI prints for a terminal, not a runner
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.name='core'][property.name=/^(info|debug|warning|error|notice|setOutput|saveState|setFailed|setSecret|exportVariable|addPath|startGroup|endGroup|group|summary|issueCommand)$/]",
          message: "Write through the run's Reporter (src/report/reporter.ts).",
        },
        {
          selector: "MemberExpression[object.object.name='process'][object.property.name=/^(stdout|stderr)$/][property.name='write']",
          message: "Write through the run's Reporter (src/report/reporter.ts).",
        },
      ],
    },
  },
);
