'use client';

import { forwardRef, type ReactNode } from 'react';

/** One choice of a radio group (a fieldset with a legend names the group). */
export const RadioOption = forwardRef<
  HTMLInputElement,
  { name: string; checked: boolean; onSelect: () => void; label: ReactNode; disabled?: boolean; describedBy?: string }
>(function RadioOption({ name, checked, onSelect, label, disabled, describedBy }, ref) {
  return (
    <label className="inline-flex items-center gap-2 text-sm has-[:disabled]:opacity-60">
      <input
        ref={ref}
        type="radio"
        name={name}
        className="h-4 w-4 accent-orange-600"
        checked={checked}
        onChange={onSelect}
        disabled={disabled}
        aria-describedby={describedBy}
      />
      {label}
    </label>
  );
});
