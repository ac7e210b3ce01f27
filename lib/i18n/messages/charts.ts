import { defineMessages } from '../define';

// Charts (components/charts/). Filled in with the feature.
export const charts = defineMessages(
  {
    'charts.title': 'Charts',
  },
  {
    'charts.title': 'Charts',
  },
);
