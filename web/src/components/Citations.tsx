/** Citations of a claim: document, file, line range and the evidence note; conflicts show both sides. */
import type { CitedClaimFragment, ClaimProvenanceFragment } from '../api/generated';
import { useLanguage, useT } from '../i18n/LanguageContext';
import { ClaimProvenance, useDeprecatedFilter } from './curation/ClaimProvenance';
import { CitationLink } from './evidence/CitationLink';
import { ConflictSummary } from './evidence/ConflictSummary';
import { useSourceDocument } from './SourcesContext';

/** A claim as a list cites it; provenance where the list asked for it (see operations.graphql). */
type ListedClaim = CitedClaimFragment & Partial<ClaimProvenanceFragment>;
type Citation = Omit<ListedClaim, 'conflictsWith'>;

function CitationLine({ claim, trail }: { claim: Citation; trail: readonly Citation[] }) {
  const { lang } = useLanguage();
  const document = useSourceDocument(claim.document.id);
  const dates = [claim.since, claim.until].filter((d): d is string => d !== null);
  return (
    <>
      <p className="citation-note">
        {lang === 'ja' ? claim.noteJa : claim.note}
        {dates.length > 0 && <span className="citation-dates"> ({dates.join(' – ')})</span>}
      </p>
      <p className="citation-source">
        <span className="doc-title">{lang === 'ja' ? document?.titleJa : document?.title}</span>
        <CitationLink
          citation={claim}
          trail={trail}
          file={document?.file ?? claim.document.id}
          className="doc-file cite-link"
        />
      </p>
      <ClaimProvenance claim={claim} />
    </>
  );
}

export function ConflictBadge() {
  const t = useT();
  return (
    <span className="badge conflict" title={t('conflictHelp')}>
      ⚠ {t('conflict')}
    </span>
  );
}

export function Citations({ claims: all }: { claims: readonly ListedClaim[] }) {
  const t = useT();
  const { shown: claims, filter } = useDeprecatedFilter(all);
  return (
    <>
      {filter}
      <ol className="citations" aria-label={t('citations')}>
        {claims.map((claim) => (
          <li key={claim.id} className={claim.conflictsWith.length > 0 ? 'citation conflicted' : 'citation'}>
            {claim.conflictsWith.length > 0 && <ConflictBadge />}
            <CitationLine claim={claim} trail={claims} />
            {claim.conflictsWith.length > 0 && (
              <div className="conflict-sides">
                <p className="conflict-help">{t('disagreesWith')}:</p>
                <ul>
                  {claim.conflictsWith.map((other) => (
                    <li key={other.id} className="citation other-side">
                      <CitationLine claim={other} trail={claim.conflictsWith} />
                    </li>
                  ))}
                </ul>
                <ConflictSummary claimId={claim.id} />
              </div>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
