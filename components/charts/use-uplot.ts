'use client';

import { useEffect, useState } from 'react';
import type uPlot from 'uplot';

// uPlot and its stylesheet load on the first chart, in their own chunk: pages without charts
// never fetch them, and pages with charts render their skeletons first.

export type UplotClass = typeof uPlot;

let loaded: UplotClass | undefined;
let loading: Promise<UplotClass> | undefined;

export function loadUplot(): Promise<UplotClass> {
  loading ??= Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(
    ([module]) => (loaded = module.default),
    (error: unknown) => {
      loading = undefined; // a failed chunk load may succeed later (the network came back)
      throw error;
    },
  );
  return loading;
}

/** The uPlot class once it has loaded (undefined until then). */
export function useUplot(): UplotClass | undefined {
  // Through functions: a class is a function, which useState would call as an initialiser or updater.
  const [uplot, setUplot] = useState<UplotClass | undefined>(() => loaded);
  useEffect(() => {
    if (uplot) return;
    let current = true;
    loadUplot().then((value) => current && setUplot(() => value), () => undefined);
    return () => {
      current = false;
    };
  }, [uplot]);
  return uplot;
}
