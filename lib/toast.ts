'use client';

// Toasts, loaded when the page is idle or when the first one is shown, whichever comes first:
// the toast library and its stylesheet are not part of what a page needs to show its data.
// components/ui/lazy-toaster.tsx mounts sonner's <Toaster>; these wait for it to be there.

type Sonner = typeof import('sonner');

let sonner: Promise<Sonner> | undefined;
let markMounted: () => void = () => {};
const mounted = new Promise<void>((resolve) => {
  markMounted = resolve;
});
const requested = new Set<() => void>();

/** Loads the library (once). */
export function loadToaster(): Promise<Sonner> {
  sonner ??= import('sonner');
  return sonner;
}

/** The lazy toaster: told when a toast wants it now, and telling when its <Toaster> is mounted. */
export function onToasterRequested(listener: () => void): () => void {
  requested.add(listener);
  return () => requested.delete(listener);
}
export const toasterMounted = () => markMounted();

async function show(kind: 'success' | 'error' | 'info', message: string): Promise<void> {
  // Now, not when the page is idle: the lazy toaster mounts at once.
  for (const listener of requested) listener();
  const { toast } = await loadToaster();
  await mounted;
  toast[kind](message);
}

export const toast = {
  success: (message: string) => void show('success', message),
  error: (message: string) => void show('error', message),
  info: (message: string) => void show('info', message),
};
