'use client';

import { useMemo, useState } from 'react';
import Link from 'next/link';
import { toast } from '@/lib/toast';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable, type ColumnDef } from '@/components/ui/data-table';
import { useT } from '@/lib/i18n/i18n';
import type { Binding } from '@/lib/api/bindings';
import { useDeleteBindingMutation } from '@/lib/queries/bindings/delete-binding-mutation';
import { routes } from '@/lib/routes';
import { ArgumentList } from '@/components/ui/argument-list';

/** Which end of the bindings the table is about: the other end is the column shown. */
export type BindingsPerspective = 'queue' | 'source' | 'destination';

// Exchanges with thousands of bindings exist; the table renders the first ones until asked for all.
const INITIAL_ROWS = 200;

export function bindingId(binding: Binding): string {
  return [binding.source, binding.destination_type, binding.destination, binding.properties_key].join('\u0000');
}

export function BindingsTable({
  bindings,
  perspective,
  caption,
  empty,
  isPending,
}: {
  bindings: Binding[] | undefined;
  perspective: BindingsPerspective;
  caption: string;
  empty: string;
  isPending: boolean;
}) {
  const t = useT();
  const [showAll, setShowAll] = useState(false);
  const [unbinding, setUnbinding] = useState<Binding | null>(null);
  const remove = useDeleteBindingMutation();

  const columns = useMemo<ColumnDef<Binding, unknown>[]>(() => {
    const other: ColumnDef<Binding, unknown> =
      perspective === 'source'
        ? {
            id: 'to',
            header: t('bindings.to'),
            cell: ({ row }) => <BindingEnd binding={row.original} end="destination" />,
          }
        : {
            id: 'from',
            header: t('bindings.from'),
            cell: ({ row }) => <BindingEnd binding={row.original} end="source" />,
          };
    return [
      other,
      {
        id: 'routing_key',
        header: t('bindings.routingKey'),
        cell: ({ row }) => <RoutingKey value={row.original.routing_key} />,
      },
      {
        id: 'arguments',
        header: t('bindings.arguments'),
        cell: ({ row }) => <ArgumentList args={row.original.arguments} />,
      },
      {
        id: 'actions',
        header: () => <span className="sr-only">{t('bindings.actions')}</span>,
        meta: { align: 'right' },
        cell: ({ row }) =>
          row.original.source === '' ? (
            <span className="text-xs text-zinc-500">{t('bindings.defaultBinding')}</span>
          ) : (
            <Button variant="outline" size="sm" onClick={() => setUnbinding(row.original)}>
              {t('bindings.unbind')}
            </Button>
          ),
      },
    ];
  }, [perspective, t]);

  const rows = useMemo(
    // Memoised: a new array per render would make the table recompute (and reset) every time.
    () => (bindings && !showAll ? bindings.slice(0, INITIAL_ROWS) : bindings),
    [bindings, showAll],
  );

  return (
    <div className="flex flex-col gap-2">
      <DataTable
        columns={columns}
        data={rows}
        caption={caption}
        getRowId={bindingId}
        isPending={isPending}
        empty={empty}
      />
      {bindings && bindings.length > INITIAL_ROWS && !showAll ? (
        <div className="flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
          {t('bindings.showing', { shown: INITIAL_ROWS, count: bindings.length })}
          <Button variant="link" size="sm" onClick={() => setShowAll(true)}>
            {t('bindings.showAll', { count: bindings.length })}
          </Button>
        </div>
      ) : null}
      <ConfirmDialog
        open={unbinding !== null}
        onOpenChange={(open) => {
          if (!open) setUnbinding(null);
        }}
        title={t('bindings.unbindTitle')}
        description={
          unbinding
            ? t('bindings.unbindDescription', {
                source: unbinding.source || t('exchanges.defaultName'),
                destination: unbinding.destination,
                key: unbinding.routing_key,
              })
            : undefined
        }
        confirmLabel={t('bindings.unbind')}
        onConfirm={async () => {
          if (!unbinding) return;
          await remove.mutateAsync(unbinding);
          toast.success(t('bindings.unbound'));
        }}
      />
    </div>
  );
}

function RoutingKey({ value }: { value: string }) {
  if (value === '') return <span className="text-zinc-400">“”</span>;
  return <span className="break-all font-mono text-xs">{value}</span>;
}

/** A binding's source or destination as a link to its page, with its kind for destinations. */
function BindingEnd({ binding, end }: { binding: Binding; end: 'source' | 'destination' }) {
  const t = useT();
  if (end === 'source') {
    return (
      <Link prefetch={false} href={routes.exchange(binding.vhost, binding.source)} className="break-all text-orange-700 hover:underline dark:text-orange-400">
        {binding.source === '' ? t('exchanges.defaultName') : binding.source}
      </Link>
    );
  }
  const isQueue = binding.destination_type === 'queue';
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Badge tone={isQueue ? 'blue' : 'violet'}>{isQueue ? t('bindings.type.queue') : t('bindings.type.exchange')}</Badge>
      <Link
        prefetch={false}
        href={isQueue ? routes.queue(binding.vhost, binding.destination) : routes.exchange(binding.vhost, binding.destination)}
        className="break-all text-orange-700 hover:underline dark:text-orange-400"
      >
        {binding.destination}
      </Link>
    </span>
  );
}
