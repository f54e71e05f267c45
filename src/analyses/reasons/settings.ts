/** The call-reason analysis's own settings, kept in the working spec and saved views. */
export const REASONS_SETTINGS = {
  /** Days of the recent window an emerging reason is judged on (the last days of the filtered span). */
  recentDays: { kind: 'int', min: 1, max: 366, default: 28 },
  /** Days of the baseline just before the recent window (Verint uses 3–4 weeks; 12 weeks steadies small reasons). */
  baselineDays: { kind: 'int', min: 1, max: 731, default: 84 },
  level: { kind: 'choice', values: ['reason', 'category'], default: 'reason' },
  sizeBy: { kind: 'choice', values: ['volume', 'cost'], default: 'volume' },
  heatmap: { kind: 'choice', values: ['hour', 'weekday', 'day'], default: 'hour' },
  transitionDays: { kind: 'int', min: 1, max: 90, default: 7 },
  /** Keyword rules over notes: `[{ name, include: [...], exclude: [...] }]`. */
  tagRules: { kind: 'json', default: [] },
  /** Findings the user kept: re-checked against the data when the view opens again. */
  findings: { kind: 'json', default: [] },
  whatIfCut: { kind: 'number', min: 0, max: 100, default: 30 },
  /** Hours one full-time agent handles a month (stated default: 140 h, i.e. about 21 days × 6.7 productive hours). */
  hoursPerFte: { kind: 'number', min: 1, max: 744, default: 140 },
} as const;
