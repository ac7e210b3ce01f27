// Bindings as the management API lists them.

import type { DestinationType } from '@/lib/schemas/binding';

/** A binding as the management API lists it. The default exchange is source "". */
export interface Binding {
  source: string;
  vhost: string;
  destination: string;
  destination_type: DestinationType;
  routing_key: string;
  arguments: Record<string, unknown>;
  /** Identifies the binding for DELETE (routing key and a hash of the arguments). */
  properties_key: string;
}
