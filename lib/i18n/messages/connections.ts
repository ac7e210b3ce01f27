import { defineMessages } from '../define';

// Owned by the connections feature; add its UI text here (English and Simplified Chinese).
export const connections = defineMessages({}, {});
