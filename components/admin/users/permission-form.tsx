'use client';

import { useCallback, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/i18n';
import { useSetPermissionMutation } from '@/lib/queries/admin-users/set-permission-mutation';
import { DEFAULT_PATTERN, permissionBodySchema } from '@/lib/schemas/admin-users';
import { toast } from '@/lib/toast';
import { patternMessage, PatternField } from './pattern-field';
import { TargetSelect, type PermissionTarget } from './target-choice';

interface FormValues {
  other: string;
  configure: string;
  write: string;
  read: string;
}

const PATTERNS = ['configure', 'write', 'read'] as const;

/** "Set permission": a vhost (on a user's page) or a user (on a vhost's page), and three regexps, `.*` to start with. */
export function SetPermissionForm({ target }: { target: PermissionTarget }) {
  const t = useT();
  const set = useSetPermissionMutation();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState, watch, setValue } = useForm<FormValues>({
    defaultValues: { other: '', configure: DEFAULT_PATTERN, write: DEFAULT_PATTERN, read: DEFAULT_PATTERN },
  });
  const other = watch('other');
  const choose = useCallback((value: string) => setValue('other', value), [setValue]);
  const title = t('adminUsers.perm.setTitle');

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    let invalid = false;
    for (const field of PATTERNS) {
      const message = patternMessage(values[field], t);
      if (message) {
        setError(field, { message });
        invalid = true;
      }
    }
    if (!values.other) {
      setError('other', { message: 'user' in target ? t('form.chooseVhost') : t('adminUsers.perm.chooseUser') });
      invalid = true;
    }
    if (invalid) return;
    const body = permissionBodySchema.parse({ configure: values.configure, write: values.write, read: values.read });
    const vhost = 'vhost' in target ? target.vhost : values.other;
    const user = 'user' in target ? target.user : values.other;
    try {
      await set.mutateAsync({ vhost, user, ...body });
      toast.success(t('adminUsers.perm.set', { user, vhost }));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={title} className="grid max-w-3xl gap-3 sm:grid-cols-2">
      <h3 className="text-sm font-semibold sm:col-span-2">{title}</h3>
      <div className="sm:col-span-2">
        <TargetSelect target={target} value={other} onChange={choose} error={formState.errors.other?.message} />
      </div>
      <PatternField label={t('adminUsers.perm.configure')} error={formState.errors.configure?.message} {...register('configure')} />
      <PatternField label={t('adminUsers.perm.write')} error={formState.errors.write?.message} {...register('write')} />
      <PatternField label={t('adminUsers.perm.read')} error={formState.errors.read?.message} {...register('read')} />
      <p className="text-xs text-zinc-600 sm:col-span-2 dark:text-zinc-400">{t('adminUsers.perm.hint')}</p>
      {failure ? (
        <Alert tone="error" className="sm:col-span-2" title={t('adminUsers.perm.setFailed')}>
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
