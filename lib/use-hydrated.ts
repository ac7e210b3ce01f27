'use client';

import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * False while rendering on the server and hydrating, true once the page runs in the browser:
 * for what only the browser knows (the theme, localStorage) without a hydration mismatch and
 * without a mount effect that renders everything twice.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
