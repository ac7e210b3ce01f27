'use client';

import { GetMessagesPanel } from './get-messages-panel';
import { MessageWorkProvider } from './message-work-context';
import { MovePanel } from './move-panel';

/**
 * A queue's message work: Get messages and Move messages sharing one state, so that messages
 * ticked in a Get can be moved ("Move selected…"), and a Get that shows dead-lettered messages
 * makes Redrive the move's default. A stream cannot be moved out of: Get messages alone says so.
 */
export function QueueMessageWork({
  vhost,
  name,
  queueType,
  isDeadLetterQueue,
}: {
  vhost: string;
  name: string;
  queueType?: string;
  /** Offer Redrive first and "Redrive all" before any Get has shown dead-lettered messages. */
  isDeadLetterQueue?: boolean;
}) {
  return (
    <MessageWorkProvider>
      <div className="flex flex-col gap-4">
        <GetMessagesPanel vhost={vhost} name={name} queueType={queueType} />
        {queueType === 'stream' ? null : <MovePanel vhost={vhost} name={name} isDeadLetterQueue={isDeadLetterQueue} />}
      </div>
    </MessageWorkProvider>
  );
}
