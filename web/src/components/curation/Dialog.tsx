/**
 * A modal dialog for the curation forms: the browser's own <dialog> (focus kept inside, Escape
 * closes, the page behind inert), titled, with a close button.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../../i18n/LanguageContext';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId: string;
  wide?: boolean;
}

export function Dialog({ title, onClose, children, testId, wide }: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement | null>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide === true ? 'curation-dialog wide' : 'curation-dialog'}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // Escape belongs to this dialog: the drawer or panel it was opened from keeps its state.
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.stopPropagation();
      }}
    >
      <header className="curation-dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('closeDialog')}
          title={t('closeDialog')}
          onClick={onClose}
        >
          ✕
        </button>
      </header>
      <div className="curation-dialog-body">{children}</div>
    </dialog>
  );
}
