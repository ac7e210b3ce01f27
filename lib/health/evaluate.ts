import { SEVERITIES, type Finding, type HealthText } from '@/lib/api/health';
import { RULE_NAMES, RULES } from './rules';
import type { Rule } from './rules/rule';
import type { Snapshot } from './snapshot-types';
import { MAX_FINDINGS_PER_RULE } from './thresholds';

const rank = (finding: Finding) => SEVERITIES.indexOf(finding.severity);

/**
 * Runs every rule over the snapshot: the findings, most severe first (within a severity in the
 * rules' order, each rule's in its own), and what was left out. A rule lists at most
 * MAX_FINDINGS_PER_RULE findings, its most severe: the limits count the rest.
 */
export function evaluate(snapshot: Snapshot, rules: readonly Rule[] = RULES): { findings: Finding[]; limits: HealthText[] } {
  const findings: Finding[] = [];
  const limits: HealthText[] = [];
  for (const rule of rules) {
    // Array.prototype.sort is stable: equal severities keep the rule's own order.
    const found = rule.check(snapshot).sort((a, b) => rank(a) - rank(b));
    findings.push(...found.slice(0, MAX_FINDINGS_PER_RULE));
    if (found.length > MAX_FINDINGS_PER_RULE) {
      limits.push({ key: 'health.limit.ruleCapped', vars: { count: found.length - MAX_FINDINGS_PER_RULE }, terms: { rule: RULE_NAMES[rule.id] } });
    }
  }
  return { findings: findings.sort((a, b) => rank(a) - rank(b)), limits };
}
