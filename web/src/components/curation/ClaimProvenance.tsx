/**
 * Where a claim comes from and whether it stands, shown under every citation: a curated claim names
 * its author and reviewer; a deprecated one says why. Deprecated claims are hidden until the reader
 * asks for them. (Proposed claims are not in the graph until accepted: curators see them in the
 * proposed changes and the history, marked there.)
 */
import { useState, type ReactNode } from 'react';
import type { ClaimProvenanceFragment } from '../../api/generated';
import { useT } from '../../i18n/LanguageContext';
import { DeprecateClaim } from './DeprecateClaim';

/** A claim, with its provenance where the list asked for it. */
type MaybeProven = Partial<ClaimProvenanceFragment> & { id: string };

export function ClaimProvenance({ claim }: { claim: MaybeProven }) {
  const t = useT();
  if (claim.origin === undefined) return null;
  return (
    <p className="claim-provenance" data-testid="claim-provenance">
      {claim.deprecated === true && (
        <span className="badge deprecated" data-testid="claim-deprecated">
          {t('deprecated')}
          {claim.deprecationReason != null && `: ${claim.deprecationReason}`}
        </span>
      )}
      {claim.author != null && (
        <span className="claim-author" data-testid="claim-author">
          {t('addedBy', { who: claim.author.email })}
        </span>
      )}
      {claim.reviewer != null && (
        <span className="claim-reviewer" data-testid="claim-reviewer">
          {t('reviewedBy', { who: claim.reviewer.email })}
        </span>
      )}
      {claim.version !== undefined && (
        <DeprecateClaim claim={{ id: claim.id, version: claim.version, deprecated: claim.deprecated === true }} />
      )}
    </p>
  );
}

/** The claims to list (deprecated ones only when asked for) and the checkbox that asks. */
export function useDeprecatedFilter<C extends Partial<ClaimProvenanceFragment>>(
  claims: readonly C[],
): { shown: readonly C[]; filter: ReactNode } {
  const t = useT();
  const [showDeprecated, setShowDeprecated] = useState(false);
  const deprecated = claims.filter((c) => c.deprecated === true).length;
  if (deprecated === 0) return { shown: claims, filter: null };
  return {
    shown: showDeprecated ? claims : claims.filter((c) => c.deprecated !== true),
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
