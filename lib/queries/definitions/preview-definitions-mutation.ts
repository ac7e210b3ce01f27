import { useMutation } from '@tanstack/react-query';
import type { DefinitionsPreview } from '@/lib/api/definitions';
import { apiFetch } from '../fetcher';

export interface PreviewDefinitionsVariables {
  /** null: the whole broker. */
  vhost: string | null;
  definitions: unknown;
}

/** A POST because the file travels in the body; it changes nothing at the broker. */
export const previewDefinitions = (variables: PreviewDefinitionsVariables) =>
  apiFetch<DefinitionsPreview>('/api/definitions/preview', { method: 'POST', json: variables });

/** The import panel shows the error where the preview would be (handlesError). */
export function usePreviewDefinitionsMutation() {
  return useMutation({ mutationFn: previewDefinitions, meta: { handlesError: true } });
}
