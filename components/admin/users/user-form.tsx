'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useSessionUser } from '@/components/shell/session-context';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { InputField } from '@/components/ui/field';
import { tagChangeWarnings } from '@/lib/admin/user-removal';
import type { UserDetail } from '@/lib/api/admin-users';
import { ApiError } from '@/lib/api/errors';
import { isDotSegment } from '@/lib/api/segments';
import { useT, type Translate } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { useAdministratorsQuery } from '@/lib/queries/admin-users/administrators-query';
import { useSaveUserMutation } from '@/lib/queries/admin-users/save-user-mutation';
import {
  MAX_PASSWORD_LENGTH,
  MAX_TAGS,
  parseTagList,
  tagsSchema,
  userBodySchema,
  userNameProblem,
  type PasswordMode,
  type UserBody,
} from '@/lib/schemas/admin-users';
import { isAdministrator } from '@/lib/tags';
import { toast } from '@/lib/toast';
import { useRefreshSeconds } from '@/lib/url-state';
import { RemovalWarningsAlert } from './removal-warnings';
import { TagPresets } from './tag-presets';

interface FormValues {
  name: string;
  password_mode: PasswordMode;
  password: string;
  confirm: string;
  tags: string;
}

type Problems = Partial<Record<keyof FormValues, string>>;

const MODE_LABEL: Record<PasswordMode, MessageKey> = {
  keep: 'adminUsers.form.keepPassword',
  set: 'adminUsers.form.setPassword',
  none: 'adminUsers.form.noPassword',
};

/** "Add a user", below the list as in the official UI. */
export function AddUserForm() {
  const t = useT();
  return (
    <Section title={t('adminUsers.form.addTitle')}>
      <UserForm />
    </Section>
  );
}

/** The user page's "Update this user": tags and password; an unchanged password stays as it is. */
export function EditUserForm({ user }: { user: UserDetail }) {
  const t = useT();
  return (
    <Section title={t('adminUsers.form.editTitle')}>
      <UserForm existing={user} />
    </Section>
  );
}

/** The form's checks (the shared schema's), said in the user's language. */
function problemsOf(values: FormValues, adding: boolean, t: Translate): { problems: Problems; body?: UserBody } {
  const problems: Problems = {};
  if (adding) {
    const problem = userNameProblem(values.name);
    if (problem) {
      problems.name = !values.name ? t('adminUsers.form.nameRequired') : isDotSegment(values.name) ? t('names.dotName') : t('adminUsers.form.nameTooLong');
    }
  }
  if (values.password_mode === 'set') {
    if (!values.password) problems.password = t('adminUsers.form.passwordRequired');
    else if (values.password.length > MAX_PASSWORD_LENGTH) problems.password = t('adminUsers.form.passwordTooLong', { max: MAX_PASSWORD_LENGTH });
    else if (values.confirm !== values.password) problems.confirm = t('adminUsers.form.passwordMismatch');
  }
  const tags = parseTagList(values.tags);
  if (!tagsSchema.safeParse(tags).success) {
    problems.tags = tags.length > MAX_TAGS ? t('adminUsers.form.tooManyTags', { max: MAX_TAGS }) : t('adminUsers.form.tagTooLong');
  }
  if (Object.keys(problems).length) return { problems };
  const body: UserBody = {
    tags,
    password_mode: values.password_mode,
    ...(values.password_mode === 'set' ? { password: values.password } : {}),
    ...(adding ? { create: true } : {}),
  };
  return userBodySchema.safeParse(body).success ? { problems, body } : { problems: { tags: t('form.invalid') } };
}

function UserForm({ existing }: { existing?: UserDetail }) {
  const t = useT();
  const { username: me } = useSessionUser();
  const [refresh] = useRefreshSeconds();
  const adding = !existing;
  const save = useSaveUserMutation();
  const administrators = useAdministratorsQuery(refresh, { enabled: !adding });
  const [failure, setFailure] = useState<string | null>(null);
  const [demotion, setDemotion] = useState<{ name: string; body: UserBody } | null>(null);
  const { register, handleSubmit, watch, setValue, setError, formState, reset, getValues } = useForm<FormValues>({
    defaultValues: { name: '', password_mode: adding ? 'set' : 'keep', password: '', confirm: '', tags: existing ? existing.tags.join(', ') : '' },
  });
  const mode = watch('password_mode');
  const tagText = watch('tags');
  const modes: PasswordMode[] = adding ? ['set', 'none'] : ['keep', 'set', 'none'];
  const title = adding ? t('adminUsers.form.addTitle') : t('adminUsers.form.editTitle');

  const store = async (name: string, body: UserBody) => {
    setFailure(null);
    try {
      await save.mutateAsync({ name, ...body });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (adding && error instanceof ApiError && error.code === 'CONFLICT') setError('name', { type: 'server', message });
      else setFailure(message);
      // Inside the demotion dialog the error shows there; below the form otherwise.
      throw error;
    }
    if (adding) {
      toast.success(t('adminUsers.form.added', { name }));
      reset({ ...getValues(), name: '', password: '', confirm: '' });
    } else {
      toast.success(t('adminUsers.form.updated', { name }));
      reset({ ...getValues(), password_mode: 'keep', password: '', confirm: '' });
    }
  };

  const submit = handleSubmit(async (values) => {
    const { problems, body } = problemsOf(values, adding, t);
    for (const [field, message] of Object.entries(problems)) setError(field as keyof FormValues, { type: 'check', message });
    if (!body) return;
    const name = existing?.name ?? values.name;
    // Losing the administrator tag always asks first; the dialog warns when it is the logged-in user's or the last one's.
    if (existing && isAdministrator(existing.tags) && !isAdministrator(body.tags)) {
      setDemotion({ name, body });
      return;
    }
    await store(name, body).catch(() => undefined);
  });

  const demotionWarnings = demotion && existing ? tagChangeWarnings(demotion.name, existing.tags, demotion.body.tags, me, administrators.data ?? []) : null;

  return (
    <>
      <form onSubmit={submit} noValidate aria-label={title} className="grid max-w-3xl gap-3 sm:grid-cols-2">
        {adding ? (
          <InputField
            className="sm:col-span-2"
            label={t('adminUsers.form.username')}
            autoComplete="off"
            spellCheck={false}
            error={formState.errors.name?.message}
            {...register('name')}
          />
        ) : null}
        <fieldset className="flex flex-col gap-1 sm:col-span-2">
          <legend className="mb-1 text-sm font-medium">{t('adminUsers.form.password')}</legend>
          {modes.map((value) => (
            <label key={value} className="inline-flex items-center gap-2 text-sm">
              <input type="radio" value={value} className="h-4 w-4 accent-orange-600" {...register('password_mode')} />
              {t(MODE_LABEL[value])}
            </label>
          ))}
        </fieldset>
        {mode === 'set' ? (
          <>
            <InputField
              type="password"
              label={t('adminUsers.form.newPassword')}
              autoComplete="new-password"
              error={formState.errors.password?.message}
              {...register('password')}
            />
            <InputField
              type="password"
              label={t('adminUsers.form.confirmPassword')}
              autoComplete="new-password"
              error={formState.errors.confirm?.message}
              {...register('confirm')}
            />
          </>
        ) : null}
        {mode === 'none' ? <p className="text-sm text-zinc-600 sm:col-span-2 dark:text-zinc-400">{t('adminUsers.form.noPasswordHint')}</p> : null}
        {existing && existing.name === me && mode !== 'keep' ? (
          <Alert tone="warning" className="sm:col-span-2">
            {t(mode === 'set' ? 'adminUsers.form.ownPassword' : 'adminUsers.form.ownNoPassword')}
          </Alert>
        ) : null}
        <div className="flex flex-col gap-2 sm:col-span-2">
          <InputField
            label={t('adminUsers.form.tags')}
            hint={t('adminUsers.form.tagsHint')}
            autoComplete="off"
            spellCheck={false}
            error={formState.errors.tags?.message}
            {...register('tags')}
          />
          <TagPresets text={tagText} onChange={(next) => setValue('tags', next, { shouldDirty: true })} />
        </div>
        {failure && !demotion ? (
          <Alert tone="error" className="sm:col-span-2" title={adding ? t('adminUsers.form.addFailed') : t('adminUsers.form.updateFailed')}>
            {failure}
          </Alert>
        ) : null}
        <div className="sm:col-span-2">
          <Button type="submit" disabled={formState.isSubmitting}>
            {adding ? t('adminUsers.form.add') : t('adminUsers.form.update')}
          </Button>
        </div>
      </form>
      {/* Outside the form: a dialog's submit would otherwise bubble (through the portal) to this form's. */}
      <ConfirmDialog
        open={demotion !== null}
        onOpenChange={(open) => {
          if (!open) setDemotion(null);
        }}
        title={t('adminUsers.demote.title', { name: demotion?.name ?? '' })}
        description={t('adminUsers.demote.description')}
        confirmLabel={t('adminUsers.demote.confirm')}
        onConfirm={() => (demotion ? store(demotion.name, demotion.body) : Promise.resolve())}
      >
        {demotionWarnings ? <RemovalWarningsAlert warnings={demotionWarnings} action="demote" /> : null}
      </ConfirmDialog>
    </>
  );
}
