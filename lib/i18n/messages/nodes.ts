import { defineMessages } from '../define';

// Nodes (components/nodes/). Filled in with the feature.
export const nodes = defineMessages(
  {
    'nodes.title': 'Nodes',
  },
  {
    'nodes.title': 'Nodes',
  },
);
