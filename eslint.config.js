import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'artifacts/', '.dbg/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Set text, never HTML: page and knowledge-base strings may hold markup.',
        },
      ],
    },
  },
  {
    files: ['src/derive/**', 'src/match/**', 'src/kb/**'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome'],
    },
  },
);
