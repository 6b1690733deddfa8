/**
 * The toolbar's curation corner: "Sign in" for anonymous readers; for the signed-in, who they are
 * (email and role), "Add a source", the review queue and "Sign out". It also hosts the open dialog.
 */
import { useState } from 'react';
import { asApiError, type ApiError } from '../../api/errors';
import type { Role } from '../../api/generated';
import { useT } from '../../i18n/LanguageContext';
import type { MessageKey } from '../../i18n/strings';
import { ErrorNotice } from '../QueryStatus';
import { AddSourceDialog } from './AddSourceDialog';
import { ReviewQueue } from './ReviewQueue';
import { canReview, useSession } from './SessionContext';
import { SignInDialog } from './SignInDialog';
import './curation.css';

export const ROLE_LABELS: Record<Role, MessageKey> = {
  CURATOR: 'role_CURATOR',
  REVIEWER: 'role_REVIEWER',
  ADMIN: 'role_ADMIN',
};

export function AccountMenu() {
  const t = useT();
  const { viewer, signOut, dialog, openDialog } = useSession();
  const [error, setError] = useState<ApiError | null>(null);
  const close = () => openDialog(null);
  const leave = async () => {
    setError(null);
    try {
      await signOut();
    } catch (failure) {
      setError(asApiError(failure));
    }
  };
  return (
    <div className="account-menu" data-testid="account-menu">
      {viewer === null ? (
        <button type="button" onClick={() => openDialog('signIn')} data-testid="sign-in">
          {t('signIn')}
        </button>
      ) : (
        <>
          <button type="button" onClick={() => openDialog('addSource')} data-testid="add-source">
            {t('addSource')}
          </button>
          <button type="button" onClick={() => openDialog('review')} data-testid="review-open">
            {t(canReview(viewer) ? 'reviewQueue' : 'proposedChanges')}
          </button>
          <span className="viewer" data-testid="viewer" data-role={viewer.role} title={viewer.email}>
            <span className="viewer-email">{viewer.email}</span>
            <span className="badge role">{t(ROLE_LABELS[viewer.role])}</span>
          </span>
          <button type="button" onClick={() => void leave()} data-testid="sign-out">
            {t('signOut')}
          </button>
        </>
      )}
      {error !== null && <ErrorNotice error={error} retry={() => void leave()} />}
      {dialog === 'signIn' && viewer === null && <SignInDialog onClose={close} />}
      {dialog === 'addSource' && viewer !== null && <AddSourceDialog onClose={close} />}
      {dialog === 'review' && viewer !== null && <ReviewQueue onClose={close} canDecide={canReview(viewer)} />}
    </div>
  );
}
