import { defineMessages } from '../define';

export const messages = defineMessages(
  {
    'messages.placeholder': 'placeholder',
  },
  {
    'messages.placeholder': '占位',
  },
);
