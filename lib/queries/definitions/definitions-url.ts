import { queryString } from '../fetcher';

/** The export's download: a plain GET the session cookie authenticates (no credentials in the URL). */
export const definitionsExportUrl = (vhost: string | null) => `/api/definitions${queryString({ vhost })}`;
