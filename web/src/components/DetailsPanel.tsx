/** Details of the selected entity or relation, with every citation and conflicts shown side by side. */
import { useT } from '../i18n/LanguageContext';
import type { DetailsActions } from './detailsActions';
import { EntityDetails } from './EntityDetails';
import { GroupDetails, OwnerGroups, type GroupsOnCanvas } from './GroupControls';
import { RelationDetails } from './RelationDetails';

export interface DetailsPanelProps {
  selected: string | null;
  hiddenRelations: number | undefined;
  expanded: boolean;
  groups: GroupsOnCanvas;
  actions: DetailsActions;
}

/** Relation ids look like `from-[TYPE]->to`. */
const isRelationId = (id: string): boolean => id.includes('-[');

export function DetailsPanel(props: DetailsPanelProps) {
  const t = useT();
  const { selected } = props;
  if (selected === null) return <p className="panel-hint">{t('noSelection')}</p>;
  const group = props.groups.closed.find((g) => g.nodeId === selected);
  if (group !== undefined) return <GroupDetails group={group} groups={props.groups} actions={props.actions} />;
  return isRelationId(selected) ? (
    <RelationDetails id={selected} actions={props.actions} />
  ) : (
    <>
      <OwnerGroups owner={selected} groups={props.groups} actions={props.actions} />
      <EntityDetails
        id={selected}
        hiddenRelations={props.hiddenRelations}
        expanded={props.expanded}
        actions={props.actions}
      />
    </>
  );
}
