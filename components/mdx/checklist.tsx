'use client';

import { useId } from 'react';
import type { ChecklistProps } from '@/lib/content/checklist-schema';
import { useStoredValue } from '@/lib/report/use-stored-value';
import { storageKeys } from '@/lib/progress/storage-keys';
import { reportText } from '@/lib/i18n/en/report';
import { checklistTicks, withTick } from './checklist-ticks';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { t } from '@/lib/i18n/t';
import { reportMessages } from '@/lib/i18n/report';

/**
 * The course checklist: real checkboxes the learner can tick on screen (ticks kept in this browser under their
 * own key, ids only), blanks to fill in by hand, a Print button and the way on to the exam. The boxes work
 * without JavaScript too; they are just not remembered.
 */
export function Checklist({ id, sections, blanks }: ChecklistProps) {
  const [stored, store] = useStoredValue(storageKeys.checklist);
  const ticked = checklistTicks(stored, id);
  const total = sections.reduce((sum, section) => sum + section.items.length, 0);
  const baseId = useId();

  return (
    <div data-checklist={id} className="not-prose my-6 space-y-4">
      {sections.map((section, s) => (
        <fieldset key={section.title} className="rounded-lg border border-line/60 px-4 pb-3 print:border-0 print:p-0">
          <legend className="px-1 text-lg font-bold print:text-[10pt]">{section.title}</legend>
          <ul className="space-y-1">
            {section.items.map((item) => {
              const inputId = `${baseId}-${item.id}`;
              return (
                <li key={item.id} className="flex items-start gap-3">
                  <input
                    id={inputId}
                    type="checkbox"
                    checked={ticked.includes(item.id)}
                    onChange={(event) => store(withTick(stored, id, item.id, event.target.checked))}
                    className="mt-1 size-6 shrink-0 accent-accent print:size-3.5"
                  />
                  <label htmlFor={inputId} className="min-h-8 py-0.5">
                    <strong>{item.title}</strong>
                    {item.detail && <> {item.detail}</>}
                  </label>
                </li>
              );
            })}
          </ul>
          {s === sections.length - 1 && blanks.length > 0 && (
            <div className="mt-3 space-y-2">
              {blanks.map((blank) => (
                <p key={blank.id} className="flex items-end gap-2">
                  <span className="font-semibold">{blank.label}</span>
                  <span aria-hidden="true" className="h-6 flex-1 border-b-2 border-dotted border-ink" />
                </p>
              ))}
              <p className="text-sm text-muted print:text-[8pt]">{reportText.checklistBlanks}</p>
            </div>
          )}
        </fieldset>
      ))}
      <div className="print-hidden flex flex-wrap items-center gap-3">
        <p role="status" className="js-only text-muted">
          {t(reportMessages, 'checklistTicked', { done: ticked.length, total })}
        </p>
        <Button variant="secondary" onClick={() => window.print()} className="js-only">
          {reportText.checklistPrint}
        </Button>
        <ButtonLink href="/exam/">{reportText.checklistExam}</ButtonLink>
      </div>
    </div>
  );
}
