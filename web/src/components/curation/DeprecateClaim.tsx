/**
 * "Deprecate…" on a citation, for curators: proposes deprecating the claim with a reason, citing
 * the claim version seen (someone else's edit meanwhile gives CONFLICT, said inline).
 */
import { useState, type FormEvent } from 'react';
import { asApiError, type ApiError } from '../../api/errors';
import { mutate } from '../../api/hooks';
import { useT } from '../../i18n/LanguageContext';
import { errorKey } from '../../i18n/strings';
import { canCurate, useSession } from './SessionContext';

export function DeprecateClaim({ claim }: { claim: { id: string; version: number; deprecated: boolean } }) {
  const t = useT();
  const { viewer } = useSession();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [proposed, setProposed] = useState(false);
  if (!canCurate(viewer) || claim.deprecated) return null;
  if (proposed) return <span className="badge proposed">{t('deprecationProposed')}</span>;
  if (!open) {
    return (
      <button type="button" className="link-button subtle" onClick={() => setOpen(true)} data-testid="deprecate-claim">
        {t('deprecate')}
      </button>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await mutate('ProposeChange', {
        input: {
          kind: 'DEPRECATE_CLAIM',
          targetClaimId: claim.id,
          expectedVersion: claim.version,
          reason: reason.trim(),
        },
      });
      setProposed(true);
    } catch (failure) {
      setError(asApiError(failure));
    }
  };
  const reasonId = `deprecate-${claim.id}`;
  return (
    <form className="deprecate-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={reasonId}>{t('deprecationReason')}</label>
      <input
        id={reasonId}
        value={reason}
        autoFocus
        onChange={(e) => setReason(e.target.value)}
        data-testid="deprecate-reason"
      />
      <button type="submit" disabled={reason.trim() === ''}>
        {t('deprecate')}
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        {t('cancel')}
      </button>
      {error !== null && (
        <span className="field-error" role="alert" data-error-code={error.code ?? error.reason}>
          {t(errorKey(error))}
        </span>
      )}
    </form>
  );
}
