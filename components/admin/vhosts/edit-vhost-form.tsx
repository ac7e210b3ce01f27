'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { InputField } from '@/components/ui/field';
import type { AdminVhost } from '@/lib/api/admin-vhosts';
import { useT } from '@/lib/i18n/i18n';
import { useUpdateVhostMutation } from '@/lib/queries/admin-vhosts/update-vhost-mutation';
import { tagsProblem, vhostBodyFromForm, vhostEditFormSchema, type VhostEditForm } from '@/lib/schemas/admin-vhosts';
import { toast } from '@/lib/toast';

/** Edits a vhost's description and tags (its default queue type, if it has one, is kept). */
export function EditVhostForm({ vhost, onDone }: { vhost: AdminVhost; onDone: () => void }) {
  const t = useT();
  const update = useUpdateVhostMutation();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState, getValues } = useForm<VhostEditForm>({
    resolver: zodResolver(vhostEditFormSchema),
    defaultValues: { description: vhost.description ?? '', tags: (vhost.tags ?? []).join(', ') },
  });

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      await update.mutateAsync({ name: vhost.name, ...vhostBodyFromForm(values) });
      toast.success(t('adminVhosts.edit.saved', { name: vhost.name }));
      onDone();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  });

  return (
    <Section title={t('adminVhosts.edit.title')}>
      <form onSubmit={submit} noValidate className="grid max-w-3xl gap-3 sm:grid-cols-2" aria-label={t('adminVhosts.edit.title')}>
        <InputField
          className="sm:col-span-2"
          label={t('adminVhosts.col.description')}
          autoComplete="off"
          error={formState.errors.description ? t('adminVhosts.form.descriptionTooLong') : undefined}
          {...register('description')}
        />
        <InputField
          className="sm:col-span-2"
          label={t('adminVhosts.col.tags')}
          hint={t('adminVhosts.form.tagsHint')}
          autoComplete="off"
          error={formState.errors.tags ? (tagsProblem(getValues('tags')) === 'ascii' ? t('adminVhosts.form.tagsAscii') : t('adminVhosts.form.tooManyTags')) : undefined}
          {...register('tags')}
        />
        {failure ? (
          <Alert tone="error" className="sm:col-span-2" title={t('adminVhosts.edit.failed')}>
            {failure}
          </Alert>
        ) : null}
        <div className="flex gap-2 sm:col-span-2">
          <Button type="submit" disabled={formState.isSubmitting}>
            {t('adminVhosts.edit.save')}
          </Button>
          <Button variant="outline" onClick={onDone} disabled={formState.isSubmitting}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
