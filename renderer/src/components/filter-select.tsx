import type { ReactNode } from 'react';

/**
 * A labelled `<select>` over a fixed list of values, for filter bars and small forms. The empty value stands
 * for "any" and is offered only when `anyLabel` is given. onChange gets the chosen value narrowed to the
 * options (or '' for "any"), so callers need no type guard of their own.
 */
export function FilterSelect<T extends string>({
  label,
  testId,
  value,
  options,
  anyLabel,
  optionLabel,
  onChange,
  className,
}: {
  label: ReactNode;
  testId: string;
  value: T | '';
  options: readonly T[];
  /** The text of the empty "any" option; omitted: no such option. */
  anyLabel?: string;
  /** What an option shows; the value itself when omitted. */
  optionLabel?: (value: T) => ReactNode;
  onChange: (value: T | '') => void;
  className?: string;
}) {
  return (
    <label className={className}>
      <span>{label}</span>{' '}
      <select
        data-testid={testId}
        value={value}
        onChange={(e) => {
          const v = e.target.value;
          onChange(options.find((o) => o === v) ?? '');
        }}
      >
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel ? optionLabel(o) : o}
          </option>
        ))}
      </select>
    </label>
  );
}
