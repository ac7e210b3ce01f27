import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { requestLocale, serverI18n } from '@/lib/i18n/server';
import { Providers } from './providers';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverI18n();
  const name = t('app.name');
  return { title: { default: name, template: `%s · ${name}` }, description: t('app.description') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  // The Content-Security-Policy nonce proxy.ts made for this response: the theme script needs it.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang={locale === 'zh' ? 'zh-CN' : 'en'} suppressHydrationWarning>
      <body>
        <Providers locale={locale} nonce={nonce}>
          {children}
        </Providers>
      </body>
    </html>
  );
}
