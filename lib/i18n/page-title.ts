import 'server-only';
import type { Metadata } from 'next';
import type { MessageKey } from './messages';
import { serverI18n } from './server';

/** A page's <title> from the catalogue, in the request's language (the layout adds " · Warren"). */
export function titled(key: MessageKey, vars?: Record<string, string | number>): () => Promise<Metadata> {
  return async () => ({ title: (await serverI18n()).t(key, vars) });
}
