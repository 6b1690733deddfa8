/**
 * A labelled form field that shows, next to itself, the error the server gave for it: a refused
 * write names the input field at fault in `extensions.field` (e.g. `claim.note`).
 */
import { useId, type ReactNode } from 'react';
import type { ApiError } from '../../api/errors';
import { useT } from '../../i18n/LanguageContext';
import { ErrorNotice } from '../QueryStatus';
import { problemFor } from './fieldErrors';

export interface FormFieldProps {
  label: string;
  /** The input's path in the mutation's input, as the server names it in `extensions.field`. */
  field: string;
  error: ApiError | null;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode;
}

export function FormField({ label, field, error, children }: FormFieldProps) {
  const id = useId();
  const own = problemFor(error, field);
  const errorId = `${id}-error`;
  return (
    <div className={own === null ? 'form-field' : 'form-field invalid'} data-field={field}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': own !== null, 'aria-describedby': own === null ? undefined : errorId })}
      {own !== null && (
        <p className="field-error" id={errorId} role="alert" data-testid="field-error" lang="en">
          {own}
        </p>
      )}
    </div>
  );
}

/** A refused write whose field is none of the form's: shown above the buttons, translated by code. */
export function FormError({
  error,
  fields,
  retry,
}: {
  error: ApiError | null;
  fields: readonly string[];
  retry: () => void;
}) {
  const t = useT();
  if (error === null || fields.some((field) => problemFor(error, field) !== null)) return null;
  return (
    <div className="form-error" aria-label={t('requestFailed')}>
      <ErrorNotice error={error} retry={retry} />
    </div>
  );
}
