'use client';

import Link from 'next/link';
import { useSessionUser } from '@/components/shell/session-context';
import { Alert } from '@/components/ui/alert';
import { useT } from '@/lib/i18n/i18n';
import type { QueuePlacement } from '@/lib/nodes';
import { routes } from '@/lib/routes';
import { canMonitor } from '@/lib/tags';
import { useQueueNodesProblem } from './use-queue-nodes-problem';

/**
 * On a queue's page: the queue's node (classic) or members (quorum, stream) that are not
 * running, and what that does to the queue. Nothing while all of them run. `queue` is the
 * queue's details or its row of the list (a classic queue on a node that is down answers 404
 * by name, but the list still has it, `state: "down"`).
 */
export function QueueNodesNotice({ queue }: { queue: QueuePlacement | undefined }) {
  const t = useT();
  const { tags } = useSessionUser();
  const problem = useQueueNodesProblem(queue);
  if (!queue || !problem) return null;
  const replicated = Boolean(queue.members?.length);
  const nodes = problem.down.join(', ');
  const title = !replicated
    ? problem.down.length
      ? t('nodes.queue.classicDown', { name: queue.name, node: nodes })
      : t('nodes.queue.classicDownUnknown', { name: queue.name })
    : problem.unavailable
      ? t('nodes.queue.majorityLost', { name: queue.name, count: problem.down.length, total: queue.members!.length })
      : problem.leaderDown
        ? t('nodes.queue.leaderDown', { name: queue.name, node: queue.leader ?? '' })
        : t('nodes.queue.membersDown', { name: queue.name, count: problem.down.length, total: queue.members!.length });
  const hint = !replicated
    ? t('nodes.queue.classicHint')
    : problem.unavailable
      ? t('nodes.queue.majorityHint')
      : problem.leaderDown
        ? t('nodes.queue.leaderHint')
        : t('nodes.queue.membersHint');
  return (
    <Alert tone={problem.unavailable ? 'error' : 'warning'} title={title}>
      <p>{hint}</p>
      {problem.down.length ? (
        <p className="mt-1">
          {t('nodes.queue.notRunning')}{' '}
          {problem.down.map((node, i) => (
            <span key={node}>
              {i > 0 ? ', ' : null}
              {canMonitor(tags) ? (
                <Link prefetch={false} href={routes.node(node)} className="font-medium underline">
                  {node}
                </Link>
              ) : (
                <span className="font-medium">{node}</span>
              )}
            </span>
          ))}
        </p>
      ) : null}
    </Alert>
  );
}
