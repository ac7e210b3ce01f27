'use client';

import type { RouteTestNote } from '@/lib/api/exchanges';
import { useT } from '@/lib/i18n/i18n';
import { routeNoteText } from './route-note-text';

/** What the route tester wants the user to know beside the route (missing exchanges, plugin types, policies). */
export function RouteNotes({ notes }: { notes: RouteTestNote[] }) {
  const t = useT();
  if (!notes.length) return null;
  return (
    <div>
      <h3 className="text-sm font-semibold">{t('route.notes')}</h3>
      <ul className="list-disc pl-5 text-sm text-zinc-700 dark:text-zinc-300">
        {notes.map((note, i) => (
          <li key={i}>{routeNoteText(t, note)}</li>
        ))}
      </ul>
    </div>
  );
}
