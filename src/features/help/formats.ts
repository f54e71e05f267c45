/** The accepted formats the help page shows, each with examples written exactly as a cell holds them. */
export const FORMATS = [
  {
    key: 'timestamps',
    examples: [
      '2026-03-01 08:15:00',
      '2026/03/01 08:15',
      '01/03/2026 08:15:00',
      '2026年03月01日 08:15:00',
      '20260301081500',
      '2026-03-01T08:15:00Z',
      '2026-03-01 + 08:15:00',
    ],
  },
  {
    key: 'dates',
    examples: [
      '2026-03-01',
      '2026/03/01',
      '01/03/2026',
      '2026年03月01日',
      '20260301',
      '2026-03',
      '202603',
      '2026年03月',
    ],
  },
  { key: 'excel', examples: ['46082', '46082.5'] },
  { key: 'durations', examples: ['95', '1.5', '00:01:35', '01:35'] },
  { key: 'yesno', examples: ['Y / N', 'yes / no', '1 / 0', 'TRUE / FALSE', 'T / F', '是 / 否'] },
  { key: 'outcome', examples: ['ANSWERED / ABANDONED', '接通 / 放弃'] },
  { key: 'numbers', examples: ['1234.50', '1,234.50'] },
  { key: 'files', examples: [] },
] as const;
