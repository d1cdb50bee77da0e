import type { ReportCountry } from '@/lib/report/schema';
import { t } from '@/lib/i18n/t';
import { reportMessages } from '@/lib/i18n/report';

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
          {service.phone && <> {t(reportMessages, 'phone', { phone: service.phone })}.</>}
          {service.email && <> {t(reportMessages, 'email', { email: service.email })}.</>}
        </li>
      ))}
    </ul>
  );
}
