/** One entity chosen with the search API (the toolbar's search box), shown as a chip to change. */
import type { EntitySummary } from '../../graph/model';
import { useT } from '../../i18n/LanguageContext';
import { EntityChip } from '../EntityChip';
import { SearchBox } from '../SearchBox';

export interface EntityPickerProps {
  label: string;
  value: EntitySummary | null;
  onChange: (entity: EntitySummary | null) => void;
  testId: string;
}

export function EntityPicker({ label, value, onChange, testId }: EntityPickerProps) {
  const t = useT();
  if (value !== null) {
    return (
      <div className="entity-picked" data-testid={`${testId}-picked`}>
        <EntityChip entity={value} onRemove={() => onChange(null)} removeLabel={t('changeChoice')} />
      </div>
    );
  }
  return <SearchBox label={label} placeholder={t('searchPlaceholder')} onChoose={onChange} testId={testId} />;
}
