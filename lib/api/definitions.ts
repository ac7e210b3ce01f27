// The definitions routes' answers, shared by the server and the browser.

import type { DefinitionsDiff } from '@/lib/definitions/diff';
import type { DefinitionProblem } from '@/lib/schemas/definitions';

/**
 * POST /api/definitions/preview. An invalid file is an answer too (200): every problem with its
 * entry and field. A valid one comes with what the import would do and the fingerprint that the
 * import must bring back (so that what is imported is what was seen).
 */
export type DefinitionsPreview =
  | { valid: false; problems: DefinitionProblem[]; /** Problems beyond those listed. */ more: number }
  | { valid: true; diff: DefinitionsDiff; fingerprint: string; /** Whether anything would be created or changed. */ changes: boolean };

/** POST /api/definitions: done, with how many entries were created and changed. */
export interface DefinitionsImportResult {
  created: number;
  changed: number;
}

/** Entries listed per outcome and category in a preview (the counts are whole). */
export const PREVIEW_MAX_ITEMS = 200;
