/** What the details panel can do to the view, handed down from the app's dispatch. */
import type { RelationType } from '../api/generated';

export interface DetailsActions {
  select: (id: string | null) => void;
  focusEntity: (id: string) => void;
  expand: (id: string, types: RelationType[], limit: number) => void;
  showMore: (id: string) => void;
  collapse: (id: string) => void;
  remove: (id: string) => void;
  /** Draws a group's members one by one (openGroup), or as one group node again (closeGroup). */
  openGroup: (key: string) => void;
  closeGroup: (key: string) => void;
  /** Puts entities on the canvas (if not there) and selects `select`. */
  reveal: (ids: string[], select: string) => void;
}
