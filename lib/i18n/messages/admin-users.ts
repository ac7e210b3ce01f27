import { defineMessages } from '../define';

// Admin → users (components/admin/users/). Filled in with the feature.
export const adminUsers = defineMessages(
  {
    'adminUsers.title': 'users',
  },
  {
    'adminUsers.title': 'users',
  },
);
