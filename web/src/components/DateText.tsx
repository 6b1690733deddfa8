/** A partial date as the sources give it, with its precision. */
import { useT } from '../i18n/LanguageContext';
import { formatPartialDate, precisionKey } from '../i18n/strings';

type DateValue = { value: string; precision: Parameters<typeof formatPartialDate>[0]['precision'] } | null;

export function DateText({ date }: { date: DateValue }) {
  const t = useT();
  if (date === null) return <>—</>;
  return (
    <>
      {formatPartialDate(date, t)} <span className="precision">({t(precisionKey(date.precision))})</span>
    </>
  );
}
