import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { requestLocale } from '@/lib/i18n/server';
import { Providers } from './providers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Warren', template: '%s · Warren' },
  description: 'A web management dashboard for RabbitMQ',
};

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
