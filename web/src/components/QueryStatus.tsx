/** Loading, error ("API unreachable — retry") and empty states, shared by the panels. */
import type { ApiError } from '../api/client';
import type { Translate } from '../i18n/strings';

export interface QueryStatusProps {
  t: Translate;
  loading: boolean;
  error: ApiError | undefined;
  retry: () => void;
  empty?: boolean;
  emptyText?: string;
}

export function QueryStatus({ t, loading, error, retry, empty, emptyText }: QueryStatusProps) {
  if (error !== undefined) return <ErrorNotice t={t} error={error} retry={retry} />;
  if (loading) {
    return (
      <p className="status loading" role="status">
        <span className="spinner" aria-hidden /> {t('loading')}
      </p>
    );
  }
  if (empty === true) return <p className="status empty">{emptyText ?? t('searchNoHits')}</p>;
  return null;
}

export function ErrorNotice({ t, error, retry }: { t: Translate; error: ApiError; retry: () => void }) {
  return (
    <div className="status error" role="alert">
      <strong>{error.reason === 'unreachable' ? t('apiUnreachable') : t('requestFailed')}</strong>
      {error.reason === 'rejected' && <span className="error-detail">{error.message}</span>}
      <button type="button" onClick={retry}>
        {t('retry')}
      </button>
    </div>
  );
}
