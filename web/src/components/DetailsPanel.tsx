/** Details of the selected entity or relation, with every citation and conflicts shown side by side. */
import { useT } from '../i18n/LanguageContext';
import type { DetailsActions } from './detailsActions';
import { EntityDetails } from './EntityDetails';
import { RelationDetails } from './RelationDetails';

export interface DetailsPanelProps {
  selected: string | null;
  hiddenRelations: number | undefined;
  expanded: boolean;
  actions: DetailsActions;
}

/** Relation ids look like `from-[TYPE]->to`. */
const isRelationId = (id: string): boolean => id.includes('-[');

export function DetailsPanel(props: DetailsPanelProps) {
  const t = useT();
  const { selected } = props;
  if (selected === null) return <p className="panel-hint">{t('noSelection')}</p>;
  return isRelationId(selected) ? (
    <RelationDetails id={selected} actions={props.actions} />
  ) : (
    <EntityDetails
      id={selected}
      hiddenRelations={props.hiddenRelations}
      expanded={props.expanded}
      actions={props.actions}
    />
  );
}
