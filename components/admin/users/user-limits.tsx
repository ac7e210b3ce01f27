'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { InputField, SelectField } from '@/components/ui/field';
import { Skeleton } from '@/components/ui/skeleton';
import { USER_LIMITS, type UserLimitName, type UserLimits } from '@/lib/api/admin-users';
import { formatCount } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { useClearUserLimitMutation } from '@/lib/queries/admin-users/clear-user-limit-mutation';
import { useSetUserLimitMutation } from '@/lib/queries/admin-users/set-user-limit-mutation';
import { MAX_USER_LIMIT, userLimitBodySchema } from '@/lib/schemas/admin-users';
import { toast } from '@/lib/toast';

const LIMIT_LABEL: Record<UserLimitName, MessageKey> = {
  'max-connections': 'adminUsers.limits.maxConnections',
  'max-channels': 'adminUsers.limits.maxChannels',
};

interface FormValues {
  limit: UserLimitName;
  value: string;
}

/** A user's max-connections and max-channels: each set or removed (no limit). */
export function UserLimitsSection({ user, limits }: { user: string; limits: UserLimits | undefined }) {
  const { t, locale } = useI18n();
  const set = useSetUserLimitMutation();
  const clear = useClearUserLimitMutation();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<FormValues>({ defaultValues: { limit: 'max-connections', value: '' } });
  const title = t('adminUsers.limits.setTitle');

  const remove = async (limit: UserLimitName) => {
    setFailure(null);
    try {
      await clear.mutateAsync({ user, limit });
      toast.success(t('adminUsers.limits.removed', { limit: t(LIMIT_LABEL[limit]), user }));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    const parsed = userLimitBodySchema.safeParse({ value: values.value.trim() === '' ? Number.NaN : Number(values.value) });
    if (!parsed.success) {
      setError('value', { message: t('adminUsers.limits.invalid', { max: MAX_USER_LIMIT }) });
      return;
    }
    try {
      await set.mutateAsync({ user, limit: values.limit, value: parsed.data.value });
      toast.success(t('adminUsers.limits.saved', { limit: t(LIMIT_LABEL[values.limit]), user, value: parsed.data.value }));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  });

  return (
    <Section title={t('adminUsers.limits.title')}>
      <div className="flex flex-col gap-4">
        <table className="w-full max-w-xl border-collapse text-sm">
          <caption className="sr-only">{t('adminUsers.limits.caption', { user })}</caption>
          <thead className="text-left text-xs text-zinc-600 uppercase dark:text-zinc-300">
            <tr>
              <th scope="col" className="py-1 font-medium">
                {t('adminUsers.limits.limit')}
              </th>
              <th scope="col" className="py-1 font-medium">
                {t('adminUsers.limits.value')}
              </th>
              <th scope="col" className="py-1">
                <span className="sr-only">{t('adminUsers.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {USER_LIMITS.map((limit) => {
              const value = limits?.[limit];
              return (
                <tr key={limit} className="border-t border-zinc-100 dark:border-zinc-800">
                  <th scope="row" className="py-1.5 text-left font-normal">
                    {t(LIMIT_LABEL[limit])}
                  </th>
                  <td className="py-1.5 tabular-nums">
                    {!limits ? <Skeleton className="h-4 w-16" /> : value === undefined ? t('adminUsers.limits.none') : formatCount(value, locale)}
                  </td>
                  <td className="py-1.5 text-right">
                    {value !== undefined ? (
                      <Button variant="outline" size="sm" onClick={() => void remove(limit)} disabled={clear.isPending}>
                        {t('adminUsers.limits.remove', { limit: t(LIMIT_LABEL[limit]) })}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <form onSubmit={submit} noValidate aria-label={title} className="grid max-w-xl gap-3 sm:grid-cols-2">
          <SelectField label={t('adminUsers.limits.limit')} {...register('limit')}>
            {USER_LIMITS.map((limit) => (
              <option key={limit} value={limit}>
                {t(LIMIT_LABEL[limit])}
              </option>
            ))}
          </SelectField>
          <InputField
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            label={t('adminUsers.limits.value')}
            hint={t('adminUsers.limits.hint')}
            error={formState.errors.value?.message}
            {...register('value')}
          />
          {failure ? (
            <Alert tone="error" className="sm:col-span-2" title={t('adminUsers.limits.failed')}>
              {failure}
            </Alert>
          ) : null}
          <div className="sm:col-span-2">
            <Button type="submit" disabled={formState.isSubmitting}>
              {title}
            </Button>
          </div>
        </form>
      </div>
    </Section>
  );
}
