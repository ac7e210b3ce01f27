import { defineMessages } from '../define';

export const publish = defineMessages(
  {
    'publish.placeholder': 'placeholder',
  },
  {
    'publish.placeholder': '占位',
  },
);
