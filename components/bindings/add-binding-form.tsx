'use client';

import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from '@/lib/toast';
import { Alert } from '@/components/ui/alert';
import { ArgumentsEditor } from '@/components/ui/arguments-editor';
import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { argumentsFromRows, type ArgumentRow, type ArgumentRowError } from '@/lib/arguments';
import { useT } from '@/lib/i18n/i18n';
import { useCreateBindingMutation } from '@/lib/queries/bindings/create-binding-mutation';
import { createBindingSchema, X_MATCH_VALUES, type DestinationType } from '@/lib/schemas/binding';
import { ExchangeNameOptions } from './exchange-name-options';

type Props =
  | { mode: 'queue'; vhost: string; queue: string }
  | { mode: 'exchange'; vhost: string; exchange: string; exchangeType?: string };

interface FormValues {
  endpoint: string;
  destinationType: DestinationType;
  routingKey: string;
}

/** "Add binding to this queue" / "Add binding from this exchange", as in the official UI. */
export function AddBindingForm(props: Props) {
  const t = useT();
  const listId = useId();
  const create = useCreateBindingMutation();
  const [rows, setRows] = useState<ArgumentRow[]>([]);
  const [rowErrors, setRowErrors] = useState<Record<number, ArgumentRowError>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const { register, handleSubmit, watch, formState, setError, reset, getValues } = useForm<FormValues>({
    defaultValues: { endpoint: '', destinationType: 'queue', routingKey: '' },
  });
  const destinationType = watch('destinationType');
  const endpoint = watch('endpoint');
  const isHeaders = props.mode === 'exchange' && props.exchangeType === 'headers';
  const xMatchRow = rows.findIndex((row) => row.key.trim() === 'x-match');
  const xMatch = xMatchRow >= 0 ? rows[xMatchRow]!.value : '';

  const setXMatch = (value: string) => {
    const rest = rows.filter((row) => row.key.trim() !== 'x-match');
    setRows(value ? [{ key: 'x-match', value, type: 'string' }, ...rest] : rest);
  };

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    const endpointName = values.endpoint;
    if (!endpointName) {
      setError('endpoint', { message: props.mode === 'queue' ? t('bindings.enterExchange') : t('bindings.enterDestination') });
      return;
    }
    const args = argumentsFromRows(rows);
    setRowErrors(args.errors);
    if (Object.keys(args.errors).length) return;
    const parsed = createBindingSchema.safeParse({ routing_key: values.routingKey, arguments: args.value });
    if (!parsed.success) {
      // The shared schema's checks, said in the user's language.
      const problems = parsed.error.issues.map((issue) =>
        issue.path[0] === 'routing_key'
          ? t('bindings.routingKeyTooLong')
          : issue.path[1] === 'x-match'
            ? t('bindings.xMatchInvalid')
            : t('form.invalid'),
      );
      setServerError([...new Set(problems)].join('; '));
      return;
    }
    const source = props.mode === 'queue' ? endpointName : props.exchange;
    const destination = props.mode === 'queue' ? props.queue : endpointName;
    const type: DestinationType = props.mode === 'queue' ? 'queue' : values.destinationType;
    try {
      await create.mutateAsync({
        vhost: props.vhost,
        source,
        destinationType: type,
        destination,
        routingKey: parsed.data.routing_key,
        arguments: parsed.data.arguments,
      });
      toast.success(t('bindings.bound', { source: source || t('exchanges.defaultName'), destination }));
      reset({ ...getValues(), routingKey: '' });
      setRows([]);
    } catch (error) {
      setServerError(error instanceof Error ? error.message : String(error));
    }
  });

  const title = props.mode === 'queue' ? t('bindings.addToQueue') : t('bindings.addFromExchange');

  return (
    <form onSubmit={submit} aria-label={title} className="flex max-w-2xl flex-col gap-3" noValidate>
      <h3 className="text-sm font-semibold">{title}</h3>
      {props.mode === 'exchange' ? (
        <SelectField label={t('bindings.destinationType')} {...register('destinationType')}>
          <option value="queue">{t('bindings.toQueue')}</option>
          <option value="exchange">{t('bindings.toExchange')}</option>
        </SelectField>
      ) : null}
      <InputField
        label={
          props.mode === 'queue'
            ? t('bindings.fromExchange')
            : destinationType === 'queue'
              ? t('bindings.destinationQueue')
              : t('bindings.destinationExchange')
        }
        list={props.mode === 'queue' || destinationType === 'exchange' ? listId : undefined}
        autoComplete="off"
        spellCheck={false}
        error={formState.errors.endpoint?.message}
        {...register('endpoint')}
      />
      {props.mode === 'queue' || destinationType === 'exchange' ? (
        <ExchangeNameOptions id={listId} vhost={props.vhost} typed={endpoint} />
      ) : null}
      <InputField
        label={t('bindings.routingKey')}
        autoComplete="off"
        spellCheck={false}
        hint={isHeaders ? t('bindings.headersKeyIgnored') : undefined}
        {...register('routingKey')}
      />
      {isHeaders ? (
        <SelectField
          label={t('bindings.xMatch')}
          hint={t('bindings.xMatchHint')}
          value={X_MATCH_VALUES.includes(xMatch as (typeof X_MATCH_VALUES)[number]) || xMatch === '' ? xMatch : ''}
          onChange={(event) => setXMatch(event.target.value)}
        >
          <option value="">{t('bindings.xMatchNone')}</option>
          {X_MATCH_VALUES.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </SelectField>
      ) : null}
      <ArgumentsEditor rows={rows} onChange={setRows} errors={rowErrors} legend={t('bindings.argumentsLegend')} />
      {serverError ? <Alert tone="error">{serverError}</Alert> : null}
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('bindings.binding') : t('bindings.bind')}
        </Button>
      </div>
    </form>
  );
}
