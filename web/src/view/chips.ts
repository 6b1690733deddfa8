/** Entities offered with one click, as chips named in the interface language (short names as each writes them). */
import type { MessageKey } from '../i18n/strings';

export interface Chip {
  id: string;
  label: MessageKey;
}

/** The empty canvas's examples. */
export const STARTER_CHIPS: readonly Chip[] = [
  { id: 'framework:quad', label: 'chip_quad' },
  { id: 'framework:seato', label: 'chip_seato' },
  { id: 'actor:nato', label: 'chip_nato' },
  { id: 'actor:japan', label: 'chip_japan' },
];

/** Frameworks to compare. */
export const COMPARE_CHIPS: readonly Chip[] = [
  { id: 'framework:seato', label: 'chip_seato' },
  { id: 'framework:anzus', label: 'chip_anzus' },
  { id: 'framework:fpda', label: 'chip_fpda' },
  { id: 'framework:quad', label: 'chip_quad' },
  { id: 'framework:ip4', label: 'chip_ip4' },
  { id: 'framework:asean', label: 'chip_asean' },
];
