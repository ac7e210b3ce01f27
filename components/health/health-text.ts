'use client';

import { useCallback } from 'react';
import type { HealthText } from '@/lib/api/health';
import { useT } from '@/lib/i18n/i18n';

/** Renders a finding's sentence (a catalogue key with variables) in the user's language. */
export function useHealthText(): (text: HealthText) => string {
  const t = useT();
  return useCallback(
    (text: HealthText) => {
      const terms = Object.fromEntries(Object.entries(text.terms ?? {}).map(([name, key]) => [name, t(key)]));
      return t(text.key, { ...text.vars, ...terms });
    },
    [t],
  );
}
