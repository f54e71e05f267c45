// The zones of src/ (DESIGN.md "Folders"): which folder may import which, checked for static imports, re-exports
// and dynamic import() alike.
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '..', 'src');

/** Each zone and the zones it may import (besides itself). `app` may import anything. */
export const ZONES = {
  app: '*',
  features: ['analyses/common', 'ui', 'state', 'spec', 'metrics', 'model', 'ingest', 'engine', 'sql', 'i18n'],
  analyses: ['ui', 'state', 'metrics', 'model', 'engine', 'sql', 'i18n'],
  explore: ['analyses/common', 'ui', 'state', 'metrics', 'model', 'engine', 'sql', 'i18n'],
  // The grid pages its rows from the engine: domain-free still, it knows tables and statements, not calls.
  ui: ['engine', 'sql', 'i18n'],
  state: ['spec', 'metrics', 'model', 'ingest', 'engine', 'sql', 'i18n'],
  spec: ['metrics', 'model', 'engine', 'sql', 'i18n'],
  metrics: ['model', 'sql'],
  model: ['engine', 'sql'],
  ingest: ['engine', 'sql'],
  engine: ['sql'],
  sql: [],
  i18n: [],
};

/** Libraries wrapped in one place: only files under that folder may import them. */
export const LIBRARY_HOMES = [
  { pattern: /^@duckdb\/duckdb-wasm(\/|$)/, home: 'engine', name: 'duckdb-wasm' },
  { pattern: /^echarts(\/|$)/, home: 'ui/chart', name: 'ECharts' },
  { pattern: /^dexie(\/|$)/, home: 'spec', name: 'Dexie' },
];

const REACT = /^(react|react-dom|zustand)(\/|$)/;

/** Pure code (SQL builders, shaping, option builders, metrics, model) never imports React, stores or UI. */
export function isPure(relative) {
  if (/^(metrics|model|sql)\//.test(relative)) return true;
  return /^analyses\/.+[-/](sql|shape|option|settings)\.ts$/.test(relative);
}

/** `analyses/kpi/x.ts` → { zone: 'analyses', unit: 'analyses/kpi' }; features and analyses have units. */
function place(relative) {
  const [top, second] = relative.split('/');
  const unit = (top === 'analyses' || top === 'features') && second && !second.includes('.') ? `${top}/${second}` : top;
  return { zone: top, unit };
}

function check(context, node, source) {
  if (typeof source !== 'string') return;
  const file = context.filename;
  const relativeFile = path.relative(SRC, file).split(path.sep).join('/');
  if (relativeFile.startsWith('..')) return;
  const from = place(relativeFile);
  for (const library of LIBRARY_HOMES) {
    if (library.pattern.test(source) && !relativeFile.startsWith(`${library.home}/`))
      context.report({ node, message: `Only src/${library.home} imports ${library.name}; use its wrapper.` });
  }
  if (REACT.test(source) && isPure(relativeFile))
    context.report({
      node,
      message: `${relativeFile} is pure (SQL, shaping, options, metrics, model): no React or stores.`,
    });
  if (!source.startsWith('.')) return;
  source = source.replace(/\?.*$/, '');
  const target = path
    .relative(SRC, path.resolve(path.dirname(file), source))
    .split(path.sep)
    .join('/');
  if (target.startsWith('..')) return;
  const to = place(target);
  if (isPure(relativeFile) && ['state', 'ui', 'features', 'app'].includes(to.zone))
    context.report({ node, message: `${relativeFile} is pure: it may not import src/${to.zone}.` });
  if (from.zone === to.zone) {
    if (from.unit !== to.unit && !to.unit.endsWith('/common'))
      context.report({
        node,
        message: `src/${from.unit} may not import its sibling src/${to.unit}: share code through ${from.zone}/common or a lower zone.`,
      });
    return;
  }
  const allowed = ZONES[from.zone];
  if (allowed === undefined || allowed === '*') return;
  const ok = allowed.some((zone) => target === zone || target.startsWith(`${zone}/`));
  if (!ok)
    context.report({
      node,
      message: `src/${from.zone} may not import src/${to.zone === to.unit ? to.zone : to.unit}: imports point down the zones (eslint/zones.js).`,
    });
}

export const zonesPlugin = {
  rules: {
    boundaries: {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const visit = (node) => check(context, node, node.source?.value);
        return {
          ImportDeclaration: visit,
          ExportNamedDeclaration: visit,
          ExportAllDeclaration: visit,
          ImportExpression: visit,
        };
      },
    },
  },
};
