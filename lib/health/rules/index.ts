import type { HealthMessageKey, RuleId } from '@/lib/api/health';
import { resourceAlarmRule } from './alarms';
import { backlogGrowthRule } from './backlog-growth';
import { churnRule } from './churn';
import { connectionFlowRule } from './connection-flow';
import { consumerUtilisationRule } from './consumer-utilisation';
import { deadLetterRule } from './dead-letter';
import { fileDescriptorsRule } from './file-descriptors';
import { maxLengthRule } from './max-length';
import { noConsumersRule } from './no-consumers';
import { nodeDownRule } from './node-down';
import { noPrefetchRule } from './no-prefetch';
import { partitionRule } from './partitions';
import type { Rule } from './rule';
import { unackedRule } from './unacked';
import { unroutableRule } from './unroutable';
import { upgradeRule } from './upgrade';

/** Every rule, in the order their findings are listed within a severity: the cluster first, then queues, consumers, clients. */
export const RULES: readonly Rule[] = [
  resourceAlarmRule,
  nodeDownRule,
  partitionRule,
  fileDescriptorsRule,
  maxLengthRule,
  backlogGrowthRule,
  noConsumersRule,
  deadLetterRule,
  unackedRule,
  noPrefetchRule,
  consumerUtilisationRule,
  connectionFlowRule,
  unroutableRule,
  churnRule,
  upgradeRule,
];

/** Each rule's name, as the limits mention it. */
export const RULE_NAMES: Record<RuleId, HealthMessageKey> = {
  'resource-alarm': 'health.rule.resourceAlarm',
  'node-down': 'health.rule.nodeDown',
  partition: 'health.rule.partition',
  'file-descriptors': 'health.rule.fileDescriptors',
  'max-length': 'health.rule.maxLength',
  'backlog-growing': 'health.rule.backlog',
  'no-consumers': 'health.rule.noConsumers',
  'dead-letter-queue': 'health.rule.deadLetter',
  'unacked-piling': 'health.rule.unacked',
  'no-prefetch': 'health.rule.noPrefetch',
  'consumer-utilisation': 'health.rule.utilisation',
  'connection-flow': 'health.rule.connectionFlow',
  unroutable: 'health.rule.unroutable',
  churn: 'health.rule.churn',
  upgrade: 'health.rule.upgrade',
};
