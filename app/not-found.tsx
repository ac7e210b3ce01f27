import Link from 'next/link';
import { serverI18n } from '@/lib/i18n/server';

export default async function NotFound() {
  const { t } = await serverI18n();
  return (
    <main className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">{t('notFound.title')}</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">{t('notFound.description')}</p>
      <Link href="/" className="mt-4 inline-block text-orange-700 underline dark:text-orange-400">
        {t('notFound.back')}
      </Link>
    </main>
  );
}
