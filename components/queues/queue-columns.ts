import type { ChoosableColumn } from '@/components/ui/column-chooser';

/** The queues list's optional columns, with the official UI's defaults (a per-browser choice). */
export const OPTIONAL_QUEUE_COLUMNS = [
  { id: 'type', label: 'queues.col.type', defaultVisible: true },
  { id: 'features', label: 'queues.col.features', defaultVisible: true },
  { id: 'state', label: 'queues.col.state', defaultVisible: true },
  { id: 'consumers', label: 'queues.col.consumers', defaultVisible: false },
  { id: 'consumer_capacity', label: 'queues.col.consumerCapacity', defaultVisible: false },
  { id: 'ready', label: 'queues.col.ready', defaultVisible: true },
  { id: 'unacked', label: 'queues.col.unacked', defaultVisible: true },
  { id: 'total', label: 'queues.col.total', defaultVisible: true },
  { id: 'ready_bytes', label: 'queues.col.readyBytes', defaultVisible: false },
  { id: 'unacked_bytes', label: 'queues.col.unackedBytes', defaultVisible: false },
  { id: 'total_bytes', label: 'queues.col.totalBytes', defaultVisible: false },
  { id: 'incoming', label: 'queues.col.incoming', defaultVisible: true },
  { id: 'deliver_get', label: 'queues.col.deliverGet', defaultVisible: true },
  { id: 'redelivered', label: 'queues.col.redelivered', defaultVisible: false },
  { id: 'ack', label: 'queues.col.ack', defaultVisible: true },
] as const satisfies readonly ChoosableColumn[];

export const QUEUE_COLUMNS_STORAGE_KEY = 'warren.columns.queues';
