'use client';

import { useForm, type FieldError } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useSearchParams } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { useT, type Translate } from '@/lib/i18n/i18n';
import { useLoginMutation } from '@/lib/queries/auth/login-mutation';
import { safeNextPath } from '@/lib/safe-next';
import { loginSchema, MAX_CREDENTIAL_LENGTH, type LoginInput } from '@/lib/schemas/auth';
import { PreferenceSwitches } from './preference-switches';

/**
 * The shared schema's checks, said in the user's language: the resolver gives each field's first
 * issue as its zod code (too_small: empty; too_big: too long; custom: the username's ":").
 */
function fieldProblem(t: Translate, field: keyof LoginInput, error: FieldError | undefined): string | undefined {
  if (!error) return undefined;
  if (error.type === 'too_big') return t('login.tooLong', { max: MAX_CREDENTIAL_LENGTH });
  if (error.type === 'custom') return t('login.usernameColon');
  return field === 'username' ? t('login.usernameRequired') : t('login.passwordRequired');
}

export function LoginForm() {
  const t = useT();
  const searchParams = useSearchParams();
  const reason = searchParams.get('reason');
  const login = useLoginMutation();
  const form = useForm<LoginInput>({ resolver: zodResolver(loginSchema), defaultValues: { username: '', password: '' } });

  const onSubmit = form.handleSubmit((values) =>
    login.mutate(values, {
      // A full navigation: the server renders the shell with the new session cookie.
      onSuccess: () => window.location.assign(safeNextPath(searchParams.get('next'))),
    }),
  );

  return (
    <div className="w-full max-w-sm rounded-lg border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mb-4 flex items-start justify-between gap-2">
        <div>
          <h1 className="text-xl font-semibold">{t('login.title')}</h1>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t('login.subtitle')}</p>
        </div>
      </div>
      {reason === 'expired' ? (
        <Alert tone="warning" className="mb-3">
          {t('login.expired')}
        </Alert>
      ) : reason === 'logged-out' ? (
        <Alert tone="info" className="mb-3">
          {t('login.loggedOut')}
        </Alert>
      ) : null}
      {/* method="post": a submit before hydration must not put the password in the URL. */}
      <form onSubmit={onSubmit} method="post" className="flex flex-col gap-3" noValidate>
        <InputField
          label={t('login.username')}
          autoComplete="username"
          autoFocus
          error={fieldProblem(t, 'username', form.formState.errors.username)}
          {...form.register('username')}
        />
        <InputField
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          error={fieldProblem(t, 'password', form.formState.errors.password)}
          {...form.register('password')}
        />
        {login.error ? <Alert tone="error">{login.error.message}</Alert> : null}
        <Button type="submit" disabled={login.isPending || login.isSuccess}>
          {login.isPending ? t('login.submitting') : t('login.submit')}
        </Button>
      </form>
      <div className="mt-4 border-t border-zinc-200 pt-3 dark:border-zinc-800">
        <PreferenceSwitches />
      </div>
    </div>
  );
}
