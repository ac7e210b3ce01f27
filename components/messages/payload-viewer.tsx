'use client';

import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatBytes } from '@/lib/format';
import { useT } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { cn } from '@/lib/utils';
import { JsonTree } from './json-tree';
import { base64Length } from './header-value';
import { bytesToBase64, hexDump, isJsonContainer, parseJson, payloadBytes, type PayloadOf } from './payload';

type View = 'text' | 'json' | 'hex' | 'base64';
const VIEWS: readonly View[] = ['text', 'json', 'hex', 'base64'];
const VIEW_LABEL: Record<View, MessageKey> = {
  text: 'messages.payload.viewText',
  json: 'messages.payload.viewJson',
  hex: 'messages.payload.viewHex',
  base64: 'messages.payload.viewBase64',
};

/** A hex dump takes about 5 characters a byte: past 64 KiB it is no longer read, only scrolled. */
const HEX_LIMIT = 64 * 1024;
/** Text and base64 past a million characters make the page crawl; the rest is left out of the view. */
const TEXT_LIMIT = 1_000_000;

/** JSON when it parses as an object or array, else text for text, the hex dump for bytes. */
function defaultView(message: PayloadOf): View {
  if (message.payload_encoding === 'base64') return 'hex';
  return isJsonContainer(message.payload) ? 'json' : 'text';
}

const panelClass =
  'max-h-96 overflow-auto rounded-md border border-zinc-200 bg-zinc-50 p-2 text-xs focus-visible:outline-2 focus-visible:outline-orange-500 dark:border-zinc-800 dark:bg-zinc-950';
const noteClass = 'text-xs text-zinc-600 dark:text-zinc-400';

/**
 * One payload, as text, a JSON tree, a hex dump or base64 (a tab list). Binary, cut, empty and
 * very large payloads each get a sentence instead of garbage or a frozen page.
 */
export function PayloadViewer({ message, label }: { message: PayloadOf; label: string }) {
  const t = useT();
  const id = useId();
  const [view, setView] = useState<View>(() => defaultView(message));
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  // The bytes the server sent (the first `truncate` of the payload): only counted when cut.
  const shownBytes = useMemo(
    () =>
      !message.truncated ? message.payload_bytes : message.payload_encoding === 'base64' ? base64Length(message.payload) : payloadBytes(message).length,
    [message],
  );

  if (message.payload_bytes === 0) {
    return (
      <div className="flex flex-col gap-1">
        <p className="text-sm font-medium">{label}</p>
        <p className={noteClass}>{t('messages.payload.empty')}</p>
      </div>
    );
  }

  const select = (next: View) => {
    setView(next);
    tabs.current[VIEWS.indexOf(next)]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = VIEWS.indexOf(view);
    const next =
      event.key === 'ArrowRight' ? (at + 1) % VIEWS.length : event.key === 'ArrowLeft' ? (at - 1 + VIEWS.length) % VIEWS.length : event.key === 'Home' ? 0 : event.key === 'End' ? VIEWS.length - 1 : -1;
    const chosen = VIEWS[next];
    if (!chosen) return;
    event.preventDefault();
    select(chosen);
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-medium" id={`${id}-label`}>
          {label}
          <span className="ml-2 text-xs font-normal text-zinc-600 dark:text-zinc-400">
            {t('messages.payload.size', { size: formatBytes(message.payload_bytes), bytes: message.payload_bytes })}
          </span>
        </p>
        <div role="tablist" aria-labelledby={`${id}-label`} className="inline-flex rounded-md border border-zinc-300 p-0.5 dark:border-zinc-700" onKeyDown={onKeyDown}>
          {VIEWS.map((each, index) => (
            <button
              key={each}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${each}`}
              aria-selected={view === each}
              aria-controls={`${id}-panel`}
              tabIndex={view === each ? 0 : -1}
              onClick={() => setView(each)}
              className={cn(
                'cursor-pointer rounded px-2 py-0.5 text-xs font-medium focus-visible:outline-2 focus-visible:outline-orange-500',
                view === each ? 'bg-orange-600 text-white' : 'text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800',
              )}
            >
              {t(VIEW_LABEL[each])}
            </button>
          ))}
        </div>
      </div>
      {message.truncated ? (
        <p className={noteClass}>{t('messages.payload.truncated', { shown: formatBytes(shownBytes), total: formatBytes(message.payload_bytes) })}</p>
      ) : null}
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${view}`} tabIndex={0} className={panelClass}>
        {view === 'text' ? (
          <TextView message={message} />
        ) : view === 'json' ? (
          <JsonView message={message} />
        ) : view === 'hex' ? (
          <HexView message={message} />
        ) : (
          <Base64View message={message} />
        )}
      </div>
    </div>
  );
}

function LongText({ text, className }: { text: string; className?: string }) {
  const t = useT();
  const cut = text.length > TEXT_LIMIT;
  return (
    <>
      {cut ? <p className={cn(noteClass, 'mb-1')}>{t('messages.payload.viewCutChars', { count: TEXT_LIMIT })}</p> : null}
      <pre className={cn('font-mono whitespace-pre-wrap break-all', className)}>{cut ? text.slice(0, TEXT_LIMIT) : text}</pre>
    </>
  );
}

function TextView({ message }: { message: PayloadOf }) {
  const t = useT();
  if (message.payload_encoding === 'base64') return <p className={noteClass}>{t('messages.payload.binary')}</p>;
  return <LongText text={message.payload} />;
}

function JsonView({ message }: { message: PayloadOf }) {
  const t = useT();
  const parsed = useMemo(() => (message.payload_encoding === 'string' ? parseJson(message.payload) : ({ ok: false } as const)), [message]);
  if (!parsed.ok) {
    const why = message.payload_encoding === 'base64' ? 'messages.payload.notJsonBinary' : message.truncated ? 'messages.payload.notJsonTruncated' : 'messages.payload.notJson';
    return <p className={noteClass}>{t(why)}</p>;
  }
  return <JsonTree value={parsed.value} label={t('messages.payload.jsonTree')} />;
}

function HexView({ message }: { message: PayloadOf }) {
  const t = useT();
  const { dump, cut } = useMemo(() => {
    const bytes = payloadBytes(message);
    return { dump: hexDump(bytes.subarray(0, HEX_LIMIT)), cut: bytes.length > HEX_LIMIT };
  }, [message]);
  return (
    <>
      {cut ? <p className={cn(noteClass, 'mb-1')}>{t('messages.payload.viewCutBytes', { shown: formatBytes(HEX_LIMIT) })}</p> : null}
      {dump ? <pre className="font-mono whitespace-pre">{dump}</pre> : <p className={noteClass}>{t('messages.payload.badBase64')}</p>}
    </>
  );
}

function Base64View({ message }: { message: PayloadOf }) {
  const text = useMemo(() => (message.payload_encoding === 'base64' ? message.payload : bytesToBase64(payloadBytes(message))), [message]);
  return <LongText text={text} />;
}
