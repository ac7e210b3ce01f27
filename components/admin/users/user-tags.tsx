'use client';

import { Badge } from '@/components/ui/badge';
import { useT } from '@/lib/i18n/i18n';

/** A user's tags as badges (administrator stands out), or "No tags". */
export function UserTags({ tags }: { tags: readonly string[] }) {
  const t = useT();
  if (!tags.length) return <span className="text-zinc-500">{t('adminUsers.noTags')}</span>;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {tags.map((tag) => (
        <Badge key={tag} tone={tag === 'administrator' ? 'amber' : 'neutral'} className="break-all whitespace-normal">
          {tag}
        </Badge>
      ))}
    </span>
  );
}

// A user with access to hundreds of vhosts: the cell names the first ones and counts the rest.
const SHOWN_VHOSTS = 8;

/** The vhosts a user can access, or "No access" when it has permissions on none. */
export function VhostAccess({ vhosts }: { vhosts: readonly string[] }) {
  const t = useT();
  if (!vhosts.length) return <Badge tone="red">{t('adminUsers.noAccess')}</Badge>;
  const rest = vhosts.length - SHOWN_VHOSTS;
  return (
    <span className="break-words">
      {vhosts.slice(0, SHOWN_VHOSTS).join(', ')}
      {rest > 0 ? <span className="text-zinc-500"> {t('adminUsers.moreVhosts', { count: rest })}</span> : null}
    </span>
  );
}
