import type { EntitySummary } from '../graph/model';
import { KIND_STYLE } from '../vocabulary';
import { entityLabel } from '../i18n/strings';
import { useLanguage } from '../i18n/LanguageContext';

/** A compact, clickable reference to an entity. */
export function EntityChip({
  entity,
  onClick,
  onRemove,
  removeLabel,
}: {
  entity: EntitySummary;
  onClick?: () => void;
  onRemove?: () => void;
  removeLabel?: string;
}) {
  const { lang } = useLanguage();
  return (
    <span className="entity-chip" data-entity-id={entity.id}>
      <span className="kind-dot" style={{ background: KIND_STYLE[entity.kind].color }} aria-hidden />
      {onClick === undefined ? (
        <span>{entityLabel(entity, lang)}</span>
      ) : (
        <button type="button" className="link-button" onClick={onClick}>
          {entityLabel(entity, lang)}
        </button>
      )}
      {onRemove !== undefined && (
        <button
          type="button"
          className="chip-remove"
          aria-label={`${removeLabel ?? ''} ${entityLabel(entity, lang)}`}
          onClick={onRemove}
        >
          ×
        </button>
      )}
    </span>
  );
}
