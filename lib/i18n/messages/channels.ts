import { defineMessages } from '../define';

// Owned by the channels feature; add its UI text here (English and Simplified Chinese).
export const channels = defineMessages({}, {});
