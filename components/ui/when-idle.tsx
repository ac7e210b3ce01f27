'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { whenIdle } from '@/lib/when-idle';

/**
 * Renders its children once the browser is idle after the page came: a form below the list (and
 * the validation library it loads) then never competes with the rows for the network or the CPU.
 */
export function WhenIdle({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => whenIdle(() => setReady(true)), []);
  return ready ? children : null;
}
