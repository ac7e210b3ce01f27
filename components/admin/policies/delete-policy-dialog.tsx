'use client';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useT } from '@/lib/i18n/i18n';
import type { PolicyKind } from '@/lib/policies';
import { useDeletePolicyMutation } from '@/lib/queries/policies/delete-policy-mutation';
import { toast } from '@/lib/toast';

/** "Delete policy x?": the name typed to confirm; what it set stops applying at once. */
export function DeletePolicyDialog({
  kind,
  policy,
  onClose,
  onDeleted,
}: {
  kind: PolicyKind;
  /** The policy to delete; null keeps the dialog closed. */
  policy: { vhost: string; name: string } | null;
  onClose: () => void;
  onDeleted?: () => void;
}) {
  const t = useT();
  const remove = useDeletePolicyMutation();
  const operator = kind === 'operator';
  return (
    <ConfirmDialog
      open={policy !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t(operator ? 'adminPolicies.delete.titleOperator' : 'adminPolicies.delete.title', { name: policy?.name ?? '' })}
      description={t('adminPolicies.delete.description', { vhost: policy?.vhost ?? '' })}
      confirmLabel={t(operator ? 'adminPolicies.delete.confirmOperator' : 'adminPolicies.delete.confirm')}
      typeToConfirm={policy?.name}
      onConfirm={async () => {
        if (!policy) return;
        await remove.mutateAsync({ kind, ...policy });
        toast.success(t(operator ? 'adminPolicies.delete.doneOperator' : 'adminPolicies.delete.done', { name: policy.name, vhost: policy.vhost }));
        onDeleted?.();
      }}
    />
  );
}
