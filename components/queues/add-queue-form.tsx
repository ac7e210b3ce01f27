'use client';

import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { toast } from '@/lib/toast';
import { Alert } from '@/components/ui/alert';
import { ArgumentsEditor, type ArgumentPreset } from '@/components/ui/arguments-editor';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { InputField, SelectField } from '@/components/ui/field';
import { ApiError } from '@/lib/api/errors';
import { isDotSegment } from '@/lib/api/segments';
import { argumentsFromRows, type ArgumentRow, type ArgumentRowError, type ArgumentType } from '@/lib/arguments';
import { useT } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { useDeclareQueueMutation } from '@/lib/queries/queues/declare-queue-mutation';
import {
  MAX_NAME_BYTES,
  QUEUE_TYPES,
  queueFormSchema,
  reservedNameProblem,
  utf8Length,
  type QueueForm,
  type QueueType,
} from '@/lib/schemas/queue';
import { useVhostChoice, VhostOptions } from '@/components/ui/vhost-options';

interface Preset {
  key: string;
  label: MessageKey;
  type: ArgumentType;
  value?: string;
  types: readonly QueueType[];
}

const ALL: readonly QueueType[] = ['classic', 'quorum', 'stream'];
const CLASSIC_QUORUM: readonly QueueType[] = ['classic', 'quorum'];

/** The official UI's "Add" links under the arguments, each offered only for the types it applies to. */
const PRESETS: readonly Preset[] = [
  { key: 'x-expires', label: 'queues.arg.expires', type: 'number', types: CLASSIC_QUORUM },
  { key: 'x-message-ttl', label: 'queues.arg.messageTtl', type: 'number', types: CLASSIC_QUORUM },
  { key: 'x-overflow', label: 'queues.arg.overflow', type: 'string', value: 'reject-publish', types: CLASSIC_QUORUM },
  { key: 'x-single-active-consumer', label: 'queues.arg.singleActiveConsumer', type: 'boolean', value: 'true', types: CLASSIC_QUORUM },
  { key: 'x-dead-letter-exchange', label: 'queues.arg.deadLetterExchange', type: 'string', types: CLASSIC_QUORUM },
  { key: 'x-dead-letter-routing-key', label: 'queues.arg.deadLetterRoutingKey', type: 'string', types: CLASSIC_QUORUM },
  { key: 'x-max-length', label: 'queues.arg.maxLength', type: 'number', types: CLASSIC_QUORUM },
  { key: 'x-max-length-bytes', label: 'queues.arg.maxLengthBytes', type: 'number', types: ALL },
  { key: 'x-max-priority', label: 'queues.arg.maxPriority', type: 'number', types: ['classic'] },
  { key: 'x-queue-mode', label: 'queues.arg.lazyMode', type: 'string', value: 'lazy', types: ['classic'] },
  { key: 'x-queue-version', label: 'queues.arg.version', type: 'number', value: '2', types: ['classic'] },
  { key: 'x-queue-master-locator', label: 'queues.arg.masterLocator', type: 'string', value: 'client-local', types: ['classic'] },
  { key: 'x-delivery-limit', label: 'queues.arg.deliveryLimit', type: 'number', types: ['quorum'] },
  { key: 'x-quorum-initial-group-size', label: 'queues.arg.initialClusterSize', type: 'number', types: ['quorum'] },
  { key: 'x-initial-cluster-size', label: 'queues.arg.initialClusterSize', type: 'number', types: ['stream'] },
  { key: 'x-dead-letter-strategy', label: 'queues.arg.deadLetterStrategy', type: 'string', value: 'at-least-once', types: ['quorum'] },
  { key: 'x-queue-leader-locator', label: 'queues.arg.leaderLocator', type: 'string', value: 'balanced', types: ['quorum', 'stream'] },
  { key: 'x-max-age', label: 'queues.arg.maxAge', type: 'string', value: '7D', types: ['stream'] },
  { key: 'x-stream-max-segment-size-bytes', label: 'queues.arg.maxSegmentSize', type: 'number', types: ['stream'] },
];

const TYPE_LABEL: Record<QueueType, MessageKey> = {
  classic: 'queues.type.classic',
  quorum: 'queues.type.quorum',
  stream: 'queues.type.stream',
};

/** "Add a new queue", below the list as in the official UI. */
export function AddQueueForm({ defaultVhost }: { defaultVhost: string | null }) {
  const t = useT();
  const declare = useDeclareQueueMutation();
  const [rows, setRows] = useState<ArgumentRow[]>([]);
  const [argErrors, setArgErrors] = useState<Record<number, ArgumentRowError>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const { names: vhostNames, initial: initialVhost } = useVhostChoice(defaultVhost);

  const form = useForm<QueueForm>({
    resolver: zodResolver(queueFormSchema),
    defaultValues: { vhost: initialVhost, name: '', type: 'classic', durable: true, auto_delete: false },
  });
  const { register, handleSubmit, watch, setValue, setError, formState, getValues } = form;
  const type = watch('type');
  const name = watch('name');
  const classic = type === 'classic';

  // The vhost list arrives after the first render, and the vhost selector can change under the form.
  useEffect(() => {
    const current = getValues('vhost');
    if (defaultVhost && defaultVhost !== current) setValue('vhost', defaultVhost);
    else if (!current && initialVhost) setValue('vhost', initialVhost);
  }, [defaultVhost, initialVhost, getValues, setValue]);

  const presets = useMemo<ArgumentPreset[]>(
    () =>
      PRESETS.filter((preset) => preset.types.includes(type)).map((preset) => ({
        key: preset.key,
        label: t(preset.label),
        type: preset.type,
        value: preset.value,
      })),
    [type, t],
  );

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    const args = argumentsFromRows(rows);
    setArgErrors(args.errors);
    if (Object.keys(args.errors).length) return;
    try {
      await declare.mutateAsync({
        vhost: values.vhost,
        name: values.name,
        type: values.type,
        durable: values.type === 'classic' ? values.durable : true,
        auto_delete: values.type === 'classic' ? values.auto_delete : false,
        arguments: args.value,
      });
      toast.success(t('queues.add.created', { name: values.name, vhost: values.vhost }));
      setValue('name', '');
      setRows([]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof ApiError && error.code === 'CONFLICT') setError('name', { type: 'server', message });
      else setFailure(message);
    }
  });

  const bytes = utf8Length(name ?? '');
  // The shared schema's checks, said in the user's language; the server's own answers stay as they are.
  const nameError = formState.errors.name;
  const nameMessage = !nameError
    ? undefined
    : nameError.type === 'server'
      ? nameError.message
      : !name
        ? t('queues.add.nameRequired')
        : bytes > MAX_NAME_BYTES
          ? t('queues.add.nameTooLong', { bytes, max: MAX_NAME_BYTES })
          : reservedNameProblem(name)
            ? t('queues.add.nameReserved')
            : isDotSegment(name)
              ? t('names.dotName')
              : t('form.invalid');
  // A vhost from the list can only be missing (a name over 255 bytes is not one the broker has).
  const vhostMessage = formState.errors.vhost ? (getValues('vhost') ? t('form.invalid') : t('form.chooseVhost')) : undefined;

  return (
    <Section title={t('queues.add.title')}>
      <form onSubmit={submit} noValidate className="grid max-w-3xl gap-3 sm:grid-cols-2" aria-label={t('queues.add.title')}>
        <SelectField label={t('queues.col.vhost')} error={vhostMessage} {...register('vhost')}>
          <VhostOptions names={vhostNames} initial={initialVhost} />
        </SelectField>
        <SelectField
          label={t('queues.col.type')}
          error={formState.errors.type ? t('form.invalid') : undefined}
          {...register('type', {
            onChange: (event: { target: { value: string } }) => {
              if (event.target.value !== 'classic') {
                setValue('durable', true);
                setValue('auto_delete', false);
              }
            },
          })}
        >
          {QUEUE_TYPES.map((queueType) => (
            <option key={queueType} value={queueType}>
              {t(TYPE_LABEL[queueType])}
            </option>
          ))}
        </SelectField>
        <InputField
          className="sm:col-span-2"
          label={t('common.name')}
          autoComplete="off"
          spellCheck={false}
          error={nameMessage}
          hint={bytes > MAX_NAME_BYTES * 0.8 ? t('queues.add.nameBytes', { bytes, max: MAX_NAME_BYTES }) : undefined}
          {...register('name')}
        />
        {classic ? (
          <>
            <SelectField
              label={t('queues.add.durability')}
              {...register('durable', { setValueAs: (value: unknown) => value === true || value === 'true' })}
            >
              <option value="true">{t('queues.add.durable')}</option>
              <option value="false">{t('queues.add.transient')}</option>
            </SelectField>
            <SelectField
              label={t('queues.add.autoDelete')}
              hint={t('queues.help.autoDelete')}
              {...register('auto_delete', { setValueAs: (value: unknown) => value === true || value === 'true' })}
            >
              <option value="false">{t('common.no')}</option>
              <option value="true">{t('common.yes')}</option>
            </SelectField>
          </>
        ) : (
          <p className="text-sm text-zinc-600 sm:col-span-2 dark:text-zinc-400">{t('queues.add.alwaysDurable', { type })}</p>
        )}
        <div className="sm:col-span-2">
          <ArgumentsEditor rows={rows} onChange={setRows} errors={argErrors} presets={presets} legend={t('queues.add.arguments')} />
        </div>
        {failure ? (
          <Alert tone="error" className="sm:col-span-2" title={t('queues.add.failed')}>
            {failure}
          </Alert>
        ) : null}
        <div className="sm:col-span-2">
          <Button type="submit" disabled={formState.isSubmitting}>
            {t('queues.add.submit')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
