import { ResetProgress } from '@/components/progress/reset-progress';
import { ProseRoute, proseMetadata } from '../prose-route';

// The text of this page is content/pages/privacy.mdx.
export const generateMetadata = () => proseMetadata('privacy');

export default function PrivacyPage() {
  return <ProseRoute name="privacy" islands={{ ResetProgress }} />;
}
