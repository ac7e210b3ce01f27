'use client';

import { useCallback, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ExchangeNameOptions } from '@/components/bindings/exchange-name-options';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { useT } from '@/lib/i18n/i18n';
import { useSetTopicPermissionMutation } from '@/lib/queries/admin-users/set-topic-permission-mutation';
import { DEFAULT_PATTERN, topicPermissionBodySchema } from '@/lib/schemas/admin-users';
import { toast } from '@/lib/toast';
import { patternMessage, PatternField } from './pattern-field';
import { TargetSelect, type PermissionTarget } from './target-choice';

interface FormValues {
  other: string;
  exchange: string;
  write: string;
  read: string;
}

/** The topic exchange every vhost has: what the form starts with, as in the official UI. */
const DEFAULT_TOPIC_EXCHANGE = 'amq.topic';

/** "Set topic permission": a topic exchange and the write and read patterns over routing keys. */
export function SetTopicPermissionForm({ target }: { target: PermissionTarget }) {
  const t = useT();
  const listId = useId();
  const set = useSetTopicPermissionMutation();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState, watch, setValue } = useForm<FormValues>({
    defaultValues: { other: '', exchange: DEFAULT_TOPIC_EXCHANGE, write: DEFAULT_PATTERN, read: DEFAULT_PATTERN },
  });
  const other = watch('other');
  const exchange = watch('exchange');
  const choose = useCallback((value: string) => setValue('other', value), [setValue]);
  const vhost = 'vhost' in target ? target.vhost : other;
  const title = t('adminUsers.topic.setTitle');

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    let invalid = false;
    for (const field of ['write', 'read'] as const) {
      const message = patternMessage(values[field], t);
      if (message) {
        setError(field, { message });
        invalid = true;
      }
    }
    if (!values.exchange) {
      setError('exchange', { message: t('adminUsers.topic.exchangeRequired') });
      invalid = true;
    } else if (values.exchange.length > 255) {
      setError('exchange', { message: t('adminUsers.topic.exchangeTooLong') });
      invalid = true;
    }
    if (!values.other) {
      setError('other', { message: 'user' in target ? t('form.chooseVhost') : t('adminUsers.perm.chooseUser') });
      invalid = true;
    }
    if (invalid) return;
    const body = topicPermissionBodySchema.parse({ exchange: values.exchange, write: values.write, read: values.read });
    const user = 'user' in target ? target.user : values.other;
    try {
      await set.mutateAsync({ vhost, user, ...body });
      toast.success(t('adminUsers.topic.set', { user, exchange: body.exchange }));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={title} className="grid max-w-3xl gap-3 sm:grid-cols-2">
      <h3 className="text-sm font-semibold sm:col-span-2">{title}</h3>
      <TargetSelect target={target} value={other} onChange={choose} error={formState.errors.other?.message} />
      <InputField
        label={t('adminUsers.topic.exchange')}
        list={vhost ? listId : undefined}
        autoComplete="off"
        spellCheck={false}
        error={formState.errors.exchange?.message}
        {...register('exchange')}
      />
      {vhost ? <ExchangeNameOptions id={listId} vhost={vhost} typed={exchange} /> : null}
      <PatternField label={t('adminUsers.perm.write')} error={formState.errors.write?.message} {...register('write')} />
      <PatternField label={t('adminUsers.perm.read')} error={formState.errors.read?.message} {...register('read')} />
      <p className="text-xs text-zinc-600 sm:col-span-2 dark:text-zinc-400">{t('adminUsers.topic.hint')}</p>
      {failure ? (
        <Alert tone="error" className="sm:col-span-2" title={t('adminUsers.topic.setFailed')}>
          {failure}
        </Alert>
      ) : null}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {title}
        </Button>
      </div>
    </form>
  );
}
