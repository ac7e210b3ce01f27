'use client';

import { useTheme } from 'next-themes';
import { useI18n } from '@/lib/i18n/i18n';
import { isLocale, LOCALE_NAMES, LOCALES } from '@/lib/i18n/define';
import { inputClass } from '@/components/ui/field';
import { useHydrated } from '@/lib/use-hydrated';
import { cn } from '@/lib/utils';

/** Language and theme (light, dark, or following the system). */
export function PreferenceSwitches({ className }: { className?: string }) {
  const { locale, setLocale, t } = useI18n();
  const { theme, setTheme } = useTheme();
  // The theme is only known in the browser: the server and the hydration render say "system".
  const mounted = useHydrated();

  return (
    <div className={cn('flex flex-wrap items-center gap-3 text-sm', className)}>
      <label className="inline-flex items-center gap-1">
        {t('shell.language')}
        <select
          className={cn(inputClass, 'h-7 w-auto')}
          value={locale}
          onChange={(event) => isLocale(event.target.value) && setLocale(event.target.value)}
        >
          {LOCALES.map((option) => (
            <option key={option} value={option}>
              {LOCALE_NAMES[option]}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-flex items-center gap-1">
        {t('shell.theme')}
        <select
          className={cn(inputClass, 'h-7 w-auto')}
          value={mounted ? (theme ?? 'system') : 'system'}
          onChange={(event) => setTheme(event.target.value)}
        >
          <option value="system">{t('shell.themeSystem')}</option>
          <option value="light">{t('shell.themeLight')}</option>
          <option value="dark">{t('shell.themeDark')}</option>
        </select>
      </label>
    </div>
  );
}
