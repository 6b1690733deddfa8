/**
 * One recorded change as the review queue and the history show it: what kind, its status (a
 * proposed one marked as such), who proposed and who reviewed it, the cited passage and the
 * fields it alters (before → after).
 */
import type { ChangeFieldsFragment, ChangeKind, ChangeStatus } from '../../api/generated';
import { useLanguage } from '../../i18n/LanguageContext';
import type { MessageKey } from '../../i18n/strings';
import { lineRange } from '../evidence/CitationLink';
import { fieldDiff } from './fieldDiff';

export const KIND_LABELS: Record<ChangeKind, MessageKey> = {
  ADD_CLAIM: 'changeKind_ADD_CLAIM',
  CORRECT_CLAIM: 'changeKind_CORRECT_CLAIM',
  DEPRECATE_CLAIM: 'changeKind_DEPRECATE_CLAIM',
};
export const STATUS_LABELS: Record<ChangeStatus, MessageKey> = {
  PROPOSED: 'changeStatus_PROPOSED',
  ACCEPTED: 'changeStatus_ACCEPTED',
  REJECTED: 'changeStatus_REJECTED',
};

/** An ISO timestamp as a short local date and time in the interface language. */
export function formatTime(iso: string, lang: 'en' | 'ja'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function ChangeView({ change, headingLevel = 3 }: { change: ChangeFieldsFragment; headingLevel?: 3 | 4 }) {
  const { lang, t } = useLanguage();
  const diff = fieldDiff(change.before, change.after);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const claim = change.claim;
  return (
    <article
      className={`change change-${change.status.toLowerCase()}`}
      data-testid="change"
      data-change={change.id}
      data-status={change.status}
    >
      <header className="change-header">
        <Heading>{t(KIND_LABELS[change.kind])}</Heading>
        <span className={`badge change-status ${change.status.toLowerCase()}`} data-testid="change-status">
          {t(STATUS_LABELS[change.status])}
        </span>
        {change.subjectId !== null && <code className="change-subject">{change.subjectId}</code>}
      </header>
      <p className="change-meta">
        {t('proposedBy', { who: change.author.email, when: formatTime(change.proposedAt, lang) })}
        {change.reviewer !== null && change.reviewedAt !== null && (
          <>
            {' · '}
            {t(change.status === 'REJECTED' ? 'rejectedBy' : 'acceptedBy', {
              who: change.reviewer.email,
              when: formatTime(change.reviewedAt, lang),
            })}
          </>
        )}
      </p>
      {change.reviewComment !== null && change.reviewComment !== '' && (
        <p className="change-comment">
          {t('reviewComment')}: {change.reviewComment}
        </p>
      )}
      {change.reason !== null && change.reason !== '' && (
        <p className="change-reason">
          {t('reason')}: {change.reason}
        </p>
      )}
      {claim !== null && (
        <section className="change-claim" aria-label={t('claimNote')}>
          <p className="citation-source">
            {lang === 'ja' ? claim.document.titleJa : claim.document.title} · {claim.document.file}, {t('lines')}{' '}
            {lineRange(claim)}
          </p>
          {claim.passage !== null && (
            <ol className="source-lines change-passage" lang="ja" data-testid="change-passage">
              {claim.passage.lines.map((line) => (
                <li
                  key={line.number}
                  className={
                    line.number >= claim.lineStart && line.number <= claim.lineEnd ? 'source-line cited' : 'source-line'
                  }
                >
                  <span className="line-no" aria-hidden>
                    {line.number}
                  </span>
                  <span className="line-text">{line.text}</span>
                </li>
              ))}
            </ol>
          )}
          <p className="citation-note" lang="en">
            {claim.note}
          </p>
          <p className="citation-note" lang="ja">
            {claim.noteJa}
          </p>
        </section>
      )}
      {diff.length > 0 && (
        <table className="field-diff" data-testid="field-diff">
          <caption>{t('whatChanges')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('field')}</th>
              <th scope="col">{t('before')}</th>
              <th scope="col">{t('after')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.map((row) => (
              <tr key={row.field} className={`diff-${row.kind}`}>
                <th scope="row">
                  <code>{row.field}</code>
                </th>
                <td className="diff-before">{row.before === null ? '—' : <del>{row.before}</del>}</td>
                <td className="diff-after">{row.after === null ? '—' : <ins>{row.after}</ins>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
