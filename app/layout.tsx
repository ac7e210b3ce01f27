import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { requestLocale } from '@/lib/i18n/server';
import { Providers } from './providers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Warren', template: '%s · Warren' },
  description: 'A web management dashboard for RabbitMQ',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  return (
    <html lang={locale === 'zh' ? 'zh-CN' : 'en'} suppressHydrationWarning>
      <body>
        <Providers locale={locale}>{children}</Providers>
      </body>
    </html>
  );
}
