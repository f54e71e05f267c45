import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Feature folders, top to bottom: a folder may import only from folders below it. `ui` sits below the analyses
// (issue 11): the drill-through list is built on the grid.
const LAYERS = ['app', 'analyses', 'explore', 'ui', 'views', 'model', 'ingest', 'engine', 'sql', 'i18n'];

const layerRules = LAYERS.map((layer, index) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...LAYERS.slice(0, index).map((above) => ({
            regex: `^(\\.\\./)+${above}(/|$)`,
            message: `src/${layer} may not import from src/${above}: imports point down the layer list.`,
          })),
          ...(layer === 'engine'
            ? []
            : [
                {
                  group: ['@duckdb/duckdb-wasm', '@duckdb/duckdb-wasm/*'],
                  message: 'Only src/engine talks to duckdb-wasm; use the Engine interface.',
                },
              ]),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/.data/', 'test-results/', 'playwright-report/', 'sample-data/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...layerRules,
);
