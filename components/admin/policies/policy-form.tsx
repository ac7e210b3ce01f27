'use client';

import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { ArgumentsEditor } from '@/components/ui/arguments-editor';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { InputField, SelectField } from '@/components/ui/field';
import { useVhostChoice, VhostOptions } from '@/components/ui/vhost-options';
import type { Policy } from '@/lib/api/admin-policies';
import { argumentsFromRows, type ArgumentRow, type ArgumentRowError } from '@/lib/arguments';
import { useT } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { applyToChoices, type ApplyTo, type PolicyKind } from '@/lib/policies';
import { useOverviewQuery } from '@/lib/queries/overview/overview-query';
import type { PolicyPreviewInput } from '@/lib/queries/policies/keys';
import { usePolicyPreviewQuery } from '@/lib/queries/policies/policy-preview-query';
import { usePutPolicyMutation } from '@/lib/queries/policies/put-policy-mutation';
import { toast } from '@/lib/toast';
import { useRefreshSeconds } from '@/lib/url-state';
import { checkPolicyForm, formFromPolicy, patternProblem, policyPresets, type FormField, type PolicyFormValues } from './policy-form-model';
import { APPLY_TO_LABELS } from './labels';
import { PolicyPreviewPanel } from './policy-preview';

const PREVIEW_DEBOUNCE_MS = 300;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * "Add / update a policy" (or an operator policy): vhost, name, pattern, apply-to (what this
 * broker's version takes), priority and the definition as typed rows with the official helpers.
 * As the pattern is typed, the preview shows what it matches now; the policy is saved once the
 * preview of what is in the form has come (a pattern that is not a regular expression is never sent).
 */
export function PolicyForm({ kind, defaultVhost, policy }: { kind: PolicyKind; defaultVhost: string | null; policy?: Policy }) {
  const t = useT();
  const [refresh] = useRefreshSeconds();
  const overview = useOverviewQuery(refresh);
  const put = usePutPolicyMutation();
  const editing = Boolean(policy);
  const initial = useMemo(() => (policy ? formFromPolicy(policy) : null), [policy]);
  const { names: vhostNames, initial: initialVhost } = useVhostChoice(policy?.vhost ?? defaultVhost);
  const [rows, setRows] = useState<ArgumentRow[]>(initial?.rows ?? []);
  const [rowErrors, setRowErrors] = useState<Record<number, ArgumentRowError>>({});
  const [valueProblems, setValueProblems] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const choices = applyToChoices(kind, overview.data?.rabbitmq_version);
  const { register, handleSubmit, setValue, getValues, setError, clearErrors, formState, watch, reset } = useForm<PolicyFormValues>({
    defaultValues: initial?.values ?? { vhost: initialVhost, name: '', pattern: '', applyTo: choices[0], priority: '0' },
  });

  // The vhost list arrives after the first render, and the shell's selector can change under the form.
  useEffect(() => {
    if (editing) return;
    const current = getValues('vhost');
    if (defaultVhost && defaultVhost !== current) setValue('vhost', defaultVhost);
    else if (!current && initialVhost) setValue('vhost', initialVhost);
  }, [editing, defaultVhost, initialVhost, getValues, setValue]);

  const values = watch();
  const presets = useMemo(() => policyPresets(t, kind), [t, kind]);
  const livePatternProblem = values.pattern ? patternProblem(t, values.pattern) : null;
  const keys = useMemo(() => Object.keys(argumentsFromRows(rows).value), [rows]);
  const priority = Number(values.priority.trim() || '0');
  const input: PolicyPreviewInput | null =
    values.vhost && values.pattern && !livePatternProblem
      ? { vhost: values.vhost, pattern: values.pattern, applyTo: values.applyTo, priority: Number.isInteger(priority) ? priority : 0, name: values.name, keys }
      : null;
  const inputKey = JSON.stringify(input);
  const debouncedKey = useDebounced(inputKey, PREVIEW_DEBOUNCE_MS);
  const asked = useMemo(() => JSON.parse(debouncedKey) as PolicyPreviewInput | null, [debouncedKey]);
  const preview = usePolicyPreviewQuery(kind, asked);
  // Saved only once the preview shows what is in the form now (or could not: then it says why).
  const previewed = input !== null && debouncedKey === inputKey && !preview.isFetching && (preview.isSuccess || preview.isError) && !preview.isPlaceholderData;

  const fieldError = (field: FormField) => formState.errors[field as keyof PolicyFormValues]?.message;

  const submit = handleSubmit(async (form) => {
    setFailure(null);
    clearErrors();
    const checked = checkPolicyForm(t, kind, form, rows);
    setRowErrors(checked.rowErrors);
    setValueProblems(checked.valueProblems);
    for (const [field, message] of Object.entries(checked.errors)) {
      if (field === 'definition') setFailure(message);
      else setError(field as keyof PolicyFormValues, { message });
    }
    if (!checked.body) return;
    try {
      const outcome = await put.mutateAsync({ kind, vhost: form.vhost, name: form.name, body: checked.body });
      const done = outcome.created ? 'adminPolicies.form.created' : 'adminPolicies.form.updated';
      toast.success(t(kind === 'policy' ? done : (`${done}Operator` as MessageKey), { name: form.name, vhost: form.vhost }));
      if (!editing) {
        reset({ vhost: form.vhost, name: '', pattern: '', applyTo: form.applyTo, priority: '0' });
        setRows([]);
      }
    } catch (error) {
      setFailure(t(kind === 'policy' ? 'adminPolicies.form.failed' : 'adminPolicies.form.failedOperator', { name: form.name, message: error instanceof Error ? error.message : String(error) }));
    }
  });

  const title = editing
    ? t(kind === 'policy' ? 'adminPolicies.form.editTitle' : 'adminPolicies.form.editTitleOperator')
    : t(kind === 'policy' ? 'adminPolicies.form.title' : 'adminPolicies.form.titleOperator');

  return (
    <Section title={title}>
      <form onSubmit={submit} noValidate className="grid max-w-4xl gap-3 sm:grid-cols-2" aria-label={title}>
        {editing ? (
          <InputField label={t('adminPolicies.form.vhost')} readOnly {...register('vhost')} />
        ) : (
          <SelectField label={t('adminPolicies.form.vhost')} error={fieldError('vhost')} {...register('vhost')}>
            <VhostOptions names={vhostNames} initial={initialVhost} />
          </SelectField>
        )}
        <InputField
          label={t('adminPolicies.form.name')}
          autoComplete="off"
          spellCheck={false}
          readOnly={editing}
          error={fieldError('name')}
          hint={editing ? undefined : t('adminPolicies.form.nameHint')}
          {...register('name')}
        />
        <InputField
          className="sm:col-span-2"
          label={t('adminPolicies.form.pattern')}
          autoComplete="off"
          spellCheck={false}
          error={fieldError('pattern') ?? livePatternProblem ?? undefined}
          hint={t('adminPolicies.form.patternHint')}
          {...register('pattern')}
        />
        <SelectField label={t('adminPolicies.form.applyTo')} hint={t(kind === 'policy' ? 'adminPolicies.form.applyToHint' : 'adminPolicies.form.applyToHintOperator')} {...register('applyTo')}>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {t(APPLY_TO_LABELS[choice])}
            </option>
          ))}
          {/* A policy saved with a value this form does not offer keeps it. */}
          {!choices.includes(values.applyTo as ApplyTo) && values.applyTo ? <option value={values.applyTo}>{values.applyTo}</option> : null}
        </SelectField>
        <InputField
          label={t('adminPolicies.form.priority')}
          inputMode="numeric"
          error={fieldError('priority')}
          hint={t('adminPolicies.form.priorityHint')}
          {...register('priority')}
        />
        <div className="sm:col-span-2 flex flex-col gap-2">
          <ArgumentsEditor
            rows={rows}
            onChange={setRows}
            errors={rowErrors}
            presets={presets}
            legend={t('adminPolicies.form.definition')}
            addLabel={t('adminPolicies.form.addKey')}
          />
          {valueProblems.length ? (
            <Alert tone="error" title={t('adminPolicies.form.valueProblems')}>
              <ul className="list-disc pl-5">
                {valueProblems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
        </div>
        <div className="sm:col-span-2">
          <PolicyPreviewPanel
            kind={kind}
            idle={asked === null}
            hideExisting={editing}
            preview={preview.data}
            pending={preview.isFetching || debouncedKey !== inputKey}
            error={preview.error}
            onRetry={() => void preview.refetch()}
          />
        </div>
        {failure ? (
          <Alert tone="error" className="sm:col-span-2">
            {failure}
          </Alert>
        ) : null}
        <div className="sm:col-span-2 flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={formState.isSubmitting || !previewed}>
            {formState.isSubmitting ? t('adminPolicies.form.saving') : t(kind === 'policy' ? 'adminPolicies.form.save' : 'adminPolicies.form.saveOperator')}
          </Button>
          {!previewed ? <span className="text-xs text-zinc-500">{t('adminPolicies.form.previewFirst')}</span> : null}
        </div>
      </form>
    </Section>
  );
}
