import { publishersText } from '@/lib/i18n/en/publishers';
import { publisherToolText } from '@/lib/i18n/en/publisher-tool';
import { CopyableCode } from './copyable-code';

/**
 * The event-listening example on /publishers/, with its copy button. A page island (components/mdx/page-registry.tsx)
 * handed in by the publishers route, so the copy button's client code is not in every prose page's JavaScript.
 */
export function EventsExample() {
  return (
    <CopyableCode
      code={publishersText.eventsExample}
      label={publishersText.eventsExampleLabel}
      copyLabel={publisherToolText.copyExample}
      copiedText={publisherToolText.copied}
      failedText={publisherToolText.copyFailed}
    />
  );
}
