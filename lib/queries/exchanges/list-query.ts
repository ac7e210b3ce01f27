import { listQueryFromUrl, type ListUrlQuery, type SearchSource } from '@/lib/list-url';

export type ExchangeListQuery = ListUrlQuery;
export const exchangeListQuery = (source: SearchSource): ExchangeListQuery => listQueryFromUrl(source);
