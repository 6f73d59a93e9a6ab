// The heavy tabs of the role screens, each fetched when it is first opened (see lazy.ts): an operator's PC
// does not download the head's statistics or annual analysis.
import type { Load } from './lazy.js';

export const TAB_PARTS = {
  journal: () => import('./journal-view.js'),
  outreach: () => import('./outreach-view.js'),
  caseFiles: () => import('./case-files-view.js'),
  reception: () => import('./reception-view.js'),
  stats: () => import('./stats-view.js'),
  annual: () => import('./annual-view.js'),
  settings: () => import('./settings/settings-view.js'),
} satisfies Record<string, Load>;
