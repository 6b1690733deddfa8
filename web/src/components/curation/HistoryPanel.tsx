/**
 * Every recorded change of an entity or relation, oldest first (anonymous readers get the accepted
 * ones; curators also see proposed and rejected ones, marked). Read when opened, not with the details.
 */
import { useState } from 'react';
import { useQuery } from '../../api/hooks';
import { useT } from '../../i18n/LanguageContext';
import { QueryStatus } from '../QueryStatus';
import { ChangeView } from './ChangeView';

export function HistoryPanel({ subjectId }: { subjectId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const history = useQuery('History', { subjectId }, !open);
  const changes = history.data?.history ?? [];
  return (
    <details className="history" data-testid="history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary data-testid="history-toggle">
        {t('history')}
        {history.data !== undefined && ` (${changes.length})`}
      </summary>
      <QueryStatus
        loading={history.loading && history.data === undefined}
        error={history.error}
        retry={history.retry}
        empty={history.data !== undefined && changes.length === 0}
        emptyText={t('noHistory')}
      />
      <ol className="change-list">
        {changes.map((change) => (
          <li key={change.id}>
            <ChangeView change={change} headingLevel={4} />
          </li>
        ))}
      </ol>
    </details>
  );
}
