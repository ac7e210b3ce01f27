import { listQueryFromUrl, type ListUrlQuery, type SearchSource } from '@/lib/list-url';

export type QueueListQuery = ListUrlQuery;
export const queueListQuery = (source: SearchSource): QueueListQuery => listQueryFromUrl(source);
