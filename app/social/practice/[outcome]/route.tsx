import { socialCard } from '@/components/seo/social-card';
import { practiceCards, type PracticeOutcome } from '@/lib/practice/share';
import { practiceText } from '@/lib/i18n/en/practice';

/**
 * Daily practice's share cards, one per outcome, drawn at build time (issue 15): they carry no personal data, only
 * whether the day's example was spotted.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return Object.values(practiceCards).map((file) => ({ outcome: file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ outcome: string }> }) {
  const { outcome: file } = await params;
  const outcome = (Object.keys(practiceCards) as PracticeOutcome[]).find((key) => practiceCards[key] === file);
  return socialCard({ eyebrow: practiceText.card.eyebrow, title: practiceText.card[outcome ?? 'right'] });
}
