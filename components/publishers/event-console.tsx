'use client';

import { useEffect, useState } from 'react';
import type { EmbedEventName } from '@/lib/embed/protocol';
import { messagePrefix } from '@/lib/embed/protocol';
import { publisherToolText } from '@/lib/i18n/en/publisher-tool';

const eventNames: EmbedEventName[] = ['lesson-started', 'lesson-completed', 'exam-scored'];
const maxLines = 50;

type Line = { n: number; type: string; detail: string };

/**
 * A live log of the events the preview fires (EMB-16), exactly as a publisher's page would receive them: the host
 * script (added by the tool as the preview nears) re-dispatches them on the preview iframe and they bubble to document. Remounted for
 * each choice (key), so it starts empty with each new preview.
 */
export function EventConsole() {
  const [lines, setLines] = useState<Line[]>([]);
  useEffect(() => {
    let n = 0;
    const onEvent = (event: Event) => {
      const detail = JSON.stringify((event as CustomEvent).detail);
      setLines((previous) => [...previous, { n: ++n, type: event.type, detail }].slice(-maxLines));
    };
    for (const name of eventNames) document.addEventListener(messagePrefix + name, onEvent);
    return () => {
      for (const name of eventNames) document.removeEventListener(messagePrefix + name, onEvent);
    };
  }, []);

  return (
    <div className="space-y-2">
      <h3 id="event-console" className="text-xl font-bold">
        {publisherToolText.consoleTitle}
      </h3>
      <p>{publisherToolText.consoleHelp}</p>
      <div
        role="log"
        aria-labelledby="event-console"
        data-testid="event-console"
        className="min-h-24 rounded-lg border border-line/50 bg-surface p-4 font-mono text-sm [overflow-wrap:anywhere]"
      >
        {lines.length === 0 ? (
          <p className="text-muted">{publisherToolText.consoleEmpty}</p>
        ) : (
          <ol className="space-y-1">
            {lines.map((line) => (
              <li key={line.n}>
                <span className="font-semibold">{line.type}</span> {line.detail}
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
