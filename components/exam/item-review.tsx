'use client';

import Link from 'next/link';
import type { ExamItem, ExamTopic } from '@/lib/exam/schema';
import { optionOrder } from '@/lib/exam/draw';
import { gradeItem, type ExamResponse, type ItemFeedback } from '@/lib/exam/score';
import { markableParts } from '@/lib/spotter/parts';
import { scoreSpotter } from '@/lib/spotter/score';
import { examText } from '@/lib/i18n/en/exam';
import { Artefact } from '@/components/spotter/mock/artefact';
import { SpotContext } from '@/components/spotter/mock/spot-context';
import { checkedOutcomes, partMaps, revealedOutcomes } from '@/components/spotter/spotter-board';
import { SpotterResult } from '@/components/spotter/spotter-result';
import { t } from '@/lib/i18n/t';
import { examMessages } from '@/lib/i18n/exam';

/** "Right." in the colour for right (issue 15); over-caution is a milder mistake than a missed scam, so it is neutral. */
const feedbackTone: Record<ItemFeedback, string> = {
  correct: 'text-good',
  'wrong-parts': 'text-bad',
  // Over-caution and "I'd check it myself" are safe habits: kept neutral, never the colour for wrong.
  'over-cautious': 'text-ink',
  'could-tell': 'text-ink',
  'needs-check': 'text-bad',
  'missed-scam': 'text-bad',
  partly: 'text-bad',
  incorrect: 'text-bad',
};

export type ItemReviewProps = {
  item: ExamItem;
  topic?: ExamTopic;
  /** The learner's answer, when known (answers are kept only during the attempt, never saved). */
  response?: ExamResponse;
  /** Heading level inside the page's outline. */
  level?: 2 | 3 | 4;
};

/**
 * One item with its right answer and explanation, for the review of mistakes after the exam and in review sessions.
 * With the learner's answer it also says what kind of mistake it was: over-caution is told apart from a missed scam.
 */
export function ItemReview({ item, topic, response, level = 3 }: ItemReviewProps) {
  const Heading = `h${level}` as const;
  const grade = response ? gradeItem(item, response) : undefined;

  return (
    <article data-review-item={item.id} className="space-y-3 rounded-lg border-2 border-line/60 p-4">
      <Heading className="text-lg font-bold">{item.prompt}</Heading>
      <p className="text-base text-muted">
        {topic ? t(examMessages, 'itemTopic', { title: topic.title }) : examText.otherTopic}
      </p>
      {grade && <p className={`font-semibold ${feedbackTone[grade.feedback]}`}>{examText.feedback[grade.feedback]}</p>}

      {item.type === 'verdict' && (
        <>
          <Artefact data={item.artefact} />
          {response?.type === 'verdict' && (
            <p>
              {t(examMessages, 'youSaid', {
                answer: examText.answer[response.choice],
                confidence: response.confidence,
              })}
            </p>
          )}
          <p className="font-semibold">{t(examMessages, 'answerWas', { answer: examText.answer[item.answer] })}</p>
          <p>{item.explanation}</p>
          {item.cues && (
            <>
              <p className="font-semibold">{examText.whatToNotice}</p>
              <ul className="list-disc space-y-1 pl-6">
                {item.cues.map((cue) => (
                  <li key={cue}>{cue}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}

      {item.type === 'spotter' && <SpotterReview item={item} response={response} />}

      {item.type === 'question' && (
        <>
          {item.scenario && <p className="rounded-md border-l-4 border-accent bg-surface px-4 py-3">{item.scenario}</p>}
          <ul className="space-y-2">
            {optionOrder(item.id, item.options).map((option) => {
              const picked = response?.type === 'question' && response.choice.includes(option.id);
              return (
                <li
                  key={option.id}
                  className={`rounded-md border-2 px-3 py-2 ${option.correct ? 'border-good bg-good-bg' : picked ? 'border-bad bg-bad-bg' : 'border-line/40'}`}
                >
                  <p className="font-semibold">
                    {option.text}
                    {(picked || option.correct) && (
                      <span className="block text-base">
                        {[picked && examText.yourChoice, option.correct && examText.rightAnswer]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    )}
                  </p>
                  <p className="text-base">{option.explanation}</p>
                </li>
              );
            })}
          </ul>
        </>
      )}

      {topic && (
        <p>
          <Link href={`/lessons/${topic.slug}/`}>{t(examMessages, 'lessonLink', { title: topic.title })}</Link>
        </p>
      )}
    </article>
  );
}

function SpotterReview({ item, response }: { item: Extract<ExamItem, { type: 'spotter' }>; response?: ExamResponse }) {
  const { spots, parts } = markableParts(item.spots, item.artefact);
  const marked = new Set(response?.type === 'spotter' ? response.marked : []);
  const score = response?.type === 'spotter' ? scoreSpotter(spots, marked) : undefined;
  const outcomes = score ? checkedOutcomes(spots, marked) : revealedOutcomes(spots);
  return (
    <>
      <SpotContext
        value={{
          ...partMaps(spots, parts),
          marked,
          interactive: false,
          outcomes,
          onToggle: () => {},
        }}
      >
        <Artefact data={item.artefact} />
      </SpotContext>
      <SpotterResult baseId={`review-${item.id}`} spots={spots} score={score} revealed={!score} />
    </>
  );
}
