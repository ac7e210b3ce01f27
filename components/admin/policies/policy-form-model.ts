import type { ArgumentPreset } from '@/components/ui/arguments-editor';
import type { Policy } from '@/lib/api/admin-policies';
import { argumentsFromRows, rowsFromArguments, type ArgumentRow, type ArgumentRowError } from '@/lib/arguments';
import type { Translate } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { definitionValueProblem, presetKeys, type DefinitionValueProblem, type PolicyKeyGroup, type PolicyKind } from '@/lib/policies';
import { regexError } from '@/lib/regex';
import type { PolicyBody } from '@/lib/schemas/admin-policies';

// The policy form's model, apart from React: helpers, checks in the user's language, and the
// body the routes take. (The routes check the same with lib/schemas/admin-policies.ts.)

export interface PolicyFormValues {
  vhost: string;
  name: string;
  pattern: string;
  applyTo: string;
  priority: string;
}

const GROUPS: Record<PolicyKeyGroup, MessageKey> = {
  queues: 'adminPolicies.group.queues',
  classic: 'adminPolicies.group.classic',
  quorum: 'adminPolicies.group.quorum',
  streams: 'adminPolicies.group.streams',
  exchanges: 'adminPolicies.group.exchanges',
  federation: 'adminPolicies.group.federation',
};

/** The official UI's helpers (an operator policy has its narrower set), each with the type the key takes and its choices. */
export function policyPresets(t: Translate, kind: PolicyKind): ArgumentPreset[] {
  return presetKeys(kind).map((spec) => {
    const group = t(GROUPS[spec.group]);
    const choices = spec.values ? t('adminPolicies.preset.choices', { values: spec.values.join(', ') }) : '';
    return {
      key: spec.key,
      label: t(`adminPolicies.key.${spec.key}` as MessageKey),
      type: spec.type,
      value: spec.start,
      hint: choices ? `${group} · ${choices}` : group,
    };
  });
}

const VALUE_PROBLEMS: Record<DefinitionValueProblem['code'], MessageKey> = {
  number: 'adminPolicies.value.number',
  wholeNumber: 'adminPolicies.value.wholeNumber',
  min: 'adminPolicies.value.min',
  string: 'adminPolicies.value.string',
  oneOf: 'adminPolicies.value.oneOf',
  maxAge: 'adminPolicies.value.maxAge',
  haParams: 'adminPolicies.value.haParams',
  notOperatorKey: 'adminPolicies.value.notOperatorKey',
};

export function valueProblemText(t: Translate, problem: DefinitionValueProblem): string {
  const { code, ...params } = problem;
  return t(VALUE_PROBLEMS[code], params as Record<string, string | number>);
}

export type FormField = keyof PolicyFormValues | 'definition';

export interface CheckedForm {
  body: PolicyBody | null;
  /** Field → what is wrong, in the user's language. */
  errors: Partial<Record<FormField, string>>;
  rowErrors: Record<number, ArgumentRowError>;
  /** Values the broker would refuse (wrong type, out of bounds, not a choice). */
  valueProblems: string[];
}

const MAX_NAME = 255;

/** The form checked as the route will: the body to send, or what to fix. */
export function checkPolicyForm(t: Translate, kind: PolicyKind, values: PolicyFormValues, rows: readonly ArgumentRow[]): CheckedForm {
  const errors: CheckedForm['errors'] = {};
  if (!values.vhost) errors.vhost = t('form.chooseVhost');
  if (!values.name) errors.name = t('adminPolicies.form.nameRequired');
  else if (values.name.length > MAX_NAME) errors.name = t('adminPolicies.form.nameTooLong', { max: MAX_NAME });
  else if (values.name === '.' || values.name === '..') errors.name = t('names.dotName');
  const pattern = patternProblem(t, values.pattern);
  if (pattern) errors.pattern = pattern;
  const priority = Number(values.priority.trim() || '0');
  if (!Number.isInteger(priority)) errors.priority = t('adminPolicies.form.priorityInvalid');
  const definition = argumentsFromRows(rows);
  const valueProblems = Object.entries(definition.value).flatMap(([key, value]) => {
    const problem = definitionValueProblem(kind, key, value);
    return problem ? [valueProblemText(t, problem)] : [];
  });
  if (Object.keys(definition.errors).length === 0 && Object.keys(definition.value).length === 0) errors.definition = t('adminPolicies.form.definitionEmpty');
  const ok = Object.keys(errors).length === 0 && Object.keys(definition.errors).length === 0 && valueProblems.length === 0;
  return {
    body: ok ? { pattern: values.pattern, 'apply-to': values.applyTo as PolicyBody['apply-to'], priority, definition: definition.value } : null,
    errors,
    rowErrors: definition.errors,
    valueProblems,
  };
}

/** Why a pattern cannot be sent ("" is no pattern at all), or null. */
export function patternProblem(t: Translate, pattern: string): string | null {
  if (!pattern) return t('adminPolicies.form.patternRequired');
  const detail = regexError(pattern);
  return detail === null ? null : t('list.invalidRegex', { detail });
}

/** A policy as the form's values and rows (to update it). */
export function formFromPolicy(policy: Policy): { values: PolicyFormValues; rows: ArgumentRow[] } {
  return {
    values: { vhost: policy.vhost, name: policy.name, pattern: policy.pattern, applyTo: policy['apply-to'], priority: String(policy.priority) },
    rows: rowsFromArguments(Array.isArray(policy.definition) ? {} : policy.definition),
  };
}
