'use client';

import { useEffect, useState, type ComponentType } from 'react';
import type { ToasterProps } from 'sonner';
import { loadToaster, onToasterRequested, toasterMounted } from '@/lib/toast';
import { whenIdle } from '@/lib/when-idle';

/** sonner's <Toaster>, mounted once the page is idle or as soon as a toast is shown (lib/toast.ts). */
export function LazyToaster(props: ToasterProps) {
  const [Toaster, setToaster] = useState<ComponentType<ToasterProps> | null>(null);
  useEffect(() => {
    let current = true;
    const load = () => {
      void loadToaster().then((module) => {
        if (current) setToaster(() => module.Toaster);
      });
    };
    const cancelIdle = whenIdle(load, 5_000);
    const stopListening = onToasterRequested(load);
    return () => {
      current = false;
      cancelIdle();
      stopListening();
    };
  }, []);
  // After <Toaster> has subscribed to the toasts (its effects run before this one).
  useEffect(() => {
    if (Toaster) toasterMounted();
  }, [Toaster]);
  return Toaster ? <Toaster {...props} /> : null;
}
