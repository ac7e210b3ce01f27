import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DefinitionsImportResult } from '@/lib/api/definitions';
import { apiFetch } from '../fetcher';

export interface ImportDefinitionsVariables {
  vhost: string | null;
  definitions: unknown;
  /** The preview's: the import is refused when it would do anything else. */
  fingerprint: string;
}

export const importDefinitions = (variables: ImportDefinitionsVariables) =>
  apiFetch<DefinitionsImportResult>('/api/definitions', { method: 'POST', json: variables });

/** Used from a ConfirmDialog, which shows the error itself. An import can touch anything: every cached answer is refreshed. */
export function useImportDefinitionsMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importDefinitions,
    meta: { handlesError: true },
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
