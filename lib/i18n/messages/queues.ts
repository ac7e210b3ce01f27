import { defineMessages } from '../define';

// Owned by the queues feature; add its UI text here (English and Simplified Chinese).
export const queues = defineMessages({}, {});
