import type { ReportCountry } from '@/lib/report/schema';
import { reportText } from '@/lib/i18n/en/report';

/** One country's reporting services: name (linked when it has one address), what to report, phone. */
export function WhereToReportList({ country }: { country: ReportCountry }) {
  return (
    <ul>
      {country.services.map((service) => (
        <li key={service.name}>
          <strong>{service.url ? <a href={service.url}>{service.name}</a> : service.name}</strong>
          {service.url && (
            <span className="break-words"> ({new URL(service.url).host.replace(/^www\./, '')})</span>
          )}. {service.what}
          {service.phone && <> {reportText.phone.replace('{phone}', service.phone)}.</>}
          {service.email && <> {reportText.email.replace('{email}', service.email)}.</>}
        </li>
      ))}
    </ul>
  );
}
