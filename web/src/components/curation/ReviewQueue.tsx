/**
 * The review queue (REVIEWER and above): proposed changes, newest first, each with its passage,
 * what it proposes and the fields it alters; accept or reject with a comment. A change reviewed
 * meanwhile by someone else is refused with CONFLICT and the queue reloads.
 */
import { useState } from 'react';
import { asApiError, type ApiError } from '../../api/errors';
import type { ChangeFieldsFragment, ChangeStatus, ReviewDecision } from '../../api/generated';
import { mutate, useQuery } from '../../api/hooks';
import { useT } from '../../i18n/LanguageContext';
import { ErrorNotice, QueryStatus } from '../QueryStatus';
import { ChangeView, STATUS_LABELS } from './ChangeView';
import { Dialog } from './Dialog';

const PAGE = 20;

export function ReviewQueue({ onClose, canDecide }: { onClose: () => void; canDecide: boolean }) {
  const t = useT();
  const [status, setStatus] = useState<ChangeStatus | ''>('PROPOSED');
  const changes = useQuery('Changes', { status: status === '' ? null : status, first: PAGE });
  const nodes = changes.data?.changes.nodes ?? [];
  return (
    <Dialog title={t('reviewQueue')} onClose={onClose} testId="review-queue" wide>
      <div className="review-filter">
        <label htmlFor="review-status">{t('changeStatus')}</label>
        <select
          id="review-status"
          value={status}
          onChange={(e) => setStatus(e.target.value as ChangeStatus | '')}
          data-testid="review-status"
        >
          {(Object.keys(STATUS_LABELS) as ChangeStatus[]).map((value) => (
            <option key={value} value={value}>
              {t(STATUS_LABELS[value])}
            </option>
          ))}
          <option value="">{t('allChanges')}</option>
        </select>
        {changes.data !== undefined && (
          <span className="count" data-testid="review-count">
            {t('changeCount', { count: changes.data.changes.totalCount })}
          </span>
        )}
      </div>
      <QueryStatus
        loading={changes.loading && changes.data === undefined}
        error={changes.error}
        retry={changes.retry}
        empty={changes.data !== undefined && nodes.length === 0}
        emptyText={t('noChanges')}
      />
      <ol className="change-list">
        {nodes.map((change) => (
          <li key={change.id}>
            <ChangeView change={change} />
            {canDecide && change.status === 'PROPOSED' && <ReviewControls change={change} onConflict={changes.retry} />}
          </li>
        ))}
      </ol>
    </Dialog>
  );
}

function ReviewControls({ change, onConflict }: { change: ChangeFieldsFragment; onConflict: () => void }) {
  const t = useT();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [decided, setDecided] = useState<ReviewDecision>('ACCEPT');
  const decide = async (decision: ReviewDecision) => {
    setDecided(decision);
    setBusy(true);
    setError(null);
    try {
      const trimmed = comment.trim();
      await mutate('ReviewChange', {
        id: change.id,
        decision,
        comment: trimmed === '' ? null : trimmed,
        expectedVersion: change.version,
      });
    } catch (failure) {
      const refused = asApiError(failure);
      setError(refused);
      if (refused.code === 'CONFLICT') onConflict();
      setBusy(false);
    }
  };
  const commentId = `review-comment-${change.id}`;
  return (
    <div className="review-controls" data-testid="review-controls">
      <label htmlFor={commentId}>{t('reviewComment')}</label>
      <textarea
        id={commentId}
        rows={2}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        data-testid="review-comment"
      />
      {error !== null &&
        (error.code === 'CONFLICT' ? (
          <p className="field-error" role="alert" data-error-code="CONFLICT">
            {t('reviewConflict')}
          </p>
        ) : (
          <ErrorNotice error={error} retry={() => void decide(decided)} />
        ))}
      <div className="form-actions">
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() => void decide('REJECT')}
          data-testid="review-reject"
        >
          {t('reject')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => void decide('ACCEPT')}
          data-testid="review-accept"
        >
          {t('accept')}
        </button>
      </div>
    </div>
  );
}
