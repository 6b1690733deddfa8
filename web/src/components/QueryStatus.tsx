/** Loading, error (translated from the error's code, with a retry where one may help) and empty states, shared by the panels. */
import type { ApiError } from '../api/errors';
import { useT } from '../i18n/LanguageContext';
import { errorKey } from '../i18n/strings';

export interface QueryStatusProps {
  loading: boolean;
  error: ApiError | undefined;
  retry: () => void;
  empty?: boolean;
  emptyText?: string;
}

export function QueryStatus({ loading, error, retry, empty, emptyText }: QueryStatusProps) {
  const t = useT();
  if (error !== undefined) return <ErrorNotice error={error} retry={retry} />;
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

/**
 * The translated message for the error's code; the server's own message stays on hand as the
 * title, and is shown where it says what to fix (a request the API refused for good).
 */
export function ErrorNotice({ error, retry }: { error: ApiError; retry: () => void }) {
  const t = useT();
  const title = error.requestId === null ? error.message : `${error.message} (${t('requestId')}: ${error.requestId})`;
  return (
    <div className="status error" role="alert" data-error-code={error.code ?? error.reason} title={title}>
      <strong>{t(errorKey(error))}</strong>
      {error.reason === 'rejected' && !error.retryable && <span className="error-detail">{error.message}</span>}
      {error.retryable && (
        <button type="button" onClick={retry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
