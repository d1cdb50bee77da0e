import { loadWhereToReport } from '@/lib/report/where-to-report';
import { DeferredWhereToReportPicker } from './deferred-islands';
import { WhereToReportList } from './where-to-report-list';
import { reportText } from '@/lib/i18n/en/report';
import { t } from '@/lib/i18n/t';
import { reportMessages } from '@/lib/i18n/report';

/**
 * "Where to report a scam", by country. A SERVER component: the routes are read from content/report at build time
 * (validated, file and field named on error). With JavaScript a country picker shows one country, defaulting from
 * the browser's language (its code loads as it comes near; until then it shows the server's default); without it
 * (and on paper) every country is listed.
 */
export function WhereToReport() {
  const data = loadWhereToReport();
  return (
    <section
      aria-labelledby="where-to-report"
      data-where-to-report
      className="my-8 rounded-lg border-2 border-line px-5 py-4"
    >
      <h3 id="where-to-report" className="mt-0!">
        {reportText.title}
      </h3>
      <div className="js-only">
        <DeferredWhereToReportPicker countries={data.countries} fallback={data.fallback} />
      </div>
      <div className="no-js-only">
        <p>{reportText.noJsAll}</p>
        {data.countries.map((country) => (
          <div key={country.id}>
            <h4>{country.name}</h4>
            <WhereToReportList country={country} />
          </div>
        ))}
      </div>
      <p className="text-sm text-muted">{t(reportMessages, 'reviewed', { date: data.reviewed })}</p>
    </section>
  );
}
