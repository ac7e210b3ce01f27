'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { InputField, SelectField } from '@/components/ui/field';
import { keepsDefaultQueueType } from '@/lib/admin/vhosts';
import { ApiError } from '@/lib/api/errors';
import { isDotSegment } from '@/lib/api/segments';
import { useT } from '@/lib/i18n/i18n';
import { useCreateVhostMutation } from '@/lib/queries/admin-vhosts/create-vhost-mutation';
import { useOverviewQuery } from '@/lib/queries/overview/overview-query';
import { hasControlCharacters, tagsProblem, vhostBodyFromForm, vhostFormSchema, type VhostForm } from '@/lib/schemas/admin-vhosts';
import { QUEUE_TYPES } from '@/lib/schemas/queue';
import { toast } from '@/lib/toast';
import { useRefreshSeconds } from '@/lib/url-state';

/** "Add a new virtual host", below the list as in the official UI. */
export function AddVhostForm() {
  const t = useT();
  const [refresh] = useRefreshSeconds();
  const overview = useOverviewQuery(refresh);
  const version = overview.data?.rabbitmq_version;
  const offersQueueType = keepsDefaultQueueType(version);
  const create = useCreateVhostMutation();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<VhostForm>({
    resolver: zodResolver(vhostFormSchema),
    defaultValues: { name: '', description: '', tags: '', default_queue_type: '' },
  });
  const { register, handleSubmit, setError, formState, reset, watch, getValues } = form;
  const name = watch('name');

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const body = vhostBodyFromForm({ ...values, default_queue_type: offersQueueType ? values.default_queue_type : '' });
      const result = await create.mutateAsync({ name: values.name, ...body });
      toast.success(t('adminVhosts.add.created', { name: values.name }));
      if (result.ignored.includes('default_queue_type')) toast.info(t('adminVhosts.add.queueTypeIgnored', { name: values.name }));
      reset();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof ApiError && error.code === 'CONFLICT') setError('name', { type: 'server', message: t('adminVhosts.add.exists', { name: values.name }) });
      else setFailure(message);
    }
  });

  const nameError = formState.errors.name;
  const nameMessage = !nameError
    ? undefined
    : nameError.type === 'server'
      ? nameError.message
      : !name
        ? t('adminVhosts.add.nameRequired')
        : isDotSegment(name)
          ? t('names.dotName')
          : hasControlCharacters(name)
            ? t('adminVhosts.add.nameControl')
            : t('adminVhosts.add.nameTooLong');

  return (
    <Section title={t('adminVhosts.add.title')}>
      <form onSubmit={submit} noValidate className="grid max-w-3xl gap-3 sm:grid-cols-2" aria-label={t('adminVhosts.add.title')}>
        <InputField label={t('common.name')} autoComplete="off" spellCheck={false} error={nameMessage} {...register('name')} />
        <InputField
          label={t('adminVhosts.col.tags')}
          hint={t('adminVhosts.form.tagsHint')}
          autoComplete="off"
          error={formState.errors.tags ? (tagsProblem(getValues('tags')) === 'ascii' ? t('adminVhosts.form.tagsAscii') : t('adminVhosts.form.tooManyTags')) : undefined}
          {...register('tags')}
        />
        <InputField
          className="sm:col-span-2"
          label={t('adminVhosts.col.description')}
          autoComplete="off"
          error={formState.errors.description ? t('adminVhosts.form.descriptionTooLong') : undefined}
          {...register('description')}
        />
        {offersQueueType ? (
          <SelectField label={t('adminVhosts.col.defaultQueueType')} hint={t('adminVhosts.help.defaultQueueType')} {...register('default_queue_type')}>
            <option value="">{t('adminVhosts.form.brokerDefault')}</option>
            {QUEUE_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </SelectField>
        ) : offersQueueType === false ? (
          <p className="text-sm text-zinc-600 sm:col-span-2 dark:text-zinc-400">{t('adminVhosts.add.noDefaultQueueType', { version: version ?? '' })}</p>
        ) : null}
        {failure ? (
          <Alert tone="error" className="sm:col-span-2" title={t('adminVhosts.add.failed')}>
            {failure}
          </Alert>
        ) : null}
        <div className="sm:col-span-2">
          <Button type="submit" disabled={formState.isSubmitting}>
            {t('adminVhosts.add.submit')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
