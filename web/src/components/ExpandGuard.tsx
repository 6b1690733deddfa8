/**
 * Asks before a big expansion (how many entities it adds, all or fewer) and says why one that
 * would overfill the canvas was not done. An in-page dialog, so the canvas stays in view.
 */
import { useEffect, useRef } from 'react';
import { CANVAS_CAP, type ExpandAction, type GuardVerdict } from '../graph/sizeGuard';
import { useT } from '../i18n/LanguageContext';

export interface ExpandGuardProps {
  name: string;
  action: ExpandAction;
  verdict: Exclude<GuardVerdict, { kind: 'go' }>;
  onChoose: (action: ExpandAction | null) => void;
}

export function ExpandGuard({ name, action, verdict, onChoose }: ExpandGuardProps) {
  const t = useT();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      className="expand-guard"
      role="alertdialog"
      aria-labelledby="expand-guard-text"
      data-testid="expand-guard"
      data-overlay
      onKeyDown={(event) => {
        if (event.key === 'Escape') onChoose(null);
      }}
    >
      <p id="expand-guard-text">
        {verdict.kind === 'ask'
          ? t('expandAsk', { name, count: verdict.count })
          : t('canvasFull', { name, max: CANVAS_CAP })}
      </p>
      <div className="expand-guard-actions">
        {verdict.kind === 'ask' && (
          <button ref={first} type="button" onClick={() => onChoose(action)}>
            {t('expandAllOf', { count: verdict.count })}
          </button>
        )}
        {verdict.fewer !== null && (
          <button
            ref={verdict.kind === 'full' ? first : undefined}
            type="button"
            onClick={() => onChoose(verdict.fewer?.action ?? null)}
          >
            {t('expandSome', { count: verdict.fewer.count })}
          </button>
        )}
        <button type="button" onClick={() => onChoose(null)}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
