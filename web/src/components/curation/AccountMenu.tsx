/**
 * The toolbar's curation corner: "Sign in" for anonymous readers; for the signed-in, one button
 * saying who they are (email and role) that opens a menu: "Add a source", the review queue and
 * "Sign out" (one button, so the toolbar stays on one row). It also hosts the open dialog.
 */
import { useEffect, useRef, useState } from 'react';
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
  const [menu, setMenu] = useState(false);
  const menuRef = useRef<HTMLDivElement | null>(null);
  // A click elsewhere closes the menu.
  useEffect(() => {
    if (!menu) return;
    const onPointer = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setMenu(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [menu]);
  const close = () => openDialog(null);
  const choose = (dialog: 'addSource' | 'review') => {
    setMenu(false);
    openDialog(dialog);
  };
  const leave = async () => {
    setMenu(false);
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
        <div
          className="account-popover"
          ref={menuRef}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && menu) {
              event.stopPropagation();
              setMenu(false);
            }
          }}
        >
          <button
            type="button"
            className="viewer"
            aria-haspopup="true"
            aria-expanded={menu}
            onClick={() => setMenu(!menu)}
            data-testid="viewer"
            data-role={viewer.role}
            title={viewer.email}
          >
            <span className="viewer-email">{viewer.email}</span>
            <span className="badge role">{t(ROLE_LABELS[viewer.role])}</span> ▾
          </button>
          {menu && (
            <div className="account-actions" data-testid="account-actions">
              <button type="button" autoFocus onClick={() => choose('addSource')} data-testid="add-source">
                {t('addSource')}
              </button>
              <button type="button" onClick={() => choose('review')} data-testid="review-open">
                {t(canReview(viewer) ? 'reviewQueue' : 'proposedChanges')}
              </button>
              <button type="button" onClick={() => void leave()} data-testid="sign-out">
                {t('signOut')}
              </button>
            </div>
          )}
        </div>
      )}
      {error !== null && <ErrorNotice error={error} retry={() => void leave()} />}
      {dialog === 'signIn' && viewer === null && <SignInDialog onClose={close} />}
      {dialog === 'addSource' && viewer !== null && <AddSourceDialog onClose={close} />}
      {dialog === 'review' && viewer !== null && <ReviewQueue onClose={close} canDecide={canReview(viewer)} />}
    </div>
  );
}
