import { publishersText } from '@/lib/i18n/en/publishers';

/** Step-by-step instructions for pasting a lesson link into WordPress, Ghost and Drupal (EMB-13). */
export function CmsSteps() {
  return (
    <section aria-labelledby="cms" className="space-y-4">
      <h2 id="cms" className="text-2xl font-bold">
        {publishersText.cmsTitle}
      </h2>
      {publishersText.cms.map(([name, steps]) => (
        <div key={name} className="space-y-2">
          <h3 className="text-xl font-bold">{name}</h3>
          <ol className="list-decimal space-y-1 pl-6">
            {steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
