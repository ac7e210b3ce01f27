import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LoginForm } from '@/components/shell/login-form';
import { serverI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverI18n();
  return { title: t('login.pageTitle') };
}

export default function LoginPage() {
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <Suspense>
        <LoginForm />
      </Suspense>
    </main>
  );
}
