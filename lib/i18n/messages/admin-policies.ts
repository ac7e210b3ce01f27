import { defineMessages } from '../define';

// Admin → policies (components/admin/policies/). Filled in with the feature.
export const adminPolicies = defineMessages(
  {
    'adminPolicies.title': 'policies',
  },
  {
    'adminPolicies.title': 'policies',
  },
);
