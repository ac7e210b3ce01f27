import { defineMessages } from '../define';

// Owned by the exchanges feature; add its UI text here (English and Simplified Chinese).
export const exchanges = defineMessages({}, {});
