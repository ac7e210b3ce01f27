'use client';

import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from '@/lib/toast';
import { Alert } from '@/components/ui/alert';
import { ArgumentsEditor, type ArgumentPreset } from '@/components/ui/arguments-editor';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { InputField, SelectField } from '@/components/ui/field';
import { ApiError } from '@/lib/api/errors';
import { isDotSegment } from '@/lib/api/segments';
import { argumentsFromRows, type ArgumentRow, type ArgumentRowError } from '@/lib/arguments';
import { useT } from '@/lib/i18n/i18n';
import { useDeclareExchangeMutation } from '@/lib/queries/exchanges/declare-exchange-mutation';
import { useOverviewQuery } from '@/lib/queries/overview/overview-query';
import type { ExchangeType } from '@/lib/api/exchanges';
import { exchangeNameSchema, STANDARD_EXCHANGE_TYPES } from '@/lib/schemas/exchange';
import { useRefreshSeconds } from '@/lib/url-state';
import { useVhostChoice, VhostOptions } from '@/components/ui/vhost-options';

interface FormValues {
  vhost: string;
  name: string;
  type: string;
  durable: string;
  auto_delete: string;
  internal: string;
}

const MAX_NAME_BYTES = 255;
const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** "Add a new exchange", below the list as in the official UI; types come from the broker, so plugin types appear. */
export function AddExchangeForm({ defaultVhost }: { defaultVhost: string | null }) {
  const t = useT();
  const [refresh] = useRefreshSeconds();
  const overview = useOverviewQuery(refresh);
  const declare = useDeclareExchangeMutation();
  const [rows, setRows] = useState<ArgumentRow[]>([]);
  const [argErrors, setArgErrors] = useState<Record<number, ArgumentRowError>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const { names: vhostNames, initial: initialVhost } = useVhostChoice(defaultVhost);
  // /api/overview lists the broker's exchange types (exchange_types), plugin ones included.
  const brokerTypes = (overview.data as { exchange_types?: ExchangeType[] } | undefined)?.exchange_types;
  const types = useMemo(() => {
    const names = brokerTypes?.filter((type) => type.enabled !== false).map((type) => type.name) ?? [...STANDARD_EXCHANGE_TYPES];
    return names.sort((a, b) => a.localeCompare(b));
  }, [brokerTypes]);

  const { register, handleSubmit, setValue, getValues, setError, clearErrors, formState, watch } = useForm<FormValues>({
    defaultValues: { vhost: initialVhost, name: '', type: 'direct', durable: 'true', auto_delete: 'false', internal: 'false' },
  });
  const name = watch('name');

  // The vhost list arrives after the first render, and the vhost selector can change under the form.
  useEffect(() => {
    const current = getValues('vhost');
    if (defaultVhost && defaultVhost !== current) setValue('vhost', defaultVhost);
    else if (!current && initialVhost) setValue('vhost', initialVhost);
  }, [defaultVhost, initialVhost, getValues, setValue]);

  const presets = useMemo<ArgumentPreset[]>(
    () => [{ key: 'alternate-exchange', label: t('exchanges.add.alternatePreset'), type: 'string', hint: t('exchanges.add.alternateHint') }],
    [t],
  );

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    setNotice(null);
    clearErrors();
    if (!values.vhost) {
      setError('vhost', { message: t('form.chooseVhost') });
      return;
    }
    const checked = exchangeNameSchema.safeParse(values.name);
    if (!checked.success || isDotSegment(values.name)) {
      setError('name', { message: nameProblem(values.name) });
      return;
    }
    if (values.name.startsWith('amq.')) {
      setError('name', { message: t('exchanges.add.amqReserved') });
      return;
    }
    const args = argumentsFromRows(rows);
    setArgErrors(args.errors);
    if (Object.keys(args.errors).length) return;
    try {
      const outcome = await declare.mutateAsync({
        vhost: values.vhost,
        name: values.name,
        properties: {
          type: values.type,
          durable: values.durable === 'true',
          auto_delete: values.auto_delete === 'true',
          internal: values.internal === 'true',
          arguments: args.value,
        },
      });
      if (outcome.created) {
        toast.success(t('exchanges.add.created', { name: values.name }));
        setValue('name', '');
        setRows([]);
      } else {
        setNotice(t('exchanges.add.exists', { name: values.name, vhost: values.vhost }));
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // Name problems show under the name; a redeclaration with other properties (406) applies to the whole form.
      if (error instanceof ApiError && (error.code === 'ACCESS_REFUSED' || error.code === 'VALIDATION_FAILED') && /name|amq\./i.test(message)) {
        setError('name', { type: 'server', message });
      } else setFailure(message);
    }
  });

  // The shared schema's checks, said in the user's language.
  const nameProblem = (value: string): string => {
    if (!value) return t('exchanges.add.nameRequired');
    if (utf8Length(value) > MAX_NAME_BYTES) return t('exchanges.add.nameTooLong', { bytes: utf8Length(value), max: MAX_NAME_BYTES });
    if (isDotSegment(value)) return t('names.dotName');
    return t('form.invalid');
  };

  const bytes = utf8Length(name ?? '');

  return (
    <Section title={t('exchanges.add.title')}>
      <form onSubmit={submit} noValidate className="grid max-w-3xl gap-3 sm:grid-cols-2" aria-label={t('exchanges.add.title')}>
        <SelectField label={t('exchanges.add.vhost')} error={formState.errors.vhost?.message} {...register('vhost')}>
          <VhostOptions names={vhostNames} initial={initialVhost} />
        </SelectField>
        <SelectField label={t('exchanges.add.type')} {...register('type')}>
          {types.map((type) => (
            <option key={type} value={type}>
              {(STANDARD_EXCHANGE_TYPES as readonly string[]).includes(type) ? type : t('exchanges.add.pluginType', { type })}
            </option>
          ))}
        </SelectField>
        <InputField
          className="sm:col-span-2"
          label={t('exchanges.add.name')}
          autoComplete="off"
          spellCheck={false}
          error={formState.errors.name?.message}
          hint={bytes > MAX_NAME_BYTES * 0.8 ? t('exchanges.add.nameBytes', { bytes, max: MAX_NAME_BYTES }) : undefined}
          {...register('name', { onChange: () => setNotice(null) })}
        />
        <SelectField label={t('exchanges.add.durability')} {...register('durable')}>
          <option value="true">{t('exchanges.add.durable')}</option>
          <option value="false">{t('exchanges.add.transient')}</option>
        </SelectField>
        <SelectField label={t('exchanges.add.autoDelete')} hint={t('exchanges.add.autoDeleteHint')} {...register('auto_delete')}>
          <option value="false">{t('exchanges.no')}</option>
          <option value="true">{t('exchanges.yes')}</option>
        </SelectField>
        <SelectField label={t('exchanges.add.internal')} hint={t('exchanges.add.internalHint')} {...register('internal')}>
          <option value="false">{t('exchanges.no')}</option>
          <option value="true">{t('exchanges.yes')}</option>
        </SelectField>
        <div className="sm:col-span-2">
          <ArgumentsEditor rows={rows} onChange={setRows} errors={argErrors} presets={presets} legend={t('exchanges.detail.arguments')} />
        </div>
        {notice ? (
          <Alert tone="info" className="sm:col-span-2">
            {notice}
          </Alert>
        ) : null}
        {failure ? (
          <Alert tone="error" className="sm:col-span-2">
            {failure}
          </Alert>
        ) : null}
        <div className="sm:col-span-2">
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('exchanges.add.submitting') : t('exchanges.add.submit')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
