/** A shared link that held something unreadable: which parameter and value were left out, not a silent empty canvas. */
import { useState } from 'react';
import { useT } from '../i18n/LanguageContext';
import type { LinkProblem } from '../view/url';

export function LinkNotice({ problems }: { problems: readonly LinkProblem[] }) {
  const t = useT();
  const [open, setOpen] = useState(problems.length > 0);
  if (!open) return null;
  return (
    <div className="status error link-notice" role="alert" data-testid="link-problems">
      <p>{t('linkProblems')}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>
              {p.param}={p.value}
            </code>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setOpen(false)}>
        {t('close')}
      </button>
    </div>
  );
}
