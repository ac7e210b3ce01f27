'use client';

import type { ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { ThemeProvider } from 'next-themes';
import { LazyToaster } from '@/components/ui/lazy-toaster';
import { I18nProvider } from '@/lib/i18n/i18n';
import type { Locale } from '@/lib/i18n/define';
import { getQueryClient } from '@/lib/queries/query-client';

export function Providers({ locale, nonce, children }: { locale: Locale; nonce?: string; children: ReactNode }) {
  const queryClient = getQueryClient();
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
      <I18nProvider locale={locale}>
        <QueryClientProvider client={queryClient}>
          {children}
          <LazyToaster richColors closeButton position="bottom-right" />
        </QueryClientProvider>
      </I18nProvider>
    </ThemeProvider>
  );
}
