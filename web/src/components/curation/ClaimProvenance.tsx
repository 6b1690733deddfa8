/**
 * Where a claim comes from and whether it stands, shown under every citation: a curated claim names
 * its author and reviewer (one without a reviewer is still proposed, which only curators see); a
 * deprecated one says why. Deprecated claims are hidden until the reader asks for them.
 */
import { useState, type ReactNode } from 'react';
import type { ClaimProvenanceFragment } from '../../api/generated';
import { useT } from '../../i18n/LanguageContext';
import { DeprecateClaim } from './DeprecateClaim';

/** A curated claim that no reviewer has accepted yet. */
export const isProposed = (claim: ClaimProvenanceFragment): boolean =>
  claim.origin === 'CURATED' && claim.reviewer === null;

export function ClaimProvenance({ claim }: { claim: ClaimProvenanceFragment & { id: string } }) {
  const t = useT();
  return (
    <p className="claim-provenance" data-testid="claim-provenance">
      {isProposed(claim) && (
        <span className="badge proposed" data-testid="claim-proposed-badge">
          {t('changeStatus_PROPOSED')}
        </span>
      )}
      {claim.deprecated && (
        <span className="badge deprecated" data-testid="claim-deprecated">
          {t('deprecated')}
          {claim.deprecationReason !== null && `: ${claim.deprecationReason}`}
        </span>
      )}
      {claim.author !== null && (
        <span className="claim-author" data-testid="claim-author">
          {t('addedBy', { who: claim.author.email })}
        </span>
      )}
      {claim.reviewer !== null && (
        <span className="claim-reviewer" data-testid="claim-reviewer">
          {t('reviewedBy', { who: claim.reviewer.email })}
        </span>
      )}
      <DeprecateClaim claim={claim} />
    </p>
  );
}

/** The claims to list (deprecated ones only when asked for) and the checkbox that asks. */
export function useDeprecatedFilter<C extends ClaimProvenanceFragment>(
  claims: readonly C[],
): { shown: readonly C[]; filter: ReactNode } {
  const t = useT();
  const [showDeprecated, setShowDeprecated] = useState(false);
  const deprecated = claims.filter((c) => c.deprecated).length;
  if (deprecated === 0) return { shown: claims, filter: null };
  return {
    shown: showDeprecated ? claims : claims.filter((c) => !c.deprecated),
    filter: (
      <label className="deprecated-filter">
        <input
          type="checkbox"
          checked={showDeprecated}
          onChange={(event) => setShowDeprecated(event.target.checked)}
          data-testid="show-deprecated"
        />
        {t('showDeprecated', { count: deprecated })}
      </label>
    ),
  };
}
