import type { Locale } from '../define';
import { admin } from './admin';
import { adminPolicies } from './admin-policies';
import { adminUsers } from './admin-users';
import { adminVhosts } from './admin-vhosts';
import { channels } from './channels';
import { charts } from './charts';
import { common } from './common';
import { connections } from './connections';
import { exchanges } from './exchanges';
import { health } from './health';
import { messages } from './messages';
import { messageWork } from './message-work';
import { nodes } from './nodes';
import { overview } from './overview';
import { publish } from './publish';
import { queues } from './queues';

const features = [common, overview, queues, exchanges, connections, channels, messages, messageWork, publish, charts, nodes, health, admin, adminUsers, adminVhosts, adminPolicies];

export const catalogue = {
  en: Object.assign({}, ...features.map((f) => f.en)),
  zh: Object.assign({}, ...features.map((f) => f.zh)),
} as Record<Locale, Record<MessageKey, string>>;

export type MessageKey =
  | keyof typeof common.en
  | keyof typeof overview.en
  | keyof typeof queues.en
  | keyof typeof exchanges.en
  | keyof typeof connections.en
  | keyof typeof channels.en
  | keyof typeof messages.en
  | keyof typeof messageWork.en
  | keyof typeof publish.en
  | keyof typeof charts.en
  | keyof typeof nodes.en
  | keyof typeof health.en
  | keyof typeof admin.en
  | keyof typeof adminUsers.en
  | keyof typeof adminVhosts.en
  | keyof typeof adminPolicies.en;
