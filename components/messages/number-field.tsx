'use client';

import type { ReactNode } from 'react';
import { InputField } from '@/components/ui/field';

/** A whole-number field kept as its text (the form checks it on submit, with its own message). */
export function NumberField({
  label,
  value,
  onValueChange,
  min,
  max,
  error,
  hint,
}: {
  label: string;
  value: string;
  onValueChange: (text: string) => void;
  min: number;
  max?: number;
  error?: string;
  hint?: ReactNode;
}) {
  return (
    <InputField
      label={label}
      hint={hint}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      value={value}
      onChange={(event) => onValueChange(event.target.value)}
      error={error}
    />
  );
}
