// Paged lists as Warren's list routes answer them (the management API's own `pagination=true` shape).

/** One page of a list, as the management API answers with `pagination=true`. */
export interface Page<T> {
  items: T[];
  page: number;
  page_size: number;
  page_count: number;
  item_count: number;
  filtered_count: number;
  total_count: number;
}

/** A page whose paging Warren did itself, because the broker cannot page that list. */
export type LocalPage<T> = Page<T> & { paged_by_warren?: true };

/** A list's sort as the table header and the URL hold it: a management API sort key and its direction. */
export interface SortState {
  id: string;
  desc: boolean;
}
