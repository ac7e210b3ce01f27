import { defineMessages } from '../define';

// Admin → vhosts (components/admin/vhosts/). Filled in with the feature.
export const adminVhosts = defineMessages(
  {
    'adminVhosts.title': 'vhosts',
  },
  {
    'adminVhosts.title': 'vhosts',
  },
);
