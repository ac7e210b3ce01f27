import { defineMessages } from '../define';

// Health (components/health/). Filled in with the feature.
export const health = defineMessages(
  {
    'health.title': 'Health',
  },
  {
    'health.title': 'Health',
  },
);
